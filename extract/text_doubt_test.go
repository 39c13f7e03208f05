package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestTextExtractDropsDoubted checks that a promotion under the article,
// a sentence inside the body span that the block model rejects, leaves
// the body of a web page, and stays in a text that ends with it.
func TestTextExtractDropsDoubted(t *testing.T) {
	promo := "Ready to make your move? Contact our friendly team today and let us help you find your dream home in Harbourton."
	var lines []string
	lines = append(lines, "Harbour Times", "Home", "News", "Sport", "Quay reopens after winter repairs")
	for _, topic := range []string{"boat counts", "mooring fees", "winter storms", "fish prices", "new quay plans"} {
		lines = append(lines, "The harbour board said the "+topic+" changed a great deal this year, and crews who work the quay every morning told us they had noticed it long before the figures came out.")
	}
	lines = append(lines, promo)
	footer := []string{"About", "Contact", "Careers", "Advertise", "Privacy", "Terms"}
	tests := []struct {
		name  string
		lines []string
		stays bool
	}{
		{"a web page", append(lines[:len(lines):len(lines)], footer...), false},
		{"a text that ends with it", lines, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := news.Page{ID: "t", Format: news.FormatText, Content: []byte(strings.Join(tt.lines, "\n\n"))}
			a, err := New(DefaultOptions()).Extract(p)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Body, "fish prices") {
				t.Fatalf("body lost the article: %q", a.Body)
			}
			if got := strings.Contains(a.Body, promo); got != tt.stays {
				t.Errorf("promotion kept %v, want %v: %q", got, tt.stays, a.Body)
			}
		})
	}
}

// TestTextDropDoubted checks textDropDoubted's guards with a model that
// rejects every sentence addressing the reader.
func TestTextDropDoubted(t *testing.T) {
	var w [textNumFeatures]float64
	w[0], w[30] = 1, -10 // keep, unless the block says "you"
	m := textModel{weights: &w}
	prose := "The harbour board said the quay on Keel Street would reopen on Monday after the winter repairs were finished."
	promo := "Contact our team today and we will help you find your new home in Harbourton."
	footer := []string{"About", "Contact", "Careers", "Advertise", "Privacy"}
	long := []string{prose, prose, prose, prose, prose, promo}
	tests := []struct {
		name       string
		body       []string
		footer     bool
		spanLast   int // the span's end, in body lines
		promoStays bool
	}{
		{"a web page", long, true, 6, false},
		{"no footer", long, false, 6, true},
		{"a short body", []string{prose, promo}, true, 2, true},
		{"outside the span", long, true, 5, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, keep := textKeptBody(tt.body, footer, tt.footer)
			textDropDoubted(blocks, 0, tt.spanLast, keep, m)
			at := len(tt.body) - 1
			if keep[at] != tt.promoStays {
				t.Errorf("promotion kept %v, want %v", keep[at], tt.promoStays)
			}
			for i := range at {
				if !keep[i] {
					t.Errorf("block %d, prose, dropped", i)
				}
			}
		})
	}
}

// TestTextDoubtGate checks that a page the page model reads as no article
// (though not surely enough to skip it) keeps the lines the block model
// doubts, and an article's page does not. The model gives every block
// log-odds of −0.1: under textKeepLogit, over it less textDoubtSlack.
func TestTextDoubtGate(t *testing.T) {
	x := textDoubtingExtractor()
	items := textShopItems
	page := func(lists int) []string {
		lines := []string{"Harbour Woodworks", "Shop", "About"}
		lines = append(lines, textFerryParas[:2]...)
		lines = append(lines, "The quay at dawn")
		for range lists {
			lines = append(lines, items...)
		}
		return append(lines, "Contact", "Privacy")
	}
	for _, tc := range []struct {
		name  string
		lists int
		kept  string // a doubted line the body must hold, or "" for none
	}{
		{"an article", 0, ""},
		{"a shop's page", 3, "Pine bench for the hall"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := strings.Join(page(tc.lists), "\n\n")
			tp := x.textAnalyse(news.Page{}, text, new(textScratch))
			z, _ := textCheckArticle(tp.blocks, textClassify(tp.blocks, tp.first, tp.last, x.text), false, x.text.pageWeights())
			if tc.kept != "" && (z <= textDoubtLogit || z > textNotArticleLogit) {
				t.Fatalf("page model log-odds %.2f, want them between %v and %v", z, textDoubtLogit, textNotArticleLogit)
			}
			a, err := x.Extract(news.Page{ID: "t", Format: news.FormatText, Content: []byte(text)})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Body, textFerryParas[1]) {
				t.Fatalf("body lost the prose: %q", a.Body)
			}
			if tc.kept == "" {
				if strings.Contains(a.Body, "The quay at dawn") {
					t.Errorf("an article's body kept a doubted line: %q", a.Body)
				}
				return
			}
			if !strings.Contains(a.Body, tc.kept) {
				t.Errorf("body lost %q: %q", tc.kept, a.Body)
			}
		})
	}
}

// textDoubtingExtractor is an extractor whose block model gives every
// block log-odds of −0.1: dropped on an article's page, kept on a page
// the page model doubts (textDoubtSlack).
func textDoubtingExtractor() *Extractor {
	var w [textNumFeatures]float64
	w[0] = -0.1
	x := New(DefaultOptions())
	x.text = textModel{weights: &w}
	return x
}

// textShopItems are a shop's product lines, which make the page model
// doubt a page is an article.
var textShopItems = []string{"Oak shelf, two metres", "$45.00", "Add to cart", "Pine bench for the hall", "$120.00", "Add to cart", "Walnut stool", "$60.00", "Add to cart"}
