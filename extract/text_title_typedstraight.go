package extract

// textTitleTypedStraight spells a curly title straight when another
// block of the page types one of the title's apostrophe words straight
// ("I'm" in the story under "… and I’m never going back"): the page's
// writers type the word straight and a typographer curled the headline.
// It is the HTML path's typedStraight (html_title_quotes.go) read over
// the flat text's lines, and asked after textTitleStatedTwice, which
// straightens a title stated twice.
//
// Only this half of the HTML rule is kept: the gold's quote marks are
// otherwise a coin flip on the flat pages. Of the 31 wcxb-dev pages
// (every type) whose title taken differs from the gold in quote marks
// at most, or equals it with a curly mark, a straight apostrophe
// anywhere on the page marks 8 straight golds and 7 curly ones among the
// articles; the HTML path's writesStraight, without the links a flat
// page no longer marks, would gain 3 articles and lose 3 (0221, 0489,
// 4656: a related headline, a blog's name, an editor's note typed
// straight over a curly title; counted on paper, fifty-fourth session).
// The title's own word typed straight elsewhere fires on two articles,
// with and without the URL: 0382 (xda-developers, "I'm", gained) and
// 4819 (wrong before and after); on no page whose gold is curly.
func textTitleTypedStraight(title string, blocks []textBlock) string {
	if !textHasCurlyQuote(title) { // text_title_curly.go
		return title
	}
	words := curlyApostropheWords(title)
	if len(words) == 0 {
		return title
	}
	for j := range blocks {
		if typesStraight(blocks[j].text, words) { // html_title_quotes.go
			return textStraightQuotes.Replace(title)
		}
	}
	return title
}
