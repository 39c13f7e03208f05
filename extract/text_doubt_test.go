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
