package extract

import "testing"

// TestTextTitleDatedHeadAbove: with the URL, the one candidate a few
// blocks over an undated line taken that has its date line right under it
// names the page (0386's shape). Without the URL, a date near the line
// taken or in it, a second dated candidate (a listing's teasers), a
// headline too far over, too far under the line taken's score or under
// its bar, a sentence, two words, a lower-case opening and the line
// taken's own text leave the line taken.
func TestTextTitleDatedHeadAbove(t *testing.T) {
	const (
		head  = "Corti introduces GIM: a method for understanding model behaviour"
		taken = "GIM: Improved Interpretability for Large Language Models"
		url   = "https://www.corti.example/stories/gim-a-new-standard"
	)
	type page struct {
		url      string
		head     string
		far      int     // blocks between the headline's date and the line taken
		score    float64 // the headline's log-odds
		taken    float64 // the line taken's
		nearDate bool    // a date line two blocks over the line taken
		ownDate  bool    // the line taken states a date
		second   bool    // a second dated candidate over the line taken
		undated  bool    // no date line under the headline
	}
	base := page{url: url, head: head, far: 5, score: 0, taken: 1}
	for _, c := range []struct {
		name  string
		edit  func(p *page)
		moves bool
	}{
		{"the dated headline over the line taken", func(p *page) {}, true},
		{"without the URL", func(p *page) { p.url = "" }, false},
		{"a date near the line taken", func(p *page) { p.nearDate = true }, false},
		{"a date in the line taken", func(p *page) { p.ownDate = true }, false},
		{"an undated headline", func(p *page) { p.undated = true }, false},
		{"two dated candidates", func(p *page) { p.second = true }, false},
		{"the headline at the reach", func(p *page) { p.far = textDatedHeadReach - 2 }, true},
		{"the headline past the reach", func(p *page) { p.far = textDatedHeadReach - 1 }, false},
		{"inside the gap", func(p *page) { p.score = 1 - textDatedHeadGap + 0.01 }, true},
		{"at the gap", func(p *page) { p.score = 1 - textDatedHeadGap }, false},
		{"under its bar", func(p *page) { p.taken, p.score = textTitleMinLogitAbove+0.5, textTitleMinLogitAbove-0.1 }, false},
		{"at its bar", func(p *page) { p.taken, p.score = textTitleMinLogitAbove+0.5, textTitleMinLogitAbove }, true},
		{"a sentence", func(p *page) { p.head = "Corti introduces a new method for models." }, false},
		{"two words", func(p *page) { p.head = "Corti Research" }, false},
		{"a lower-case opening", func(p *page) { p.head = "corti introduces GIM for model behaviour" }, false},
		{"the line taken's own text", func(p *page) { p.head = taken }, false},
	} {
		p := base
		c.edit(&p)
		lines := []string{"Stories"}
		var cands []int
		var vecs [][textTitleFeatures]float64
		if p.second {
			cands, vecs = append(cands, len(lines)), append(vecs, [textTitleFeatures]float64{-1})
			lines = append(lines, "Corti opens a new office in Copenhagen", "Nov 3, 2025")
		}
		headAt := len(lines)
		cands, vecs = append(cands, headAt), append(vecs, [textTitleFeatures]float64{p.score})
		lines = append(lines, p.head, "Dec 18, 2025")
		if p.undated {
			lines[len(lines)-1] = "Product"
		}
		for range p.far {
			lines = append(lines, "Research")
		}
		if p.nearDate {
			lines[len(lines)-2] = "Jan 5, 2026"
		}
		at := len(lines)
		line := taken
		if p.ownDate {
			line = taken + ", the research team's summary of the benchmark, Dec 18, 2025"
		}
		cands, vecs = append(cands, at), append(vecs, [textTitleFeatures]float64{p.taken})
		lines = append(lines, line, "Resources")
		first := len(lines)
		lines = append(lines, "Today, we report a significant advance in circuit discovery for neural networks, and we explain what it means for the models our customers run.")
		var w [textTitleFeatures]float64
		w[0] = 1
		want := at
		if c.moves {
			want = headAt
		}
		got := textTitleDatedHeadAbove(&textTitleCandidates{blocks: textNewBlocks(lines...), cands: cands, vecs: vecs, first: first, url: p.url, w: &w}, at)
		if got != want {
			t.Errorf("%s: textTitleDatedHeadAbove gives block %d, want %d", c.name, got, want)
		}
	}
}
