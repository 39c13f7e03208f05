package extract

import (
	"strings"
	"testing"
)

// The first-byte gates of two of the apparatus tests (fifty-second
// session): isControlLabel's opening pair and textIsNewTabNotice's
// opener, each held to the form without it.

// isControlLabelPlain is isControlLabel without its gate: the switch on
// the trimmed line alone.
func isControlLabelPlain(low string) bool {
	switch trimToLetters(low) {
	case "back to top", "read less", "show less", "expand all", "collapse all", "toggle", "jump to review":
		return true
	}
	return false
}

// TestIsControlLabelMatchesPlain holds isControlLabel to its plain form
// over the test pages' lowered starts and lines built of the labels in
// both cases, cut short, with arrows, bullets, digits, letters past ASCII
// ("é", which TrimFunc keeps) and other words around them. Each label
// must be taken often enough that a gate refusing one fails.
func TestIsControlLabelMatchesPlain(t *testing.T) {
	var lines []string
	for _, s := range textSpeedLines(t) {
		lines = append(lines, textLowerPrefix(s, textPhraseWindow), s)
	}
	rng := fastRand(152, 7)
	pieces := []string{"back to top", "read less", "show less", "expand all", "collapse all", "toggle", "jump to review",
		"Back to Top", "TOGGLE", "back", "to top", "read", "less", "b", "t", "ju", "j", "to", "e", " ", "  ", "↑", "»", "•", "→",
		"(", ")", ".", "!", "1", "2.", "é", "_", "-", "the harbour", "show more", "expand", "toggles"}
	lines = fastPieceLines(lines, rng, pieces, 80000, 1, 4)
	taken := checkSameAnswer(t, lines, "isControlLabel", isControlLabel, isControlLabelPlain, 2000)
	for _, label := range []string{"back to top", "read less", "show less", "expand all", "collapse all", "toggle", "jump to review"} {
		n := 0
		for _, s := range lines {
			if trimToLetters(s) == label {
				n++
			}
		}
		if n < 20 {
			t.Errorf("only %d lines trim to %q, want 20 or more (of %d taken)", n, label, taken)
		}
	}
}

// newTabLines appends n notices to lines, in the expression's shape or
// near it: zero to two leads (its leading class's bytes and some it does
// not take, "x", ".", "*"), "link", "open" or "opens", "in", "a", "new",
// "tab" or "window", "or tab", closing marks, each word in either case
// and now and then left out.
func newTabLines(lines []string, seed uint64, n int) []string {
	rng := fastRand(152, seed)
	leads := []string{"(", "[", "-", "–", "—", " ", "\t", "\n", "\f", "\r", "( ", "— (", "x", ".", "*", "é"}
	pick := func(b *strings.Builder, p float64, words ...string) {
		if rng.Float64() < p {
			b.WriteString(words[rng.IntN(len(words))])
		}
	}
	for range n {
		var b strings.Builder
		for range rng.IntN(3) {
			b.WriteString(leads[rng.IntN(len(leads))])
		}
		pick(&b, 0.2, "link ", "Link ")
		pick(&b, 0.95, "opens", "Opens", "open", "Open", "OPENS")
		pick(&b, 0.95, " in ", " In ")
		pick(&b, 0.6, "a ", "A ")
		pick(&b, 0.95, "new ", "New ", "NEW ")
		pick(&b, 0.95, "tab", "Tab", "window", "Window")
		pick(&b, 0.2, " or tab", " or Tab")
		pick(&b, 0.5, ")", "]", ".", ").", " ")
		lines = append(lines, b.String())
	}
	return lines
}

// TestTextMayOpenNewTabCoversRE holds textMayOpenNewTab true of the first
// byte of every lowered line textNewTabRE matches: the test pages' lines
// and notices built by newTabLines, after the bytes the expression's
// leading class takes and after some it does not.
func TestTextMayOpenNewTabCoversRE(t *testing.T) {
	var lines []string
	for _, s := range newTabLines(textSpeedLines(t), 8, 60000) {
		lines = append(lines, textLowerPrefix(s, textPhraseWindow))
	}
	checkPrefilter(t, lines, textNewTabRE, "textMayOpenNewTab", func(s string) bool {
		return s != "" && textMayOpenNewTab(s[0])
	}, 2000)
}

// textIsNewTabNoticePlain is textIsNewTabNotice without its opener.
func textIsNewTabNoticePlain(b *textBlock) bool {
	return textIsWholeShortLine(b, 3, textNewTabMaxWords) &&
		(strings.Contains(b.low, "new tab") || strings.Contains(b.low, "new window")) &&
		textNewTabRE.MatchString(b.low)
}

// TestTextIsNewTabNoticeMatchesPlain holds textIsNewTabNotice to its plain
// form over the test pages' lines and the notices of newTabLines.
func TestTextIsNewTabNoticeMatchesPlain(t *testing.T) {
	lines := newTabLines(append([]string(nil), textSpeedLines(t)...), 9, 60000)
	checkBlockMatchesPlain(t, lines, "textIsNewTabNotice", textIsNewTabNotice, textIsNewTabNoticePlain, 2000)
}
