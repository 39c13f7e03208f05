package extract

import (
	"slices"
	"testing"
)

// TestTextTitleOffSlug: a line taken that shares no word with the URL's
// slug gives way to the headline, a candidate over its bar that states
// half the slug or more, once the slug's tracking query is cut off; a
// line taken that shares a slug word, a headline stating less than half
// a long slug, a slug of one word and a page without a URL leave the
// line taken.
func TestTextTitleOffSlug(t *testing.T) {
	const (
		head  = "The North Coast Path in Every Season"
		off   = "Two days, 38 km, eleven harbours"
		shore = "Coast Weather Today"
	)
	lines := textTitleDatedPage("Guides", shore, head, off)
	blocks := textNewBlocks(lines...)
	first := len(blocks) - 8 // textTitleDatedPage's four paragraphs over four closing lines
	offAt, shoreAt, headAt := slices.Index(lines, off), slices.Index(lines, shore), slices.Index(lines, head)
	textCheckGiveWay(t, blocks, first, "textTitleOffSlug", []textGiveWayCase{
		{"off the slug", "https://walks.example/guides/north-coast-path", offAt, headAt},
		{"tracking query", "https://walks.example/guides/coast-path?srsltid=AfmBOx&utm=y", offAt, headAt},
		{"shares a slug word", "https://walks.example/guides/north-coast-path", shoreAt, shoreAt},
		{"less than half a long slug", "https://walks.example/guides/north-coast-path-cliffs-ferries-tides-benches", offAt, offAt},
		{"slug of one word", "https://walks.example/guides/coast", offAt, offAt},
		{"no URL", "", offAt, offAt},
	}, textTitleOffSlug)
}

// TestTextTitleSlugStated: a title that shares no word with the URL's
// slug, or none, gives way to the one-line headline far down the page
// that states the slug with a byline under it, the one stating the most
// of it; a title sharing a slug word, a headline with no byline or date
// under it, one stating less than half the slug, one with more words of
// its own than the slug's, one of two lines, and a page without a slug
// leave the title; a byline on two lines ("By" over the name) signs as
// one does. A headline that nearly spells the slug (three
// quarters of its words, three or more, and at most two of its own)
// gives the title with nothing under it, and before a signed line
// stating less of the slug; two thirds of a slug, a slug of two words
// and three words of its own more leave the title.
func TestTextTitleSlugStated(t *testing.T) {
	const (
		slugURL = "https://clinic.example/blog/office-chairs-to-prevent-back-pain"
		head    = "Best Office Chairs to Prevent Back Pain"
		taken   = "Non-Surgical Joint Fusion"
		long    = "Office Chairs, Back Pain and Twelve Other Things Gamers Never Mention"
	)
	menu := []string{"Home", "Treatments", "Disc Replacement Surgery", taken, "Schedule"}
	body := []string{
		"Sitting for hours in a chair that does not support the lower back is one of the commonest causes of the pain we treat.",
		"A good chair holds the spine's natural curve, lets the feet rest flat and keeps the knees a little below the hips.",
		"Share this", "Privacy policy",
	}
	page := textPageWithHead(menu, body)
	checkSlugTitles(t, "textTitleSlugStated", textTitleSlugStated, []textSlugTitleCase{
		{"off the slug", page(head, "Authored by: Dr. Ann Roe", "October 9, 2025"), slugURL, taken, head},
		{"no title", page(head, "October 9, 2025"), slugURL, "", head},
		{"the most of the slug", page("Office Chairs and Back Pain", "By Ann Roe", "Treatments", head, "By Ann Roe"), slugURL, taken, head},
		{"title on the slug", page(head, "By Ann Roe"), slugURL, "Back Pain Treatments", "Back Pain Treatments"},
		{"no byline under", page("Office Chairs and Back Strain", "Treatments", "Schedule", "Contact"), slugURL, taken, taken},
		{"less than half the slug", page("Best Office Chairs", "By Ann Roe"), slugURL, taken, taken},
		{"more words of its own", page(long, "By Ann Roe"), slugURL, taken, taken},
		// With no title given the signed line's own words are not counted.
		{"more words of its own, no title", page(long, "By Ann Roe"), slugURL, "", long},
		{"more words of its own, no title, no byline", page(long, "Treatments"), slugURL, "", ""},
		// A byline set on two lines, "By" over the name, signs the line as
		// one does (textSplitBylineIn); a lone "By" over no name, or
		// further under, signs nothing.
		{"By over the name, no title", page(long, "By", "Ann Roe"), slugURL, "", long},
		{"By three blocks under", page(long, "We sat in 40 chairs for a month.", "Treatments", "By", "Ann Roe"), slugURL, "", long},
		{"By over no name", page(long, "By", "our clinic's physiotherapists"), slugURL, "", ""},
		{"By four blocks under", page(long, "We sat in 40 chairs for a month.", "Treatments", "Schedule", "By", "Ann Roe"), slugURL, "", ""},
		{"two lines", page(head+"\nShare", "By Ann Roe"), slugURL, taken, taken},
		{"no URL", page(head, "By Ann Roe"), "", taken, taken},
		// textNearlySpellsSlug: nothing need stand under such a line.
		{"spelled, nothing under it", page(head), slugURL, taken, head},
		{"spelled, no title", page(head), slugURL, "", head},
		{"spelled, before a signed line", page("Office Chairs and Back Strain", "By Ann Roe", "Treatments", head), slugURL, taken, head},
		{"spelled with two of its own", page(head + " Today"), slugURL, taken, head + " Today"},
		{"two thirds of the slug", page("The Office Chairs That Prevent Back Strain"), slugURL + "-sciatica", taken, taken},
		{"a slug of two words", page("Back Pain Relief Guide"), "https://clinic.example/blog/back-pain", taken, taken},
		{"three of its own", page(head + " in Home Offices"), slugURL, taken, taken},
		{"spelled, title on the slug", page(head), slugURL, "Back Pain Treatments", "Back Pain Treatments"},
	})
}

// textSlugTitleCase is an invented page for a rule on the title's text
// that reads the address's slug (textTitleSlugStated,
// textTitleGluedSlug): its blocks, its URL, the title the rules before
// it left, and the title wanted.
type textSlugTitleCase struct {
	name   string
	blocks []textBlock
	url    string
	title  string
	want   string
}

// checkSlugTitles gives rule, named name, each case's blocks, title and
// slug keys (textSlugKeys of its URL), and wants the case's title back.
func checkSlugTitles(t *testing.T, name string, rule func(blocks []textBlock, title string, slug []string) string, cases []textSlugTitleCase) {
	t.Helper()
	for _, c := range cases {
		if got := rule(c.blocks, c.title, textSlugKeys(c.url)); got != c.want {
			t.Errorf("%s: %s gives %q, want %q", c.name, name, got, c.want)
		}
	}
}

// textPageWithHead returns a maker of invented pages: menu's lines, the
// head lines it is given, then body's, each a block.
func textPageWithHead(menu, body []string) func(head ...string) []textBlock {
	return func(head ...string) []textBlock {
		return textNewBlocks(slices.Concat(menu, head, body)...)
	}
}
