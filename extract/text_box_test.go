package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// textFerryParas are five paragraphs of an invented article on the
// Harbourton ferry, the prose the span tests read around their
// furniture.
var textFerryParas = []string{
	"The Harbourton ferry has run from the Keel Street quay since the spring of 1911, and the town council voted last week to keep the crossing open through the winter months for the first time in its history.",
	"Crews spent the autumn replacing the timber piles under the quay, which had been worn thin by the tides, and the harbour master said the work had been finished two weeks ahead of the date the council set.",
	"Passengers who cross in the dark months will find a heated waiting room at the head of the quay, a timetable posted at the ticket window, and a second boat held in reserve for the days the first one is laid up.",
	"The council expects the winter service to carry about three hundred people a week, most of them workers at the boatyards on the far shore who now drive the long way round by the coast road and the old bridge.",
	"Fares will stay as they are until the end of the year, when the council will look again at what the crossing costs to run, and the harbour master has asked travellers to send their views on the timetable.",
}

// TestTextSpanOverBox checks that the body span runs over a box of links
// set inside the article, and stops at comments, at a section of teasers
// with blurbs, at a little prose under the heading and at prose that
// resumes too far below it.
func TestTextSpanOverBox(t *testing.T) {
	para := textFerryParas
	blurbs := []string{
		"A short note on the harbour walks and the boats that run from them in summer.",
		"Where the ferries from the Keel Street quay go, and how long each crossing takes.",
		"The lamp at Gull Point has been lit every night since the year the quay was built.",
		"Stalls at the Saturday market sell fish from the boats that land at the quay at dawn.",
		"What to pack for a day on the water, from a warm coat to a flask of tea for the crossing.",
	}
	teasers := []string{"Ten Walks Around the Old Harbour", "Where the Keel Street Boats Go", "The Lighthouse at Gull Point", "A Guide to the Harbourton Market"}
	comments := []string{
		"I have taken this ferry every summer since I was a child, and I am glad to hear that it will run through the winter, since the coast road is slow and the old bridge is often shut for repairs in the storms.",
		"My brother works at the boatyards on the far shore and has driven the long way round for years, so a winter boat will save him an hour a day, though I wonder whether the fares will hold once the year is out.",
		"The heated waiting room is a fine idea, but I hope the council also thinks about the lights on the quay, which have been out for most of the autumn and make the walk down to the boat a hazard after dark.",
	}
	tests := []struct {
		name          string
		lines         []string
		last, boxEnd  int // the span's end and the box's end, as returned
		first, before int // the span as textBestSpan gives it
	}{
		{"a story box inside the article",
			textJoinRuns(para[:3], []string{"Related Story", teasers[0]}, para[3:], []string{"Related Articles", teasers[1], teasers[2]}),
			7, 5, 0, 3},
		{"a comment box",
			textJoinRuns(para[:3], []string{"Leave a Reply", "Name *"}, comments),
			3, 3, 0, 3},
		{"teasers with blurbs",
			textJoinRuns(para[:3], []string{"Related", teasers[0], blurbs[0], teasers[1], blurbs[1], teasers[2], blurbs[2], teasers[3], blurbs[3], "The Quay in Pictures", blurbs[4]}),
			3, 3, 0, 3},
		{"a little prose under the heading",
			textJoinRuns(para[:4], []string{"Related Story", teasers[0]}, para[4:]),
			4, 4, 0, 4},
		{"prose too far below the heading",
			textJoinRuns(para[:3], []string{"You May Also Like"}, teasers, []string{"The Quay in Pictures", "Harbourton by Night", "Boatyards of the Far Shore", "A Winter on the Water", "The Old Bridge Reopens"}, para[3:]),
			3, 3, 0, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := textSplitBlocks(strings.Join(tt.lines, "\n"))
			if len(blocks) != len(tt.lines) {
				t.Fatalf("%d blocks, want %d", len(blocks), len(tt.lines))
			}
			for i := range blocks {
				blocks[i].score = textScore(&blocks[i])
			}
			first, last := textBestSpan(blocks)
			if first != tt.first || last != tt.before {
				t.Fatalf("textBestSpan = [%d, %d), want [%d, %d)", first, last, tt.first, tt.before)
			}
			end, boxEnd := textSpanOverBox(blocks, first, last)
			if end != tt.last || boxEnd != tt.boxEnd {
				t.Errorf("textSpanOverBox = %d, %d, want %d, %d", end, boxEnd, tt.last, tt.boxEnd)
			}
		})
	}
}

// textJoinRuns concatenates runs of lines.
func textJoinRuns(runs ...[]string) []string {
	var out []string
	for _, r := range runs {
		out = append(out, r...)
	}
	return out
}

// TestTextBodyOverBox checks that a flattened page's body holds the
// paragraphs under a box of links set inside the article, and not the
// box's teaser.
func TestTextBodyOverBox(t *testing.T) {
	head := []string{"Harbour Times", "Home", "News", "Sport", "Weather", "Keel Street Ferry to Run All Winter"}
	para := textFerryParas
	teaser := "Ten Walks Around the Old Harbour"
	foot := []string{"Related Articles", "Where the Keel Street Boats Go", "The Lighthouse at Gull Point", "Contact us", "Privacy", "Terms", "© Harbour Times"}
	lines := textJoinRuns(head, para[:3], []string{"Related Story", teaser}, para[3:], foot)
	a, err := New(DefaultOptions()).Extract(news.Page{Format: news.FormatText, Content: []byte(strings.Join(lines, "\n\n"))})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range para {
		if !strings.Contains(a.Body, p) {
			t.Errorf("body lacks %q", p[:40])
		}
	}
	if strings.Contains(a.Body, teaser) {
		t.Errorf("body holds the box's teaser %q", teaser)
	}
}
