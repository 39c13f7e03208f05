package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestTextPrefixSetMatchesAnyPrefix holds the flat path's prefix sets
// (the short apparatus tests', the first-person openings, the "More on"
// label's) to the plain form over a few lines of the latter's cases, the
// test pages' lowered lines and
// 100,000 lines built of the prefixes, their first letters, bytes past
// ASCII and prose. It fails with a prefix's first byte left out of the
// set and with a byte's bit put in the wrong word (each tried).
func TestTextPrefixSetMatchesAnyPrefix(t *testing.T) {
	sets := textShippedPrefixSets()
	lines := []string{"", "s", "n", "no", "see", "m", "\xffmake", "é",
		"I'm a nurse", "I’m the editor", "I am ", "I'm", "I’", "In the", "More on HBS:", "More On", "More on "}
	for _, s := range textSpeedLines(t) {
		lines = append(lines, strings.ToLower(s))
	}
	rng := fastRand(46, 103)
	pieces := []string{"click", "tap", "add", "set", "make", "see ", "check ", "view", "compare ", "price ", "comparison ",
		"read on ", "no ", "nothing ", "there are no ", "n", "s", "c", "m", "r", " ", "é", "\x8d", "#", "the quay", "harbour"}
	lines = fastPieceLines(lines, rng, pieces, 100000, 1, 5)
	yes := 0
	for _, set := range sets {
		yes += checkSameAnswer(t, lines, fmt.Sprintf("the set of %q: opens", set.list), set.opens, func(s string) bool {
			return textHasAnyPrefixPlain(s, set.list...)
		}, 0)
	}
	if yes < 1000 {
		t.Errorf("only %d lines open with a prefix to the plain form, want 1000 or more", yes)
	}
}

// textShippedPrefixSets are the flat path's prefix sets: the short
// apparatus tests', the first-person openings, the "More on" label's.
func textShippedPrefixSets() []*textPrefixSet {
	return []*textPrefixSet{&textSourcePromptOpenings, &textRetailerLinkOpenings, &textEmptyStateOpenings,
		&textFirstPersonPrefixes, &textMoreOnOpenings}
}
