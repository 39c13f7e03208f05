package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestTextLeaveOutIslands checks that a short line the block model keeps
// alone among lines it drops leaves the body, and stays with a kept line
// beside it or in a body without a paragraph. The model drops every
// block but those of figures.
func TestTextLeaveOutIslands(t *testing.T) {
	var w [textNumFeatures]float64
	w[0], w[22], w[27] = -1, 5, 5 // drop, unless the block is mostly figures or ends with a colon
	x := New(DefaultOptions())
	x.text = textModel{weights: &w}
	const island = "12.5%"
	page := func(cells ...string) string {
		lines := []string{"Harbour Times", "News", "Sport", "Advertisement", "Harbourton ferry to run all winter"}
		lines = append(lines, textFerryParas[:2]...)
		lines = append(lines, cells...)
		lines = append(lines, textFerryParas[2:]...)
		return strings.Join(append(lines, "Contact", "Privacy"), "\n\n")
	}
	for _, tc := range []struct {
		name string
		text string
		kept bool // whether the body holds the island
	}{
		{"alone among dropped lines", page("Fare rise", island, "Winter service"), false},
		{"beside a kept figure", page("Fare rise", island, "£3.40", "Winter service"), true},
		{"a lead-in alone", page("Fare rise", "Rise in 2027:", "Winter service"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := x.Extract(news.Page{ID: "t", Format: news.FormatText, Content: []byte(tc.text)})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Body, textFerryParas[3]) {
				t.Fatalf("body lost the prose: %q", a.Body)
			}
			if got := strings.Contains(a.Body, island) || strings.Contains(a.Body, "Rise in 2027:"); got != tc.kept {
				t.Errorf("island kept %v, want %v: %q", got, tc.kept, a.Body)
			}
		})
	}
	t.Run("no paragraph", func(t *testing.T) {
		blocks := []textBlock{textNewBlock("Fare rise"), textNewBlock(island), textNewBlock("Winter service")}
		keep, out := []bool{false, true, false}, make([]bool, 3)
		textLeaveOutIslands(blocks, keep, out)
		if out[1] {
			t.Error("a body of short lines lost its line")
		}
	})
}
