package extract

import (
	"regexp"
	"testing"
)

// TestViewCountREMatchesEachForm holds viewCountRE, whose start and
// leading non-word bytes stand once before its three forms, to the same
// forms each written with its own start: both must match the same lines.
// The lines are invented from the counters' pieces (labels in any case,
// the long s and the Kelvin sign the case folding reads as s and k, digit
// runs with commas, marks and spaces), one often right after another.
func TestViewCountREMatchesEachForm(t *testing.T) {
	each := regexp.MustCompile(`(?i)^\W*\(?visited [\d,]+ times?\b|^\W*[\d,]+ (?:views|reads)\W*$|^\W*post views:? [\d,]+`)
	pieces := []string{"(", ")", "Visited ", "visited", "VISITED ", "viſited ", "post views", "Post Views: ", "POST VIEWS:",
		" views", " VIEWS", " reads", " Reads", "views", "1,902", "364", "0", ",", " times", " time", " timeſ", "Times",
		" ", "  ", "\t", "\n", "!", ".", "—", "•", "x", "e", "the post", "…", "\u212a", "é", "_", ":", " 12"}
	r := fastRand(74, 5)
	checkSameAnswer(t, fastPieceLines(nil, r, pieces, 200_000, 1, 6), "viewCountRE.MatchString", viewCountRE.MatchString,
		each.MatchString, 1000)
}
