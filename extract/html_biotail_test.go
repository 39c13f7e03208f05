package extract

import (
	"strings"
	"testing"
)

// bioTailStory is an invented story of five paragraphs, long enough that
// a bio box under it is well under bioTailMaxShare of the body.
var bioTailStory = []string{
	"The harbour board voted on Tuesday to keep the Keel Street ferry running through the winter, reversing a plan to stop the service from December to March.",
	"Ferry users had filled two public meetings in October, and more than four hundred letters reached the board before the vote, most of them from people who cross to work.",
	"The board's chair said the winter timetable would run every forty minutes instead of every twenty, and that the cost would be met from the harbour's reserve fund.",
	"Shop owners on the quay said the decision would save the quiet months for them; several had feared that the winter closure would empty the waterfront for good.",
	"The board will review the timetable in April, when the spring service begins, and has asked the operator for weekly figures on how many passengers travel.",
}

func storyWith(extra ...block) []block {
	var bs []block
	for _, p := range bioTailStory {
		bs = append(bs, block{text: p})
	}
	return append(bs, extra...)
}

func TestCutAtBio(t *testing.T) {
	bio := block{text: "Mira Tolland is a harbour reporter at the Harbourton Ledger. She has covered the quay and its ferries for nine years."}
	more := block{text: "When she is not on the quay, Mira sails a dinghy."}
	notice := block{text: "All loans are made by Harbour Savings Bank, member of the deposit scheme."}
	tests := []struct {
		name string
		in   []block
		want int // blocks left
	}{
		{"a bio followed by more about the writer goes, with what follows", storyWith(bio, more), len(bioTailStory)},
		{"a bio followed by a lender's notice goes", storyWith(bio, notice), len(bioTailStory)},
		{"a bio opening with a bracket goes", storyWith(block{text: "(" + bio.text + ")"}), len(bioTailStory)},
		{"a bio as a list item stays", storyWith(block{text: bio.text, item: true}, more), len(bioTailStory) + 2},
		{"a single name opening the paragraph stays", storyWith(block{text: "Tolland is a harbour reporter at the Ledger. She has covered the quay for years."}), len(bioTailStory) + 1},
		{"a paragraph with no trade stays", storyWith(block{text: "Mira Tolland is a regular on the ferry. She crosses twice a day."}), len(bioTailStory) + 1},
		{"a bio followed by too much stays", storyWith(bio, block{text: strings.Repeat(more.text+" ", 8)}), len(bioTailStory) + 2},
		{"a bio too far from the end stays", storyWith(append([]block{bio}, shortLines(bioTailBlocks)...)...), len(bioTailStory) + 1 + bioTailBlocks},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := cutAtBio(tt.in)
			if len(got) != tt.want {
				t.Errorf("kept %d blocks, want %d:\n%s", len(got), tt.want, joinBlocks(got))
			}
		})
	}
}

// shortLines returns n short blocks, far under bioTailMaxShare together.
func shortLines(n int) []block {
	bs := make([]block, n)
	for i := range bs {
		bs[i] = block{text: "Ferries"}
	}
	return bs
}

// TestCutAtBioPage runs an invented story with a bio box under it, more
// about the writer after the bio, through the whole HTML path.
func TestCutAtBioPage(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><main><article>`)
	for _, p := range bioTailStory {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString(`<p>Mira Tolland is a harbour reporter at the Harbourton Ledger. She has covered the quay and its ferries for nine years.</p>`)
	b.WriteString(`<p>When she is not on the quay, Mira sails a dinghy.</p>`)
	b.WriteString(`</article></main><footer><p>Contact</p></footer></body></html>`)
	src := statedArticle(b.String(), "Keel Street ferry to run all winter")
	a := extractHTMLPage(t, "bio", "https://harbourton.example/news/keel-street-ferry-winter", src)
	checkBody(t, a.Body, "the writer's bio", []string{"Mira Tolland is a harbour reporter", "Mira sails a dinghy"}, []string{bioTailStory[0][:40], bioTailStory[4][:40]})
}
