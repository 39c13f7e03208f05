package extract

import (
	"fmt"
	"testing"
)

// TestTextKeepClosedLists checks which dropped short lines between a
// staying lead-in that ends with a colon and the next staying paragraph
// come back after the leave-out steps.
func TestTextKeepClosedLists(t *testing.T) {
	prose := "The Harbourton ferry runs twice a day from the Keel Street quay in the summer months."
	leadIn := "Here is what the crew packed for the winter crossing:"
	heading := "Crossing in the Dark Months"
	var kit []string // twelve items: more than textKeepLeadInLists walks
	for k := range 12 {
		kit = append(kit, fmt.Sprintf("Spare rope number %d", k+1))
	}
	// page lays out prose, a lead-in, items and a closing line; keep is
	// the model's flags (the items dropped), want the flags after the rule.
	page := func(lead string, items []string, closing string) (lines []string, keep, want []bool) {
		lines = append(append(append([]string{prose, lead}, items...), closing), prose)
		for k := range lines {
			keep = append(keep, k < 2 || k >= len(lines)-2)
		}
		return lines, keep, keep
	}
	restored := func(lines []string, keep, _ []bool) ([]string, []bool, []bool) {
		want := make([]bool, len(keep))
		for k := range want {
			want[k] = true
		}
		return lines, keep, want
	}
	tests := []keepRuleCase{}
	add := func(name string, lines []string, keep, want []bool) {
		tests = append(tests, keepRuleCase{name, lines, keep, want})
	}
	l, k, w := restored(page(leadIn, kit, prose))
	add("a long list under a clause, prose under it", l, k, w)
	l, k, w = restored(page("Company overview:", []string{"Founded in 1921", "Six boats and a barge", "Based on Keel Street"}, heading))
	add("a label's list, a heading under it", l, k, w)
	l, k, w = page(leadIn, []string{"Spare rope"}, prose)
	add("one line", l, k, w)
	l, k, w = page("BACK TO THE HARBOUR SHOP:", []string{"Keel Street Chandlery", "Harbour Supplies"}, prose)
	add("a lead-in in capitals", l, k, w)
	l, k, w = page("section_link-3:", []string{"Keel Street Chandlery", "Harbour Supplies"}, prose)
	add("a key with no space", l, k, w)
	l, k, w = page("Replies to the thread 1,204\nkeelrower said:", []string{"Mended twice already", "Reply to this"}, prose)
	add("lines joined into the lead-in", l, k, w)
	l, k, w = page("Overview:", []string{"Keel Street Chandlery", "Harbour Supplies"}, prose)
	add("one word over the run", l, k, w)
	l, k, w = page("Filter the timetable by the day of the crossing:", []string{"Any day", "Weekdays only", "Weekends only"}, "Show crossings in time order")
	add("a form's options over a control", l, k, w)
	l, k, w = page(leadIn, []string{"Spare rope", "A lamp that the crew can hang in the wheelhouse on the darkest winter nights"}, prose)
	add("a sentence in the run", l, k, w)
	l, k, w = page(leadIn, []string{"Licensed", "Insured", "Get a quote", "Licensed", "Insured", "Get a quote"}, prose)
	add("a card's lines stated down the run", l, k, w)
	var long []string
	for k := range 31 {
		long = append(long, fmt.Sprintf("Spare rope number %d", k+1))
	}
	l, k, w = page(leadIn, long, prose)
	add("a run longer than a list", l, k, w)
	for _, tt := range tests {
		checkKeepRule(t, tt.name, tt.lines, tt.keep, tt.want, func(blocks []textBlock, keep []bool) {
			textMarkTestDups(blocks)
			textKeepClosedLists(blocks, keep, make([]bool, len(blocks)))
		})
	}
}

// textMarkTestDups counts, for each block, the other blocks with the same
// text, as the page reader does.
func textMarkTestDups(blocks []textBlock) {
	seen := map[string]int{}
	for i := range blocks {
		seen[blocks[i].text]++
	}
	for i := range blocks {
		blocks[i].dup = seen[blocks[i].text] - 1
	}
}
