package extract

import (
	"strings"
	"testing"
)

// dekLine is a line of an invented page for textLeaveOutDek: whether the
// body kept it before the step and whether the step must leave it out.
type dekLine struct {
	text      string
	kept, out bool
}

// TestTextDekLeftOut holds textLeaveOutDek: a one-sentence summary that
// opens the body right under the headline and right over a byline that
// leaves it ("By …", glued "ByName", the author's name before a date or
// a role, a date alone) goes; one under another line of the headline's
// length, over a line that stays, over no byline ("Bylaws …", a long
// line), a long one, one with nothing kept after it and one that is not
// the body's first line stay.
func TestTextDekLeftOut(t *testing.T) {
	const headline = "The Harbour Ferry Starts Its Winter Timetable Early"
	head := dekLine{headline, false, false}
	dek := dekLine{"Lower tides on the bar moved the crossings a week, and the night ferry stays.", true, true}
	stay := dekLine{dek.text, true, false}
	story := []dekLine{
		{"The ferry operator said on Monday that the winter timetable would start a week early, as the tides on the bar were lower than last year.", true, false},
		{"Harbour pilots said the shorter timetable would suit the tides better than the summer one.", true, false},
	}
	page := func(lines ...dekLine) []dekLine {
		return append(append([]dekLine{{"Menu", false, false}}, lines...), story...)
	}
	by := func(s string) dekLine { return dekLine{s, false, false} }
	long := dekLine{strings.Repeat("word ", textDekMaxWords) + "end.", true, false}
	for _, c := range []struct {
		name  string
		lines []dekLine
	}{
		{"a dek over By and a name", page(head, dek, by("By Rick Steves"))},
		{"a dek over a glued By", page(head, dek, by("ByNina Pineda"))},
		{"a dek over the author and a date", page(head, dek, by("Mira Tolland•Oct 20, 2025"))},
		{"a dek over a date alone", page(head, dek, by("April 18, 2025"))},
		{"a dek over the author and a role", page(head, dek, by("Mira Tolland, Harbour Reporter"))},
		{"another line of the headline's length over it", page(by("The Harbour Ferry Keeps Its Summer Timetable Late"), stay, by("By Rick Steves"))},
		{"the line under it stays", page(head, stay, dekLine{"By the quay, the pilots wait for the tide to turn.", true, false})},
		{"no byline under it", page(head, stay, by("Bylaws of the harbour board"))},
		{"a long line under it", page(head, stay, by("By "+strings.Repeat("the harbour ", 10)))},
		{"a long dek", page(head, long, by("By Rick Steves"))},
		{"nothing kept after it", []dekLine{head, dek.stays(), by("By Rick Steves"), {"Share", false, false}}},
		{"not the body's first line", append([]dekLine{{"A sentence kept over the headline.", true, false}, head, stay, by("By Rick Steves")}, story...)},
	} {
		t.Run(c.name, func(t *testing.T) { checkDekLeftOut(t, c.lines, headline, "Mira Tolland") })
	}
}

func (l dekLine) stays() dekLine { l.out = false; return l }

// checkDekLeftOut runs textLeaveOutDek over lines and reports each line
// it takes out or leaves in against the line's out.
func checkDekLeftOut(t *testing.T, lines []dekLine, headline, author string) {
	t.Helper()
	checkLinesLeftOut(t, lines, func(blocks []textBlock, keep, out []bool) {
		textLeaveOutDek(blocks, keep, out, headline, author)
	})
}

// checkLinesLeftOut runs a leave-out step over lines (each a block, kept
// as its kept says) and reports each line the step takes out or leaves
// in against the line's out.
func checkLinesLeftOut(t *testing.T, lines []dekLine, step func(blocks []textBlock, keep, out []bool)) {
	t.Helper()
	blocks := make([]textBlock, len(lines))
	keep := make([]bool, len(lines))
	want := make([]bool, len(lines))
	for i, l := range lines {
		blocks[i], keep[i], want[i] = textNewBlock(l.text), l.kept, l.out
	}
	out := make([]bool, len(blocks))
	step(blocks, keep, out)
	for i := range lines {
		if out[i] != want[i] {
			t.Errorf("%q: out %v, want %v", lines[i].text, out[i], want[i])
		}
	}
}
