package extract

// A banner or a call to action set as two elements, a question or a cry
// and a button or a second sentence, reaches the flat text as one line
// with no space after the first one's mark ("We want to hear from
// you!Take our 2021 Community Survey!", "Ready to Create Videos That
// Convert?Get In Touch", "Welcome!Log into your account"). Of the 1,497
// wcxb-dev flat pages, 276 lines of three to thirty words on 84 sites
// are so glued; the title model took one on four documentation pages of
// one site (4400 to 4403, legacy.reactjs.org's survey banner over each
// page, the gold under it), with the URL and without. No gold title
// glues two sentences: a line that does names no page.

// textTitleNotGluedBanner returns the index of the block whose text
// names the page when the line taken, at, glues two sentences
// (textIsGluedSentences): the best other candidate that glues none and
// clears the bar where it stands (textTitleBestOther), else at.
func textTitleNotGluedBanner(c *textTitleCandidates, at int) int {
	if at < 0 || !textIsGluedSentences(c.blocks, at) {
		return at
	}
	return textTitleBestOther(c, at, textIsGluedSentences)
}

// textIsGluedSentences reports whether block i holds a sentence's end
// glued to the next sentence: two lower-case ASCII letters, a "!", "?"
// or ".", then a capital and a lower-case letter ("you!Take",
// "updated.Go"). An initial ("J.Smith") follows a capital and is not
// counted; a name written with a capital after its dot
// ("BusinessBroker.Net") is, and no wcxb-dev title holds one.
func textIsGluedSentences(blocks []textBlock, i int) bool {
	t := blocks[i].text
	for j := 2; j+2 < len(t); j++ {
		if c := t[j]; (c == '!' || c == '?' || c == '.') && isASCIILower(t[j-1]) && isASCIILower(t[j-2]) &&
			'A' <= t[j+1] && t[j+1] <= 'Z' && isASCIILower(t[j+2]) {
			return true
		}
	}
	return false
}
