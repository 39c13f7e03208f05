package extract

// A hub's menu can hold an entry that shares one word with the page's
// address and outscores the headline far under it: "AI for HR" in an HR
// academy's menu over "11 HR Trends for 2026: Shaping What’s Next" on
// …/blog/hr-trends/, and a meal service's glued menu line "Food as
// Medicine GLP-1 Nutrition Support …" over "Outdated Nutrition "Facts"
// Debunked" on …/10-nutrition-myths-debunked. textTitleMenuOverHeadline
// lets neither go (the entry is stated once on the page, and the
// headline names less of the body's opening than the menu line does),
// and textTitleOffSlug asks only a line sharing no slug word. The slug
// tells them apart: the headline states half of it or more, the menu
// entry one word (docs/quality/text-extraction-2.md, the forty-second
// session's ttitle46 and ttitle47 sections).

// textTitleMenuMaxSlug is the most slug words the menu entry taken may
// state: a line stating more names the story as well as the slug's
// headline does (0003's "5 Trends from Nutrition 2025", four of a slug
// that also spells its writer's name and credentials, over the byline
// stating five).
const textTitleMenuMaxSlug = 1

// textTitleMenuOffSlug returns the index of the block whose text names
// the page when the line taken, at, stands over the body's first block
// in a run of menu entries (textInMenuRun), does not open the article
// (textTitleOpens) and states at most textTitleMenuMaxSlug of the URL's
// slug words (slug, two or more): the best candidate under it, to
// textTitleBelow blocks under first, at or over its bar, that stands in
// no menu run itself, is no sentence, holds three words or more, states
// half the slug or more, two words or more (textHalfSlug: so more of it
// than the line taken), and is dated or signed beside
// (textTitleDatedBeside) or under (textTitleSignedUnder); else at. As in textTitleNotHost only the
// title's text follows: the body, byline and date are read around at.
// Without a URL there is no slug and at stays.
//
// On the wcxb-dev flat pages read with their URL it gave one article its
// title (4126, even) and another its headline (0253, odd, still counted
// wrong: the page's copy under its contents list straightens the
// apostrophe the gold keeps curly), and moved no other page. Without
// the dated-or-signed test it took a review's headline for one of its
// picks' headings (4835: "The Best Toothbrushes" → "Best Manual
// Toothbrush") and moved five other pages' wrong titles; with the line
// taken free to state more of the slug it took a byline for the
// headline (0003).
func textTitleMenuOffSlug(c *textTitleCandidates, at int) int {
	blocks, first, slug := c.blocks, c.first, c.slug
	if at < 0 || at >= first || len(slug) < 2 || !textInMenuRun(blocks, at) || textTitleOpens(blocks, at) {
		return at
	}
	if textSlugShares(textTitleText(&blocks[at]), slug) > textTitleMenuMaxSlug {
		return at
	}
	return textTitleBestOther(c, at, func(blocks []textBlock, i int) bool {
		b := &blocks[i]
		if i <= at || i > first+textTitleBelow || b.sentEnd || b.words < 3 || textInMenuRun(blocks, i) {
			return true
		}
		return !textHalfSlug(textSlugShares(textTitleText(b), slug), slug) || !textTitleDatedBeside(blocks, i) && !textTitleSignedUnder(blocks, i)
	}) // text_title_field.go
}
