package extract

import "testing"

// TestTextSearchLinkAuthors holds the archive's author list to its
// shape: each name set alone over its "Find articles by" link, read in
// page order, each once.
func TestTextSearchLinkAuthors(t *testing.T) {
	const aff = "1 Department of Marine Biology, Harbour University, Keel Town"
	for _, c := range []struct {
		what   string
		blocks []string
		want   string
	}{
		{"two authors", []string{"Tides and kelp", "Jane Roe", "Jane Roe", aff, "Find articles by Jane Roe",
			"1, Ed Poe", "Ed Poe", aff, "Find articles by Ed Poe", "1,*", "Author information"}, "Jane Roe, Ed Poe"},
		{"one author set twice", []string{"Tides and kelp", "Jane Roe", "Jane Roe", aff, "Find articles by Jane Roe",
			"Find articles by Jane Roe"}, "Jane Roe"},
		{"link with no name over it", []string{"Tides and kelp", aff, "Find articles by Jane Roe"}, ""},
		{"name too far over its link", []string{"Jane Roe", "Tides", "and", "kelp", aff, "Find articles by Jane Roe"}, ""},
		{"no name in the link", []string{"Kelp forests", "Kelp forests", "Find articles by Kelp forests 2"}, ""},
	} {
		if got := textSearchLinkAuthors(textNewBlocks(c.blocks...)); got != c.want {
			t.Errorf("%s: %q, want %q", c.what, got, c.want)
		}
	}
}
