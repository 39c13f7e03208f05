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
// candidate over its bar states half of it (docs/quality.md,
// thirty-ninth session, "a line off the slug").

// textTitleOffSlug returns the index of the block whose text names the
// page when the line taken, at, shares no word with the URL's slug
// (textSlugKeys, two words or more): the best other candidate that
// states at least half the slug's words, two or more, and clears the bar
// the title model sets where it stands (textTitleBestOther), else at. As
// in textTitleNotHost only the title's text follows: the body, byline
// and date are read around at. Without a URL, or with a slug of one word
// (a section's name as often as the story's), at stays.
func textTitleOffSlug(blocks []textBlock, cands []int, vecs [][textTitleFeatures]float64, at, first int, clean bool, pageURL string, w *[textTitleFeatures]float64) int {
	if at < 0 {
		return at
	}
	slug := textSlugKeys(pageURL)
	if len(slug) < 2 || textSlugShares(textTitleText(&blocks[at]), slug) > 0 {
		return at
	}
	return textTitleBestOther(blocks, cands, vecs, at, first, clean, w, func(blocks []textBlock, i int) bool {
		n := textSlugShares(textTitleText(&blocks[i]), slug)
		return n < 2 || 2*n < len(slug)
	}) // text_title_field.go
}

// textSlugKeys returns the distinct words of pageURL's slug that are no
// stopwords (textSlugName), read without the address's query or
// fragment: a shop's link often ends in a tracking query
// ("…/brief-history-of-coffee/?srsltid=AfmBO…", some 90 wcxb-dev pages),
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
