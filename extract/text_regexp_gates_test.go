package extract

import (
	"strings"
	"testing"
)

// The gates the forty-second session put in front of expressions: each
// is held true of every line its expression matches, on the test pages'
// lines and on lines built of the expression's pieces in every case,
// with the runes the expressions fold to ASCII letters (the long s, the
// Kelvin sign).

// TestTextMayOpenBodyBylineCoversRE holds textMayOpenBodyByline to
// textBylineRE.
func TestTextMayOpenBodyBylineCoversRE(t *testing.T) {
	lines := textSpeedLines(t)
	pieces := []string{"By", "by", "BY", "bY", "Written by", "written By", "Posted by", "posted By", "Author", "author:",
		"Wr", "Po", "B", "b", "y", "Y", ":", " ", "  ", "\t", "Jane", "Doe", "O'Neil", "Ann-Marie", "Émile", "St.", "and",
		"x", "é", "ſ", "\u212a"}
	lines = fastPieceLines(lines, fastRand(79, 1), pieces, 200000, 1, 6)
	checkPrefilter(t, lines, textBylineRE, "textMayOpenBodyByline", textMayOpenBodyByline, 2000)
}

// TestTextMayHoldClockCoversRE holds textMayHoldClock to textClockRE:
// times of day, ages with every unit after a digit, white space or "·",
// and the units inside longer words.
func TestTextMayHoldClockCoversRE(t *testing.T) {
	lines := textSpeedLines(t)
	pieces := []string{"5", "12", "09", "123", "1234", ":", ": ", " ", "\t", "\n", "\v", "·", "s", "m", "h", "d", "w",
		"min", "mins", "hr", "hrs", "ago", "Reaction", "Comments", "at", "PM", "DE", "x", "é", "$", "%", "a"}
	lines = fastPieceLines(lines, fastRand(79, 2), pieces, 200000, 1, 6)
	checkPrefilter(t, lines, textClockRE, "textMayHoldClock", textMayHoldClock, 2000)
}

// TestTextOpensAppealMatchesRE holds textOpensAppeal, its openers read
// up to the verb, to textReaderAppealRE asked of every lowered line.
func TestTextOpensAppealMatchesRE(t *testing.T) {
	lines := textSpeedLines(t)
	pieces := []string{"if you", "did you", "'ve", "’ve", " have", "have", " ", "  ", "like", "liked", "enjoy", "enjoyed",
		"loved", "found this", "this", "my", "our", "blog ", "article", "post", "story", "guide", "read", "want", "’re",
		"like what you", "see", "please support us", "support our", "mission", "work", "?", ".", "x", "ſ", "\u212a"}
	lines = fastPieceLines(lines, fastRand(79, 3), pieces, 200000, 1, 7)
	for _, o := range []string{"if you", "did you", "if you ", "did you "} {
		for _, have := range []string{"", "'ve", "’ve", " have", " has", "ve"} {
			for _, verb := range []string{" like", "like", " liked", " enjoy", "enjoyed", " enjoyed", " want", " love", "  like"} {
				for _, what := range []string{" this article", " my post", " our guide", " it", ""} {
					lines = append(lines, o+have+verb+what, o+have+verb+what+", share it.")
				}
			}
		}
	}
	for i, s := range lines {
		lines[i] = textLowerPrefix(s, textPhraseWindow)
	}
	checkSameAnswer(t, lines, "textOpensAppeal", textOpensAppeal, textReaderAppealRE.MatchString, 2000)
	for _, s := range []string{"If you want to find out more, read on.", "If you’re a pod user, read on."} {
		if textTextOpensAppeal(s) {
			t.Errorf("textTextOpensAppeal(%q) = true", s)
		}
	}
}

// TestHoldsIStockMatchesFold holds holdsIStock to a search for "istoc"
// in the line with its ASCII letters lowered and the long s read as s.
func TestHoldsIStockMatchesFold(t *testing.T) {
	lines := textSpeedLines(t)
	pieces := []string{"i", "I", "s", "S", "ſ", "t", "T", "o", "O", "c", "C", "k", "stock", "iStock", "ISTOCK", "iſtock",
		"toc", " ", "/", "©", "é", "\u0130"}
	lines = fastPieceLines(lines, fastRand(79, 4), pieces, 200000, 1, 8)
	checkSameAnswer(t, lines, "holdsIStock", holdsIStock, func(s string) bool {
		return strings.Contains(strings.ReplaceAll(lowerASCII(s), "ſ", "s"), "istoc")
	}, 2000)
}
