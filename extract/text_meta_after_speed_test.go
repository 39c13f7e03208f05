package extract

import (
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
	yes := 0
	for _, s := range textMetaSpeedLines(t, pieces, 60000, 104) {
		b := textNewBlock(s)
		got, want := textReadBylineStamp(&b), textReadBylineStampPlain(&b)
		if got != want {
			t.Fatalf("textReadBylineStamp(%q) = %v, want %v", s, got, want)
		}
		if want {
			yes++
		}
	}
	if yes < 1000 {
		t.Errorf("only %d stamps: the test reads too few", yes)
	}
}

func TestTextIsSeparatorMatchesPlain(t *testing.T) {
	plain := func(s string) bool {
		s = strings.TrimSpace(s)
		return s != "" && strings.Trim(s, "•|·-–—/") == ""
	}
	pieces := []string{"•", "|", "·", "-", "–", "—", "/", "’", "é", "a", "By", "\u00a0", "\u2003", ".", "\xe2", "\xc2"}
	yes := 0
	for _, s := range textMetaSpeedLines(t, pieces, 60000, 105) {
		if got, want := textIsSeparator(s), plain(s); got != want {
			t.Fatalf("textIsSeparator(%q) = %v, want %v", s, got, want)
		} else if want {
			yes++
		}
	}
	if yes < 1000 {
		t.Errorf("only %d separators: the test reads too few", yes)
	}
}

func TestTextHasWordSpaceMatchesPlain(t *testing.T) {
	pieces := []string{"Jane", "Jan", "Janet", "Ja", "aa", "a", "ne", "Roe", "is", " ", "\t", "é", "Jane:"}
	words := []string{"", "Jane", "Jan", "a", "aa", "Roe", "é", "ne Roe"}
	yes := 0
	for _, s := range textMetaSpeedLines(t, pieces, 20000, 106) {
		for _, w := range words {
			if got, want := textHasWordSpace(s, w), strings.Contains(s, w+" "); got != want {
				t.Fatalf("textHasWordSpace(%q, %q) = %v, want %v", s, w, got, want)
			} else if want {
				yes++
			}
		}
	}
	if yes < 1000 {
		t.Errorf("only %d found: the test reads too few", yes)
	}
}

func TestTextInlineBylineNameMatchesPlain(t *testing.T) {
	pieces := append([]string{"Jane Roe", "Ed Poe,", "and", "MD", "2024", "Jane", "Roe", "The", "written by", "Words",
		"Posted", "é", "\u00a0"}, textInlineBylineLabels...)
	yes := 0
	for _, s := range textMetaSpeedLines(t, pieces, 60000, 107) {
		got, want := textInlineBylineName(s), textInlineBylineLabelled(s)
		if got != want {
			t.Fatalf("textInlineBylineName(%q) = %q, want %q", s, got, want)
		}
		if want != "" {
			yes++
		}
	}
	if yes < 1000 {
		t.Errorf("only %d names: the test reads too few", yes)
	}
}
