package extract

// textSplitBylineIn reports whether a block in [lo, hi) is a lone "By"
// (textIsLoneBy) with a name (nameLike) on the block under it: a byline
// set on two lines ("By" / "Dylan Ettinger"), as some thirty wcxb-dev
// flat pages' sites print it (a recipe and review group's many sites, a
// public radio's stories, business schools' and shops' blogs). The
// signed-headline test textBylineOrDateIn reads a byline only on one
// line, so textTitleSlugStated asks this besides it: a review's headline
// "To Find the 5 Best French Presses, …" over its dek and "By" /
// "Dylan Ettinger", on …/the-best-french-press-coffee-makers-5197670
// where the title model takes no line, states half the slug but was
// read as unsigned (docs/quality/text-extraction-2.md, forty-fourth
// session). The name must follow: a lone "By" over a line that is no
// name ("our clinic's physiotherapists") signs nothing here. Only
// textTitleSlugStated asks it, where the title given shares no slug word
// or none is given (TestTextTitleSlugStated).
func textSplitBylineIn(blocks []textBlock, lo, hi int) bool {
	for j := max(0, lo); j < min(len(blocks)-1, hi); j++ {
		if textIsLoneBy(blocks[j].text) && nameLike(blocks[j+1].text) {
			return true
		}
	}
	return false
}
