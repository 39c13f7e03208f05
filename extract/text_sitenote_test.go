package extract

import "testing"

// TestTextSiteNoteLeftOut checks that textLeaveOutFurnitureLines takes
// out the lines where a site, naming itself, says how it is paid or
// edited: by one word of the host, by two words run together, by a
// commission and by the advertising on its site. A line naming the site that says neither,
// a writer's own note in the first person, a line that says it of
// another firm and one that names the site past its third word stay.
func TestTextSiteNoteLeftOut(t *testing.T) {
	lines := []leftOutLine{
		{"FerryGuide.com earns commissions from some listed operators. Editorial Guidelines.", true},
		{"Ferry Guide is a non-profit travel desk. Advertising on our site helps support our mission.", true},
		{"FerryGuide.com is committed to honest reviews. A panel of harbour pilots and skippers review our content before it is published.", true},
		{"Ferry Guide is the most trusted travel site on the coast, and all our content is written by sailors.", false},
		{"FerryGuide.com is run by me alone: if you book through it, I may receive a small commission.", false},
		{"Tidewater Lines pays its agents a commission on every crossing booked before noon.", false},
		{"Every crossing we reviewed for FerryGuide.com earns the operator no commission from us.", false},
	}
	checkLeftOutBy(t, lines, func(blocks []textBlock, keep, out []bool) {
		textLeaveOutFurnitureLinesText(blocks, keep, out, "https://www.ferryguide.com/reviews/best-crossings/", "")
	})
	// Without the page's address the site's name is unknown: all stay.
	for i := range lines {
		lines[i].out = false
	}
	checkLeftOutBy(t, lines, func(blocks []textBlock, keep, out []bool) { textLeaveOutFurnitureLinesText(blocks, keep, out, "", "") })
}
