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
// (slug, textSlugKeys: two words or more): the best other candidate that
// states at least half the slug's words, two or more, and clears the bar
// the title model sets where it stands (textTitleBestOther), else at. As
// in textTitleNotHost only the title's text follows: the body, byline
// and date are read around at. Without a URL, or with a slug of one word
// (a section's name as often as the story's), at stays.
func textTitleOffSlug(blocks []textBlock, cands []int, vecs [][textTitleFeatures]float64, at, first int, clean bool, slug []string, w *[textTitleFeatures]float64) int {
	if at < 0 {
		return at
	}
	if len(slug) < 2 || textSlugShares(textTitleText(&blocks[at]), slug) > 0 {
		return at
	}
	return textTitleBestOther(blocks, cands, vecs, at, first, clean, w, func(blocks []textBlock, i int) bool {
		return !textHalfSlug(textSlugShares(textTitleText(&blocks[i]), slug), slug)
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
// Only the title's text follows.
func textTitleSlugStated(blocks []textBlock, title string, slug []string) string {
	if len(slug) < 2 || textSlugShares(title, slug) > 0 {
		return title
	}
	best, most := -1, 0
	for i := range blocks {
		b := &blocks[i]
		if !textIsHeadline(b) || strings.IndexByte(b.text, '\n') >= 0 {
			continue
		}
		if n := textStatesHalfSlug(b.text, slug); n > most && textBylineOrDateIn(blocks, i+1, i+4) {
			best, most = i, n
		}
	}
	if best < 0 {
		return title
	}
	return textTitleText(&blocks[best])
}

// textStatesHalfSlug returns how many of the slug's words line s states
// when they are at least half the slug's, two or more, and at least half
// of its own words that are no stopwords; else 0.
func textStatesHalfSlug(s string, slug []string) int {
	n := textSlugShares(s, slug)
	if !textHalfSlug(n, slug) {
		return 0
	}
	own := 0
	for _, w := range textnorm.Words(s) {
		if !textnorm.IsStopword(w) {
			own++
		}
	}
	if 2*n < own {
		return 0
	}
	return n
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
		if b.words <= textDateBylineWords && (textIsByline(b.text) || !textTooFewDateDigits(b) && textDateIn(b.text)) {
			return true
		}
	}
	return false
}
