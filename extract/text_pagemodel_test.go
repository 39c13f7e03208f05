package extract

import (
	"errors"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestTextModelPageWeights checks that the text path reads the page
// model's weights its block model carries (textModel.page), as the 2-fold
// held-out check fits them on one half (TestTextTrees), and
// textPageWeights when it carries none. Weights that read every page as
// surely no article skip a ferry report the shipped ones keep.
func TestTextModelPageWeights(t *testing.T) {
	lines := append([]string{"Harbour Times", "News", "Sport", "Harbourton ferry to run all winter"}, textFerryParas...)
	text := strings.Join(append(lines, "Contact", "Privacy"), "\n\n")
	p := news.Page{ID: "t", Format: news.FormatText, Content: []byte(text)}
	var skipAll [textPageFeatures]float64
	skipAll[0] = 2 * textNotArticleLogit // the bias alone is over the skip bar
	for _, tc := range []struct {
		name string
		page *[textPageFeatures]float64
		skip bool
	}{
		{"shipped weights", nil, false},
		{"weights that skip every page", &skipAll, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := New(DefaultOptions())
			x.text.page = tc.page
			a, err := x.Extract(p)
			var s *news.Skip
			if skipped := errors.As(err, &s) && s.Reason == news.SkipNotArticle; skipped != tc.skip {
				t.Fatalf("skipped as no article %v, want %v (err %v)", skipped, tc.skip, err)
			}
			if !tc.skip && !strings.Contains(a.Body, textFerryParas[0]) {
				t.Fatalf("body lost the report: %q", a.Body)
			}
		})
	}
}
