package extract

import "testing"

// TestTextCredNameList checks a list of names with credentials parted by
// semicolons under the headline: read whole, a credential's specialty
// in brackets taken; none without a semicolon, for a part with no
// credential or a specialty of two words, or past the reach.
func TestTextCredNameList(t *testing.T) {
	const body = "The harbour board will run the ferries twice a day from the quay on Keel Street this winter."
	for _, c := range []struct {
		line string
		dek  int
		want string
	}{
		{"Jane Roe, DVM, DACVB; Ed Poe, BA, VTS (Behavior) & Al Moe, DVM", 0, "Jane Roe, DVM, DACVB; Ed Poe, BA, VTS (Behavior) & Al Moe, DVM"},
		{"Jane Roe, MD; Ed Poe, RN", 1, "Jane Roe, MD; Ed Poe, RN"},
		{"Jane Roe, MD and Ed Poe, MD", 0, ""},
		{"Jane Roe, MD; Ed Poe", 0, ""},
		{"Jane Roe, MD; Ed Poe, VTS (Animal Behavior)", 0, ""},
		{"Jane Roe, MD; Ed Poe, RN", 2, ""},
	} {
		lines := []string{"Harbour ferries return for winter"}
		for range c.dek {
			lines = append(lines, "When the ferries run")
		}
		blocks := textNewBlocks(append(lines, c.line, body)...)
		if got := textCredNameList(blocks, 0); got != c.want {
			t.Errorf("%q under %d: %q, want %q", c.line, c.dek, got, c.want)
		}
	}
}
