package extract

import (
	"strings"
	"testing"
)

// An invented harbour blog's article with its site's teaser cards under it.
var textCardArticle = []string{
	"The old ferry across the estuary made its last crossing on Saturday, after ninety years of carrying walkers, cyclists and the odd cow between the two villages.",
	"The parish council said the hull had worn too thin to pass another inspection, and that a grant for a new boat had been turned down twice since the spring.",
	"Regulars gathered on the slipway to see it off. Some had crossed every morning for forty years and said the walk round by the bridge would add an hour to their day.",
	"A group of residents has started a fund to buy a smaller boat, and the council has promised to keep the landing stages in repair while they try.",
}

// textCardTeasers are the cards: a title, a writer and a day, a blurb.
var textCardTeasers = []string{
	"Why the Lighthouse Keepers Never Left the Point",
	"Morwenna Tregear 12 March,2026",
	"A family of keepers, four generations on one rock, and the storm that nearly ended it all.",
	"The Best Walks Along the Estuary This Spring",
	"Morwenna Tregear 3 March,2026",
	"Six routes from an hour to a full day, with tea rooms, tide times and where to park the car.",
}

// TestTextTeaserCardsLeaveOut checks that teaser cards under the article
// leave the body, and that an event programme's items (a place, a colon,
// a range of days), a single card, numbered items and cards in the
// body's first half stay.
func TestTextTeaserCardsLeaveOut(t *testing.T) {
	programme := []string{
		"The Harbour Festival Opens the Summer Season",
		"Falmouth, Cornwall: June 10–11, 2026",
		"Two days of gig racing, oyster stalls and brass bands along the quay, with a parade on the Sunday.",
		"The Estuary Regatta Returns After a Long Break",
		"Truro, Cornwall: July 4–5, 2026",
		"Dinghies, rowing boats and a swimming race across the river mouth, open to all comers this year.",
	}
	numbered := append([]string(nil), textCardTeasers...)
	numbered[0], numbered[3] = "1. "+numbered[0], "2. "+numbered[3]
	for _, tc := range []struct {
		name   string
		blocks []string
		gone   string // a line that must leave the body, or ""
		stays  string // a line that must stay, or ""
	}{
		{"cards under the article", append(append([]string(nil), textCardArticle...), textCardTeasers...), textCardTeasers[2], ""},
		{"an event programme", append(append([]string(nil), textCardArticle...), programme...), "", programme[2]},
		{"one card", append(append([]string(nil), textCardArticle...), textCardTeasers[:3]...), "", textCardTeasers[2]},
		{"numbered items", append(append([]string(nil), textCardArticle...), numbered...), "", numbered[2]},
		{"cards above the article", append(append(append([]string(nil), textCardTeasers...), textCardArticle...), textCardArticle...), "", textCardTeasers[2]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var blocks []textBlock
			var keep []bool
			for _, s := range tc.blocks {
				blocks = append(blocks, textNewBlock(s))
				keep = append(keep, true)
			}
			body, _ := textAssemble(blocks, keep, false)
			if !strings.Contains(body, textCardArticle[2]) {
				t.Fatalf("body lost the article: %q", body)
			}
			if tc.gone != "" && strings.Contains(body, tc.gone) {
				t.Errorf("body keeps %q", tc.gone)
			}
			if tc.stays != "" && !strings.Contains(body, tc.stays) {
				t.Errorf("body lost %q", tc.stays)
			}
		})
	}
}
