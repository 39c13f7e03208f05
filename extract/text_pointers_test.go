package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestTextPointerLinesLeftOut checks that textLeaveOutPointerLines takes a
// body's pointers to the site's other posts out when it holds three of
// them or more, whatever marks open them, and leaves a sentence that
// names a post, a cue with no mark after it and a long line.
func TestTextPointerLinesLeftOut(t *testing.T) {
	checkLeftOutBy(t, []leftOutLine{
		{"The ferry to the outer islands runs twice a day from the harbour's north quay in summer.", false},
		{"Also read: Ten Quiet Coves on the Outer Islands", true},
		{"Tickets are sold at the kiosk by the gangway and cost less on the first crossing of the day.", false},
		{"» Related Reading: A Week on the Island Ferries", true},
		{"[Read more: Where to Eat Near the North Quay]", true},
		{"Read more about the ferry timetable in our guide to the islands.", false},
		{"Related stories are listed at the foot of the page and change each week", false},
		{"The last boat back leaves at six, and the harbour master holds it for no one, whatever the weather or the queue.", false},
		{"See also: How We Chose the Harbour Walks, the Ferries, the Cafés and the Coves on Every Island This Year", false},
	}, textLeaveOutPointerLines)
}

// TestTextPointerLinesFewStay checks that one or two pointers stay: the
// gold keeps a page's few pointers as often as it leaves them out.
func TestTextPointerLinesFewStay(t *testing.T) {
	checkLeftOutBy(t, []leftOutLine{
		{"The ferry to the outer islands runs twice a day from the harbour's north quay in summer.", false},
		{"Also read: Ten Quiet Coves on the Outer Islands", false},
		{"Tickets are sold at the kiosk by the gangway and cost less on the first crossing of the day.", false},
		{"Related: A Week on the Island Ferries", false},
		{"The last boat back leaves at six, and the harbour master holds it for no one.", false},
	}, textLeaveOutPointerLines)
}

// textIsPointerLinePlain is textIsPointerLine without its opening gate
// (textMayOpenPointer), the line's end trimmed first as it was.
func textIsPointerLinePlain(b *textBlock) bool {
	if b.words < 2 || b.words > textPointerMaxWords {
		return false
	}
	text := strings.TrimRightFunc(b.text, unicode.IsSpace)
	if strings.HasSuffix(text, ".") || strings.HasSuffix(text, "!") {
		return false
	}
	low := strings.TrimLeftFunc(b.low, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return opensOnCue(low, textPointerCues, ":|»>-")
}

// TestTextIsPointerLineMatchesPlain holds textIsPointerLine to its form
// without the opening gate, over the test pages' lines and lines built of
// every cue in both cases (the block lowers only ASCII), cut short, with
// and without an s, after bullets, brackets and marks, before each mark
// and others, with a title after and a stop or a bang at the end.
func TestTextIsPointerLineMatchesPlain(t *testing.T) {
	lines := slices.Clip(textSpeedLines(t))
	rng := fastRand(7, 8)
	leads := []string{"", "", "» ", "[", ">> ", "💡 ", "1. ", "- ", "é"}
	marks := []string{":", " :", "|", " »", ">", " -", "", " ", "s:", ".", "—"}
	ends := []string{"", ".", "!", " ", "?", "\n"}
	for range 60000 {
		cue := textPointerCues[rng.IntN(len(textPointerCues))]
		switch rng.IntN(4) {
		case 0:
			cue = strings.ToUpper(cue)
		case 1:
			cue = strings.ToUpper(cue[:1]) + cue[1:]
		case 2:
			cue = cue[:1+rng.IntN(len(cue))]
		}
		title := strings.Repeat("Ten Quiet Coves ", rng.IntN(6))
		lines = append(lines, leads[rng.IntN(len(leads))]+cue+marks[rng.IntN(len(marks))]+" "+title+ends[rng.IntN(len(ends))])
	}
	checkBlockMatchesPlain(t, lines, "textIsPointerLine", textIsPointerLine, textIsPointerLinePlain, 5000)
}
