package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestTextKeepDoubtedSentences checks which blocks a doubted page's
// sentence step brings back, with a model that gives every block
// log-odds of −0.5 (under the doubt gate's bar of −0.2, over the step's
// −1) and a block saying "we" −5.5.
func TestTextKeepDoubtedSentences(t *testing.T) {
	var w [textNumFeatures]float64
	w[0], w[31] = -0.5, -5
	m := textModel{weights: &w}
	note := "Each shelf is cut from oak felled in the woods above Harbourton and oiled by hand in the workshop on Mill Lane."
	twice := "Every piece is made to order in the Keel Street workshop and leaves it wrapped in wool and brown paper."
	boxed := "Maren Solberg turned her first bowl at the age of twelve and has worked the lathe on Mill Lane ever since."
	lines := []struct {
		text       string
		kept, want bool
	}{
		{"Harbour Woodworks", false, false},
		{"Oak shelf, two metres", true, true},
		{note, false, true},                   // a long sentence between kept lines: back
		{"$45.00", true, true},                //
		{"The shelf is oiled.", false, false}, // too short
		{"Oak and walnut and ash and pine and elm and beech and birch and cherry from the Harbourton woods", false, false}, // no sentence's end
		{"We ship across the county and we can deliver to your door on a day that suits you.", false, false},               // under the step's bar
		{twice, false, false}, // stated twice
		{"Pine bench for the hall", true, true},
		{twice, false, false},
		{boxed, false, false}, // a teaser of the box of links inside the span
		{"Walnut stool", true, true},
		{"Visitors are welcome at the workshop on Saturdays from nine until four in the afternoon.", false, false}, // under the last kept line
	}
	const box = 10
	var text []string
	keep := make([]bool, len(lines))
	for i, l := range lines {
		text = append(text, l.text)
		keep[i] = l.kept
	}
	blocks := textSplitBlocks(strings.Join(text, "\n\n"))
	if len(blocks) != len(lines) {
		t.Fatalf("%d blocks, want %d", len(blocks), len(lines))
	}
	c := newTextContext(blocks, 0, len(blocks))
	textKeepDoubtedSentences(c, keep, m, box, box+1)
	for i, l := range lines {
		if keep[i] != l.want {
			t.Errorf("block %d %q kept %v, want %v", i, l.text, keep[i], l.want)
		}
	}
}

// TestTextDoubtedPageKeepsSentences checks, through Extract, that a long
// sentence the block model drops between a shop's items stays in the
// body of a page the page model doubts. The model gives sentences
// log-odds of −0.5, other lines −0.1 (kept on the doubted page, as in
// TestTextDoubtGate).
func TestTextDoubtedPageKeepsSentences(t *testing.T) {
	var w [textNumFeatures]float64
	w[0], w[3] = -0.1, -0.4
	x := New(DefaultOptions())
	x.text = textModel{weights: &w}
	note := "Each piece is cut from oak felled in the woods above Harbourton and oiled by hand in the workshop on Mill Lane"
	lines := []string{"Harbour Woodworks", "Shop", "About"}
	lines = append(lines, textFerryParas[:2]...)
	for range 3 {
		lines = append(lines, textShopItems...)
	}
	lines = append(lines, note+".")
	lines = append(lines, textShopItems...)
	text := strings.Join(append(lines, "Contact", "Privacy"), "\n\n")
	a := textExtractDoubted(t, x, text)
	if !strings.Contains(a.Body, note) || !strings.Contains(a.Body, "Walnut stool") {
		t.Errorf("body lost the sentence or the items: %q", a.Body)
	}
}

// textExtractDoubted extracts text with x after checking that the page
// model doubts it is an article, though not enough to skip it.
func textExtractDoubted(t *testing.T, x *Extractor, text string) news.Article {
	t.Helper()
	tp := x.textAnalyse(news.Page{}, text, new(textScratch))
	z, _ := textCheckArticle(tp.blocks, textClassify(tp.blocks, tp.first, tp.last, x.text), false, x.text.pageWeights())
	if z <= textDoubtLogit || z > textNotArticleLogit {
		t.Fatalf("page model log-odds %.2f, want them between %v and %v", z, textDoubtLogit, textNotArticleLogit)
	}
	a, err := x.Extract(news.Page{ID: "t", Format: news.FormatText, Content: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	return a
}
