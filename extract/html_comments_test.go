package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// commentsPage is an invented story with a readers' thread under it: the
// thread holds over a quarter of the page's text, so that the model does
// not read its name, and under two thirds of the story's words.
const commentsPage = `<html><head><title>Keel Street harbour wall to be rebuilt | Harbourton Gazette</title>
</head><body>
<article class="post">
<h1>Keel Street harbour wall to be rebuilt</h1>
<div class="entry-content">
` + harbourWallParas + `</div>
<section id="comments">
<div class="note"><p class="who">Mary Fisher</p><p>About time too. My father helped repair that wall after the flood and he always said it would not last another hundred years without proper work on it, so I am glad the council has finally found the money to do it properly this time.</p></div>
<div class="note"><p class="who">Tom Baker</p><p>Eight months without the quay will be hard on the cafes along Keel Street, and I hope the council thinks about the summer visitors before it closes everything, because the season is short enough as it is for the businesses here.</p></div>
<div class="note"><p class="who">Ann Lowe</p><p>Will the ferry timetable change while the temporary pier is in use? Nobody at the office on Mill Lane could tell me when I asked them last week, and my mother relies on the early boat to get to her appointments.</p></div>
<div class="note"><p class="who">Sam Reed</p><p>A metre higher sounds sensible after the last two winters, though I will miss sitting on the old wall to watch the boats come in on summer evenings with an ice cream from the kiosk by the slipway.</p></div>
</section>
</article>
</body></html>`

// harbourWallParas are the paragraphs of the invented story that the
// comment-thread and teaser-card pages carry.
const harbourWallParas = `<p>The harbour wall on Keel Street will be rebuilt next spring, the Harbourton council said on Tuesday, after the winter storms opened a crack along its length.</p>
<p>Work is expected to take eight months and to close the quay to traffic, although the ferry to the islands will keep running from the temporary pier by Mill Lane.</p>
<p>Fishermen who moor inside the wall have been offered berths at the marina for the same fee, and the council will pay for moving their boats before the work starts.</p>
<p>The engineer in charge said the new wall would be a metre higher than the old one, which was built in 1887 and last repaired after the flood of 1953.</p>
<p>Residents of the houses facing the quay will be able to see the plans at the library on Mill Lane from next week and to comment on them until the end of the month.</p>
<p>The council expects the cost to be shared with the harbour trust, which owns the slipway and the fish market at the end of Keel Street, and with the county.</p>
<p>Traders at the fish market said they had been told the market would stay open through the works, with a new entrance from the car park behind the lifeboat station.</p>
<p>A public meeting on the plans will be held in the town hall on the first Thursday of next month, when the engineer will answer questions from residents and traders.</p>
`

func TestHTMLCommentThreadDropped(t *testing.T) {
	checkHTMLBody(t, "comments", commentsPage,
		[]string{"eight months", "first Thursday"},                                            // the story
		[]string{"My father helped", "summer visitors", "ferry timetable", "watch the boats"}) // its comments
}

func TestCommentNamed(t *testing.T) {
	for v, want := range map[string]bool{
		"comment":                    true,
		"comments-area":              true,
		"commentlist":                true,
		"comment-949545":             true,
		"md_comments":                true,
		"li-comment-12 depth-1":      true,
		"group/comment":              true,
		"has-comments":               false,
		"no-comments single":         false,
		"commentary":                 false,
		"respond-to-review-comments": false,
		"entry-content":              false,
	} {
		if got := commentNamed(v); got != want {
			t.Errorf("commentNamed(%q) = %v, want %v", v, got, want)
		}
	}
}

// namedBoxOf is boxMemo.of as first written, walking every ancestor of
// each block, for TestBoxMemoFast; what one element names (ownBox) is
// shared, the memo is what the test holds.
func namedBoxOf(n *html.Node) namedBox {
	var box namedBox
	for ; n != nil; n = n.Parent {
		box |= ownBox(n)
	}
	return box
}

// TestBoxMemoFast holds boxMemo.of to namedBoxOf on the invented thread
// and disclaimer pages, a thread nested in a disclaimer, and, when the
// shared data is present, the first wcxb-dev pages, reading the blocks
// first to last and last to first so that the memo fills both ways.
func TestBoxMemoFast(t *testing.T) {
	pages := map[string]string{
		"commentsPage": commentsPage, "disclaimerPage": disclaimerPage,
		"nested": `<div id="disclaimer"><ol class="comment-list"><li class="comment"><p>Harbourton reply</p></li></ol><p>Fine print</p></div><p class="comments">Keel Street</p>`,
	}
	for _, p := range wcxbHTMLPages(t, 60) {
		pages[p.name] = string(p.raw)
	}
	seen := namedBox(0)
	for name, src := range pages {
		page := pageBlocks(t, src)
		forward, backward := boxMemo{}, boxMemo{}
		for i := range page {
			j := len(page) - 1 - i
			if got, want := forward.of(page[i].node), namedBoxOf(page[i].node); got != want {
				t.Errorf("%s, block %d (%.60q): boxMemo.of = %d, namedBoxOf %d", name, i, page[i].text, got, want)
			}
			if got, want := backward.of(page[j].node), namedBoxOf(page[j].node); got != want {
				t.Errorf("%s, block %d read backwards (%.60q): boxMemo.of = %d, namedBoxOf %d", name, j, page[j].text, got, want)
			}
			seen |= namedBoxOf(page[i].node)
		}
	}
	if seen != boxComment|boxDisclaimer || !strings.Contains(pages["nested"], "disclaimer") {
		t.Errorf("the pages name boxes %d, want both kinds", seen)
	}
}
