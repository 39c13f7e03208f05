package extract

import "testing"

// TestTextKeepDoubtedBetween checks which doubted sentences come back
// between the kept lines of an article: every line the model's flags
// leave out is taken for a doubted sentence.
func TestTextKeepDoubtedBetween(t *testing.T) {
	para1 := "The Keel Street ferry now leaves Harbourton at seven each morning, and the crossing takes a little under forty minutes in fair weather."
	para2 := "Tickets are sold at the quay and on board, and the harbour office says the winter timetable will keep the same early sailing."
	para3 := "The council expects the new pier to open in the spring, once the last of the pilings has been set and the ramp has been tested."
	tests := []keepRuleCase{
		{"a pointer between two paragraphs",
			[]string{para1, "Learn more in our guide to the harbour's winter timetable.", para2, para3},
			[]bool{true, false, true, true},
			[]bool{true, true, true, true}},
		{"a sentence under a heading inside the article",
			[]string{para1, "Winter sailings", "Book your crossing a day ahead in the holidays.", para2, para3},
			[]bool{true, true, false, true, true},
			[]bool{true, true, true, true, true}},
		{"a pitch under the article's last paragraph",
			[]string{para1, para2, "Sign up for the Harbourton Post's letter each morning.", "The Harbourton Post is a paper its readers own.", "About us"},
			[]bool{true, true, false, true, true},
			[]bool{true, true, false, true, true}},
		{"a form's message",
			[]string{para1, "Thank you for signing up. We'll send you an email with the harbour's news.", para2},
			[]bool{true, false, true},
			[]bool{true, false, true}},
		{"a run of doubted sentences",
			[]string{para1, "Sign up for our weekly letter.", "We never share your address.", para2},
			[]bool{true, false, false, true},
			[]bool{true, false, false, true}},
		{"a shouted call to act",
			[]string{para1, "Start your 14-day trial now!", para2},
			[]bool{true, false, true},
			[]bool{true, false, true}},
		{"a lead-in whose list stays out",
			[]string{para1, "How We Can Help:", para2},
			[]bool{true, false, true},
			[]bool{true, false, true}},
		{"a neighbour without a word",
			[]string{para1, "×", "We were unable to verify your address on the quay.", para2},
			[]bool{true, true, false, true},
			[]bool{true, true, false, true}},
		{"neither neighbour a sentence",
			[]string{para1, "Ferries", "Read the harbour's notes on the new pier.", "Piers", para2},
			[]bool{true, true, false, true, true},
			[]bool{true, true, false, true, true}},
	}
	for _, tt := range tests {
		checkKeepRule(t, tt.name, tt.lines, tt.keep, tt.want, func(blocks []textBlock, keep []bool) {
			var doubted []int
			for i := range keep {
				if !keep[i] {
					doubted = append(doubted, i)
				}
			}
			textKeepDoubtedBetween(blocks, keep, doubted)
		})
	}
}
