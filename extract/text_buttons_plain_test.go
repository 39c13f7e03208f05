package extract

import (
	"strings"
	"testing"
)

// textIsButtonPlain is textIsButton as it was before the line's cut to
// its letters was shared by its two tests: each test cuts the line
// itself (textIsReviewButtonPlain).
func textIsButtonPlain(b *textBlock) bool {
	return b.words <= textButtonMaxWords &&
		(len(b.low) == len(b.text) && textIsButtonLabel(b, trimToLetters(b.low)) || textIsReviewButtonPlain(b))
}

// textIsReviewButtonPlain is textIsReviewButton as it was: the marks
// sought before the "read" (the words after it are read as
// textIsReviewLabel reads them, which the change left as they were).
func textIsReviewButtonPlain(b *textBlock) bool {
	if b.words < 2 || len(b.low) < len(b.text) || strings.ContainsAny(b.text, ".?:") {
		return false
	}
	return textIsReviewLabel(b, trimToLetters(b.low))
}

// TestTextButtonMatchesPlain holds textIsButton, and textIsReviewButton
// (which the HTML path asks alone), to the plain form over the test
// pages' lines and 100,000 short lines built of the labels' and the
// reviews' words, their marks and arrows, letters beyond ASCII and prose.
// It fails with the marks' search dropped from the review's test and with
// the labels' one-word floor set at two (each tried).
func TestTextButtonMatchesPlain(t *testing.T) {
	textNeedsData(t)
	lines := append([]string(nil), textSpeedLines(t)...)
	rng := fastRand(95, 45)
	pieces := []string{"Read", "read", "READ", " ", "  ", "Review", "review", "Reviews", "full", "Full", "the", "our", "entire",
		"complete", "!", ".", "?", ":", "→", "»", "★", "Search", "Learn more", "learn", "more", "Add to cart", "Reply",
		"Play", "Save", "é", "Ée", "quay", "harbour", "12", "\n"}
	lines = fastPieceLines(lines, rng, pieces, 100000, 1, 8)
	checkBlockMatchesPlain(t, lines, "textIsButton", textIsButton, textIsButtonPlain, 200)
	checkBlockMatchesPlain(t, lines, "textIsReviewButton", textIsReviewButton, textIsReviewButtonPlain, 50)
}
