package extract

import (
	"strings"
	"testing"
)

// TestTextLeaveOutCutBlurbs: teasers' cut blurbs under the article go, two
// or more of them in the body's last paragraphs, with the teasers' titles
// right above them; one alone, one above the tail, blurbs that make much
// of the body and short cut lines stay, and so do date lines and sentences
// above the blurbs.
func TestTextLeaveOutCutBlurbs(t *testing.T) {
	const blurbA = "Every winter the harbour board promises itself that this year the quay will…"
	const blurbB = "When Maren Solberg signed up to crew the ferry, she did not imagine [...]"
	const blurbC = "The boatyards on Mill Lane have taken on apprentices again after a decade..."
	const shortA = "and then the tide turned…"
	const shortB = "the crossing was closed..."
	const titleA = "Ten Winters on the Keel Street Quay"
	const titleB = "Crewing the Harbour Ferry: A First Season"
	const sentence = "The quay reopened to foot passengers in May."
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
		{"titles over them", append(append([]string{}, article...), titleA, blurbA, titleB, blurbB), []string{titleA, titleB, blurbA, blurbB}, nil},
		{"dates and sentences over them", append(append([]string{}, article...), "March 3, 2025", blurbA, "March 9, 2025", blurbB, sentence, blurbC),
			[]string{blurbA, blurbB, blurbC}, []string{"March 3, 2025", "March 9, 2025", sentence}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := textAssembleAllKept(tc.lines)
			if !strings.Contains(body, textFerryParas[0]) {
				t.Fatalf("body lost the article: %q", body)
			}
			textCheckGoneStays(t, body, tc.gone, tc.stays)
		})
	}
}

// TestTextLeaveOutMenuHead: a site's menu of labels and blurbs that opens
// the body goes under a site's header; three pairs, a menu that is much
// of the body, one with a paragraph of the article inside and one that
// opens a text with no header stay.
func TestTextLeaveOutMenuHead(t *testing.T) {
	header := []string{"Harbourton Marine", "Home", "Services", "About", "Contact"}
	pairs := []string{
		"Hull Repairs", "Our yard on Mill Lane patches and seals timber and steel hulls of every size.",
		"Engine Servicing", "Keep your boat's engine running through the winter with a yearly check.",
		"Sail Making", "Sails cut and stitched by hand in the loft above the Keel Street quay.",
		"Mooring Hire", "Rent a berth in the inner harbour by the week, the month or the year.",
	}
	article := append(append([]string{}, textFerryParas...), textFerryParas...)
	cat := func(parts ...[]string) []string {
		var out []string
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	assemble := func(above int, lines []string) string {
		blocks := make([]textBlock, len(lines))
		kept := make([]bool, len(lines))
		for i, s := range lines {
			blocks[i] = textNewBlock(s)
			kept[i] = i >= above
		}
		body, _ := textAssemble(blocks, kept, false)
		return body
	}
	long := cat(pairs, pairs[2:], pairs[:2])
	for _, tc := range []struct {
		name  string
		above int
		lines []string
		gone  []string
		stays []string
	}{
		{"four pairs under a header", len(header), cat(header, pairs, article), []string{pairs[0], pairs[1], pairs[7]}, nil},
		{"four pairs, a short line between", len(header), cat(header, pairs[:4], []string{"Browse All Services", "Our Yard"}, pairs[4:], article), []string{pairs[1], pairs[7]}, nil},
		{"three pairs", len(header), cat(header, pairs[:6], article), nil, []string{pairs[0], pairs[1], pairs[5]}},
		{"no header", 0, cat(pairs, article), nil, []string{pairs[0], pairs[1]}},
		{"much of the body", len(header), cat(header, long, long, textFerryParas[:2]), nil, []string{pairs[1]}},
		{"the article inside", len(header), cat(header, pairs[:4], []string{textFerryParas[0] + " " + textFerryParas[1]}, pairs[4:], article, article), nil, []string{pairs[1], pairs[7]}},
		{"many lines between", len(header), cat(header, pairs[:4], []string{"Our Yard", "Our Loft", "Our Quay", "Our Boats"}, pairs[4:], article), nil, []string{pairs[1], pairs[7]}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := assemble(tc.above, tc.lines)
			if !strings.Contains(body, textFerryParas[0]) {
				t.Fatalf("body lost the article: %q", body)
			}
			textCheckGoneStays(t, body, tc.gone, tc.stays)
		})
	}
}

// textCheckGoneStays fails t when body holds a line of gone or lacks one
// of stays.
func textCheckGoneStays(t *testing.T, body string, gone, stays []string) {
	t.Helper()
	for _, s := range gone {
		if strings.Contains(body, s) {
			t.Errorf("body holds %q", s)
		}
	}
	for _, s := range stays {
		if !strings.Contains(body, s) {
			t.Errorf("body lost %q", s)
		}
	}
}
