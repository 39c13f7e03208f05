package extract

import "slices"

// textTitleBylineUnder is the title model's feature (textTitleVector's
// f[17]) that says a byline or a short dated line stands under a
// candidate, within three blocks.
const textTitleBylineUnder = 17

// textTitleDatedBlocks is how far above the chosen headline
// textTitleDatedAbove looks for the line the page dates.
const textTitleDatedBlocks = 8

// textTitleDatedAbove returns the index of the block whose text is the
// page's headline: a title candidate at most textTitleDatedBlocks above
// at that has a byline or a date under it and names the same topic (half
// of at's content words, in the singular), when at has none under it;
// else at. A post's page states its headline over the byline and date,
// then often restates it in other words as the article's own first
// heading right over the body ("Keeping Your Home Spotless: Top Cleaning
// Trends" over "by … | May 19, 2024", then "Keeping Your Home Spotless:
// The Latest Trends in House Cleaning Services" over the first
// paragraph); the title model scores the heading at the body's start
// higher. The nearest such line is taken. A line that holds the other
// (a crumb trail ending in the headline) is left to textTitleLonger and
// textTitleShorter. Only the title's text follows: the block the body,
// byline and date are read around stays at. On the 1,497 wcxb-dev flat
// pages 2 more exact article titles (both on even page ids, with the URL
// and without), none fewer; four wrong titles moved to another wrong line
// (three articles and a forum), and no body, date or author moved.
func textTitleDatedAbove(blocks []textBlock, cands []int, vecs [][textTitleFeatures]float64, at int) int {
	k := slices.Index(cands, at)
	if k < 0 || vecs[k][textTitleBylineUnder] != 0 {
		return at
	}
	var short string
	var words []string // at's stems, made at the first candidate dated above
	for k--; k >= 0 && cands[k] >= at-textTitleDatedBlocks; k-- {
		if vecs[k][textTitleBylineUnder] == 0 {
			continue
		}
		if words == nil {
			short = textTitleText(&blocks[at])
			if words = textStems(short); len(words) < 2 {
				return at
			}
		}
		long := textTitleText(&blocks[cands[k]])
		if !textTitleHolds(long, short) && 2*textSharedStems(textStems(long), words) >= len(words) {
			return cands[k]
		}
	}
	return at
}
