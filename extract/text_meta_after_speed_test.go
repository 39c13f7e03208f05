package extract

import (
	"fmt"
	"strings"
	"testing"
)

// The byline helpers' fast forms (forty-sixth session) held to their
// plain forms on the test pages' lines and on random lines built from
// the pieces each fast path turns on.

// textMetaSpeedLines are the test pages' lines and n random lines of one
// to four of pieces, spaces (and a tab) between them and now and then
// around them.
func textMetaSpeedLines(t *testing.T, pieces []string, n int, seed uint64) []string {
	lines := textSpeedLines(t)
	rng := fastRand(seed, 46)
	seps := []string{" ", " ", " ", "", "  ", "\t", "\u00a0"}
	for range n {
		var b strings.Builder
		for k := range 1 + rng.IntN(4) {
			if k > 0 || rng.IntN(8) == 0 {
				b.WriteString(seps[rng.IntN(len(seps))])
			}
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		if rng.IntN(8) == 0 {
			b.WriteByte(' ')
		}
		lines = append(lines, b.String())
	}
	return lines
}

// textReadBylineStampPlain is textReadBylineStamp as it read before the
// forty-sixth session: the fields of the whole lowered text.
func textReadBylineStampPlain(b *textBlock) bool {
	if b.words > 3 {
		return false
	}
	w := strings.Fields(strings.ToLower(b.text))
	switch {
	case len(w) == 2 && isMonth(strings.Trim(w[0], ".")) && textIsDay(w[1]):
		return true
	case len(w) >= 2 && isDigitByte(w[0][0]) && (w[1] == "min" || w[1] == "mins" || w[1] == "minutes"):
		return true
	}
	return strings.HasPrefix(b.low, "last updated") || strings.HasPrefix(b.low, "updated")
}

func TestTextReadBylineStampMatchesPlain(t *testing.T) {
	pieces := []string{"Jan", "JAN", "FEBRUARY", "march", "Sept.", "DEC", "4", "23,", "4TH", "2nd", "12St", "8", "MIN", "Mins",
		"minutes", "Minutes", "Last", "Updated", "UPDATED", "Jane", "\u212aate", "İan", "•", "-", "é", "\xff", "10"}
	checkBlockMatchesPlain(t, textMetaSpeedLines(t, pieces, 60000, 104), "textReadBylineStamp", textReadBylineStamp,
		textReadBylineStampPlain, 1000)
}

func TestTextIsSeparatorMatchesPlain(t *testing.T) {
	plain := func(s string) bool {
		s = strings.TrimSpace(s)
		return s != "" && strings.Trim(s, "•|·-–—/") == ""
	}
	pieces := []string{"•", "|", "·", "-", "–", "—", "/", "’", "é", "a", "By", "\u00a0", "\u2003", ".", "\xe2", "\xc2"}
	checkSameAnswer(t, textMetaSpeedLines(t, pieces, 60000, 105), "textIsSeparator", textIsSeparator, plain, 1000)
}

func TestTextHasWordSpaceMatchesPlain(t *testing.T) {
	pieces := []string{"Jane", "Jan", "Janet", "Ja", "aa", "a", "ne", "Roe", "is", " ", "\t", "é", "Jane:"}
	words := []string{"", "Jane", "Jan", "a", "aa", "Roe", "é", "ne Roe"}
	lines := textMetaSpeedLines(t, pieces, 20000, 106)
	yes := 0
	for _, w := range words {
		yes += checkSameAnswer(t, lines, fmt.Sprintf("textHasWordSpace(…, %q)", w), func(s string) bool {
			return textHasWordSpace(s, w)
		}, func(s string) bool {
			return strings.Contains(s, w+" ")
		}, 0)
	}
	if yes < 1000 {
		t.Errorf("only %d found: the test reads too few", yes)
	}
}

func TestTextInlineBylineNameMatchesPlain(t *testing.T) {
	pieces := append([]string{"Jane Roe", "Ed Poe,", "and", "MD", "2024", "Jane", "Roe", "The", "written by", "Words",
		"Posted", "é", "\u00a0"}, textInlineBylineLabels...)
	checkSameAnswer(t, textMetaSpeedLines(t, pieces, 60000, 107), "textInlineBylineName", textInlineBylineName,
		textInlineBylineLabelled, 1000)
}
