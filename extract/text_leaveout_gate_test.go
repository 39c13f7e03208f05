package extract

import (
	"math/rand/v2"
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
	rng := rand.New(rand.NewPCG(86, 6))
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
