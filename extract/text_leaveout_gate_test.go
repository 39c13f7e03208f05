package extract

import (
	"slices"
	"strings"
	"testing"
)

// textIsEmbedLinePlain reports, without a gate, a line that
// textLeaveOutEmbeddedPosts takes: Instagram's two lines or a post's credit.
func textIsEmbedLinePlain(s string) bool {
	return s == "View this post on Instagram" || textSharedPostRE.MatchString(s) ||
		strings.Contains(s, "(@") && textPostCreditRE.MatchString(s)
}

// TestTextLeaveOutGatesMatchPlain holds the leave-out steps' first-byte
// gates (textMayOpenEmbedLine, textMayOpenPickButton) to the readings they
// stand before: every line an embedded post's expressions or
// textIsPickButton take passes its gate. The lines are built of posts'
// credits and Instagram's lines (with each dash), pick buttons, and words,
// spaces and marks around them; the test counts that each kind is met.
func TestTextLeaveOutGatesMatchPlain(t *testing.T) {
	pieces := []string{"— ", "– ", "- ", "-", "—", " ", "Harbour Watch", " (@harbourwatch) ", "November 20, 2025",
		"View this post on Instagram", "A post shared by ", "Quay Café", " (@quay.cafe)", "Try ", "Shop ", "Mondly",
		"Now", "!", ".", "for Free", "with Fastarz", "the crossing", "it", "a new route", "Svala", "kidpik", " ",
		"\u00a0", "Winter crossings are back https://t.co/Qx7", "The ferry kept running.", "Rent the Runway", "try ", "TRY "}
	rng := fastRand(86, 6)
	var sb strings.Builder
	met := map[byte]int{}
	for range 200000 {
		sb.Reset()
		for range 1 + rng.IntN(6) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		b := textNewBlock(sb.String())
		if textIsEmbedLinePlain(b.text) {
			met[b.text[0]]++
			if !textMayOpenEmbedLine(b.text) {
				t.Fatalf("textMayOpenEmbedLine(%q) turns away an embedded post's line", b.text)
			}
		}
		if textIsPickButton(&b) {
			met[b.text[0]]++
			if !textMayOpenPickButton(b.text) {
				t.Fatalf("textMayOpenPickButton(%q) turns away a pick button", b.text)
			}
		}
	}
	for _, c := range []byte{'V', 'A', '-', 0xE2, 'T', 'S'} {
		if met[c] == 0 {
			t.Errorf("no line the readings take opens with %q: the pieces no longer test its gate", c)
		}
	}
}

// TestTextArrowPairsStepMatchesPlain holds textLeaveOutArrowPairs, which
// steps over the line below when it is too long for an arrow, to the walk
// that asks every pair: random runs of arrows, long lines and others,
// kept or not.
func TestTextArrowPairsStepMatchesPlain(t *testing.T) {
	lines := []string{"Previous", "« Prev", "Next", "Next »", "next", "Previous post in the series", "Home",
		"A long paragraph between the arrows.", "Prev Next", "‹ Previous ›"}
	rng := fastRand(86, 7)
	pairs := 0
	for range 50000 {
		n := 1 + rng.IntN(9)
		blocks := make([]textBlock, n)
		keep := make([]bool, n)
		for i := range blocks {
			blocks[i], keep[i] = textNewBlock(lines[rng.IntN(len(lines))]), rng.IntN(5) > 0
		}
		got, want := make([]bool, n), make([]bool, n)
		textLeaveOutArrowPairs(blocks, keep, got)
		for i := 0; i+1 < n; i++ {
			if keep[i] && keep[i+1] && textIsArrowLabel(&blocks[i], "previous", "prev") && textIsArrowLabel(&blocks[i+1], "next", "next") {
				want[i], want[i+1] = true, true
				pairs++
				i++
			}
		}
		if !slices.Equal(got, want) {
			texts := make([]string, n)
			for i, b := range blocks {
				texts[i] = b.text
			}
			t.Fatalf("textLeaveOutArrowPairs(%q, keep %v) = %v, every pair asked gives %v", texts, keep, got, want)
		}
	}
	if pairs == 0 {
		t.Error("no pair of arrows met: the lines no longer test the walk")
	}
}
