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
