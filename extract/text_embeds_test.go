package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
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
	a, err := New(DefaultOptions()).Extract(news.Page{Format: news.FormatText, Content: []byte(strings.Join(page, "\n\n"))})
	if err != nil {
		t.Fatalf("extract: %v", err)
	}
	for _, p := range append([]string{subhead}, para...) {
		if !strings.Contains(a.Body, p) {
			t.Errorf("body lost %q", p)
		}
	}
	for _, p := range post {
		if strings.Contains(a.Body, p) {
			t.Errorf("body kept the post's %q:\n%s", p, a.Body)
		}
	}
}

// TestTextEmbeddedPostBound checks the walk up from a post's credit: it
// stops before a paragraph that would pass textPostMaxChars, and before a
// line that ends neither like a sentence nor with the post's link.
func TestTextEmbeddedPostBound(t *testing.T) {
	long := strings.TrimSpace(strings.Repeat("The council met again on Tuesday evening to weigh the cost of the crossing. ", 4))
	lines := []string{long, "Short line of the post.", "— Quay Notes (@quaynotes) March 3, 2024"}
	blocks := make([]textBlock, len(lines))
	for i, l := range lines {
		blocks[i] = textNewBlock(l)
	}
	keep := []bool{true, true, true}
	out := make([]bool, len(blocks))
	textLeaveOutEmbeddedPosts(blocks, keep, out)
	if want := []bool{false, true, true}; !slices.Equal(out, want) {
		t.Errorf("out = %v, want %v", out, want)
	}
	if textEndsWithPostLink("A harbour at dawn") || !textEndsWithPostLink("A harbour at dawn pic.twitter.com/abc") {
		t.Error("textEndsWithPostLink reads the post's link wrongly")
	}
}

// TestTextEmbeddedInstagramPost checks that an Instagram post's two
// fallback lines go and the article's paragraph above them stays: the
// walk up is the credit of a post whose text is in its fallback only.
func TestTextEmbeddedInstagramPost(t *testing.T) {
	lines := []string{
		"The quay's café has kept its winter hours and posts the ferry's times on its window every morning.",
		"View this post on Instagram",
		"A post shared by Quay Café (@quay.cafe)",
	}
	blocks := make([]textBlock, len(lines))
	for i, l := range lines {
		blocks[i] = textNewBlock(l)
	}
	keep := []bool{true, true, true}
	out := make([]bool, len(blocks))
	textLeaveOutEmbeddedPosts(blocks, keep, out)
	if want := []bool{false, true, true}; !slices.Equal(out, want) {
		t.Errorf("out = %v, want %v", out, want)
	}
}
