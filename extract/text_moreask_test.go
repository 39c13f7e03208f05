package extract

import (
	"fmt"
	"testing"
)

// TestTextMoreAskLeftOut holds textLeaveOutMoreAsk: under an invented
// harbour story, a question for more, for advice or for guidance near the
// body's end goes with every line after it (the site's guides, a pitch);
// a question asking for anything else or opening on no ask, a line that
// is no question, one holding "more" only inside a word, a long one, one
// too far from the end, one over more than textMoreAskReach lines and one
// over too little body stay.
func TestTextMoreAskLeftOut(t *testing.T) {
	story := []leftOutLine{
		{"The ferry operator said on Monday that the winter timetable would start a week early, as the tides on the bar were lower than last year.", false},
		{"Harbour pilots said the shorter timetable would suit the tides better than the summer one, which had crossings at low water.", false},
		{"The operator said it would hire two more deckhands for the winter and keep the night crossing on Fridays and Saturdays.", false},
		{"The council, which pays for the night crossing, said it would review the service in the spring with the operator and the pilots.", false},
		{"Passengers on the early crossing said the new times would let them reach the station before the first train to the city.", false},
		{"The harbour master said the quay's lights would be mended before the first winter crossing, after a storm broke two in October.", false},
	}
	with := func(tail ...leftOutLine) []leftOutLine { return append(append([]leftOutLine{}, story...), tail...) }
	teaser := leftOutLine{"Best Harbour Walks of 2026", true}
	blurb := leftOutLine{"Our guide to the best harbour walks takes you round the point and back in an afternoon.", true}
	for _, c := range []struct {
		name  string
		lines []leftOutLine
	}{
		{"a question for more advice and the guides after it", with(leftOutLine{"Need More Harbour Advice?", true}, teaser, blurb)},
		{"a question for more insights", with(leftOutLine{"Want more trends and insights?", true}, blurb)},
		{"a question for guidance, lower case", with(leftOutLine{"looking for guidance?", true}, blurb)},
		{"a question for more, last", with(leftOutLine{"NEED MORE HELP?", true})},
		{"a question for help alone stays", with(leftOutLine{"Need packing help for your harbour move?", false}, leftOutLine{blurb.text, false})},
		{"a question for an analysis stays", with(leftOutLine{"Want to run your own analysis?", false}, leftOutLine{blurb.text, false})},
		{"more inside a word stays", with(leftOutLine{"Looking for furthermore walks?", false}, leftOutLine{blurb.text, false})},
		{"a long question stays", with(leftOutLine{"Want to know more about the ferries that crossed the bar in the old days?", false}, leftOutLine{blurb.text, false})},
		{"a question too far from the end stays", append(append(append([]leftOutLine{}, story[:4]...), leftOutLine{"Want to know more?", false}), story[4], story[5], leftOutLine{blurb.text, false})},
		{"a question not opening on an ask stays", with(leftOutLine{"Ready for more harbour walks?", false}, leftOutLine{blurb.text, false})},
		{"an ask that is no question stays", with(leftOutLine{"Want more walks like this, then read on.", false}, leftOutLine{blurb.text, false})},
		{"a question over more lines than the reach stays", farAsk(story, textMoreAskReach)},
		{"too little body above stays", []leftOutLine{story[0], story[1], {"Want to know more?", false}}},
	} {
		t.Run(c.name, func(t *testing.T) { checkLeftOutBy(t, c.lines, textLeaveOutMoreAsk) })
	}
}

// farAsk is a long story (story many times over), a question for more
// and n short lines after it: the lines are a small share of the body's
// characters, and the question stands over more than the reach.
func farAsk(story []leftOutLine, n int) []leftOutLine {
	var lines []leftOutLine
	for range 4 * n {
		lines = append(lines, story...)
	}
	lines = append(lines, leftOutLine{"Want to know more?", false})
	for k := range n {
		lines = append(lines, leftOutLine{fmt.Sprintf("Harbour walk %d", k+1), false})
	}
	return lines
}
