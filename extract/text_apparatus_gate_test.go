package extract

import (
	"strings"
	"testing"
)

// textIsApparatusPlain is textIsApparatus as it was before its short
// lines' tests went behind one test of the words (textIsShortApparatus).
func textIsApparatusPlain(b *textBlock) bool {
	return textIsCredit(b) || textIsReadingTime(b) || textIsWordless(b) || isBoilerplate(b.low) || textIsConsentFinePrint(b.low) || textIsCaption(b) || textIsGluedCredit(b) ||
		textIsBreadcrumb(b) || textIsButton(b) || textIsShopOffer(b) || textIsRetailerLink(b) || textIsNewTabNotice(b) || textIsSourcePrompt(b) || textIsEmptyState(b) || textIsUpdateStamp(b) ||
		textIsWidgetLabel(b)
}

// TestTextShortApparatusMatchesPlain holds textIsApparatus to the plain
// form on lines of each short test's kind, grown a word at a time past
// every limit, and checks that each kind is taken up to a length near its
// limit, so that a gate set under a test's limit fails here.
func TestTextShortApparatusMatchesPlain(t *testing.T) {
	kinds := []struct {
		name       string
		head, fill string // the line is head and then fill, repeated
		tail       string
		takenUpTo  int // the plain form takes the line at this many words or more
	}{
		{"breadcrumb", "Home", " > Section", "", 25},
		{"offer", "$25 at Harbour", " $30 at Keel", "", 24},
		{"credit", "Photo credit: Mira", " Tolland", "", 15},
		{"source prompt", "Add", " Keel", " as a preferred source on Google", 13},
		{"stamp", "Last updated: December 5, 2025", "", "", 4},
		{"reading time", "Reading time: 5", "", " min", 4},
		{"new tab", "(opens in new tab)", "", "", 4},
		{"retailer", "See the latest price at Harbour", " Shop", "", 8},
		{"empty", "No posts found", "", "", 3},
		{"button", "Add to cart", "", "", 3},
		{"widget", "Close", "", "", 1},
		{"prose", "The harbour reopened after the winter", " repairs", " and the quay was busy again.", 40},
	}
	for _, k := range kinds {
		longest := 0
		for n := 0; n < 40; n++ {
			line := k.head + strings.Repeat(k.fill, n) + k.tail
			b := textNewBlock(line)
			want := textIsApparatusPlain(&b)
			if got := textIsApparatus(&b); got != want {
				t.Errorf("%s, %d words: textIsApparatus(%q) = %v, the plain form %v", k.name, b.words, line, got, want)
			}
			if want {
				longest = max(longest, b.words)
			}
			if k.fill == "" {
				break
			}
		}
		if k.name != "prose" && longest < k.takenUpTo {
			t.Errorf("%s: the plain form takes lines of up to %d words, want %d or more", k.name, longest, k.takenUpTo)
		}
	}
}
