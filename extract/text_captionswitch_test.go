package extract

import "testing"

// TestTextCaptionSwitchLeftOut checks that textLeaveOutWidgetLines
// takes out a caption closed by its switch, with the "toggle caption"
// line the block reader joins to it or alone, and the "Show Caption" and
// "Hide Caption" labels alone; a sentence that speaks of a caption, a
// line that opens with a label and a word glued to one stay.
func TestTextCaptionSwitchLeftOut(t *testing.T) {
	checkLeftOutBy(t, []leftOutLine{
		{"The harbour board voted on Tuesday to reopen the old ferry slip for the summer season.", false},
		{"Divers inspect the new piles below the quay on Monday. Mara Quist/Harbour Weekly hide caption\ntoggle caption", true},
		{"The old ferry slip at low tide. Tomas Bell hide caption", true},
		{"Show Caption", true},
		{"Hide Caption", true},
		{"toggle caption", true},
		{"Tap the photo to hide its caption.", false},
		{"Hide caption settings for the gallery", false},
		{"The quay's new signs show captionhide caption", false},
		{"Divers will inspect the new piles before the first crossing in June.", false},
	}, textLeaveOutWidgetLines)
}
