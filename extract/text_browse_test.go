package extract

import "testing"

// TestTextBrowseLinksLeftOut checks that textLeaveOut
// (textLeaveOutBrowseLinks) takes links asking the reader to browse out of
// the kept lines: under a blurb, over a heading, over a menu's label and as
// a pitch with "!" and a menu's blurb ended as a sentence. A browse heading
// over a paragraph of prose stays, ended as a sentence or not, and so does
// a line of prose that opens on "Browsing".
func TestTextBrowseLinksLeftOut(t *testing.T) {
	checkLeftOut(t, []leftOutLine{
		{"Choosing a Harbour Savings Account", false},
		{"A harbour savings account pays a fixed rate on deposits held for a year, and the quay office adds a bonus for members.", false},
		{"Browse savings accounts", true},
		{"What is a fixed-rate account?", false},
		{"A fixed-rate account pays the same interest for its whole term, whatever the market does in the meantime.", false},
		{"Browse the Saltmarsh ferry passes for your next crossing!", true},
		{"Season passes", false},
		{"Browse all categories", true},
		{"Home", false},
		{"Browse ferry timetables", false},
		{"The quay office keeps the timetables of every ferry on the estuary, with the winter changes and the extra summer boats marked.", false},
		{"Browse the quay's guides, maps and timetables.", true},
		{"Tickets", false},
		{"Browse frequently asked questions.", false},
		{"Browsing the timetables on the quay's own screens takes longer than reading the printed sheet by the ticket office, which the staff update every morning.", false},
		{"Deposits opened before the end of the month earn the bonus from the first day.", false},
	})
}
