package extract

import (
	"strings"

	"github.com/storyfold/storyfold/textnorm"
)

// textTailPitchStays reports whether paragraph i, the one paragraph
// textLeaveOutTail took as end matter, is instead the article's own last
// paragraph: a company blog closes its piece by pointing to its product
// ("See how Acme can help your practice thrive. Get a free trial."), and
// the gold keeps that paragraph when it follows the article's prose
// directly, with no heading, name or label between. It stays when only
// an end matter phrase made it end matter (endMatterWords: "sign up",
// "free trial", "book a demo"), not a copyright sign, a disclaimer's
// wording or a bio's opening, and the block right over it stays in the
// body as a paragraph of the article (a plain sentence of
// textIslandParagraph's size). A pitch set apart under its own heading
// or after an author's box does not pass.
func textTailPitchStays(blocks []textBlock, keep, out []bool, i int, sc *textnorm.WordScanner) bool {
	if i == 0 || !textStays(blocks, keep, out, i-1) {
		return false
	}
	b := &blocks[i]
	if strings.Contains(b.text, "!") || textIsPromo(b) || strings.Contains(b.text, "©") || textMayBeDisclaimer(b.text) && textDisclaimerRE.MatchString(b.text) {
		return false
	}
	first, _, _ := strings.Cut(b.text, " ")
	if bioOpens(b.text, false) && !textnorm.IsStopword(strings.ToLower(first)) || textIsRoleBio(b.text) {
		return false
	}
	p := &blocks[i-1]
	return textIsPlainSentence(p) && p.words >= textIslandParagraph
}
