package extract

import (
	"strings"
	"testing"
)

// TestTextLeaveOutTrail checks that a short paragraph the body holds
// under a run of textTrailGap lines that leave it goes, and stays under a
// shorter run or when it is more than textTrailShare of the body. The
// group is two lines, so that textLeaveOutLastLine, which takes a short
// last line under any line that leaves the body, does not decide it.
func TestTextLeaveOutTrail(t *testing.T) {
	const trail, hours = "Order the Times at the kiosk.", "Open daily from six."
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
			add(hours, true)
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

// TestTextLeaveOutLastLine checks that a short last line set apart from
// the body by a line that leaves it goes, and that a last line running
// on from the paragraph above, a longer one and a line above the body's
// end stay.
func TestTextLeaveOutLastLine(t *testing.T) {
	const pitch = "Want the Harbour Times in your inbox every morning?"
	const button = "Sign up"
	long := "The harbour master has asked travellers to send their views on the winter timetable to the office on Keel Street."
	para := textFerryParas[0]
	for _, tc := range []struct {
		name  string
		lines []string
		kept  []bool
		gone  string // the line the body must not hold, if any
		stays string // the line the body must hold, if any
	}{
		{"under a dropped button", []string{para, para, button, pitch}, []bool{true, true, false, true}, pitch, ""},
		{"running on from the paragraph", []string{para, para, pitch}, []bool{true, true, true}, "", pitch},
		{"longer than a box's line", []string{para, para, button, long}, []bool{true, true, false, true}, "", long},
		{"not the last line", []string{para, button, pitch, para}, []bool{true, false, true, true}, "", pitch},
	} {
		t.Run(tc.name, func(t *testing.T) {
			blocks := textNewBlocks(tc.lines...)
			body, _ := textAssemble(blocks, tc.kept, false)
			if !strings.Contains(body, para) {
				t.Fatalf("body lost the article: %q", body)
			}
			if tc.gone != "" && strings.Contains(body, tc.gone) {
				t.Errorf("body holds %q: %q", tc.gone, body)
			}
			if tc.stays != "" && !strings.Contains(body, tc.stays) {
				t.Errorf("body lost %q: %q", tc.stays, body)
			}
		})
	}
}
