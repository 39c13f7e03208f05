package extract

import (
	"strings"
	"testing"
)

func TestDropAppealTail(t *testing.T) {
	para := func(s string) block { return block{text: s} }
	story := strings.Repeat("The council said the wall on Keel Street will be rebuilt next spring. ", 3)
	for _, tc := range []struct {
		name string
		in   []block
		want int
	}{
		{"a fundraising note cuts with what follows", []block{para(story), para(story), para("Since you read to the end, we have a small favor to ask."), para("Every gift is doubled until the new year."), para("Thank you. The editors")}, 2},
		{"a paywall cuts", []block{para(story), para(story), para("Become a paid subscriber to Harbourton Letters to unlock this piece and learn about:"), para("1. The slipway's new ramp")}, 2},
		{"the publisher's mission", []block{para(story), para(story), para("Support our mission to keep the Gazette free for every reader.")}, 2},
		{"paying readers thanked", []block{para(story), para(story), para("Free guides like this one are made possible by paying subscribers of the Gazette.")}, 2},
		{"an appeal as an issue opens stays", []block{para("If a book here catches your eye, please consider supporting the letter!"), para(story), para(story)}, 3},
		{"a story about paid subscriptions stays", []block{para(story), para(story), para("The service has 5 million paid subscribers and wants 50 million.")}, 3},
		{"a pasted log quoting one stays", []block{para(story), para(story), para(story), para(story), para(strings.Repeat("6:51:34 AM: installing packages ", 20) + "Please consider supporting the library on its page.")}, 5},
		{"no appeal, nothing goes", []block{para(story), para(story), para("The trust thanked the crew for their work.")}, 3},
	} {
		if got := dropAppealTail(tc.in); len(got) != tc.want {
			t.Errorf("%s: %d blocks left, want %d", tc.name, len(got), tc.want)
		}
	}
}

// TestHTMLAppealTailDropped: an invented story closed by its newsroom's
// fundraising note loses the note and the editor's signature under it.
func TestHTMLAppealTailDropped(t *testing.T) {
	page := `<html><head><title>Harbour wall to be rebuilt | Harbourton Gazette</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall to be rebuilt"}</script>
</head><body><article>
<h1>Harbour wall to be rebuilt</h1>
` + harbourWallParas + `<p>Since you made it to the bottom of this article, we have a small favor to ask.</p>
<p>We are in the midst of our end-of-year campaign, and every gift you give is doubled through the last day of December.</p>
<p>Thank you. Maren Solberg, editor in chief</p>
</article></body></html>`
	checkHTMLBody(t, "appeal", page,
		[]string{"questions from residents and traders."},
		[]string{"small favor to ask", "end-of-year campaign", "editor in chief"})
}
