package extract

import (
	"strings"
	"testing"
	"unicode"
)

// textGluedWordsPlain is textGluedWords as it was before the words were
// read by bytes (textGluedRead).
func textGluedWordsPlain(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if textGlueAt([]rune(w), 3) > 0 {
			return true
		}
	}
	return false
}

// textGluedLabelPlain is textGluedLabel as it was before the words were
// read by bytes.
func textGluedLabelPlain(s string) bool {
	if textGluedWordsPlain(s) {
		return true
	}
	for w := range strings.FieldsSeq(s) {
		r := []rune(w)
		for j := 3; j < len(r); j++ {
			if unicode.IsDigit(r[j]) && unicode.IsLower(r[j-1]) && unicode.IsLower(r[j-2]) && unicode.IsLetter(r[j-3]) {
				return true
			}
		}
	}
	return false
}

// TestTextGluedReadMatchesRunes holds textGluedWords and textGluedLabel
// to their rune forms: invented lines (glued words, surname prefixes,
// labels run into digits, words past ASCII, spaces past ASCII such as
// U+00A0, invalid bytes), 20,000 random lines of those pieces, and every
// line of the speed pages. Both answers must turn up.
func TestTextGluedReadMatchesRunes(t *testing.T) {
	lines := []string{
		"", "ChecklistsJust", "MacLeod", "DellaRosa", "VanDyke wrote", "OfficeOrganizingPapers", "Height0.9", "Weight12",
		"AuthorJ.", "FormatHardcover", "abC", "abcD", "Ab0", "abc1", "aBc1", "ÉcoleNormale", "écoleNormale",
		"Sign up\u00a0NowJust", "word\u00a0wordWord", "Straße5", "café9", "naïveThing", "x\xffabcDef", "\u2003abcDef",
		"Join us today", "Call 555-0100 now",
	}
	check := func(s string) (bool, bool) {
		gw, gl := textGluedWords(s), textGluedLabel(s)
		pw, pl := textGluedWordsPlain(s), textGluedLabelPlain(s)
		if gw != pw {
			t.Errorf("textGluedWords(%q) = %v, the rune form %v", s, gw, pw)
		}
		if gl != pl {
			t.Errorf("textGluedLabel(%q) = %v, the rune form %v", s, gl, pl)
		}
		return pw, pl && !pw
	}
	rng := fastRand(194, 7)
	pieces := []string{"a", "b", "z", "A", "M", "Z", "Mac", "Della", "Von", "0", "7", " ", " ", "\t", "\n", "\u00a0", "\u0085",
		"é", "É", "ß", "’", ".", "-", "\xff", "\xe2", "Word", "word", "ab", "abc"}
	for range 20000 {
		lines = append(lines, fastPieces(rng, pieces, 0, 14))
	}
	words, labels := 0, 0
	for _, s := range lines {
		w, l := check(s)
		words += textBool(w)
		labels += textBool(l)
	}
	for _, p := range textSpeedPages(t) {
		for line := range strings.SplitSeq(string(p.Content), "\n") {
			check(line)
		}
	}
	if words < 100 || labels < 100 {
		t.Fatalf("%d lines glued words and %d a label to its digits, without them: the test reaches too little", words, labels)
	}
}
