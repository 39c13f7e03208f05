package extract

import (
	"strings"
	"testing"
)

// TestTextPictureLibrariesAreAgencies holds textPictureLibraries, the
// names read alone on a line, to the caption's agencies
// (textCaptionAgencyNames): each is one of them, or two of them joined by
// a slash, so a library added to one list and not the other shows here.
func TestTextPictureLibrariesAreAgencies(t *testing.T) {
	agency := map[string]bool{}
	for _, a := range textCaptionAgencyNames {
		agency[a] = true
	}
	for _, l := range textPictureLibraries {
		a, b, joined := strings.Cut(l, "/")
		if !agency[l] && !(joined && agency[a] && agency[b]) {
			t.Errorf("textPictureLibraries holds %q, which is no name of textCaptionAgencyNames", l)
		}
	}
}

// TestTextIndexForMatchesLowered holds textIndexFor to the search of a
// lowered copy wherever lowering keeps every byte's place (ASCII and
// runes whose lower case has their length), and to " for " read in place
// where it does not.
func TestTextIndexForMatchesLowered(t *testing.T) {
	for _, c := range []struct {
		p    string
		want int
	}{
		{"Jane Roe for Veranda", 8},
		{"JANE ROE FOR TASTE OF HOME", 8},
		{"Jane Roe For", -1},
		{"for Veranda", -1},
		{"Jane Roe  for Veranda", 9},
		{"Jane Roe fort Veranda", -1},
		{"Jane Roe forfor Veranda for X", 23},
		{"Zoë Roe for Veranda", 8},
		{"İpek Roe for Veranda", 9}, // "İ" lowers to three bytes: the copy's index would be 10
		{"", -1},
	} {
		if got := textIndexFor(c.p); got != c.want {
			t.Errorf("textIndexFor(%q) = %d, want %d", c.p, got, c.want)
		}
		if low := strings.ToLower(c.p); len(low) == len(c.p) {
			if got, lowered := textIndexFor(c.p), strings.Index(low, " for "); got != lowered {
				t.Errorf("textIndexFor(%q) = %d, the lowered copy's %d", c.p, got, lowered)
			}
		}
	}
}
