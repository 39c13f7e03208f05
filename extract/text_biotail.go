package extract

import "strings"

// textCutAtBio cuts the flat body at a writer's bio among its last
// paragraphs, with every paragraph after it, as the HTML path's cutAtBio
// does (bioTailCut's bounds, isWriterBio's test), or at a bio under its
// writer's name (textIsBioUnderName): textLeaveOutBios takes the bio
// alone, and textLeaveOutTail walks from the body's end through end
// matter only, so more about the writer ("When she's not leading the
// firm, …"), an adviser's or lender's notice or a podcast's pitch after
// the bio stayed. The box's labels right above the bio go with it
// ("Title: Founder of …", "Expertise: …"): left alone above the cut,
// they were too few for textLeaveOutApartSections, which took them with
// the bio's section before. A "Why …" heading over the bio keeps it all
// (textIsTrustHeading). Run after textLeaveOutTail and before
// textLeaveOutBios, which would hide the bio. On the wcxb-dev flat
// articles 0.94279 -> 0.94298 (even ids +0.00024, odd +0.00014), 6
// articles and a service up, none down (docs/quality.md, thirty-fourth
// session).
func textCutAtBio(blocks []textBlock, keep, out []bool) {
	n, total := textStayingSize(blocks, keep, out)
	// The last bioTailBlocks+1 paragraphs that stay, the last first: the
	// cut reads no further, and bio k's name line is paragraph k-1.
	var tail [bioTailBlocks + 1]int
	for i, m := len(blocks)-1, 0; i >= 0 && m < len(tail); i-- {
		if textStays(blocks, keep, out, i) {
			tail[m] = i
			m++
		}
	}
	at := func(k int) *textBlock { return &blocks[tail[n-1-k]] }
	k := bioTailCut(n, total, func(k int) int { return len(at(k).text) }, func(k int) bool {
		return isWriterBio(at(k).text) || k > 0 && textIsBioUnderName(at(k-1), at(k).text)
	})
	if k < 0 {
		return
	}
	bio := tail[n-1-k]
	// The box's labels right above the bio go with it; a "Why …"
	// heading among them or right above them keeps the whole.
	top := bio
	for m := 0; m < textBioLabelLines && top > 0 && textStays(blocks, keep, out, top-1) && textIsBioLabel(&blocks[top-1]); m++ {
		top--
	}
	for i := max(top-1, 0); i < bio; i++ {
		if textIsTrustHeading(&blocks[i]) {
			return
		}
	}
	for i := top; i < len(blocks); i++ {
		out[i] = out[i] || textStays(blocks, keep, out, i)
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
