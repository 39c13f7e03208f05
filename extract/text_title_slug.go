package extract

import (
	"slices"
	"strings"

	"github.com/storyfold/storyfold/textnorm"
)

// A page's address most often spells its headline ("…/easy-everyday-
// sourdough-bread-recipe"), and the title model weighs how much of the
// slug a line shares; yet on some pages it takes a line that shares none
// of it over a candidate that states most of it: a recipe card's yield
// ("one 9” x 4” x 4” loaf") over "Easy Everyday Sourdough Bread", a spec
// line over a camera's name, a poster's post count over a forum thread's
// heading. On the wcxb-dev flat pages read with their URL no right title
// shares no word with a slug of two words or more while another
// candidate over its bar states half of it (docs/quality.md, "Flat
// titles with the URL: a line taken off the slug", thirty-ninth session).

// textTitleOffSlug returns the index of the block whose text names the
// page when the line taken, at, shares no word with the URL's slug
// (c.slug, textSlugKeys: two words or more): the best other candidate that
// states at least half the slug's words, two or more, and clears the bar
// the title model sets where it stands (textTitleBestOther), else at. As
// in textTitleNotHost only the title's text follows: the body, byline
// and date are read around at. Without a URL, or with a slug of one word
// (a section's name as often as the story's), at stays.
func textTitleOffSlug(c *textTitleCandidates, at int) int {
	if at < 0 {
		return at
	}
	if len(c.slug) < 2 || textSlugShares(textTitleText(&c.blocks[at]), c.slug) > 0 {
		return at
	}
	return textTitleBestOther(c, at, func(blocks []textBlock, i int) bool {
		return !textHalfSlug(textSlugShares(textTitleText(&blocks[i]), c.slug), c.slug)
	}) // text_title_field.go
}

// textSlugKeys returns the distinct words of pageURL's slug that are no
// stopwords (textSlugName), read without the address's query or
// fragment: a shop's link often ends in a tracking query
// ("…/brief-history-of-coffee/?srsltid=AfmBO…", 84 wcxb-dev pages),
// whose words name nothing on the page.
func textSlugKeys(pageURL string) []string {
	if at := strings.IndexAny(pageURL, "?#"); at >= 0 {
		pageURL = pageURL[:at]
	}
	var keys []string
	for _, w := range textSlugName(pageURL) {
		if !textnorm.IsStopword(w) && !slices.Contains(keys, w) {
			keys = append(keys, w)
		}
	}
	return keys
}

// textSlugShares is how many of the slug's keys (textSlugKeys) line s
// states.
func textSlugShares(s string, keys []string) int {
	words, n := textnorm.Words(s), 0
	for _, k := range keys {
		if slices.Contains(words, k) {
			n++
		}
	}
	return n
}

// textTitleSlugStated returns the headline the page states where no title
// candidate stands, when the title given, title, shares no word with the
// URL's slug (or is none): the one-line block of a headline's shape
// (textIsHeadline) anywhere on the page that states the most of the
// slug's words, at least half of them and two or more, whose own words
// are at least half the slug's, with a byline or a short dated line
// within three blocks under it ("Best Office Chairs to Prevent Back
// Pain" over "Authored by: …" and its date, a hundred blocks down a
// clinic's menus, on …/office-chairs-to-prevent-back-pain); else title.
// A line that nearly spells the slug (textNearlySpellsSlug: three
// quarters of its words, three or more, and at most two words of its own
// besides) needs nothing under it and goes before a signed line: a
// page's headline set far down under its menus and promotions with no
// date or byline by it ("How Does Robot Vacuum Mapping Work" on
// …/how-does-robot-vacuum-mapping-work, under a product's "How Do
// Vacuum Robots with Mapping Navigate?" and its date; a shop's terms
// page under its shipping banner; a product's, a listing's or a
// collection's name on …/native-4k-projectors). On the wcxb-dev flat
// pages read with their URL it gave 2 articles, a forum thread, 2
// listings, a product, a collection and a service their right title and
// took none from a page that had it (docs/quality/text-extraction-2.md,
// forty-second session). Only the title's text follows.
//
// Where no title is given at all the signed line's own words are not
// counted: that test keeps a long line that happens to name the slug
// from taking the place of a title given, and with none there is nothing
// to keep. A research hub's headline "2025 AI Search Trends: The Future
// of SEO & Content Marketing" over "Last updated: …" on
// …/seo-content-predictions (two of three slug words, eight of its own)
// far under a menu of studies; on the wcxb-dev flat pages read with
// their URL it gave that article its title and moved no other page
// (docs/quality/text-extraction-2.md, forty-third session). A byline set
// on two lines, "By" over the name, signs the line too
// (textSplitBylineIn, forty-fourth session).
func textTitleSlugStated(blocks []textBlock, title string, slug []string) string {
	if len(slug) < 2 || textSlugShares(title, slug) > 0 {
		return title
	}
	best, most := -1, 0
	spelled, spelledN := -1, 0
	for i := range blocks {
		b := &blocks[i]
		if !textIsHeadline(b) || b.lines {
			continue
		}
		if n := textNearlySpellsSlug(b.text, slug); n > spelledN {
			spelled, spelledN = i, n
		}
		if n := textStatesHalfSlug(b.text, slug, title != ""); n > most && (textBylineOrDateIn(blocks, i+1, i+4) || textSplitBylineIn(blocks, i+1, i+4)) {
			best, most = i, n
		}
	}
	if spelled >= 0 {
		best = spelled
	}
	if best < 0 {
		return title
	}
	return textTitleText(&blocks[best])
}

// textStatesHalfSlug returns how many of the slug's words line s states
// when they are at least half the slug's, two or more, and, when
// countOwn is set (a title is given, which a long line must not take the
// place of), at least half of its own words that are no stopwords; else 0.
func textStatesHalfSlug(s string, slug []string, countOwn bool) int {
	n := textSlugShares(s, slug)
	if !textHalfSlug(n, slug) {
		return 0
	}
	if countOwn && 2*n < textOwnWords(s) {
		return 0
	}
	return n
}

// textNearlySpellsSlug returns how many of the slug's words line s states
// when they are three quarters of the slug's or more, three or more, and
// its own words that are no stopwords number at most two more; else 0.
// On wcxb-dev two thirds of the slug gave a French press's review, which
// had no title, a subheading ("The Best French Press Coffee Maker"), and
// two words of a slug of two gave a collection its menu's "HomeShoes
// Trail Running" and three service pages another wrong line.
func textNearlySpellsSlug(s string, slug []string) int {
	n := textSlugShares(s, slug)
	if n < 3 || 4*n < 3*len(slug) || textOwnWords(s) > n+2 {
		return 0
	}
	return n
}

// textOwnWords is how many of line s's words are no stopwords, each
// counted as often as it stands.
func textOwnWords(s string) int {
	own := 0
	for _, w := range textnorm.Words(s) {
		if !textnorm.IsStopword(w) {
			own++
		}
	}
	return own
}

// textHalfSlug reports whether n of the slug's words are at least half
// of them and two or more: the share both slug rules ask of the line
// they put in the title's place.
func textHalfSlug(n int, slug []string) bool { return n >= 2 && 2*n >= len(slug) }

// textBylineOrDateIn reports whether a block in [lo, hi) is a byline or a
// short line stating a date, as the title model's feature reads the lines
// under a candidate: textTitleContext.bylineNear's plain form, each block
// asked afresh (TestTextBylineNearKeepsAnswers holds the two together).
func textBylineOrDateIn(blocks []textBlock, lo, hi int) bool {
	for j := max(0, lo); j < min(len(blocks), hi); j++ {
		b := &blocks[j]
		if textIsShortByline(b) || b.words <= textDateBylineWords && !textTooFewDateDigits(b) && textDateIn(b.text) {
			return true
		}
	}
	return false
}

// textIsShortByline reports whether b is a byline short enough to stand
// under a headline (at most textDateBylineWords words): what
// textBylineOrDateIn and textTitleHeadOverDek's signed dek ask.
func textIsShortByline(b *textBlock) bool {
	return b.words <= textDateBylineWords && textIsByline(b.text)
}
