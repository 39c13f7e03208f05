package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/textnorm"
)

// TestTextEndMatterGateMatchesPlain holds textReadsAsEndMatter's gate to
// the scan alone: textKeysMayHoldEndMatter of a block's keys is true of
// every text endMatterWords finds a phrase in. The blocks are the test
// pages' as their reader split them (its keys) and random runs of the
// phrases' words, in both cases, with the words the keys fold together
// ("rights", "righteous", "cookie", "links"), other words, digits and
// punctuation between them, each read with its keys.
func TestTextEndMatterGateMatchesPlain(t *testing.T) {
	var sc textnorm.WordScanner
	gated := func(b *textBlock) bool {
		if b.keys == nil {
			t.Fatalf("block %q was read without its keys", b.text)
		}
		return textKeysMayHoldEndMatter(b.keys) && endMatterWords(b.text, &sc)
	}
	plain := func(b *textBlock) bool { return endMatterWords(b.text, &sc) }
	var blocks []*textBlock
	for _, p := range textSpeedPages(t) {
		for _, b := range textSplitBlocks(string(p.Content)) {
			blocks = append(blocks, &b)
		}
	}
	var words []string
	for _, cue := range endMatterCues() {
		for _, w := range strings.Fields(cue) {
			words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
		}
	}
	words = append(words, "righteous", "cookie", "links", "signs", "demos", "authority", "x", "2024", "é", "book")
	seps := []string{" ", " ", " ", ", ", "-", "\n", " — ", "_", ". "}
	rng := fastRand(5, 6)
	var keys []uint64
	for range 60000 {
		var s strings.Builder
		for range 1 + rng.IntN(9) {
			s.WriteString(words[rng.IntN(len(words))])
			s.WriteString(seps[rng.IntN(len(seps))])
		}
		b := textReadBlock(s.String(), textLowerPrefix(s.String(), textPhraseWindow), textWebUnread, &sc, &keys)
		blocks = append(blocks, &b)
	}
	refused := 0
	for _, b := range blocks {
		if !textKeysMayHoldEndMatter(b.keys) {
			refused++
		}
	}
	if refused < len(blocks)/10 {
		t.Errorf("the gate refuses %d of %d blocks, want a tenth or more", refused, len(blocks))
	}
	checkSameAnswer(t, blocks, "textReadsAsEndMatter's scan", gated, plain, 5000)
}
