package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/textnorm"
)

// TestTextShareRowsLeftOut holds textIsShareRow, in its own walk: a share bar on one
// line and a button's own label go, wherever they stand; a platform
// table's cells, a lone "Print" or "LinkedIn", a repeated button and a
// sentence naming the networks stay.
func TestTextShareRowsLeftOut(t *testing.T) {
	prose := "The council published the new bus timetable on Monday, with later buses on the river route."
	for _, c := range []struct {
		name  string
		lines []leftOutLine
	}{
		{"bar", []leftOutLine{{prose, false}, {"SMS Facebook Twitter Email", true}, {prose, false}}},
		{"bar lower case", []leftOutLine{{prose, false}, {"whatsapp pinterest email", true}}},
		{"labels", []leftOutLine{{"ShareThis", true}, {prose, false}, {"Copy the link", true}, {"Tweet", true}}},
		{"table cells", []leftOutLine{{prose, false}, {"X, Facebook", false}, {"LinkedIn", false}, {"Print", false}}},
		{"one button twice", []leftOutLine{{prose, false}, {"Facebook Facebook", false}}},
		{"sentence", []leftOutLine{{prose, false}, {"Follow the council on Facebook and X", false}}},
	} {
		t.Run(c.name, func(t *testing.T) { checkLeftOutBy(t, c.lines, leaveOutWhere(textIsShareRow)) })
	}
}

// textIsShareRowPlain is textIsShareRow without the shapes' gate: the
// maps asked of every line short enough and of every word cut from it.
func textIsShareRowPlain(b *textBlock) bool {
	if b.lines || len(b.text) > textShareRowMaxBytes || len(b.low) != len(b.text) {
		return false
	}
	if textShareLabels[b.low] {
		return true
	}
	if b.words < 2 {
		return false
	}
	n, first, differs := 0, "", false
	for rest, more := b.low, true; more; n++ {
		var w string
		w, rest, more = strings.Cut(rest, " ")
		if !textShareRowWords[w] {
			return false
		}
		if n == 0 {
			first = w
		} else if w != first {
			differs = true
		}
	}
	return n == b.words && differs
}

// TestTextShareShapesMatchMaps holds the sets' gate (mayHold) to the
// maps: every key passes it, and textIsShareRow says what its
// plain form says of every label, of rows of every pair of buttons, and
// of words of a button's first letter and length that name none.
func TestTextShareShapesMatchMaps(t *testing.T) {
	for _, set := range []*textShortWords{textShareRowSet, textShareLabelSet} {
		for k := range set.words {
			if !set.mayHold(k) {
				t.Errorf("mayHold(%q) = false for a key of its set", k)
			}
		}
	}
	var lines []string
	var words []string
	for w := range textShareRowWords {
		words = append(words, w, strings.ToUpper(w[:1])+w[1:], w[:len(w)-1]+"q", w+"s")
	}
	for l := range textShareLabels {
		lines = append(lines, l, strings.ToUpper(l), l+" ", "a"+l[1:], l[:len(l)-1])
	}
	for _, a := range words {
		lines = append(lines, a)
		for _, b := range words {
			lines = append(lines, a+" "+b, a+"  "+b, a+" "+b+" share", a+", "+b)
		}
	}
	lines = append(lines, "", " ", "x", "x x", "Share on the council's page", strings.Repeat("share ", 9))
	var sc textnorm.WordScanner
	for _, s := range lines {
		b := textReadBlock(s, textLowerPrefix(s, textPhraseWindow), textWebUnread, &sc, nil)
		if got, want := textIsShareRow(&b), textIsShareRowPlain(&b); got != want {
			t.Errorf("textIsShareRow(%q) = %v, its plain form %v", s, got, want)
		}
	}
}
