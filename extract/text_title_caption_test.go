package extract

import (
	"slices"
	"testing"
)

// TestTextTitleRefusesSwitchedCaption holds a caption closed by its
// show/hide switch out of the title candidates (textNeverTitle), as an
// npr story sets one between its byline and its first paragraph (4560):
// the headline over it stays a candidate, and a headline that speaks of
// captions without ending on the switch stays one too.
func TestTextTitleRefusesSwitchedCaption(t *testing.T) {
	const (
		head    = "Daily walks may ease worry as well as a popular drug, study finds"
		caption = "A new study shows a walking program works as well as the popular drug. Mara Quist/Harbour Weekly hide caption"
		speaks  = "How to hide a caption on your harbour photos"
		body    = "A new study shows that a daily walk eases worry as well as the popular drug does, in a trial of two hundred adults."
	)
	blocks := textNewBlocks("Home", head, "By", "April Roe", caption, speaks, body, body)
	c := newTextTitleContext(blocks, 6)
	got := c.candidates()
	if slices.Contains(got, 4) {
		t.Errorf("the caption closed by its switch is a title candidate: %v", got)
	}
	if !slices.Contains(got, 1) || !slices.Contains(got, 5) {
		t.Errorf("the headline (1) and the line speaking of captions (5) are no candidates: %v", got)
	}
}
