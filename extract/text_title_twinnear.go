package extract

import "strings"

// The shape textTitleTwinNearBody reads: a headline the page states twice
// in a row (set once as a hero's caption or a blog's masthead and once as
// the heading) within textTwinNearReach blocks over the body's first
// block, of textTwinNearWords words or more, at most textTwinNearDigits
// digits (a "Support 1-800-…" line set twice is a phone number, not a
// headline), scoring textTwinNearMin or more under the weights the page's
// title is chosen with. On the wcxb-dev flat pages read without their URL
// the lines stated twice in a row further up are menu labels and site
// names ("Here Comes the Guide", "Open models", "Plants & Seeds"), and
// those scoring under −3 are menu labels ("Oldest to Newest", −7.8) or
// a grid of features each set twice (docs/quality/text-extraction-2.md,
// forty-fifth session).
const (
	textTwinNearReach  = 20
	textTwinNearWords  = 3
	textTwinNearDigits = 6
	textTwinNearMin    = -3.0
)

// textTitleTwinNearBody returns the index of the block whose text names a
// page read without its URL when the line taken, at, is stated once and
// one title candidate, and only one, near over the body is stated twice
// in a row ("Startup Lessons Learned Blog RSS" twice over the blog's
// post list, a product's name set twice over its price): a line set
// twice is the page's own heading, the line taken a promo or a field the
// model scored higher ("Lean Startup Week Call for Proposals …",
// "Returns : Within 30-days"). The twin must read as a headline as the
// title-less pages' rules have it (textHeadlineForm: no byline,
// sentence, cue, furniture or date) and not read as a writer's name set
// twice in an author card (textTwinNamed). Two or more such twins are a
// grid of cards, and the line taken stays. With a URL the slug tells the
// lines apart (text_title_slug.go). Else at.
func textTitleTwinNearBody(c *textTitleCandidates, at int) int {
	if c.url != "" || at < 0 || at >= len(c.blocks) || textStatedTwiceInRow(c.blocks, at) {
		return at
	}
	twin := -1
	for k, j := range c.cands {
		if j < 1 || j == at || j < c.first-textTwinNearReach || j > c.first {
			continue
		}
		b := &c.blocks[j]
		if b.words < textTwinNearWords || b.digits > textTwinNearDigits || b.text != c.blocks[j-1].text {
			continue
		}
		if !textHeadlineForm(c.blocks, j, textAnyUnder) || textTwinNamed(c.blocks, j) {
			continue
		}
		if textTitleLogit(&c.vecs[k], c.w) < textTwinNearMin {
			continue
		}
		if twin >= 0 {
			return at // a grid of cards each set twice
		}
		twin = j
	}
	if twin < 0 {
		return at
	}
	return twin
}

// textStatedTwiceInRow reports whether block at's text is the text of the
// block right over or right under it.
func textStatedTwiceInRow(blocks []textBlock, at int) bool {
	return at > 0 && blocks[at-1].text == blocks[at].text ||
		at+1 < len(blocks) && blocks[at+1].text == blocks[at].text
}

// textTwinNamed reports whether twin block j reads as a writer's name set
// twice in an author card rather than a headline of capitalised words: the
// line, or its text up to its first comma (a name with credentials, "Dylan
// Bailey, MS, RD"), is two to four capitalised words (nameLike), and the
// page writes none of them in lower case (textMenuWords). A headline's
// words are common words the article writes in its sentences too
// ("Foundational Fitness Protocol" over "… what I call a “foundational
// fitness protocol” …"); a name's are not ("Mary Marlowe Leverette").
func textTwinNamed(blocks []textBlock, j int) bool {
	if head, _, comma := strings.Cut(blocks[j].text, ","); comma && nameLike(head) {
		return true
	}
	s := textTitleText(&blocks[j])
	return nameLike(s) && !textMenuWords(s, blocks)
}
