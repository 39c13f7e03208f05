package extract

import (
	"strings"
	"testing"
)

// TestTextLeaveOutDatedTeasers: a run of dated teaser cards under the
// article goes, the newest post first or in mixed order, with the date at
// a card's end or at its start; dates that run forward (a diary), cards
// that are the body from its top, dates with other words (reviews), a
// run of two and a run after another date line (a list of dated entries)
// stay.
func TestTextLeaveOutDatedTeasers(t *testing.T) {
	titles := []string{
		"Winter Timetables for the Harbour Ferry",
		"Crewing the Ferry: A First Season on the Quay",
		"What the Boatyards on Mill Lane Build Now?",
		"Ten Walks Around the Old Harbour",
	}
	blurbs := []string{
		"The ferry will run a reduced timetable through the dark months, with the first crossing an hour later and the last one at six, and the council will review it in spring.",
		"Maren Solberg signed up to crew the ferry for one summer and stayed for three, learning the tides, the knots and the names of every regular passenger on the morning run.",
		"The boatyards across the water have taken on apprentices again after a decade, building small timber boats for the clubs along the coast and repairing the fishing fleet.",
		"From the lighthouse to the old customs house, these walks take in the harbour's history, its quays and the cafés where the crews stop for breakfast after the early tide.",
	}
	back := []string{"Mar 3, 2026", "Feb 26, 2026", "Feb 19, 2026", "Feb 6, 2026"}
	mixed := []string{"July 17, 2025", "October 21, 2025", "September 23, 2025", "October 17, 2025"}
	forward := []string{"Feb 6, 2026", "Feb 19, 2026", "Feb 26, 2026", "Mar 3, 2026"}
	reviews := []string{"Written by Sam on Mar 3, 2026", "Written by Ann on Feb 26, 2026", "Written by Joe on Feb 19, 2026", "Written by Kim on Feb 6, 2026"}
	article := append(append([]string{}, textFerryParas...), textFerryParas...)
	// cards lays out n cards, the date at each card's end or at its start.
	cards := func(dates []string, n int, dateFirst bool) []string {
		var out []string
		for k := range n {
			if dateFirst {
				out = append(out, dates[k], titles[k], blurbs[k])
			} else {
				out = append(out, titles[k], blurbs[k], dates[k])
			}
		}
		return out
	}
	cat := func(a, b []string) []string { return append(append([]string{}, a...), b...) }
	for _, tc := range []struct {
		name  string
		lines []string
		gone  []string
		stays []string
	}{
		{"newest first, date at the end", cat(article, cards(back, 4, false)), cat(titles, cat(blurbs, back)), nil},
		{"mixed order", cat(article, cards(mixed, 4, false)), cat(titles, cat(blurbs, mixed)), nil},
		{"date at the start", cat(article, cards(back, 4, true)), cat(titles, cat(blurbs, back)), nil},
		{"a diary runs forward", cat(article, cards(forward, 4, false)), nil, cat(titles, cat(blurbs, forward))},
		{"cards from the top", cat(cards(back, 4, false), textFerryParas[:1]), nil, cat(titles, cat(blurbs, back))},
		{"dates with other words", cat(article, cards(reviews, 4, false)), nil, cat(titles, cat(blurbs, reviews))},
		{"two cards", cat(article, cards(back, 2, false)), nil, cat(titles[:2], cat(blurbs[:2], back[:2]))},
		{"after another date line", cat(cat(article, []string{"Mar 9, 2026", textFerryParas[0]}), cards(back, 4, false)), nil, cat(titles, cat(blurbs, back))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := textAssembleAllKept(tc.lines)
			if !strings.Contains(body, textFerryParas[0]) {
				t.Fatalf("body lost the article: %q", body)
			}
			textCheckGoneStays(t, body, tc.gone, tc.stays)
		})
	}
}
