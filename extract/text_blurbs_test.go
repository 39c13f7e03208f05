package extract

import (
	"strings"
	"testing"
)

// TestTextLeaveOutCutBlurbs: teasers' cut blurbs under the article go, two
// or more of them in the body's last paragraphs; one alone, one above the
// tail, blurbs that make much of the body and short cut lines stay.
func TestTextLeaveOutCutBlurbs(t *testing.T) {
	const blurbA = "Every winter the harbour board promises itself that this year the quay will…"
	const blurbB = "When Maren Solberg signed up to crew the ferry, she did not imagine [...]"
	const blurbC = "The boatyards on Mill Lane have taken on apprentices again after a decade..."
	const shortA = "and then the tide turned…"
	const shortB = "the crossing was closed..."
	article := append(append([]string{}, textFerryParas...), textFerryParas...) // ten paragraphs
	long := strings.Repeat("The crossing from the quay to the boatyards takes a quarter of an hour. ", 6) + "And then…"
	for _, tc := range []struct {
		name  string
		lines []string
		gone  []string
		stays []string
	}{
		{"two under the article", append(append([]string{}, article...), blurbA, blurbB), []string{blurbA, blurbB}, nil},
		{"three under the article", append(append([]string{}, article...), blurbA, blurbB, blurbC), []string{blurbA, blurbB, blurbC}, nil},
		{"one alone", append(append([]string{}, article...), blurbA), nil, []string{blurbA}},
		{"one above the tail", append(append(append([]string{}, article[:2]...), blurbC), append(append([]string{}, article[2:]...), blurbA, blurbB)...), nil, []string{blurbA, blurbB, blurbC}},
		{"much of the body", append(append([]string{}, textFerryParas[:3]...), long, long+" Again…"), nil, []string{long}},
		{"short cut lines", append(append([]string{}, article...), shortA, shortB), nil, []string{shortA, shortB}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := textAssembleAllKept(tc.lines)
			if !strings.Contains(body, textFerryParas[0]) {
				t.Fatalf("body lost the article: %q", body)
			}
			for _, s := range tc.gone {
				if strings.Contains(body, s) {
					t.Errorf("body holds %q", s)
				}
			}
			for _, s := range tc.stays {
				if !strings.Contains(body, s) {
					t.Errorf("body lost %q", s)
				}
			}
		})
	}
}
