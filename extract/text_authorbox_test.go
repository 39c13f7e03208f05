package extract

import (
	"strings"
	"testing"
)

func TestTextLeaveOutAuthorBox(t *testing.T) {
	const grew = "grew up on the Keel Street quay and still rows to work on summer mornings."
	long := grew + " " + strings.Repeat("She keeps the log of every boat that puts in at Mill Lane slip. ", 4)
	article := textFerryParas[:5]
	with := func(tail ...string) []string { return append(append([]string{}, article...), tail...) }
	for _, tc := range []struct {
		name   string
		lines  []string
		author string
		gone   bool // the box leaves the body
	}{
		{"a name line and the writer's words", with("Maren Solberg", "Maren "+grew), "Maren Solberg", true},
		{"the first of two authors", with("Maren Solberg", "Maren "+grew), "Maren Solberg and Ivo Brandt", true},
		{"the name, a comma and the bio", with("Maren Solberg, harbour columnist, " + grew), "Maren Solberg", true},
		{"a one-word byline", with("Maren", "Maren "+grew), "Maren", false},
		{"no byline", with("Maren Solberg", "Maren "+grew), "", false},
		{"a longer name", with("Maren Solbergsen " + grew), "Maren Solberg", false},
		{"the name above the body's last part", append([]string{article[0], "Maren Solberg " + grew}, article[1:]...), "Maren Solberg", false},
		{"the name above the body's last part, a short box", with("Maren Solberg "+grew, "The quay opens at six.", "The boats leave at eight.", "The last one is back by ten."), "Maren Solberg", false},
		{"a box of more than the body's share", with("Maren Solberg", "Maren "+long), "Maren Solberg", false},
		{"the name again under the box", with("Maren Solberg", "Maren "+grew, "Maren Solberg"), "Maren Solberg", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			blocks := make([]textBlock, len(tc.lines))
			keep := make([]bool, len(tc.lines))
			for i, s := range tc.lines {
				blocks[i] = textNewBlock(s)
				keep[i] = true
			}
			body, _, _ := textAssembleOdds(blocks, keep, false, textBlockOdds{}, tc.author)
			if !strings.Contains(body, article[4]) {
				t.Fatalf("body lost the article: %q", body)
			}
			if got := !strings.Contains(body, grew); got != tc.gone {
				t.Errorf("box gone = %v, want %v: %q", got, tc.gone, body)
			}
		})
	}
}

// TestTextLeaveOutAuthorBoxBoxAuthor: with no byline, the name over a
// bio (textBlockOdds.boxAuthor) opens the box, unless it stands again
// under the box as a credit under each entry (0402 thequietus.com).
func TestTextLeaveOutAuthorBoxBoxAuthor(t *testing.T) {
	const bio = "Maren Solberg lives on the Keel Street quay, where she writes and edits for fun and money."
	article := textFerryParas[:5]
	for _, tc := range []struct {
		name  string
		tail  []string
		byBox string // textBlockOdds.boxAuthor
		gone  bool   // the bio leaves the body
	}{
		{"the name over a bio", []string{"Maren Solberg", bio}, "Maren Solberg", true},
		{"no name", []string{"Maren Solberg", bio}, "", false},
		{"the name again under the bio", []string{"Maren Solberg", bio, "Maren Solberg"}, "Maren Solberg", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := append(append([]string{}, article...), tc.tail...)
			blocks := make([]textBlock, len(lines))
			keep := make([]bool, len(lines))
			for i, s := range lines {
				blocks[i] = textNewBlock(s)
				keep[i] = true
			}
			body, _, _ := textAssembleOdds(blocks, keep, false, textBlockOdds{boxAuthor: tc.byBox}, "")
			if !strings.Contains(body, article[4]) {
				t.Fatalf("body lost the article: %q", body)
			}
			if got := !strings.Contains(body, bio); got != tc.gone {
				t.Errorf("bio gone = %v, want %v: %q", got, tc.gone, body)
			}
		})
	}
}

// TestTextLeaveOutAuthorBoxNameLeftOut: the box opens under the writer's
// name when the body left the name line out and kept the bio under it
// (4064 uk.pcmag.com: "Zackery Cuevas" and "Writer, Hardware" dropped,
// "I'm a PCMag reviewer …" kept); not under a bio's sentence left out
// (4078 seriouseats.com), a line that does not open with the name, a
// name above the body's last part or before the body, or a box over the
// body's share.
func TestTextLeaveOutAuthorBoxNameLeftOut(t *testing.T) {
	const bio = "I'm a harbour reviewer focused on ferries, quays and tide tables, and I have been writing about boats for ten years."
	article := textFerryParas[:5]
	body := func(lines ...dekLine) []dekLine {
		var ls []dekLine
		for _, p := range article {
			ls = append(ls, dekLine{text: p, kept: true})
		}
		return append(ls, lines...)
	}
	step := func(blocks []textBlock, keep, out []bool) {
		textLeaveOutAuthorBox(blocks, keep, out, "Maren Solberg")
	}
	for _, tc := range []struct {
		name  string
		lines []dekLine
	}{
		{"the name left out over the bio", body(dekLine{text: "Maren Solberg"}, dekLine{text: bio, kept: true, out: true})},
		{"the name and the job left out", body(dekLine{text: "About Our Expert"}, dekLine{text: "Maren Solberg"},
			dekLine{text: "Writer, Harbours"}, dekLine{text: bio, kept: true, out: true}, dekLine{text: "The Boats I Use", kept: true, out: true})},
		{"the name and a studio's words", body(dekLine{text: "Maren Solberg Harbour Photo Studio"}, dekLine{text: bio, kept: true, out: true})},
		{"six words after the name", body(dekLine{text: "Maren Solberg Harbour Photo Studio Ltd"}, dekLine{text: bio, kept: true})},
		{"a bio's sentence left out", body(dekLine{text: "Maren Solberg is a harbour reviewer at the Gazette."}, dekLine{text: bio, kept: true})},
		{"another name left out", body(dekLine{text: "Ivo Brandt"}, dekLine{text: bio, kept: true})},
		{"the name left out over the body's last part", append([]dekLine{{text: article[0], kept: true}, {text: "Maren Solberg"}, {text: bio, kept: true}},
			body()[1:]...)},
		{"the name left out above the body's last part, short lines closing it", append([]dekLine{{text: article[0], kept: true}, {text: "Maren Solberg"}},
			body(dekLine{text: "The quay opens at six.", kept: true}, dekLine{text: "The boats leave at eight.", kept: true},
				dekLine{text: "The last one is back by ten.", kept: true}, dekLine{text: "Tickets are sold at the window.", kept: true})[1:]...)},
		{"the name left out before the body", append([]dekLine{{text: "Maren Solberg"}}, body(dekLine{text: bio, kept: true})...)},
		{"a box over the body's share", body(dekLine{text: "Maren Solberg"}, dekLine{text: bio, kept: true}, dekLine{text: strings.Repeat(bio+" ", 3), kept: true})},
	} {
		t.Run(tc.name, func(t *testing.T) { checkLinesLeftOut(t, tc.lines, step) })
	}
}

// TestTextAuthorBoxNameLeftOutWCXB reads two wcxb-dev flat articles whose
// writer's box stayed under a name line the body left out: the bio goes,
// the article's last sentence stays.
func TestTextAuthorBoxNameLeftOutWCXB(t *testing.T) {
	checkFlatBodyEnds(t, []flatBodyEnd{
		{"4064", "https://uk.pcmag.com/computer-mice/127428/the-best-ergonomic-mice",
			"And don't miss our guide to setting up a complete ergonomic home office.", "I’m a PCMag reviewer"},
		{"0385", "https://www.digit.in/features/general/llm-worse-than-babies-yann-lecun-godfather-of-ai-explains-why.html",
			"a grounded understanding that emerges from experience, not text alone.", "Executive Editor at Digit."},
	})
}
