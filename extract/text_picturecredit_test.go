package extract

import "testing"

// TestTextPictureCreditLeftOut checks that textLeaveOutPictureCredits
// takes out a photographer's credit to the site after a slash or "for",
// two credits parted by a semicolon, and a stock library's name alone;
// and that a heading naming the site after "for", a credit to another
// site, a short agency's name alone and a sentence naming the site stay.
// Without the page's address only the library's name goes.
func TestTextPictureCreditLeftOut(t *testing.T) {
	lines := []leftOutLine{
		{"Mara Quist/Harbour Weekly", true},
		{"TOMAS BELL FOR HARBOUR WEEKLY", true},
		{"Mara Quist/Harbour Weekly; Ines Roe for Harbour Weekly", true},
		{"Getty Images", true},
		{"Tips & Tricks for Harbour Weekly", false},
		{"Ferries for Harbour Weekly", false},
		{"Mara Quist/Coast Daily", false},
		{"AP", false},
		{"Mara Quist wrote this guide for Harbour Weekly.", false},
	}
	checkLeftOutBy(t, lines, func(blocks []textBlock, keep, out []bool) {
		textLeaveOutPictureCredits(blocks, keep, out, "https://www.harbourweekly.com/ferries/best-crossings/")
	})
	for i := range lines {
		lines[i].out = lines[i].text == "Getty Images"
	}
	checkLeftOutBy(t, lines, func(blocks []textBlock, keep, out []bool) { textLeaveOutPictureCredits(blocks, keep, out, "") })
}
