package extract

import (
	"slices"
	"strings"
	"testing"
)

// textOpensLead reports whether s's first ASCII letter, figure or '_'
// and the n-1 bytes after it, lower-cased, are one of the n-byte leads
// keys (textLeadKeys). A line without one fails: every word the
// expressions open with has ASCII letters. It is the plain form
// textLineLead and textLeadIn must agree with: the opener found and the
// lead packed byte by byte for each set.
func textOpensLead(s string, keys []uint32, n int) bool {
	for i := range len(s) {
		if c := s[i] | 0x20; !(c >= 'a' && c <= 'z' || s[i] >= '0' && s[i] <= '9' || s[i] == '_') {
			continue
		}
		if i+n > len(s) {
			return false // every lead is whole ASCII: none ends past the line
		}
		return slices.Contains(keys, textLeadKey(s[i:i+n]))
	}
	return false
}

// TestTextLineLeadMatchesPlain holds textLineLead and textLeadIn to
// textOpensLead for both sets of leads, over the test pages' lines and
// short lines of the leads' words in mixed case after marks and spaces,
// cut at every length (a lead that ends past the line, past the lowered
// start, an opener past it), each line with its start lowered as the
// block reader lowers it (textLowerPrefix), and the start cut at
// textPhraseWindow and shorter.
func TestTextLineLeadMatchesPlain(t *testing.T) {
	lines := append([]string(nil), textSpeedLines(t)...)
	rng := fastRand(134, 7)
	pieces := []string{"Be", "BE ", "please", "PLEASE", "don't", "Follow", "pin", "Share", "if ", "If y", "enjoy", "Did",
		"Thanks", "Thank", "YOUR", "you'", "you’", "You ", "scroll", "ſhare", "ſcroll", "_", "12", "“", "— ", " ", "...", "the",
		"It", "Sign up", "harbour"}
	lines = fastPieceLines(lines, rng, pieces, 40000, 1, 4)
	for _, s := range slices.Clone(lines) {
		for k := range min(len(s), 8) {
			lines = append(lines, s[:k], strings.Repeat(" ", textPhraseWindow-2)+s[:k])
		}
	}
	seen := [2][2]int{}
	for _, s := range lines {
		for _, cut := range []int{textPhraseWindow, 3, 0} {
			low := textLowerPrefix(s, cut)
			key, have := textLineLead(s, low)
			for _, set := range [...]struct {
				keys []uint32
				n    int
			}{{textPromoLeadKeys.appeal, textPromoLeadLen.appeal}, {textPromoLeadKeys.form, textPromoLeadLen.form}} {
				want := textOpensLead(s, set.keys, set.n)
				if got := textLeadIn(key, have, set.keys, set.n); got != want {
					t.Fatalf("%q (start %q), %d-byte leads: textLeadIn %v (lead %#x of %d), textOpensLead %v", s, low, set.n, got, key, have, want)
				}
				if want {
					seen[set.n-3][1]++
				} else {
					seen[set.n-3][0]++
				}
			}
		}
	}
	for n, c := range seen {
		if c[0] < 50 || c[1] < 50 {
			t.Errorf("%d-byte leads: %d lines without, %d with: too few to hold the two together", n+3, c[0], c[1])
		}
	}
}
