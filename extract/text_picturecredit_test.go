package extract

import "testing"

// TestTextPictureCreditLeftOut checks that textLeaveOutFurnitureLines
// takes out a photographer's credit to the site after a slash or "for",
// two credits parted by a semicolon, the site's name then a slash and the
// photographer's, a stock library's name alone and a picture's source
// link alone ("Source", "(Image Source)"); and that a heading naming the
// site after "for", a credit to another site, a short agency's name
// alone, the site's name over one word or before a bar, and a sentence
// naming the site stay. Without the page's address only the library's
// name and the source link go.
func TestTextPictureCreditLeftOut(t *testing.T) {
	lines := []leftOutLine{
		{"Mara Quist/Harbour Weekly", true},
		{"TOMAS BELL FOR HARBOUR WEEKLY", true},
		{"Mara Quist/Harbour Weekly; Ines Roe for Harbour Weekly", true},
		{"Getty Images", true},
		{"Harbour Weekly / Mara Quist", true},
		{"Harbour Weekly / Ferries", false},
		{"Harbour Weekly | Mara Quist", false},
		{"Source", true},
		{"(Image Source)", true},
		{"Photo source", true},
		{"source", false},
		{"Source: Harbour Survey", false},
		{"Tips & Tricks for Harbour Weekly", false},
		{"Ferries for Harbour Weekly", false},
		{"Mara Quist/Coast Daily", false},
		{"AP", false},
		{"Mara Quist wrote this guide for Harbour Weekly.", false},
	}
	checkLeftOutBy(t, lines, func(blocks []textBlock, keep, out []bool) {
		textLeaveOutFurnitureLinesText(blocks, keep, out, "https://www.harbourweekly.com/ferries/best-crossings/", "")
	})
	for i := range lines {
		switch lines[i].text {
		case "Getty Images", "Source", "(Image Source)", "Photo source":
			lines[i].out = true
		default:
			lines[i].out = false
		}
	}
	checkLeftOutBy(t, lines, func(blocks []textBlock, keep, out []bool) { textLeaveOutFurnitureLinesText(blocks, keep, out, "", "") })
}
