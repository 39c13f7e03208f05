package extract

import "testing"

// TestTextWidgetLabelLeftOut checks that textLeaveOut (textIsWidgetLabel)
// takes a widget's label out of an article's kept lines: a pop-up's
// "Close", a picture's "Image" placeholder, a caption's switch, a code
// box's "Copy". A label's word in lower case on a line of its own (an
// event's name), a line that only opens with the words and a sentence
// that is one of them stay.
func TestTextWidgetLabelLeftOut(t *testing.T) {
	checkLeftOut(t, []leftOutLine{
		{"The harbour board voted on Tuesday to reopen the old ferry slip for the summer season.", false},
		{"Close", true},
		{"Close Modal", true},
		{"× Close", true},
		{"Image", true},
		{"The slip was shut in 2019 after a survey found the piles had rotted below the waterline.", false},
		{"Toggle caption", true},
		{"Copy", true},
		{"close", false},
		{"Close to the quay", false},
		{"Image rights were sold to the museum.", false},
		{"Expand", true},
		{"Collapse", true},
		{"Quick View", true},
		{"Divers will inspect the new piles before the first crossing in June.", false},
	})
}

// TestTextArrowPairLeftOut checks that textLeaveOutArrowPairs takes a
// carousel's two bare arrows, "Previous" right above "Next", out of an
// article's kept lines, and leaves a lone arrow, an arrow with a post's
// title under it and a line that only opens with the word.
func TestTextArrowPairLeftOut(t *testing.T) {
	checkLeftOut(t, []leftOutLine{
		{"We rode each scooter up the quay road twice a day for a month.", false},
		{"Previous", true},
		{"Next", true},
		{"Range and Battery", false},
		{"The Keelson Seven went furthest on one charge, 41 kilometres with a rider of 80 kilograms.", false},
		{"‹ Prev", true},
		{"Next ›", true},
		{"Previous", false},
		{"How We Tested the Harbour Kettles", false},
		{"Next", false},
		{"Next steps for the quay", false},
	})
}
