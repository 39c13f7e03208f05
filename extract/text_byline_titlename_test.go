package extract

import "testing"

// TestTextNameUnderTitleBlock checks a name with its date under the
// title's block on a page with no headline: read; none where the model
// chose a headline, for a name of words the page writes in lower case,
// for no title, and for a name with no date under it.
func TestTextNameUnderTitleBlock(t *testing.T) {
	const body = "The harbour board will run the ferries twice a day from the quay on Keel Street this winter, and view the times online."
	for _, c := range []struct {
		name, date string
		at         int
		title      string
		want       string
	}{
		{"Jane Roe", "Last Updated Nov 6, 2025", -1, "Harbour ferries return for winter", "Jane Roe"},
		{"Jane Roe", "Last Updated Nov 6, 2025", 0, "Harbour ferries return for winter", ""},
		{"View Times", "Last Updated Nov 6, 2025", -1, "Harbour ferries return for winter", ""},
		{"Jane Roe", "Last Updated Nov 6, 2025", -1, "", ""},
		{"Jane Roe", "Ferry times", -1, "Harbour ferries return for winter", ""},
	} {
		blocks := textNewBlocks("Menu", "Harbour ferries return for winter", c.name, c.date, body)
		if got := textNameUnderTitleBlock(blocks, c.at, 4, c.title); got != c.want {
			t.Errorf("%q at %d: %q, want %q", c.name, c.at, got, c.want)
		}
	}
}
