package extract

import "testing"

// TestReorderedAs: an <h1> in capitals holding the stated title's words
// in another order is titled in its own order with the stated words'
// spelling; one in capitals worded otherwise stays a display line
// (capsDisplay), one in the stated order is respelled as before, and an
// <h1> not in capitals is left as it is.
func TestReorderedAs(t *testing.T) {
	head := `<title>Harbour Walks Winter | Harbourton Gazette</title><meta property="og:title" content="Harbour Walks Winter | Harbourton Gazette"><meta property="og:site_name" content="Harbourton Gazette">`
	checkHeadlines(t, "https://harbourton.example/walks/winter", []headlineCase{
		{"capitals, the stated words reordered", head,
			`<h1>WINTER HARBOUR WALKS</h1><p>The sea wall is open at dawn.</p>`,
			"Harbour Walks Winter", "Winter Harbour Walks"},
		{"capitals, worded otherwise", head,
			`<h1>WALK WITH US</h1><p>The sea wall is open at dawn.</p>`,
			"Harbour Walks Winter", "Harbour Walks Winter"},
		{"capitals, the stated order", head,
			`<h1>HARBOUR WALKS WINTER</h1><p>The sea wall is open at dawn.</p>`,
			"Harbour Walks Winter", "Harbour Walks Winter"},
		{"title case, reordered", head,
			`<h1>Winter Harbour Walks</h1><p>The sea wall is open at dawn.</p>`,
			"Winter Harbour Walks", "Winter Harbour Walks"},
		{"capitals, a word more: a display line", head,
			`<h1>WINTER HARBOUR WALKS GUIDE</h1><p>The sea wall is open at dawn.</p>`,
			"Harbour Walks Winter", "Harbour Walks Winter"},
	})
}

// TestReorderedPage: through Extract, the reordered title is the
// stated words in the <h1>'s order, and the stated headline stays out of
// the body.
func TestReorderedPage(t *testing.T) {
	page := `<html><head><title>Harbour Walks Winter | Harbourton Gazette</title>
<meta property="og:title" content="Harbour Walks Winter | Harbourton Gazette"><meta property="og:site_name" content="Harbourton Gazette"></head><body><article>
<h1>WINTER HARBOUR WALKS</h1>
` + harbourWallParas + `</article></body></html>`
	checkTitledPage(t, "walks", page, "Winter Harbour Walks", "Harbour Walks Winter")
}
