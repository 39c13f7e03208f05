package extract

import "regexp"

// textTitleTimedOverProse returns the text of the headline on a page read
// without its URL that no earlier stage titled, when the line right under
// it states only how long the story takes to read, with or without a
// label ("The rich history of coffee" / "5 mins" / the story, 4040, a
// coffee maker's guide whose trail states the headline in other case):
// textTitleSignedOverProse reads a byline, a "By" label or a date under
// a headline, and some sites print none of those, only the reading time.
// The block must read as a headline (textHeadlineOver, as
// textTitleSignedOverProse reads it: two words to textHeadlineMaxWords,
// no sentence, no cue, no name, no byline, no furniture, no date in it)
// and stand over the article's first paragraph (textProseUnder); the
// first such block from the top of the title window is taken. A duration alone is also a recipe's step or a
// workout's set, under a label ("Prep Time" / "10 mins") that reads as no
// headline of two words or more, or over a step's short line rather than
// a paragraph. It runs after textTitleSignedOverProse, so it titles only
// a page nothing else did. Only the title's text follows: the body,
// byline and date are read as on a page without a headline.
func textTitleTimedOverProse(blocks []textBlock, first int) string {
	for i := max(0, first-textTitleWindow); i < min(len(blocks)-1, first+textTitleWindow); i++ {
		if textHeadlineOver(blocks, i, textTimedUnder) && textProseUnder(blocks, i) >= 0 {
			return textTitleText(&blocks[i])
		}
	}
	return ""
}

// textTimedUnder reports whether the block right under block i, which
// textTitleTimedOverProse's window holds, states only a reading time.
func textTimedUnder(blocks []textBlock, i int) bool {
	return textIsReadingTimeLine(&blocks[i+1])
}

// textIsReadingTimeLine reports whether b states only a reading time,
// labelled (textIsReadingTime: "11 min read", "Reading time: 8 minutes")
// or a bare number of minutes ("5 mins").
func textIsReadingTimeLine(b *textBlock) bool {
	return b.digits > 0 && b.words <= textReadingTimeBareMaxWords && textBareMinutesRE.MatchString(b.low) || textIsReadingTime(b)
}

// textBareMinutesRE matches a lower-cased line that is only a number of
// minutes: "5 mins", "12 min.".
var textBareMinutesRE = regexp.MustCompile(`^` + textReadingMinutes + `$`)
