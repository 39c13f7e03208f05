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
	"Jane Roe/Getty Images", "GETTY IMAGES / Jane Roe", "via iStockphoto", "Image used under license from Shutterstock",
	"\u00a9iStock.com/jroe", "from Unsplash", "courtesy of Adobe Stock", "Jane Roe / AFP", "AP Photo/Jane Roe",
	"Harbourton/Reuters", "\u00a9 Alamy", "Pexels", "i\u017ftock", "i\u017f\u212aphoto/Jane Roe",
	"(Visited 1,902 times, 3 visits today)", "1,693 views", "Post views: 220", "12 READS", "POST VIEWS 9",
	"vi\u017fited 4 times", "Mill Lane", "Keel Street reads the news",
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
// holds a piece (or, for stockCreditRE, a slash).
func TestHasFoldPieceBeforeExpressions(t *testing.T) {
	pieces := func(p *foldPieces) func(string) bool {
		return func(s string) bool { return hasFoldPiece(s, p) }
	}
	for _, tc := range []struct {
		re   *regexp.Regexp
		test func(string) bool
	}{
		{photoCreditRE, pieces(photoCreditPieces)}, {newsletterAskRE, pieces(newsletterAskPieces)},
		{stockCreditRE, mayBeStockCredit}, {viewCountRE, pieces(viewCountPieces)},
	} {
		matched := 0
		for _, s := range speedCases {
			if !tc.re.MatchString(s) {
				continue
			}
			matched++
			if !tc.test(s) {
				t.Errorf("%q matches %v but fails its prefilter", s, tc.re)
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

// TestNamesCuesFast holds the one-pass reading of class and id names
// (lowerNamesASCII, namesCuesASCII) to the plain one it stands in for
// (namesCues over the lower-cased string): every cue word and part, alone,
// inside longer names, in capitals, at the ends, and names with none.
func TestNamesCuesFast(t *testing.T) {
	var names [][2]string
	for _, words := range nameCueWords {
		for _, w := range words {
			names = append(names, [2]string{w, ""}, [2]string{"x-" + strings.ToUpper(w) + "-box", "main"},
				[2]string{"", "wrap" + w}, [2]string{w[:len(w)-1], w[1:]})
		}
	}
	for part := range nameCueParts {
		names = append(names, [2]string{part, ""}, [2]string{"mill-" + part, "keel_" + part + "2"},
			[2]string{"", part + "s"}, [2]string{"l" + part, ""})
	}
	names = append(names, [2]string{"", ""}, [2]string{"entry-content has-sidebar", "post-17"},
		[2]string{"Harbourton Keel", "mill_lane"}, [2]string{"a", "b"})
	found := 0
	for _, n := range names {
		lower, ok := lowerNamesASCII(nil, n[0], n[1])
		if !ok {
			t.Fatalf("lowerNamesASCII(%q, %q) refused ASCII names", n[0], n[1])
		}
		fast, plain := namesCuesASCII(lower), namesCues(strings.ToLower(n[0]+" "+n[1]))
		if fast != plain {
			t.Errorf("names %q %q: one pass gives %b, the plain reading %b", n[0], n[1], fast, plain)
		}
		if plain != 0 {
			found++
		}
	}
	if found < len(names)/2 {
		t.Errorf("only %d of %d names hold a cue: too few to test the table", found, len(names))
	}
	if _, ok := lowerNamesASCII(nil, "caf\u00e9", ""); ok {
		t.Error("lowerNamesASCII took a name that is not ASCII")
	}
}
