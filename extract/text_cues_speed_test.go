package extract

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// textCopyrightNoticeRE is the plain form of textIsCopyrightNotice.
var textCopyrightNoticeRE = regexp.MustCompile(`^\(?(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:19|20)\d\d\b`)

// TestTextIsCopyrightNoticeMatchesRE holds textIsCopyrightNotice to the
// expression it reads by hand: on the test pages' lines, lowered and as
// they are, and on random lines built of the expression's pieces and
// the bytes at its edges (white space it reads and white space it does
// not: \v and a no-break space; word bytes and others after the year).
func TestTextIsCopyrightNoticeMatchesRE(t *testing.T) {
	lines := slices.Clip(textSpeedLines(t))
	for _, s := range textSpeedLines(t) {
		lines = append(lines, strings.ToLower(s))
	}
	pieces := []string{"(", ")", "©", "(c)", "(C)", "c", "copyright", "Copyright", "copy", " ", "  ", "\t", "\n", "\f", "\r",
		"\v", "\u00a0", "19", "20", "21", "2", "1", "0", "9", "2025", "a", "B", "_", "é", "\xff", ".", ",", "-"}
	rng := fastRand(121, 50)
	lines = fastPieceLines(lines, rng, pieces, 200000, 1, 7)
	// Lines opening with a mark, most of which reach the year.
	marks := []string{"©", "(c)", "copyright", "(©", "((c)", "(copyright", "(", "c"}
	years := []string{" ", "\t", "\v", "©", " © ", "2025", "1999", "2099", "1899", "19", "20", "7", "_", "a", "é", ".", ""}
	for range 50000 {
		lines = append(lines, fastPieces(rng, marks, 1, 1)+fastPieces(rng, years, 1, 4))
	}
	checkSameAnswer(t, lines, "textIsCopyrightNotice", textIsCopyrightNotice, textCopyrightNoticeRE.MatchString, 2000)
}

// textMayOpenCommentsHeadingPlain is textMayOpenCommentsHeading asking
// its three tests one after another, whatever the first byte.
func textMayOpenCommentsHeadingPlain(s string) bool {
	return textOpensCount(s) || textHasLowerPrefix(s, "comment") || textHasLowerPrefix(s, "the following comment")
}

// TestTextMayOpenCommentsHeadingMatchesPlain holds the first byte's
// choice of test in textMayOpenCommentsHeading to the three tests asked
// in turn: on the test pages' lines and on random lines of the
// headings' pieces in every case, with the runes that fold to ASCII
// letters (the Kelvin sign, the long s) and bytes past ASCII first.
func TestTextMayOpenCommentsHeadingMatchesPlain(t *testing.T) {
	pieces := []string{"12", "3", " ", "\t", "comment", "Comment", "COMMENTS", "commentſ", "cOmMeNt", "replies", "Replies",
		"(4)", "the following comments", "The Following Comments", "THE FOLLOWING COMMENTſ", "The", "following", "K",
		"\u212a", "ſ", "x", "é", "c", "C", "t", "T", "\xff", "@", "#"}
	lines := fastPieceLines(append(slices.Clip(textSpeedLines(t)), ""), fastRand(121, 51), pieces, 200000, 1, 5)
	checkSameAnswer(t, lines, "textMayOpenCommentsHeading", textMayOpenCommentsHeading, textMayOpenCommentsHeadingPlain, 2000)
}

// textMayBeCopyrightPlain is textMayBeCopyright asking its three
// prefixes one after another, whatever the first byte.
func textMayBeCopyrightPlain(low string) bool {
	return strings.HasPrefix(low, "(") || strings.HasPrefix(low, "©") || strings.HasPrefix(low, "copyright")
}

// TestTextMayBeCopyrightMatchesPlain holds the first byte's choice of
// prefix in textMayBeCopyright to the three prefixes asked in turn: on
// the test pages' lines, lowered and as they are, and on random lines
// of the prefixes' pieces and bytes near them ("©"'s two bytes apart
// and beside other bytes past ASCII).
func TestTextMayBeCopyrightMatchesPlain(t *testing.T) {
	lines := append(slices.Clip(textSpeedLines(t)), "")
	for _, s := range textSpeedLines(t) {
		lines = append(lines, strings.ToLower(s))
	}
	pieces := []string{"(", ")", "©", "\xc2", "\xa9", "é", "\xc3\xa9", "c", "copy", "copyright", "right", "Copyright", "opyright",
		" ", "2025", "a", "\xff", ""}
	lines = fastPieceLines(lines, fastRand(121, 59), pieces, 200000, 1, 4)
	checkSameAnswer(t, lines, "textMayBeCopyright", textMayBeCopyright, textMayBeCopyrightPlain, 2000)
}
