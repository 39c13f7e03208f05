package extract

import "testing"

// TestTextEndLeadLeftOut checks that a lead-in over the site's other
// posts, left as the body's last line when the posts went, leaves it.
func TestTextEndLeadLeftOut(t *testing.T) {
	checkLeftOutBy(t, []leftOutLine{
		{"The ferry to the outer islands runs twice a day from the harbour's north quay in summer.", false},
		{"Tickets are sold at the kiosk by the gangway and cost less on the first crossing of the day.", false},
		{"Other posts you’ll love:", true},
	}, textLeaveOutEndLead)
	checkLeftOutBy(t, []leftOutLine{
		{"The ferry to the outer islands runs twice a day from the harbour's north quay in summer.", false},
		{"Related Articles from the Harbour Walks blog:", true},
	}, textLeaveOutEndLead)
}

// TestTextEndLeadStays checks what stays: a last line ending with a
// colon and no cue naming other posts, a cue line that is not the last,
// a long line and a cue line ending no lead-in.
func TestTextEndLeadStays(t *testing.T) {
	for _, last := range []string{
		"For example:",
		"About the Writer:",
		"You may also like the harbour walks we set out on the map at the foot of this page, each marked with its length:",
		"Other posts you will love",
	} {
		checkLeftOutBy(t, []leftOutLine{
			{"The ferry to the outer islands runs twice a day from the harbour's north quay in summer.", false},
			{last, false},
		}, textLeaveOutEndLead)
	}
	checkLeftOutBy(t, []leftOutLine{
		{"The ferry to the outer islands runs twice a day from the harbour's north quay in summer.", false},
		{"Other posts you’ll love:", false},
		{"The last boat back leaves at six, and the harbour master holds it for no one.", false},
	}, textLeaveOutEndLead)
}
