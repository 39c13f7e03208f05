package extract

import (
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// speedCases are texts for the HTML path's fast forms of string helpers:
// spaces of every kind, at the ends and in runs, curly quotes, a byte
// that is not UTF-8, and the two letters whose case folding leaves ASCII.
var speedCases = []string{
	"", " ", "  ", "a", " a", "a ", "a  b", "a b c", "Harbourton\u00a0Keel Street", "tab\there",
	"line\nbreak", "mixed \t\n\r\f runs", "vertical\vtab", "the quay’s “lamps”", "ideographic\u3000space",
	"next\u0085line", "thin\u2009space", "bad \xff byte", "\xffat start", "end\xff", "a\u00a0\u00a0b",
	"Photo: Jane Roe", "PHOTO ILLUSTRATION: Mill Lane", "credit: Harbourton Museum", "pHoTo by Jane",
	"\u212aelvin sign", "illu\u017ftration", "Sign up for the Keel Street letter", "SUBSCRIBE now",
	"Join our mailing list", "sign-up", "jo in", "Ph", "cred", "Illu\u017ftration: Jane Roe", "\u017fub\u017fcribe to the letter",
}

// TestCollapseSpaceFast holds collapseSpace, which copies runs of bytes
// whole, to the rune-by-rune form it replaced.
func TestCollapseSpaceFast(t *testing.T) {
	ref := func(s string) string {
		var b strings.Builder
		space := false
		for _, c := range s {
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0' {
				space = true
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(c)
		}
		if space {
			b.WriteByte(' ')
		}
		return b.String()
	}
	for _, s := range speedCases {
		if got, want := collapseSpace(s), ref(s); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestJoinFieldsFast holds joinFields and fieldCount to the strings.Fields
// forms they replaced.
func TestJoinFieldsFast(t *testing.T) {
	for _, s := range speedCases {
		if got, want := joinFields(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("joinFields(%q) = %q, want %q", s, got, want)
		}
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, want)
		}
	}
	for c := range 128 {
		if got, want := asciiSpace(byte(c)), unicode.IsSpace(rune(c)); got != want {
			t.Errorf("asciiSpace(%q) = %v, want %v", rune(c), got, want)
		}
	}
}

// TestHasFoldPieceBeforeExpressions checks that the pieces never turn
// away a text their expression matches: on these texts, every match
// holds a piece.
func TestHasFoldPieceBeforeExpressions(t *testing.T) {
	for _, tc := range []struct {
		re     *regexp.Regexp
		pieces *foldPieces
	}{{photoCreditRE, photoCreditPieces}, {newsletterAskRE, newsletterAskPieces}} {
		matched := 0
		for _, s := range speedCases {
			if !tc.re.MatchString(s) {
				continue
			}
			matched++
			if !hasFoldPiece(s, tc.pieces) {
				t.Errorf("%q matches %v but holds none of %q", s, tc.re, tc.pieces.list)
			}
		}
		if matched < 3 {
			t.Errorf("only %d cases match %v: too few to test its pieces", matched, tc.re)
		}
	}
	if !hasFoldPiece("pHoTo by Jane", photoCreditPieces) || hasFoldPiece("Keel Street", photoCreditPieces) {
		t.Error("hasFoldPiece does not fold ASCII case")
	}
}
