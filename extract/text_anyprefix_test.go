package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// textHasAnyPrefixPlain is textHasAnyPrefix without its first byte's
// gate.
func textHasAnyPrefixPlain(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// TestTextHasAnyPrefixMatchesPlain holds textHasAnyPrefix to the plain
// form with the lists it is asked with: every shipped prefix set's
// (textPrefixSet.opens is its only caller) and two sets built here whose
// prefixes share first bytes, over the test pages' lowered lines,
// 100,000 lines built of the sets' prefixes, their first letters and
// prose, and 20,000 lines of one to three words of the first 60 pages. It fails with the first byte compared wrong (tried). An empty
// prefix, which the raw lists held, cannot be in a set: newTextPrefixSet
// panics on one, checked last. An empty line is not asked here: opens
// turns it away before the prefixes are read
// (TestTextPrefixSetMatchesAnyPrefix asks it).
func TestTextHasAnyPrefixMatchesPlain(t *testing.T) {
	sets := textShippedPrefixSets()
	for _, ps := range [][]string{{"s", "se", "see"}, {"n", "no ", "not", "é", "\xff"}} {
		set := newTextPrefixSet(ps...)
		sets = append(sets, &set)
	}
	lines := []string{"s", "n", "no", "see", "\xff", "é"}
	for _, s := range textSpeedLines(t) {
		lines = append(lines, strings.ToLower(s))
	}
	pieces := []string{"click", "tap", "add", "set", "make", "see ", "check ", "view", "compare ", "price ", "comparison ",
		"read on ", "no ", "nothing ", "there are no ", "n", "s", "c", " ", "é", "the quay", "harbour"}
	rng := fastRand(95, 46)
	lines = fastPieceLines(lines, rng, pieces, 100000, 1, 5)
	var pages []string
	for _, pg := range textSpeedPages(t)[:min(len(textSpeedPages(t)), 60)] {
		pages = append(pages, strings.ToLower(string(pg.Content)))
	}
	lines = fastWordLines(lines, rng, pages, 20000, 3)
	yes := 0
	// The empty line is turned away by the set's opens before textHasAnyPrefix.
	lines = slices.DeleteFunc(lines, func(s string) bool { return s == "" })
	for _, set := range sets {
		yes += checkSameAnswer(t, lines, fmt.Sprintf("textHasAnyPrefix(…, %q)", set.list), func(s string) bool {
			return textHasAnyPrefix(s, set.list...)
		}, func(s string) bool {
			return textHasAnyPrefixPlain(s, set.list...)
		}, 0)
	}
	if yes < 1000 {
		t.Errorf("only %d lines open with a prefix to the plain form, want 1000 or more", yes)
	}
	defer func() {
		if recover() == nil {
			t.Error("newTextPrefixSet took an empty prefix")
		}
	}()
	newTextPrefixSet("a", "")
}
