package extract

import (
	"strings"
	"testing"
)

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

// TestTextSwitchedCaptionMatchesPlain holds textIsSwitchedCaption, which
// turns a line away by its last byte, to the plain form (the line's
// trailing spaces and tabs trimmed, then each label compared) on the test
// pages' lines and on strings of the labels' pieces, both ways; the gate
// reads each label's last byte as the n of "caption".
func TestTextSwitchedCaptionMatchesPlain(t *testing.T) {
	for _, label := range textCaptionSwitches {
		if !strings.HasSuffix(label, "caption") {
			t.Fatalf("label %q does not end with \"caption\", which the gate assumes", label)
		}
	}
	plain := func(s string) bool {
		s = strings.TrimRight(s, " \t")
		for _, label := range textCaptionSwitches {
			if textEndsWithFoldedLabel(s, label) {
				return true
			}
		}
		return false
	}
	fast := func(s string) bool {
		b := textBlock{text: s}
		return textIsSwitchedCaption(&b)
	}
	pieces := []string{"hide", "Hide", "HIDE", "toggle", "show", "Show", "caption", "Caption", "CAPTION", "captioN", " ",
		"  ", "\t", "\n", "x", "n", "N", ".", "é", "\u212a"}
	lines := fastPieceLines(textSpeedLines(t), fastRand(61, 62), pieces, 200000, 1, 6)
	checkSameAnswer(t, lines, "textIsSwitchedCaption", fast, plain, 100)
}
