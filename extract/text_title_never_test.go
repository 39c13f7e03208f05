package extract

import (
	"slices"
	"testing"
)

// textTitleCandidatesPlain is (*textTitleContext).candidates with every
// head asked textIsHeadline and textNeverTitle afresh, as before their
// answers were kept in the context (isHeadline, neverTitle).
func textTitleCandidatesPlain(c *textTitleContext) []int {
	var out []int
	for i := max(0, c.first-textTitleWindow); i < min(c.n, c.first+textTitleBelow); i++ {
		b := textTitleHead(&c.blocks[i])
		if b.url != "" || !textIsHeadline(b) && !textTitleCasedStop(b, &c.own) && !c.shortConfirmed(i) || textNeverTitle(b) {
			continue
		}
		if b == &c.blocks[i] && (!c.dated(i) || textTitleDatedAtEnd(b.text) || textTitleUndated(b.text) != b.text) || b != &c.blocks[i] && !textDateIn(b.text) {
			out = append(out, i)
		}
	}
	return out
}

// TestTextTitleCandidatesKeepAnswers holds the candidates, whose byline
// test is kept among the context's answers where a candidate's head is
// its block, and whose headline test likewise (headline), to the plain
// form that asks textNeverTitle and textIsHeadline of every head, and
// every kept answer to textIsByline and textIsHeadline, and the heads
// candidatesAndHeads gives to textTitleHead's: on an invented
// page with a headline whose block holds a breadcrumb on its second line
// (its head, the first line, is no byline though the block is one) and
// one whose block goes on with a long line (no headline, though its head
// is), and on the test pages, with the body's start at three places each.
func TestTextTitleCandidatesKeepAnswers(t *testing.T) {
	textNeedsData(t)
	invented := "Menu\n\nFerry service resumes on the river\nmore from local » ferries\n\nBy Jane Doe\n\n" +
		"Harbour bridge closes for repairs\nwhile crews replace the deck and the rails the council says drivers should " +
		"take the ring road or the ferry and cyclists may cross on the footway at walking pace until the work ends\n\n" +
		"The ferry between the two banks runs again from Monday after a winter of repairs to its landing stage.\n\n" +
		"Crews replaced the pilings and the ramp, and the operator says the timetable is the one of last summer."
	texts := []string{invented}
	for _, p := range textSpeedPages(t)[:300] {
		texts = append(texts, string(p.Content))
	}
	headed := 0
	for n, text := range texts {
		blocks := textSplitBlocks(text)
		for _, first := range []int{min(len(blocks), 4), len(blocks) / 3, len(blocks) / 2} {
			c := newTextTitleContext(blocks, first)
			got := c.candidates()
			plain := newTextTitleContext(blocks, first)
			if want := textTitleCandidatesPlain(&plain); !slices.Equal(got, want) {
				t.Fatalf("text %d, body from %d: candidates %v, asking textNeverTitle of each gives %v", n, first, got, want)
			}
			withHeads := newTextTitleContext(blocks, first)
			cands, heads := withHeads.candidatesAndHeads(true)
			if !slices.Equal(cands, got) || len(heads) != len(cands) {
				t.Fatalf("text %d, body from %d: candidates with heads %v (%d heads), alone %v", n, first, cands, len(heads), got)
			}
			for k, i := range cands { // the head is the block itself, or a new block of textTitleHead's text
				if h := textTitleHead(&blocks[i]); (h == &blocks[i]) != (heads[k] == &blocks[i]) || h.text != heads[k].text || h.dup != heads[k].dup || h.words != heads[k].words {
					t.Fatalf("text %d: candidate %d's head %q, textTitleHead's %q", n, i, heads[k].text, h.text)
				}
			}
			for j := range blocks { // as textTitleForm asks, after the candidates
				if c.headline(j) != textIsHeadline(&blocks[j]) {
					t.Fatalf("text %d: block %d %q kept as a headline: %v", n, j, blocks[j].text, c.headline(j))
				}
			}
			for j, m := range c.byline {
				if m != 0 && (m == 1) != textIsByline(blocks[j].text) {
					t.Fatalf("text %d: block %d %q kept as a byline: %v", n, j, blocks[j].text, m == 1)
				}
			}
			if n == 0 && first == 4 {
				if !slices.Contains(got, 1) || !slices.Contains(got, 3) {
					t.Fatalf("invented page: the headlines over a breadcrumb line and over a long line (blocks 1, 3) are no candidates: %v", got)
				}
				headed++
			}
		}
	}
	if headed != 1 {
		t.Errorf("the invented page's blocks are not as the test expects")
	}
}
