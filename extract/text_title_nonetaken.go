package extract

// textTitleSignedOverProse returns the text of the headline on a page
// read without its URL whose title model took no line and whose trail
// names none (textTitleUnderHomeTrail): the block in the title window
// that is signed or dated under it (textTitleSignedUnder: a byline, a
// bare "By" label or a date line within three blocks) and stands over
// the article's first paragraph (textProseUnder), the lowest such over
// that paragraph. Under a site's long menu of described links the
// headline scores under the bar or stands past the candidates' window,
// and without the slug nothing else on the page names it ("Machine
// learning, explained" / "By" / "Sara Brown" / "Apr 21, 2021" / "Why It
// Matters" / the dek, 0094). The block must read as a headline: two
// words or more, at most textHeadlineMaxWords, no sentence, no cue, and
// no name (a menu entry over the headline, "Seed Swaps", reads as one),
// no byline, none of the lines the title model refuses as furniture
// (textTitleFurniture: a search prompt, "Reviewed By: …"), nor a line
// holding a date (a blog roll's "via Thing of Things
// December 12, 2025", dated under by the next entry's date); of two
// blocks over the same paragraph the lower is the headline, the upper a
// menu entry or a kicker. Only the title's text follows, as in
// textTitleUnderHomeTrail: no block is taken as the headline, so the
// body, byline and date are read as on a page without one.
func textTitleSignedOverProse(blocks []textBlock, first int) string {
	for i := max(0, first-textTitleWindow); i < min(len(blocks), first+textTitleWindow); i++ {
		if !textSignedHeadline(blocks, i) {
			continue
		}
		p := textProseUnder(blocks, i)
		if p < 0 {
			continue
		}
		for j := i + 1; j < p; j++ {
			if textSignedHeadline(blocks, j) {
				i = j
			}
		}
		return textTitleText(&blocks[i])
	}
	return ""
}

// textSignedHeadline reports whether block i reads as a headline signed
// or dated under it, for textTitleSignedOverProse.
func textSignedHeadline(blocks []textBlock, i int) bool {
	return textHeadlineOver(blocks, i, textTitleSignedUnder)
}

// textHeadlineOver reports whether block i reads as a headline, as the
// title rules on a page no line named have it (textTitleSignedOverProse,
// textTitleTimedOverProse), and under holds of the lines under it (a
// byline or a date, a reading time): two words or more, at most
// textHeadlineMaxWords, no sentence, no cue, no name, no byline, no
// furniture (textTitleFurnitureDigits) and no date in it. under is asked
// after the block's counts and before its text is read.
func textHeadlineOver(blocks []textBlock, i int, under func(blocks []textBlock, i int) bool) bool {
	return textHeadlineForm(blocks, i, under) && !nameLike(textTitleText(&blocks[i]))
}

// textHeadlineForm is textHeadlineOver without its name test, for a rule
// that tells a headline of capitalised words from a name its own way
// (textTitleTwinNearBody).
func textHeadlineForm(blocks []textBlock, i int, under func(blocks []textBlock, i int) bool) bool {
	b := &blocks[i]
	if b.cue != textCueNone || b.words < 2 || b.words > textHeadlineMaxWords || b.sentEnd || !under(blocks, i) {
		return false
	}
	s := textTitleText(b)
	return !textDateIn(s) && !textIsByline(s) && !textTitleFurnitureDigits(s, b.digits)
}

// textAnyUnder is the question of the lines under a block that
// textHeadlineOver and textHeadlineForm take, for a rule that asks none
// (textTitleTwinNearBody).
func textAnyUnder([]textBlock, int) bool { return true }

// textSignedProseWords is the fewest words of the paragraph a signed
// headline must stand over; textSignedProseNear how many blocks under it
// the paragraph may start.
const (
	textSignedProseWords = 20
	textSignedProseNear  = 6
)

// textProseUnder returns the index of the paragraph of
// textSignedProseWords words or more, ending like a sentence, that
// starts within textSignedProseNear blocks under block i with no line of
// textProseBlockWords words or more between (the byline, the date, a
// reading time and a share bar stand there), or -1.
func textProseUnder(blocks []textBlock, i int) int {
	for j := i + 1; j < min(len(blocks), i+1+textSignedProseNear); j++ {
		b := &blocks[j]
		if b.words >= textSignedProseWords && b.sentEnd {
			return j
		}
		if b.words >= textProseBlockWords {
			return -1
		}
	}
	return -1
}
