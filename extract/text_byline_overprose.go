package extract

// A byline set between the article's headline and its first paragraph,
// out of textFindAuthor's reach ("Outdated Nutrition \"Facts\" Debunked"
// / "By Lizzie Streit, MS, RDN, LD" / "All of us have probably seen …"):
// textFindAuthor reads the blocks around the title it took and the
// body's first block, and where a menu's run of short lines took both
// (a title from the menu, the body's start above the headline), the
// byline under the real headline lies past its window.

// textBylineProseWords is how many words the block under such a byline
// holds at least: an article's first paragraph, where a teaser's byline
// on a listing stands over its date or a line of blurb (related posts'
// "By Jane Roe" / "10/16/2025").
const textBylineProseWords = 25

// textBylineOverProse is the one name (textSoleName) that a byline
// opening with its label gives (textBylineMatch: "By", "Written by",
// "Posted by", "Author", and a name of two capitalised words or more,
// read as textBylineName reads it) where the block over it is a
// headline (textIsHeadline) and the block under it a paragraph of
// textBylineProseWords words or more; from the body's first block on.
// A one-word handle after the label is not read here: a site that
// signs its stories so ("Posted by BeauHD on Friday …") signs its
// discussion threads the same way, whose gold names nobody (0570 beside
// 0396). A listing of stories signed by different writers gives none.
func textBylineOverProse(blocks []textBlock, first int) string {
	return textSoleName(blocks, max(first, 1), func(b []textBlock, i int) string {
		if i+1 >= len(b) || b[i].words > textBylineWords || b[i+1].words < textBylineProseWords || !textIsHeadline(&b[i-1]) {
			return ""
		}
		if textBylineMatch(b[i].text) == nil {
			return ""
		}
		return textBylineName(b[i].text, b[i].words, b)
	})
}
