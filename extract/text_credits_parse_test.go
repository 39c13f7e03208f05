package extract

import (
	"strings"
	"testing"
)

// TestTextGluedCreditAtMatchesExpression holds the hand reader to the
// expression it replaces: over invented ends built from the labels'
// pieces, cut forms, marks, every space \s reads and some it does not,
// line breaks before and after, broken UTF-8 and names, textGluedCreditAt
// finds a credit where textGluedCreditRE does, at the same byte, and
// says "bare" where the expression's first group is set.
func TestTextGluedCreditAtMatchesExpression(t *testing.T) {
	parts := []string{"the", "homes", "a", "9", "Z", "Credit", "Credits", "credit", "credits", "Credit s", "Photo", "photo",
		"Image", "image", "Picture", "picture", "Featured", "Feature", "Hero", "Header", "Cover", "Top", "Lead", "Main",
		"via", "vias", "by", "byline", "Mira Tolland", "$2,000", "Site.com", ":", "s:", ".", "!", "?", ")", "(", "\xe2\x80", "é"}
	seps := []string{" ", " ", " ", "", "", ". ", "\n", ": ", "\t", ".\r", "\v", "\f", ")  ", "!\n"}
	rng := fastRand(43, 50)
	matched, bares := 0, 0
	for n := 0; n < 200000; n++ {
		end := fastJoinPieces(rng, 1+rng.IntN(10), parts, seps)
		if rng.IntN(2) == 0 {
			end = strings.TrimRight(end, " ")
		}
		at, bare, ok := textGluedCreditAt(end)
		m := textGluedCreditRE.FindStringSubmatchIndex(end)
		if ok != (m != nil) || ok && (at != m[4] || bare != (m[2] >= 0)) {
			t.Fatalf("textGluedCreditAt(%q) = %d, %v, %v; expression %v", end, at, bare, ok, m)
		}
		if ok {
			matched++
			if bare {
				bares++
			}
		}
	}
	if matched < 1000 || bares < 300 {
		t.Fatalf("only %d ends matched (%d bare): the test reads too few", matched, bares)
	}
	for _, tt := range []struct {
		end  string
		want int
	}{
		{"in offices and homes Photo Credit: Harbour Energy, Inc.", 35},
		{"just in time for the holidays Credit: Apple", 38},
		{"Featured Image Credit: Harbour Gear", 23},
		{"the pier. Hero image by Mira Tolland", 24},
		{"Image via Mira Tolland.", 10},
		{"a Photo: Mira\nmore", -1},
	} {
		at, _, ok := textGluedCreditAt(tt.end)
		if !ok {
			at = -1
		}
		if at != tt.want {
			t.Errorf("textGluedCreditAt(%q) = %d, want %d", tt.end, at, tt.want)
		}
	}
}
