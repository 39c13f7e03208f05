package extract

import (
	"slices"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestTextTitleOverShareBar: the headline over a date and a share bar is
// taken for the picture's line between the bar and the body; a bar of
// one button, a bar with a paragraph above it and a line right under the
// headline with no bar between leave the line taken.
func TestTextTitleOverShareBar(t *testing.T) {
	const (
		headline = "Six Harbour Walks for a Winter Weekend"
		picture  = "Lighthouse Point at Low Tide"
	)
	for _, c := range []struct {
		name string
		head []string
		want string
	}{
		{"date and share bar", []string{headline, "March 5, 2025", "Share", "Facebook", "Pinterest", picture}, headline},
		{"share bar alone", []string{headline, "Share", "Copy link", "Close share", picture}, headline},
		{"one button", []string{headline, "March 5, 2025", "Share", picture}, picture},
		{"no bar", []string{headline, "March 5, 2025", picture}, picture},
		{"prose over the bar", []string{headline, "A short note from the harbour office about the winter timetable, which starts next week.", "Share", "Facebook", picture}, picture},
	} {
		blocks := textNewBlocks(textTitleDatedPage(c.head...)...)
		at := slices.IndexFunc(blocks, func(b textBlock) bool { return b.text == picture })
		cands, _ := textTitleVectors(news.Page{}, blocks, at+1, len(blocks)-4)
		if got := textTitleText(&blocks[textTitleOverShareBar(blocks, cands, at)]); got != c.want {
			t.Errorf("%s: textTitleOverShareBar gives %q, want %q", c.name, got, c.want)
		}
	}
}

// TestTextTitleOverShareBarPage: through Extract, a post whose header
// runs headline, date, share buttons and a picture's caption over the
// body is given the headline, and the body is the story.
func TestTextTitleOverShareBarPage(t *testing.T) {
	lines := textTitleDatedPage("Six Harbour Walks for a Winter Weekend", "March 5, 2025",
		"Share", "Facebook", "Twitter", "Pinterest", "WhatsApp", "Lighthouse Point at Low Tide")
	checkTextTitlePage(t, lines, "Six Harbour Walks for a Winter Weekend")
}
