package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// textBriefPage is an invented flattened page: a wire brief of two
// sentences under its headline, then "Related Articles" and another
// story in full, longer than the brief.
var textBriefPage = struct {
	head, brief, foot []string
	title             string
}{
	head:  []string{"Harbour Times", "Home", "News", "Sport", "Keel Street quay reopens after winter repairs", "By Mara Lindqvist"},
	title: "Keel Street quay reopens after winter repairs",
	brief: []string{
		"The Keel Street quay in Harbourton reopened on Monday after four months of repairs to its storm-damaged wall, the harbour board said.",
		"Ferries to the islands will run from the quay again from Tuesday, with the winter timetable in force until March.",
	},
	foot: []string{
		"Related Articles",
		"Harbourton council approves new budget for schools and roads",
		"The Harbourton council on Thursday approved a budget that sets aside more money for the town's schools and for repairs to its roads, after a debate that ran late into the evening and drew dozens of residents to the chamber.",
		"Councillors voted seven to two in favour of the plan, which raises the local levy by two percent and pays for a new roof at the primary school on Mill Lane as well as resurfacing on the coast road.",
		"The mayor said the budget was the fairest the town could afford, while the two councillors who voted against it said the levy rise would fall hardest on pensioners and small shops along the harbour front.",
		"Residents will be able to comment on the plan at a public meeting next month before it takes effect in April, the council said in a statement released after the vote.",
	},
}

// TestTextBriefAboveRelated checks that a short article above a
// "Related Articles" heading keeps its own body and headline, and that
// the longer story under the heading supplies neither: lines separated
// by one newline or by blank lines, and with a scraper's title, which
// anchors the body under the line that states it (textTitledSpan).
func TestTextBriefAboveRelated(t *testing.T) {
	pg := textBriefPage
	lines := textJoinRuns(pg.head, pg.brief, pg.foot)
	tests := []struct {
		name, sep, title string
	}{
		{"lines", "\n", ""},
		{"blank lines", "\n\n", ""},
		{"scraper's title", "\n", pg.title},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := news.Page{Format: news.FormatText, Title: tt.title, Content: []byte(strings.Join(lines, tt.sep))}
			a, err := New(DefaultOptions()).Extract(page)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range pg.brief {
				if !strings.Contains(a.Body, p) {
					t.Errorf("body lacks %q", p[:40])
				}
			}
			for _, p := range pg.foot[1:] {
				if strings.Contains(a.Body, p) {
					t.Errorf("body holds the related story's %q", p[:40])
				}
			}
			if a.Title != pg.title {
				t.Errorf("title %q, want %q", a.Title, pg.title)
			}
		})
	}
}

// TestTextBriefSpan checks when the run above a related-stories heading
// replaces the span under it: not under another box heading ("Read
// Next" heads boxes inside articles), not when the run ends further up
// than textBriefGap, and not when the span lies above the heading.
func TestTextBriefSpan(t *testing.T) {
	pg := textBriefPage
	menu := []string{"Weather", "Tides", "Ferries", "Events"}
	tests := []struct {
		name  string
		lines []string
		ok    bool
	}{
		{"a brief above related articles", textJoinRuns(pg.head, pg.brief, pg.foot), true},
		{"another box heading", textJoinRuns(pg.head, pg.brief, []string{"Read Next"}, pg.foot[1:]), false},
		{"a menu between", textJoinRuns(pg.head, pg.brief, menu, pg.foot), false},
		{"the article above", textJoinRuns(pg.head, pg.foot[2:], pg.brief, pg.foot[:2]), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := textSplitBlocks(strings.Join(tt.lines, "\n"))
			for i := range blocks {
				blocks[i].score = textScore(&blocks[i])
			}
			first, last := textBestSpan(blocks)
			if _, _, ok := textBriefSpan(blocks, first, last); ok != tt.ok {
				t.Errorf("textBriefSpan ok = %v, want %v (span [%d, %d))", ok, tt.ok, first, last)
			}
		})
	}
}

// TestTextLedeAboveRelatedBox checks the case the brief rule must leave:
// a short lede, a "Related" box of one teaser set inside the article, and
// the article going on under it about the headline's quay. The prose
// under the box shares the headline's words, so it is this story's, not
// another's (textContinuesHeadline), and the body keeps it.
func TestTextLedeAboveRelatedBox(t *testing.T) {
	pg := textBriefPage
	more := []string{
		"Engineers from the harbour board said the repairs to the Keel Street quay had cost less than planned, because the storm had left the old stone footings of the wall sound.",
		"The quay will close again for a week in the spring so that crews can finish the railings, and the winter ferries will then run from the north slip instead.",
		"Fishermen who moor along Keel Street said the reopening came just in time for the winter season, when the quay is the only sheltered berth on this stretch of the coast.",
	}
	lines := textJoinRuns(pg.head, pg.brief, pg.foot[:2], more)
	a, err := New(DefaultOptions()).Extract(news.Page{Format: news.FormatText, Content: []byte(strings.Join(lines, "\n"))})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range append(append([]string{}, pg.brief...), more...) {
		if !strings.Contains(a.Body, p) {
			t.Errorf("body lacks %q", p[:40])
		}
	}
	// The teaser's title stays in the body, as before the brief rule:
	// the span is the run under the box, and the model keeps the lede
	// above it (textSpanOverBox leaves a box's teasers out only where the
	// span ends at the box).
}
