package extract

import "testing"

// TestTextKeepInlineCalls checks which dropped lines that open on a call
// to act come back between two staying paragraphs.
func TestTextKeepInlineCalls(t *testing.T) {
	prose := "The Harbourton ferry runs twice a day from the Keel Street quay in the summer months."
	other := "Tickets are sold on board, and a season pass pays for itself within a month."
	call := "Try the Winter Crossing for a Calmer Ride"
	// page puts line between above and below, the model dropping it.
	page := func(above, line, below string) ([]string, []bool) {
		return []string{above, line, below}, []bool{true, false, true}
	}
	kept := []bool{true, true, true}
	var tests []keepRuleCase
	add := func(name string, lines []string, keep, want []bool) {
		tests = append(tests, keepRuleCase{name, lines, keep, want})
	}
	l, k := page(prose, call, other)
	add("a call between two paragraphs", l, k, kept)
	l, k = page(prose, "Check out our full review of the Keel Street quay", other)
	add("a pointer to a review", l, k, kept)
	l, k = page(prose, "Try the Winter Crossing", other)
	add("a button's few words", l, k, k)
	l, k = page(prose, "The Winter Crossing for a Calmer Ride", other)
	add("no call to act", l, k, k)
	l, k = page(prose, call, "Harbour Row tickets")
	add("a short line under it", l, k, k)
	l, k = page("Keel Street timetables", call, other)
	add("a short line over it", l, k, k)
	l, k = page(prose, "Shop the Keel Street LineView all Harbour Row boats", other)
	add("glued link labels", l, k, k)
	l, k = page(prose, "Visit the harbour page at https://harbourton.example/ferry", other)
	add("a web address", l, k, k)
	l, k = page(prose, call, other)
	l, k = append(l, call), append(k, false)
	add("a call stated twice", l, k, k)
	for _, tt := range tests {
		checkKeepRule(t, tt.name, tt.lines, tt.keep, tt.want, func(blocks []textBlock, keep []bool) {
			textMarkTestDups(blocks)
			textKeepInlineCalls(blocks, keep, make([]bool, len(blocks)))
		})
	}
	// A line a leave-out step marked stays out.
	checkKeepRule(t, "a line marked out", []string{prose, call, other}, []bool{true, false, true}, []bool{true, false, true}, func(blocks []textBlock, keep []bool) {
		textKeepInlineCalls(blocks, keep, []bool{false, true, false})
	})
}
