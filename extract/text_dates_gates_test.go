package extract

import (
	"fmt"
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
	lines := fastPieceLines(textSpeedLines(t), fastRand(83, 1), textDatePieces, 200000, 1, 6)
	checkSameAnswer(t, lines, "textTrimDateLabelMarks", fastChanges(textTrimDateLabelMarks), fastChanges(func(s string) string {
		return strings.TrimLeft(s, " :*|•")
	}), 10000)
}

// TestTextOpensBylineMatchesPlain holds textOpensByline, its openings
// told apart by the first byte, to the three comparisons, with the
// block's sentence end either way.
func TestTextOpensBylineMatchesPlain(t *testing.T) {
	lines := fastPieceLines(textSpeedLines(t), fastRand(83, 2), textDatePieces, 200000, 1, 6)
	lines = append(lines, "")
	for _, end := range [...]bool{false, true} {
		checkSameAnswer(t, lines, fmt.Sprintf("textOpensByline (sentEnd %v)", end), func(s string) bool {
			b := textBlock{text: s, sentEnd: end}
			return textOpensByline(&b)
		}, func(s string) bool {
			return textHasLowerPrefix(s, "by ") && !end || textHasLowerPrefix(s, "written by ") || textHasLowerPrefix(s, "posted ")
		}, 1000)
	}
}

// TestTextLabelAboveMatchesPlain holds textLabelAbove, its label asked
// before its digits, to the digits' search first, for both labels. It
// reads each line's block once for both (checkSameAnswer would read it
// twice a label, thrice this test's time).
func TestTextLabelAboveMatchesPlain(t *testing.T) {
	lines := fastPieceLines(textSpeedLines(t), fastRand(83, 3), textDatePieces, 100000, 1, 4)
	labels := [...]struct {
		name string
		says func(*textBlock) bool
	}{{"textOpensPublished", textOpensPublished}, {"textIsUpdated", textIsUpdated}}
	var yes [len(labels)]int
	for _, s := range lines {
		blocks := []textBlock{textNewBlock(s), {text: "Jan 5, 2025"}}
		b := &blocks[0]
		for k, label := range labels {
			want := b.words <= textLabelAboveWords && !strings.ContainsAny(b.text, "0123456789") && label.says(b)
			if got := textLabelAbove(blocks, 1, label.says); got != want {
				t.Fatalf("textLabelAbove with %s over %q = %v, the plain form says %v", label.name, s, got, want)
			}
			yes[k] += textBool(want)
		}
	}
	for k, label := range labels {
		if yes[k] < 100 {
			t.Errorf("only %d lines get yes from the plain form with %s, want 100 or more", yes[k], label.name)
		}
	}
}

// TestTextLastLineMatchesPlain holds textLastLine, its backward search
// asked only of a block with a line break, to the backward search alone.
func TestTextLastLineMatchesPlain(t *testing.T) {
	pieces := append([]string{"\n", "\n\n", "by", "By:", "Harbour Ferries Return", " "}, textDatePieces...)
	lines := fastPieceLines(textSpeedLines(t), fastRand(83, 4), pieces, 200000, 1, 6)
	checkSameAnswer(t, lines, "textLastLine", fastChanges(textLastLine), fastChanges(func(s string) string {
		if k := strings.LastIndexByte(s, '\n'); k >= 0 {
			s = s[k+1:]
		}
		return strings.TrimRight(strings.TrimSpace(s), ":")
	}), 50000)
}
