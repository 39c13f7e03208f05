package extract

import "strings"

// Review and advice sites set the writer's name over the reviewer's
// credit under the headline ("Yaren Roe" / "reviewed by Jo Poe", often
// one block; "Eli Roe Contributing Writer | Strategy games" / "Fact
// checked by: Vita Poe"): the name has no "By" and no date under it, so
// textNameUnderHeadline does not read it, and a job may run on after it.

// textReviewerReach is how many blocks under the headline are read for
// the reviewer's credit: a date and an affiliate notice may come between
// (wcxb-dev flat articles: the credit at the third and fourth block).
const textReviewerReach = 4

// textNameOverReviewer is the writer's name (textNameOverCredit) on the
// line right over the first reviewer's credit line (textIsReviewCredit)
// within textReviewerReach blocks under the headline at; or "". The line
// over the credit is the credit's block's line before it or, when the
// credit opens its block, the last line of the block before, which is
// not the headline.
func textNameOverReviewer(blocks []textBlock, at int) string {
	if at < 0 {
		return ""
	}
	for i := at + 1; i <= at+textReviewerReach && i < len(blocks); i++ {
		lines := strings.Split(blocks[i].text, "\n")
		for k, line := range lines {
			// a line of a block of several is read as a block of its
			// own; a block of one line is the page's own block
			if len(lines) > 1 {
				if b := textNewBlock(line); !textIsReviewCredit(&b) {
					continue
				}
			} else if !textIsReviewCredit(&blocks[i]) {
				continue
			}
			switch {
			case k > 0:
				return textNameOverCredit(lines[k-1], blocks)
			case i-1 > at:
				return textNameOverCredit(textLastLine(blocks[i-1].text), blocks)
			}
			return ""
		}
	}
	return ""
}

// textNameOverCredit is line's writer: the line when it is a plain name
// with no odd word, or the name before a job run on after it
// (textNameBeforeJob); not when a word of the name is written in lower
// case on the page (textMenuWords: a site's name set over its reviewer,
// "Texas Mattress Makers", on a page about mattresses).
func textNameOverCredit(line string, blocks []textBlock) string {
	name := line
	if !textPlainName(name) || textOddNameWords(name) {
		name = textNameBeforeJob(line)
	}
	if name == "" || textMenuWords(name, blocks) {
		return ""
	}
	return name
}
