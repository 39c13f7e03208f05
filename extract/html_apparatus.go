package extract

import "github.com/storyfold/storyfold/textnorm"

// An HTML body still holds lines whose words alone say they are a page's
// apparatus, lines the flat path already leaves out by those words: a
// round-up's buttons to each product's review ("Read Full Review") and its
// pick buttons ("Try Armoire", "Shop Katla."), its "Source: …" lines under
// each chart, reading times, a caption's credit, a prompt to follow the
// site in a news reader, a pull quote set beside the paragraph it repeats.
// The block model keeps them because they sit among the article's own
// blocks under the same wrappers; their wording is what tells them apart.
// dropApparatusLines asks the flat path's tests of the body's blocks.
//
// Three of the flat path's apparatus tests are left out. Its button
// labels other than review buttons ("Get Started", "Watch video", "Add to
// cart"): the gold of services and documentation that state an article
// keeps them, as the twenty-eighth session found reading them as
// boilerplate. textIsCredit: a round-up of other sites' projects sets
// "Photo Credit: <site>" under each one and its gold keeps the line (the
// HTML path's own photo credits are isPhotoCaption's, in dropFurniture).
// textIsBreadcrumb: the renderer has left a page's trail out already, and
// what the test still finds is an instruction's menu path ("Products >
// Data Files"). The flat path's other body steps and a contents heading
// were measured and not taken (docs/quality.md, thirty-third session).

// dropApparatusLines returns bs without the blocks the flat path's tests
// mark (htmlApparatusMarks).
func dropApparatusLines(bs []block) []block {
	out := htmlApparatusMarks(htmlTextBlocks(bs))
	kept := bs[:0:0]
	for i, b := range bs {
		if !out[i] {
			kept = append(kept, b)
		}
	}
	return kept
}

// htmlApparatusMarks marks, among the body's blocks read as flat lines,
// the apparatus lines (textIsApparatus) but for the three kinds above,
// the pull quotes near their source (htmlNearPullQuotes), and what the
// flat path's steps for pick buttons, browse links and runs of source
// lines mark. Every block is kept to the steps: the body is what stays.
func htmlApparatusMarks(tb []textBlock) []bool {
	n := len(tb)
	keep, out := make([]bool, n), make([]bool, n)
	for i := range tb {
		keep[i] = true
		b := &tb[i]
		if textIsApparatus(b) && !textIsCredit(b) && !textIsBreadcrumb(b) && (!textIsButton(b) || textIsReviewButton(b)) {
			out[i] = true
		}
	}
	htmlNearPullQuotes(tb, keep, out)
	textLeaveOutPickButtons(tb, keep, out)
	textLeaveOutBrowseLinks(tb, keep, out)
	textLeaveOutSourceRun(tb, keep, out)
	return out
}

// htmlPullNear is how many blocks away a pull quote's source paragraph
// may stand for the quote to go (htmlNearPullQuotes). Set on the wcxb-dev
// pages it moves: the article pull quotes stand 1 to 5 blocks from their
// source, a forum reply quoting the opening post (4318, whose gold keeps
// it) 48 blocks.
const htmlPullNear = 5

// htmlNearPullQuotes marks the pull quotes the flat path's step marks
// whose source paragraph stands within htmlPullNear blocks
// (textLeaveOutPullQuotesNear): a page sets a pull quote beside the
// paragraph it repeats, while a reply in a thread quotes a post far above
// it. The step reads its own marks only, as on the flat path where it
// runs on what stays.
func htmlNearPullQuotes(tb []textBlock, keep, out []bool) {
	pulled := make([]bool, len(tb))
	textLeaveOutPullQuotesNear(tb, keep, pulled, htmlPullNear)
	for i, p := range pulled {
		out[i] = out[i] || p
	}
}

// htmlTextBlocks reads blocks as the flat path reads its lines: counts,
// cue, duplicates and content score.
func htmlTextBlocks(bs []block) []textBlock {
	tb := make([]textBlock, len(bs))
	var sc textnorm.WordScanner // one word buffer for the page, as the text path shares it
	for i, b := range bs {
		tb[i] = textReadBlock(b.text, textLowerPrefix(b.text, textPhraseWindow), textWebUnread, &sc, nil)
	}
	textMarkDuplicates(tb)
	for i := range tb {
		tb[i].score = textScore(&tb[i])
	}
	return tb
}
