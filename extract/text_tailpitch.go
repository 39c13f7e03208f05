package extract

import (
	"strings"

	"github.com/storyfold/storyfold/textnorm"
)

// textTailPitchStays reports whether paragraph i, which textLeaveOutTail's
// walk up from the body's end reads as end matter, is instead the
// article's own last paragraph, where the walk ends: a company blog
// closes its piece by pointing to its product ("See how Acme can help your practice thrive. Get a free trial.",
// "Schedule a demo to see the platform in action."), and the gold keeps
// that paragraph when it follows the article's prose directly. It stays
// when only an end matter phrase made it end matter ("sign up", "free
// trial", "newsletter": not textReadsAsNoticeOrBio's copyright sign,
// disclaimer or bio), it is no shout ("Get 15% off when you sign up for
// texts!": a "!" anywhere) nor a promotion line (textIsPromo), and the
// block right over it stays as a paragraph of the article: a plain
// sentence of textIslandParagraph words or more that the walk would not
// take itself (textReadsAsEndMatter). A pitch under its own
// heading, a site's name or a short line does not pass, nor what the walk
// took under it (an author's box). On wcxb-dev flat articles 0.9456258 ->
// 0.9457171 (even ids +0.0000172, odd +0.0001679), 8 pages on 8 sites
// up, none down (docs/quality/text-extraction-2.md, forty-fifth session).
// Asked inside the walk since the forty-sixth session, not after it as a
// give-back of the topmost paragraph taken: the same output on every
// wcxb-dev flat page, with and without the URL.
func textTailPitchStays(blocks []textBlock, keep, out []bool, i int, sc *textnorm.WordScanner) bool {
	if i == 0 || !textStays(blocks, keep, out, i-1) {
		return false
	}
	b := &blocks[i]
	if strings.Contains(b.text, "!") || textIsPromo(b) || textReadsAsNoticeOrBio(b) {
		return false
	}
	p := &blocks[i-1]
	return textIsPlainSentence(p) && p.words >= textIslandParagraph && !textReadsAsEndMatter(p, sc)
}
