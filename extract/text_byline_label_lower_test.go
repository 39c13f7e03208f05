package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestTextMayLowerToASCII holds textMayLowerToASCII's two runes to the
// Unicode tables: every rune beyond ASCII whose lower case is ASCII is
// one of them.
func TestTextMayLowerToASCII(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if unicode.ToLower(r) < utf8.RuneSelf && !textMayLowerToASCII(string(r)) {
			t.Errorf("%U lowers to ASCII %q, textMayLowerToASCII says no", r, unicode.ToLower(r))
		}
	}
}

// TestTextIsBylineLabelMatchesPlain holds textIsBylineLabel to the plain
// test (textIsBylineLabelPlain) over lines built of the labels' words in both cases, 'İ', the
// Kelvin sign, other runes beyond ASCII, a stray byte, colons, spaces and
// line breaks: labels spelled with an 'İ' ("wrİtten by") are lowered,
// lines beyond ASCII with neither rune are not.
func TestTextIsBylineLabelMatchesPlain(t *testing.T) {
	pieces := []string{"by", "BY", "B\u0130Y", "wr\u0130tten", "WRITTEN", "written", "article", "ART\u0130CLE", "author",
		"AUTHOR", "\u212aey", "posted", "words", "s", " ", ":", "\n", "é", "\u00a0", "\xff", "Jane Roe", "—"}
	rng := fastRand(84, 43)
	var sb strings.Builder
	for range 300000 {
		sb.Reset()
		for k := range 1 + rng.IntN(5) {
			if k > 0 && rng.IntN(2) == 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := sb.String()
		if got, want := textIsBylineLabel(s), textIsBylineLabelPlain(s); got != want {
			t.Fatalf("textIsBylineLabel(%q) = %v, the plain test %v", s, got, want)
		}
	}
}
