package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/textnorm"
)

// isBoilerplatePlain is isBoilerplate without its first-byte switch:
// every test asked of every line.
func isBoilerplatePlain(low string) bool {
	return strings.HasPrefix(low, "lorem ipsum dolor") || strings.HasPrefix(low, "this is some text inside of a div block") ||
		strings.HasPrefix(low, "this field is for validation purposes") || isConsentLine(low) || isControlLabel(low)
}

// TestIsBoilerplateMatchesPlain holds isBoilerplate to its plain form
// over the test pages' lines, as the text path asks them (the lowered
// start) and as the HTML path does (the folded words), and lines built of
// the placeholders, consent wordings and control labels, whole, cut
// short or behind a lead. Each kind must be taken often enough that a
// switch refusing one fails.
func TestIsBoilerplateMatchesPlain(t *testing.T) {
	var lines []string
	for _, s := range textSpeedLines(t) {
		lines = append(lines, textLowerPrefix(s, textPhraseWindow), strings.Join(textnorm.Words(s), " "))
	}
	rng := fastRand(154, 187)
	pieces := []string{"lorem ipsum dolor", " sit amet", "lorem ipsum", "this is some text inside of a div block",
		"this field is for validation purposes", " and should be left unchanged.", "this is some text", "this field",
		"by signing up,", "by clicking join,", "by continuing", " you agree", " you confirm", " you consent", " to our terms",
		"by the harbour", "back to top", "toggle", "read less", "↑", "«", " ", "l", "t", "b", "é", "1", "the quay"}
	lines = fastPieceLines(lines, rng, pieces, 80000, 1, 4)
	checkSameAnswer(t, lines, "isBoilerplate", isBoilerplate, isBoilerplatePlain, 2000)
	for _, kind := range []struct {
		name string
		is   func(string) bool
	}{
		{"lorem ipsum", func(s string) bool { return strings.HasPrefix(s, "lorem ipsum dolor") }},
		{"div block", func(s string) bool { return strings.HasPrefix(s, "this is some text inside of a div block") }},
		{"validation field", func(s string) bool { return strings.HasPrefix(s, "this field is for validation purposes") }},
		{"consent", isConsentLine},
		{"control label", isControlLabel},
	} {
		n := 0
		for _, s := range lines {
			if kind.is(s) {
				n++
			}
		}
		if n < 20 {
			t.Errorf("only %d lines are a %s, want 20 or more", n, kind.name)
		}
	}
}
