package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Review and advice sites credit the people behind an article on lines of
// their own over its body: "Reviewed by Jane Roe", "Fact checked by Ed
// Poe", "Contributions From: Ann Lee", and the bare labels of the author
// box's links and badges ("Full bio", "Expert Verified", "Fact Checked").
// The block model keeps them with the headline's apparatus it cannot
// tell from a short line of the body; the wcxb-dev gold leaves them out
// (thirty-seventh session, "Flat precision, round four" in
// docs/quality.md). The byline readers find the article's author on such
// lines before the body is assembled; this step only takes the lines out
// of the body.

// textReviewCreditMaxWords is the most words of a credit line: a cue, a
// name or two and a job ("Reviewed by Justin Roe, Trial Attorney at Roe &
// Poe, on December 9, 2024."); a longer line is a sentence.
const textReviewCreditMaxWords = 16

// textReviewCreditCues open a credit line, compared with the block's
// lower-cased start; a name in a capital (or nothing) follows
// (textIsReviewCredit). "Written by" and "Edited by" are not cues: the
// gold keeps a blog's "Written by … on …" lines and a book's editors.
// The title step refuses the same cues as a headline
// (textTitleFurnitureOpenings); this list takes the lines from the body.
var textReviewCreditCues = newTextCueList(
	"reviewed by", "medically reviewed by", "expertly reviewed by",
	"fact checked by", "fact-checked by", "contributions from", "contribution from",
)

// textReviewCreditLabels are the author box's bare labels, the whole line.
var textReviewCreditLabels = newTextCueList("full bio", "expert verified", "fact checked", "fact-checked")

// textLeaveOutReviewCredits marks the credit lines (textIsReviewCredit)
// that stay in the body.
func textLeaveOutReviewCredits(blocks []textBlock, keep, out []bool) {
	for i := textNextKept(keep, 0); i < len(blocks); i = textNextKept(keep, i+1) { // text_nextkept.go
		if textStays(blocks, keep, out, i) && textIsReviewCredit(&blocks[i]) {
			out[i] = true
		}
	}
}

// textIsReviewCredit reports a line of at most textReviewCreditMaxWords
// words that is a bare credit label, or that opens on a credit cue
// followed by the line's end or, past an optional colon, a name in a
// capital ("Reviewed by Margaret Roe", "Contributions From: Ryan Poe");
// "Reviewed by our team of editors" is a sentence and stays. The lists
// are looked up by the line's first byte (textCueList), so most lines
// are let go there.
func textIsReviewCredit(b *textBlock) bool {
	if b.words < 2 || b.words > textReviewCreditMaxWords {
		return false
	}
	low, text := b.low, b.text // low is text's ASCII-lowered start, byte for byte
	if len(low) == len(text) {
		for _, label := range textReviewCreditLabels.starting(low) {
			if low == label {
				return true
			}
		}
	}
	for _, cue := range textReviewCreditCues.starting(low) {
		if !textHasCuePrefix(low, cue) {
			continue
		}
		rest := text[len(cue):]
		if rest == "" {
			return true
		}
		rest = strings.TrimPrefix(rest, ":")
		if !strings.HasPrefix(rest, " ") {
			continue
		}
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
		return unicode.IsUpper(r)
	}
	return false
}
