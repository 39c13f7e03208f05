package extract

// textDisclosureActFrom is where the first match of textDisclosureAct in
// s may start, or -1 where it has none: every match is \b and then
// "link", "buy", "purchase" or "click" in some case, so it opens with one
// of textDisclosureActOpenings ("lin", "buy", "purcha", "clic"; the
// expression folds none of their letters to a non-ASCII one, as it does
// "k" and "s") at a byte that follows no ASCII \w byte. The expression,
// folding case, read a line of up to 60 words from its start, some 100
// thousand instructions a line that passed the pieces' tests and half of
// them held no such word at a word's start ("online", "climb"):
// docs/quality.md, "Text speed, round thirty-six". From that byte the
// expression sees the same \b (no \w before it either way) and the same
// bytes after it, so it matches s[from:] just when it matches s
// (TestTextDisclosureActFromMatchesRE). The search is the one the payment
// and site expressions ask (textFoldedOpeningFrom); its own loop, which
// switched on the lowered byte first, saved 0.02 M of 361 M instructions
// over 100 long wcxb-dev flat pages, not worth a second copy.
func textDisclosureActFrom(s string) int {
	return textFoldedOpeningFrom(s, textDisclosureActOpenings[:], false)
}

// textDisclosureActOpenings are the openings of textDisclosureAct's
// words, lower case.
var textDisclosureActOpenings = [...]string{"lin", "buy", "purcha", "clic"}

// textHasFoldedAt reports whether s holds p at i, ASCII letters in
// either case, for a lower-case ASCII p of letters.
func textHasFoldedAt(s string, i int, p string) bool {
	if len(s)-i < len(p) {
		return false
	}
	for j := range len(p) {
		if s[i+j]|0x20 != p[j] {
			return false
		}
	}
	return true
}

// textEndsWithFoldedLabel reports whether s ends with label (lower-case
// ASCII letters and spaces), ASCII letters in either case, as a whole
// line's end: alone, or after a space or a line break, so a word glued
// to it ("captionhide caption") is no label. The flat body's steps that
// read a widget's or a notice's label closing a line ask it
// (textIsSwitchedCaption, textIsCopyrightLine).
func textEndsWithFoldedLabel(s, label string) bool {
	i := len(s) - len(label)
	return i >= 0 && (i == 0 || s[i-1] == ' ' || s[i-1] == '\n') && textHasFoldedAt(s, i, label)
}
