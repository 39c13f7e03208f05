package extract

import (
	"slices"
	"testing"
)

// TestTextNamesOverPipeJob checks an opinion byline "NAMES | LABEL" near
// the body's start: read for one writer and for a list; none for a
// firm's job after the bar, for a label with no press job or with other
// words, for a list that runs on into a credential,
// for words the page writes in lower case, and far from the body.
func TestTextNamesOverPipeJob(t *testing.T) {
	const body = "The harbour board will run the ferries twice a day from the quay on Keel Street this winter."
	for _, c := range []struct {
		byline string
		far    bool
		want   string
	}{
		{"Jane Roe and Ed Poe | Guest Columnists", false, "Jane Roe and Ed Poe"},
		{"Jane Roe | Staff Writer", false, "Jane Roe"},
		{"Jane Roe | CEO", false, ""},
		{"Jane Roe | Guest", false, ""},
		{"Jane Roe | Columnist at Harbour Post", false, ""},
		{"Jane Roe, MS | Columnist", false, ""},
		{"Harbour Quay | Columnists", false, ""},
		{"Jane Roe | Guest Columnist", true, ""},
	} {
		lines := []string{"Opinion", "Harbour ferries return for winter", c.byline}
		if c.far {
			lines = append(lines, slices.Repeat([]string{"Show Caption"}, 2*textAuthorWindow)...)
		}
		blocks := textNewBlocks(append(lines, body)...)
		if got := textNamesOverPipeJob(blocks, len(blocks)-1); got != c.want {
			t.Errorf("%q: %q, want %q", c.byline, got, c.want)
		}
	}
}
