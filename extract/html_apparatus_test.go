package extract

import (
	"strings"
	"testing"
)

// apparatusBody is an invented kettle round-up's body as the HTML path
// keeps it: its paragraphs, each product's review button and pick button,
// a reading time, the source line under each chart, a pull quote beside
// the paragraph it repeats; and lines that stay: a quoted line whose
// source paragraph is far above (a reply quoting a post), a call to act,
// a photo credit naming another site, and a menu path.
var apparatusBody = []string{
	"Reading Time: 6 minutes",
	"We boiled water in twelve kettles every morning for a month, timing each one and weighing the scale it left behind in the harbour town's hard water.",
	"The Harbour Kettle boiled a full litre in three minutes and ten seconds, the fastest of the twelve, and its lid opened without a burnt thumb.",
	"Read Full Review",
	"Try Harbour Kettle",
	"“The fastest of the twelve, and its lid opened without a burnt thumb”",
	"The Quayside Steel took almost five minutes for the same litre, but its thick walls kept the water hot for an hour after it clicked off.",
	"Read Full Review",
	"Try Quayside Steel",
	"Source: Harbour Water Board",
	"Scale built up fastest in the cheapest kettles, whose open elements gathered a white crust after only a fortnight of daily use in our tests.",
	"Source: Kettle Lab",
	"Noise mattered more than we expected: two of the kettles rumbled loudly enough to wake a sleeping household before the water was even warm.",
	"Source: Tide Street Survey",
	"Learn more",
	"Photo Credit: harbourdiy.com",
	"Settings > Alerts > Tides",
	"Readers wrote in about the test, and one asked why we had not tried the old stovetop kettles that many harbour families still use today.",
	"“Timing each one and weighing the scale it left behind”",
}

// TestDropApparatusLines: the review and pick buttons, the reading time,
// the run of source lines and the pull quote next to its paragraph go;
// the far quote, the call to act, the credit and the menu path stay.
func TestDropApparatusLines(t *testing.T) {
	bs := make([]block, len(apparatusBody))
	for i, s := range apparatusBody {
		bs[i] = block{text: s}
	}
	var got []string
	for _, b := range dropApparatusLines(bs) {
		got = append(got, b.text)
	}
	body := strings.Join(got, "\n\n")
	gone := []string{"Read Full Review", "Try Harbour Kettle", "Try Quayside Steel", "Reading Time", "Source: Harbour Water Board",
		"Source: Kettle Lab", "Source: Tide Street Survey", "“The fastest of the twelve"}
	stays := []string{"We boiled water", "The Quayside Steel took", "Scale built up", "Noise mattered", "Readers wrote in",
		"“Timing each one", "Learn more", "Photo Credit: harbourdiy.com", "Settings > Alerts > Tides"}
	checkBody(t, body, "the apparatus line", gone, stays)
}

// apparatusPage is a stated round-up whose body holds a review button and
// a reading time among its paragraphs, in the same wrappers.
const apparatusPage = `<html><body><article>
<div class="entry"><p>Reading Time: 6 minutes</p></div>
<div class="entry"><p>We boiled water in twelve kettles every morning for a month, timing each one and weighing the scale it left behind in the harbour town's hard water.</p></div>
<div class="entry"><p>The Harbour Kettle boiled a full litre in three minutes and ten seconds, the fastest of the twelve, and its lid opened without a burnt thumb.</p></div>
<div class="entry"><p>Read Full Review</p></div>
<div class="entry"><p>The Quayside Steel took almost five minutes for the same litre, but its thick walls kept the water hot for an hour after it clicked off.</p></div>
<div class="entry"><p>Read Full Review</p></div>
<div class="entry"><p>Scale built up fastest in the cheapest kettles, whose open elements gathered a white crust after only a fortnight of daily use in our tests.</p></div>
</article></body></html>`

// TestExtractDropsApparatusLines runs the page, stated as a news article,
// through the whole HTML path: the block model keeps the button and the
// reading time, and dropApparatusLines, called in extractRoot, takes them
// out.
func TestExtractDropsApparatusLines(t *testing.T) {
	a := extractHTMLPage(t, "apparatus", "https://example.com/reviews/best-kettles", statedArticle(apparatusPage, "The best kettles we tested"))
	checkBody(t, a.Body, "the apparatus line", []string{"Read Full Review", "Reading Time"},
		[]string{"We boiled water", "The Quayside Steel took", "Scale built up"})
}
