package extract

import (
	"math/bits"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestTextBlockPhrasesMatchScans holds the block reader's one pass over a
// short block's lowered start to the two scans it stands for: the page
// model's phrases (textPagePhrases.scan) and the drop phrases
// (textDropPhrases.any), on invented starts that hold phrases of both
// lists, the same phrase twice, phrases cut at the start's end, and on
// the test pages' blocks, whose page counts (textCountPage) it holds too.
func TestTextBlockPhrasesMatchScans(t *testing.T) {
	words := []string{"harbour", "ferry", "tides", "news", "the", "of", "a", "weather", "2026", "—", "|", "our", "we", "your", "click", "sign"}
	phrases := append(append([]string(nil), textPagePhrases.list...), textDropPhrases.list...)
	r := fastRand(124, 49)
	check := func(low string) {
		t.Helper()
		seen := textBlockPhrases.scan(low, 0)
		if got, want := seen&^textDropMark, textPagePhrases.scan(low, 0); got != want {
			t.Fatalf("page phrases in %q: %b, the scan %b", low, got, want)
		}
		if got, want := seen&textDropMark != 0, textDropPhrases.any(low); got != want {
			t.Fatalf("drop phrase in %q: %v, the scan %v", low, got, want)
		}
	}
	held := 0
	for range 50000 {
		low := textRandomStart(r, words, phrases, 1)
		check(low)
		held += textBool(textDropPhrases.any(low))
	}
	if held < 5000 {
		t.Errorf("only %d starts held a drop phrase: too few to hold the pass", held)
	}
	for _, p := range textSpeedPages(t) {
		blocks := textSplitBlocks(string(p.Content))
		var want [3]int
		for i := range blocks {
			b := &blocks[i]
			if b.words > textPagePhraseMaxWords {
				continue
			}
			check(b.low)
			seen := textPagePhrases.scan(b.low, 0)
			if b.page != seen {
				t.Fatalf("%s: block %q holds page phrases %b, the scan %b", p.ID, b.low, b.page, seen)
			}
			for g := range want {
				want[g] += bits.OnesCount64(seen & textPageGroups[g])
			}
		}
		got := textCountPage(blocks, make([]bool, len(blocks)))
		if got.commerce != want[0] || got.service != want[1] || got.listing != want[2] {
			t.Fatalf("%s: counts %d/%d/%d, the scan gives %d/%d/%d", p.ID, got.commerce, got.service, got.listing, want[0], want[1], want[2])
		}
	}
}

// TestTextCueReadMatchesCueOf holds the cue read with the drop phrases'
// answer given to the cue that reads it, on the test pages' blocks and
// the drop phrases alone and in short and long blocks.
func TestTextCueReadMatchesCueOf(t *testing.T) {
	var lows []string
	for _, ph := range textDropPhrases.list {
		lows = append(lows, ph, "to "+ph+" now", ph+strings.Repeat(" word", textPagePhraseMaxWords))
	}
	for _, p := range textSpeedPages(t) {
		for _, b := range textSplitBlocks(string(p.Content)) {
			lows = append(lows, b.text)
		}
	}
	for _, s := range lows {
		low := textLowerPrefix(s, textPhraseWindow)
		words := textNewBlock(s).words
		want := textCueOf(s, low, words)
		if got := textCueRead(s, low, words, textDropOf(textIsDropPhrase(low, words))); got != want {
			t.Fatalf("textCueRead(%q) = %v, textCueOf %v", s, got, want)
		}
	}
}

// TestTextBlockPhrasesLongMatch holds the block reader's matcher without
// the short phrase (textBlockPhrasesLong) to textBlockPhrases on starts
// without "sku", the page's test for it (textBlockPhrasesFor) to
// strings.Contains, and the blocks of invented pages with and without
// "SKU" lines to the page phrases' scan of each lowered start.
func TestTextBlockPhrasesLongMatch(t *testing.T) {
	words := []string{"harbour", "ferry", "kit", "sk", "ku", "s", "k", "the", "of", "2026", "|", "your", "click", "sku"}
	phrases := append(append([]string(nil), textPagePhrases.list...), textDropPhrases.list...)
	r := fastRand(255, 7)
	short := 0
	for range 50000 {
		low := textRandomStart(r, words, phrases, 4)
		has := strings.Contains(low, "sku")
		if got := textBlockPhrases.shortIn(low); got != has {
			t.Fatalf("shortIn(%q) = %v, strings.Contains %v", low, got, has)
		}
		if has {
			short++
			continue
		}
		if got, want := textBlockPhrasesLong.scan(low, 0), textBlockPhrases.scan(low, 0); got != want {
			t.Fatalf("the long phrases in %q: %b, textBlockPhrases %b", low, got, want)
		}
	}
	if short < 5000 {
		t.Errorf("only %d starts held sku: too few to hold shortIn", short)
	}
	pages := []string{
		"Harbour ferry kit\n\nSKU: HF-2041\n\nAdd to cart\n\nIn stock\n\nThe kit holds a rope, two cleats and a chart of the tides.",
		"Harbour ferry kit\n\nAdd to cart\n\nReviews\n\nThe kit holds a rope, two cleats and a chart of the tides.",
		"Glass\n\nKudos to the crew\n\nShop now\n\nsku",
		"Tides\n\nThe ferry runs at nine. Sign up for our newsletter\n\nMasks 4 SKUs\n\nFree shipping",
	}
	for _, text := range pages {
		for _, b := range textSplitBlocks(text) {
			if b.words > textPagePhraseMaxWords {
				continue
			}
			if want := textPagePhrases.scan(b.low, 0); b.page != want {
				t.Fatalf("block %q holds page phrases %b, the scan %b", b.low, b.page, want)
			}
		}
	}
}

// textRandomStart is a block's lowered start made of one to twelve of
// words, a third of them swapped for one of phrases, cut at a random
// length within the phrase window: a space follows each word but one
// time in every gaps (1: always), so phrases also run into the next word.
func textRandomStart(r *rand.Rand, words, phrases []string, gaps int) string {
	var b strings.Builder
	for n := 1 + r.IntN(12); n > 0; n-- {
		w := words[r.IntN(len(words))]
		if r.IntN(3) == 0 {
			w = phrases[r.IntN(len(phrases))]
		}
		b.WriteString(w)
		if gaps == 1 || r.IntN(gaps) > 0 {
			b.WriteByte(' ')
		}
	}
	low := b.String()
	return low[:r.IntN(min(len(low), textPhraseWindow)+1)]
}
