package extract

import "strings"

// textCutAtBio cuts the flat body at a writer's bio among its last
// paragraphs, with every paragraph after it, as the HTML path's cutAtBio
// does (bioTailCut's bounds, isWriterBio's test): textLeaveOutBios takes
// the bio alone, and textLeaveOutTail walks from the body's end through
// end matter only, so more about the writer ("When she's not leading
// the firm, …"), an adviser's or lender's notice or a podcast's pitch
// after the bio stayed. The box's labels right above the bio go with it
// ("Title: Founder of …", "Expertise: …"): left alone under the cut
// body, they are too few for textLeaveOutApartSections, which took
// them with the bio's section before. A bio under a "Why …" heading
// stays (textIsTrustHeading). Run after textLeaveOutTail and before
// textLeaveOutBios, which would hide the bio. On the wcxb-dev flat
// articles 0.94279 -> 0.94295 (even ids +0.00021, odd +0.00012), 3
// pages up, none down (docs/quality.md, thirty-fourth session).
func textCutAtBio(blocks []textBlock, keep, out []bool) {
	var body []int // the paragraphs that stay
	total := 0
	for i := range blocks {
		if textStays(blocks, keep, out, i) {
			body = append(body, i)
			total += len(blocks[i].text)
		}
	}
	at := bioTailCut(len(body), total, func(k int) int { return len(blocks[body[k]].text) }, func(k int) bool { return isWriterBio(blocks[body[k]].text) })
	if at < 0 || body[at] > 0 && textIsTrustHeading(&blocks[body[at]-1]) {
		return
	}
	for _, i := range body[at:] {
		out[i] = true
	}
	for i, n := body[at]-1, 0; i >= 0 && n < textBioLabelLines && textStays(blocks, keep, out, i) && textIsBioLabel(&blocks[i]); i, n = i-1, n+1 {
		out[i] = true
	}
}

// textBioLabelLines bounds the labels right above a cut bio that go with
// it: an author box's heading, the writer's name, a title and a field.
const textBioLabelLines = 3

// textBioLabelWords is the most words of a bio box's label line.
const textBioLabelWords = 8

// textIsBioLabel reports a line that may label a bio box: short and not
// ending like a sentence ("About the author", "Mira Tolland", "Title:
// Founder of Harbour Ledger").
func textIsBioLabel(b *textBlock) bool {
	return b.words <= textBioLabelWords && !b.sentEnd
}

// textIsTrustHeading reports a short heading that opens with "Why"
// ("Why We're the Experts", "Why you should trust us") right above a
// bio, whether the body keeps the heading or not: a review's account of
// who tested for it, which the gold keeps with what follows the bio (the
// tests the writer ran). On wcxb-dev one article (4078) lost 0.0074
// without it.
func textIsTrustHeading(b *textBlock) bool {
	return textIsBioLabel(b) && strings.HasPrefix(b.low, "why ")
}
