package extract

import (
	"strings"
	"testing"
)

// TestTextHeadNameLeftOut checks that textLeaveOutHeadName takes the
// page's author's name alone out of the body's first lines, and leaves
// it where a date line that stays stands under it (a forum's first
// post), where the name stands again lower down, where it is past the
// body's first three paragraphs and where the author is one word.
func TestTextHeadNameLeftOut(t *testing.T) {
	const author = "Mara Quist"
	opening := "The harbour board voted on Tuesday to reopen the old ferry slip for the summer season."
	later := "Divers will inspect the new piles before the first crossing in June."
	for _, tc := range []struct {
		name   string
		author string
		lines  []leftOutLine
	}{
		{"over the body", author, []leftOutLine{{author, true}, {opening, false}, {later, false}}},
		{"under the first paragraph", author, []leftOutLine{{opening, false}, {author, true}, {later, false}}},
		{"a post's date under it", author, []leftOutLine{{author, false}, {"28/11/2025 at 7:07 pm", false}, {opening, false}}},
		{"stated again", author, []leftOutLine{{author, false}, {opening, false}, {author, false}}},
		{"past the reach", author, []leftOutLine{{opening, false}, {later, false}, {"The ferry will run hourly.", false}, {author, false}}},
		{"one-word author", "Quist", []leftOutLine{{"Quist", false}, {opening, false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkLeftOutBy(t, tc.lines, func(blocks []textBlock, keep, out []bool) {
				textLeaveOutHeadName(blocks, keep, out, tc.author)
			})
		})
	}
}

// TestTextHeadNameBoxAuthor checks that the body's assembly leaves out
// the writer's name alone over the body when the page's author was read
// from the name over a bio or a later byline (textBlockOdds.boxAuthor),
// which the byline steps give only after the body, and keeps it when no
// author is known.
func TestTextHeadNameBoxAuthor(t *testing.T) {
	const name = "Maren Solberg"
	lines := append([]string{name}, textFerryParas[:5]...)
	for _, tc := range []struct {
		desc      string
		boxAuthor string
		gone      bool
	}{
		{"the box's author", name, true},
		{"no author", "", false},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			blocks := make([]textBlock, len(lines))
			keep := make([]bool, len(lines))
			for i, s := range lines {
				blocks[i], keep[i] = textNewBlock(s), true
			}
			body, _, _ := textAssembleOdds(blocks, keep, false, textBlockOdds{boxAuthor: tc.boxAuthor}, "")
			if !strings.Contains(body, textFerryParas[4]) {
				t.Fatalf("body lost the article: %q", body)
			}
			if got := !strings.HasPrefix(body, name); got != tc.gone {
				t.Errorf("name gone = %v, want %v: %q", got, tc.gone, body)
			}
		})
	}
}
