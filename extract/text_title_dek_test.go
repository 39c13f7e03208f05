package extract

import (
	"slices"
	"testing"
)

// TestTextTitleHeadOverDek: without a URL, the line taken that is the
// dek under its headline (the two scoring within textHeadDekGap, the
// headline the longer or the two tied within textHeadDekTie, the dek
// over the body or over a byline or a date) gives way to the headline.
// A URL, a headline scoring a log-odds or more under the dek (three
// over a dek signed right under it) or over it, a shorter line over it not tied, a line of three words over one
// of three, a trail over it or ending in it, a line taken written
// "Topic: Part" of no more words than the line over it, a line over it
// stated again under it and a line taken with neither body nor byline
// under it leave the line taken; a longer "Title: Subtitle" dek tied
// with its headline gives way. Each gate was seen failing its case once.
func TestTextTitleHeadOverDek(t *testing.T) {
	const (
		head = "Why the North Coast Path Is Best Walked in Winter"
		dek  = "First post in a series on the coast's walks"
		pre  = "Three simple ways to plan a winter walk on the coast, and the seven steps to take"
		body = "The north coast has eleven harbours between the river mouth and the cape, and a path joins all of them along the cliffs above the water."
	)
	for _, c := range []struct {
		name      string
		lines     []string // the header: the line over the one taken, the one taken, what follows it down to the body
		url       string
		over, got float64 // the two lines' log-odds
		moves     bool
	}{
		{"dek over the body", []string{head, dek}, "", 1.2, 1.5, true},
		{"dek over a byline", []string{head, dek, "By Mary Roe"}, "", 1.2, 1.5, true},
		{"dek over a byline, headline 2.5 under", []string{head, dek, "By Mary Roe"}, "", -1.0, 1.5, true},
		{"dek over a byline, headline 3 under", []string{head, dek, "By Mary Roe"}, "", -1.5, 1.5, false},
		{"dek over a date, headline 2.5 under", []string{head, dek, "Dec 16, 2025"}, "", -1.0, 1.5, false},
		{"dek over a date", []string{head, dek, "Share", "Print", "Dec 16, 2025"}, "", -0.7, 0.1, true},
		{"with a URL", []string{head, dek}, "https://coast.example/p/4821", 1.2, 1.5, false},
		{"headline a log-odds under", []string{head, dek}, "", 0.4, 1.5, false},
		{"headline the higher", []string{head, dek}, "", 1.6, 1.5, false},
		{"a shorter line over", []string{"The North Coast in Winter", dek}, "", 1.2, 1.5, false},
		{"a shorter line over, tied", []string{"The North Coast in Winter", dek}, "", 1.45, 1.5, true},
		{"three words over three", []string{"Walks in Winter", "Coast Walks Guide"}, "", 1.2, 1.5, false},
		{"a trail over it", []string{"Home › Walks › Coast Paths › Winter Tides", "Coast Walks Guide"}, "", 1.2, 1.5, false},
		{"a trail ending in it", []string{"Home Walks Why the North Coast Path Is Best Walked in Winter", head}, "", 1.2, 1.5, false},
		{"the line taken a topic and its part", []string{"Open Resources for Walking the Coast", "Coast Walks: Winter"}, "", 1.2, 1.5, false},
		{"a longer dek with a subtitle, tied", []string{"Tips for Walking the Coast in Winter", "How to Walk the North Coast Path: A Warden's Guide"}, "", 1.45, 1.5, true},
		{"the dek stated again under", []string{pre, head, pre, "By Mary Roe"}, "", 1.2, 1.5, false},
		{"neither body nor byline under", []string{head, dek, "Print", "Share", "Email"}, "", 1.2, 1.5, false},
	} {
		lines := append([]string{"Skip to content", "Home", "Walks"}, c.lines...)
		lines = append(lines, body, body)
		blocks := textNewBlocks(lines...)
		first := 3 + len(c.lines)
		at := 4
		cands := []int{at - 1, at}
		var w [textTitleFeatures]float64
		w[0] = 1
		vecs := make([][textTitleFeatures]float64, 2)
		vecs[0][0], vecs[1][0] = c.over, c.got
		want := at
		if c.moves {
			want = at - 1
		}
		if got := textTitleHeadOverDek(&textTitleCandidates{blocks: blocks, cands: cands, vecs: vecs, first: first, url: c.url, w: &w}, at); got != want {
			t.Errorf("%s: textTitleHeadOverDek gives block %d (%q), want %d", c.name, got, lines[max(got, 0)], want)
		}
		if slices.Index(lines, body) != first {
			t.Fatalf("%s: the body starts at %d, not %d", c.name, slices.Index(lines, body), first)
		}
	}
}
