package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestTextEmbeddedPostLeftOut checks that a social network's post embedded
// in the article, flattened to its text and its credit line, goes with the
// credit, while the article's subhead and paragraphs around it stay.
func TestTextEmbeddedPostLeftOut(t *testing.T) {
	post := []string{
		"The ferry kept running all night and nobody at the quay could quite believe it.",
		"Winter crossings are back, at least for now… https://t.co/Qx7ferryW2",
		"— Harbour Watch 🚢 (@harbourwatch) November 20, 2025",
	}
	subhead := "What the crew says"
	para := textFerryParas
	page := textJoinRuns([]string{"Harbour Times", "Home", "News", "Keel Street Ferry to Run All Winter"},
		para[:3], []string{subhead}, post, para[3:], []string{"Related", "Mill Lane Market Returns"})
	textCheckFlatBody(t, page, append([]string{subhead}, para...), post)
}

// TestTextEmbeddedPostWalk checks the walk up from a post's credit: it
// stops before a paragraph that would pass textPostMaxChars and before a
// line that ends neither like a sentence nor with the post's link, and an
// Instagram post's two fallback lines go without it (its caption is not in
// the fallback, so the paragraph above is the article's).
func TestTextEmbeddedPostWalk(t *testing.T) {
	long := strings.TrimSpace(strings.Repeat("The council met again on Tuesday evening to weigh the cost of the crossing. ", 4))
	tests := []struct {
		name  string
		lines []string
		want  []bool
	}{
		{"a paragraph longer than a post stays", []string{long, "Short line of the post.", "— Quay Notes (@quaynotes) March 3, 2024"}, []bool{false, true, true}},
		{"Instagram's lines alone", []string{
			"The quay's café has kept its winter hours and posts the ferry's times on its window every morning.",
			"View this post on Instagram",
			"A post shared by Quay Café (@quay.cafe)",
		}, []bool{false, true, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := make([]textBlock, len(tt.lines))
			keep := make([]bool, len(tt.lines))
			for i, l := range tt.lines {
				blocks[i], keep[i] = textNewBlock(l), true
			}
			out := make([]bool, len(blocks))
			textLeaveOutEmbeddedPosts(blocks, keep, out)
			if !slices.Equal(out, tt.want) {
				t.Errorf("out = %v, want %v", out, tt.want)
			}
		})
	}
	if textEndsWithPostLink("A harbour at dawn") || !textEndsWithPostLink("A harbour at dawn pic.twitter.com/abc") {
		t.Error("textEndsWithPostLink reads the post's link wrongly")
	}
}
