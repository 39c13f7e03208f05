package extract

import (
	"strings"
	"testing"
)

// TestTextMayEndInBylineLabel checks the gate before textIsBylineLabel's
// lowered lookup: every label ends as the gate asks, and on invented and
// random texts made of the labels' pieces, spaces, colons, new lines and
// runes beyond ASCII (the Kelvin sign, 'İ', a no-break space), the gate
// turns away no text whose last line is a label, and textIsBylineLabel
// equals the plain test (textIsBylineLabelPlain).
func TestTextMayEndInBylineLabel(t *testing.T) {
	longest := 0
	for label := range textBylineLabels {
		longest = max(longest, len(label))
		if !textMayEndInBylineLabel(label) || !textMayEndInBylineLabel(strings.ToUpper(label)) {
			t.Errorf("label %q is turned away by the gate", label)
		}
	}
	if longest != textBylineLabelMax {
		t.Errorf("textBylineLabelMax = %d, the longest label %d", textBylineLabelMax, longest)
	}
	texts := []string{"", "y", "By", "by:", "By :", "Written By", "Harbour Ferries Return\nby", "AUTHORS",
		"Author\u00a0", "Posted by\n", "Nearby", "Words by Jane", "\u212author", "arbitrary", "Editors"}
	pieces := []string{"b", "B", "y", "Y", "o", "r", "R", "s", "S", "by", "BY", "author", "Authors", "written",
		"posted", "article", "words", " ", "  ", ":", "\n", "\t", "\u00a0", "\u2003", "\u3000", "”", "…", "\u212a", "İ", "é", "x", "7", "\xe2\x80"}
	rng := fastRand(38, 1)
	labels := 0
	texts = fastPieceLines(texts, rng, pieces, 80000, 1, 6)
	for _, text := range texts {
		want := textIsBylineLabelPlain(text)
		if want {
			labels++
			if !textMayEndInBylineLabel(text) {
				t.Errorf("gate turns away %q, a byline label", text)
			}
		}
		if got := textIsBylineLabel(text); got != want {
			t.Errorf("textIsBylineLabel(%q) = %v, the plain test %v", text, got, want)
		}
	}
	if labels < 500 {
		t.Fatalf("only %d labels among the texts: the random texts do not try the gate", labels)
	}
}

// textIsBylineLabelPlain is textIsBylineLabel's plain form: the last
// line, trimmed and lowered, looked up.
func textIsBylineLabelPlain(text string) bool {
	return textBylineLabels[strings.ToLower(textLastLine(text))]
}

// TestTextMayEndLabelPair holds the walks' look at a block's last two
// bytes to textIsBylineLabel: every pair of bytes after a few heads that
// textMayEndInBylineLabel lets through passes it, a text of under two
// bytes is no label, and no label among random texts of the labels'
// pieces is turned away.
func TestTextMayEndLabelPair(t *testing.T) {
	for _, head := range []string{"", "x", "Written ", "é", "by\n"} {
		for k := range 1 << 16 {
			s := head + string([]byte{byte(k), byte(k >> 8)})
			if textMayEndInBylineLabel(s) && !textMayEndLabelPair(s) {
				t.Fatalf("textMayEndLabelPair(%q) = false, textMayEndInBylineLabel lets it through", s)
			}
		}
	}
	for c := range 256 {
		if s := string([]byte{byte(c)}); textIsBylineLabel(s) || textMayEndLabelPair(s) {
			t.Fatalf("%q, a byte alone, taken for a label's end", s)
		}
	}
	pieces := []string{"b", "B", "y", "Y", "o", "r", "R", "s", "S", "by", "BY", "author", "Authors", "written",
		"posted", "article", "words", " ", ":", "\n", "\u00a0", "\u212a", "İ", "é", "x"}
	labels := 0
	for _, text := range fastPieceLines(nil, fastRand(54, 1), pieces, 80000, 1, 6) {
		if textIsBylineLabelPlain(text) {
			labels++
			if !textMayEndLabelPair(text) {
				t.Fatalf("textMayEndLabelPair turns away %q, a byline label", text)
			}
		}
	}
	if labels < 500 {
		t.Fatalf("only %d labels among the texts", labels)
	}
}
