package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// The date readings' tests of a block's opening, each held to its plain
// form (docs/quality/text-extraction-2.md, "Text speed, the page's
// dates", forty-third session).

// textDatePieces are the pieces the date tests' random lines are built
// of: the labels, the marks a label may open with, the bullet's bytes
// alone, and the runes that fold to ASCII letters (the long s, the
// Kelvin sign).
var textDatePieces = []string{" ", ":", "*", "|", "•", "\xe2\x80", "\xe2", "·", "–", "published", "Published", "posted on",
	"Posted ", "posted ", "POSTED ", "poſted ", "by ", "By ", "BY ", "bY", "written by ", "Written By ", "originally ", "date ",
	"last ", "updated", "modified", "reviewed", "2025", "7", "Jan", "x", "é", "\u212a", "ſ", "\t", "\n"}

// TestTextTrimDateLabelMarksMatchesTrimLeft holds textTrimDateLabelMarks
// to strings.TrimLeft with its cut set.
func TestTextTrimDateLabelMarksMatchesTrimLeft(t *testing.T) {
	lines := appendPieceLines(textSpeedLines(t), rand.New(rand.NewPCG(83, 1)), textDatePieces, 200000, 6)
	bad := 0
	for _, s := range lines {
		if got, want := textTrimDateLabelMarks(s), strings.TrimLeft(s, " :*|•"); got != want {
			t.Errorf("textTrimDateLabelMarks(%q) = %q, TrimLeft gives %q", s, got, want)
			if bad++; bad > 10 {
				return
			}
		}
	}
}

// TestTextOpensBylineMatchesPlain holds textOpensByline, its openings
// told apart by the first byte, to the three comparisons, with the
// block's sentence end either way.
func TestTextOpensBylineMatchesPlain(t *testing.T) {
	lines := appendPieceLines(textSpeedLines(t), rand.New(rand.NewPCG(83, 2)), textDatePieces, 200000, 6)
	lines = append(lines, "")
	bad := 0
	for _, s := range lines {
		for _, end := range [...]bool{false, true} {
			b := textBlock{text: s, sentEnd: end}
			want := textHasLowerPrefix(s, "by ") && !end || textHasLowerPrefix(s, "written by ") || textHasLowerPrefix(s, "posted ")
			if got := textOpensByline(&b); got != want {
				t.Errorf("textOpensByline(%q, sentEnd %v) = %v, want %v", s, end, got, want)
				if bad++; bad > 10 {
					return
				}
			}
		}
	}
}

// TestTextLabelAboveMatchesPlain holds textLabelAbove, its label asked
// before its digits, to the digits' search first, for both labels.
func TestTextLabelAboveMatchesPlain(t *testing.T) {
	lines := appendPieceLines(textSpeedLines(t), rand.New(rand.NewPCG(83, 3)), textDatePieces, 100000, 4)
	bad := 0
	for _, s := range lines {
		blocks := []textBlock{textNewBlock(s), {text: "Jan 5, 2025"}}
		for _, says := range [...]func(*textBlock) bool{textOpensPublished, textIsUpdated} {
			b := &blocks[0]
			want := b.words <= textLabelAboveWords && !strings.ContainsAny(b.text, "0123456789") && says(b)
			if got := textLabelAbove(blocks, 1, says); got != want {
				t.Errorf("textLabelAbove over %q = %v, want %v", s, got, want)
				if bad++; bad > 10 {
					return
				}
			}
		}
	}
}

// TestTextLastLineMatchesPlain holds textLastLine, its backward search
// asked only of a block with a line break, to the backward search alone.
func TestTextLastLineMatchesPlain(t *testing.T) {
	pieces := append([]string{"\n", "\n\n", "by", "By:", "Harbour Ferries Return", " "}, textDatePieces...)
	lines := appendPieceLines(textSpeedLines(t), rand.New(rand.NewPCG(83, 4)), pieces, 200000, 6)
	bad := 0
	for _, s := range lines {
		plain := s
		if k := strings.LastIndexByte(s, '\n'); k >= 0 {
			plain = s[k+1:]
		}
		if got, want := textLastLine(s), strings.TrimRight(strings.TrimSpace(plain), ":"); got != want {
			t.Errorf("textLastLine(%q) = %q, want %q", s, got, want)
			if bad++; bad > 10 {
				return
			}
		}
	}
}
