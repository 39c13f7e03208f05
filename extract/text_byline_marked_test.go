package extract

import "testing"

// TestTextMarkedAuthorList checks a journal's author line with an
// affiliation's mark glued to each name: read, the marks cut and the
// names joined by ", ", for "1 ; " and "1,2, " and "*" marks; none for
// a name without its mark, an address's numbers (apart or glued to a
// part with a comma), a line of one name,
// or a name of words the page writes in lower case.
func TestTextMarkedAuthorList(t *testing.T) {
	const body = "The harbour board will run the ferries twice a day from the quay on Keel Street this winter."
	for _, c := range []struct {
		line, want string
	}{
		{"Jane Roe1 ; Ed Poe2 ; Al Moe1", "Jane Roe, Ed Poe, Al Moe"},
		{"Jane Roe1,2, Ed Poe3*, and Al Moe²", "Jane Roe, Ed Poe, Al Moe"},
		{"Jane Roe* & Ed Poe†", "Jane Roe, Ed Poe"},
		{"Jane Roe1 ; Ed Poe ; Al Moe1", ""},
		{"Six Keel Street, Suite 600, Harbour Town, GA 30328", ""},
		{"Pier Road 12, Dover Town 4", ""},
		{"Six Pier Street, Suite1, Dover Town2", ""},
		{"Jane Roe1", ""},
		{"Mary Jane Ann Roe1", ""},
		{"Jane Roe1 Ed Poe2", ""},
		{"Ferry Times1 ; Jane Roe2", ""},
	} {
		blocks := textNewBlocks("Harbour ferries return for winter", "Authors of this article:", c.line, "see the ferry times for winter", body)
		if got := textMarkedAuthorList(blocks); got != c.want {
			t.Errorf("%q: %q, want %q", c.line, got, c.want)
		}
	}
}

// TestTextMarkLastsMatchGate holds the marked list's look at a block's
// last byte to textMayEndOnMark: no text whose last byte textMarkLasts
// leaves unmarked is let through by the gate.
func TestTextMarkLastsMatchGate(t *testing.T) {
	for c := range 256 {
		for _, head := range []string{"Jane Roe", "Jane Roe1,", "Ed Poe*", "é", "x"} {
			if s := head + string([]byte{byte(c)}); !textMarkLasts[c] && textMayEndOnMark(s) {
				t.Fatalf("last byte %#x unmarked, yet textMayEndOnMark(%q) is true", c, s)
			}
		}
	}
}
