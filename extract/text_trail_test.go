package extract

import (
	"strings"
	"testing"
)

// TestTextLeaveOutTrail checks that a short paragraph the body holds
// under a run of textTrailGap lines that leave it goes, and stays under a
// shorter run or when it is more than textTrailShare of the body.
func TestTextLeaveOutTrail(t *testing.T) {
	const trail = "Order the Harbour Times at the quay kiosk."
	box := []string{"More from the quay", "Tide tables", "Boat sales", "Lighthouse tours", "Weather"}
	for _, tc := range []struct {
		name  string
		paras []string // the article's paragraphs
		gap   int      // lines of the box between them and the trail
		kept  bool     // whether the body holds the trail
	}{
		{"under a box", textFerryParas, textTrailGap, false},
		{"under a shorter run", textFerryParas, textTrailGap - 1, true},
		{"a large part of the body", textFerryParas[:1], textTrailGap, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var blocks []textBlock
			var keep []bool
			add := func(s string, k bool) {
				blocks = append(blocks, textNewBlock(s))
				keep = append(keep, k)
			}
			for _, p := range tc.paras {
				add(p, true)
			}
			for _, s := range box[:tc.gap] {
				add(s, false)
			}
			add(trail, true)
			body, _ := textAssemble(blocks, keep, false)
			if !strings.Contains(body, tc.paras[0]) {
				t.Fatalf("body lost the article: %q", body)
			}
			if got := strings.Contains(body, trail); got != tc.kept {
				t.Errorf("trail kept %v, want %v: %q", got, tc.kept, body)
			}
		})
	}
}
