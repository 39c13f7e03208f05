package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestTextSureGate checks that a page the page model surely reads as an
// article leaves out the lines the block model keeps only just, and a
// page it doubts more keeps them. The model gives every block log-odds of
// +0.1: over textKeepLogit, under it plus textSureRaise.
func TestTextSureGate(t *testing.T) {
	var w [textNumFeatures]float64
	w[0] = 0.1
	x := New(DefaultOptions())
	x.text = textModel{weights: &w}
	const label = "Winter timetable from Monday"
	more := []string{
		"At the boatyards on the far shore, the foreman said his crews had waited years for a crossing they could rely on in January, when the coast road floods at the bridge and the drive can take an hour.",
		"The old ticket office on Mill Lane, shut since the summer, will open again as a shelter for cyclists, who may take their bicycles on board at no charge on every crossing of the day.",
		"The harbour master said the reserve boat would be painted and checked over in the first week of December, and that a notice would go up on the quay whenever it took over from the first.",
	}
	page := func(paras int) []string {
		lines := []string{"Harbour Times", "News", "Sport", "Advertisement", "Harbourton ferry to run all winter"}
		lines = append(lines, textFerryParas...)
		lines = append(lines, more[:paras]...)
		return append(lines, label, "Contact", "Privacy")
	}
	for _, tc := range []struct {
		name  string
		lines []string
		kept  bool // whether the body holds the label
	}{
		{"an article", page(3), false},
		{"a shorter page", page(0), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := strings.Join(tc.lines, "\n\n")
			p := news.Page{ID: "t", Format: news.FormatText, Content: []byte(text)}
			tp := x.textAnalyse(p, text, new(textScratch))
			meta := textFindMeta(p, tp.blocks, tp.first, tp.last, tp.head, tp.clean, nil)
			z, _ := textCheckArticle(tp.blocks, textClassify(tp.blocks, tp.first, tp.last, x.text), meta.titleAt >= 0, x.text.pageWeights())
			t.Logf("page model log-odds %.2f", z)
			if sure := z < textSureLogit; sure == tc.kept {
				t.Fatalf("page model log-odds %.2f: sure %v, want %v", z, sure, !tc.kept)
			}
			a, err := x.Extract(p)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Body, textFerryParas[1]) {
				t.Fatalf("body lost the prose: %q", a.Body)
			}
			if got := strings.Contains(a.Body, label); got != tc.kept {
				t.Errorf("label kept %v, want %v: %q", got, tc.kept, a.Body)
			}
		})
	}
}
