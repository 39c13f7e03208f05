package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// textHeadlineAmongPlain is textHeadlineAmong walking every line of the
// page and asking in of each before its words are counted.
func textHeadlineAmongPlain(blocks []textBlock, title string, in func(i int) bool) int {
	t := foldTitle(title)
	if t == "" {
		return -1
	}
	n := strings.Count(t, " ") + 1
	at := -1
	for i := range blocks {
		if !in(i) || blocks[i].words != n || !foldTitleIs(blocks[i].text, t) {
			continue
		}
		if at >= 0 {
			return -1
		}
		at = i
	}
	if at < 0 || strings.HasSuffix(blocks[at].text, ".") {
		return -1
	}
	return at
}

// TestTextHeadlineAmongMatchesPlain holds textHeadlineAmong, which steps
// past the dropped lines and counts a line's words before it asks in,
// to its plain form over random pages of a headline's forms (its case,
// a quote, a full stop, a word more or less) and prose, each line kept
// or dropped and in or out at random, and with in nil (every kept line).
func TestTextHeadlineAmongMatchesPlain(t *testing.T) {
	lines := []string{
		"Ferries Return to the North Harbour", "ferries return to the north harbour", "“Ferries Return to the North Harbour”",
		"Ferries Return to the North Harbour.", "Ferries Return to the Harbour", "Ferries Return to the North Harbour Today",
		"Ferries Return", "Harbour News", textRaiseInsidePara, "The pier reopens on Monday.",
	}
	titles := []string{"Ferries Return to the North Harbour", "Ferries Return", "FERRIES RETURN TO THE NORTH HARBOUR", "", "Harbour News"}
	rng := fastRand(56, 2070)
	found := 0
	for range 20000 {
		text, blocks, keep, mask := textRandomKeptPage(rng, lines)
		in := func(i int) bool { return keep[i] && mask[i] }
		title := titles[rng.IntN(len(titles))]
		got, want := textHeadlineAmong(blocks, keep, title, in), textHeadlineAmongPlain(blocks, title, in)
		if got != want {
			t.Fatalf("textHeadlineAmong(%q) over %q (keep %v, in %v) = %d, the plain form %d", title, text, keep, mask, got, want)
		}
		kept := func(i int) bool { return keep[i] }
		if got, want := textHeadlineAmong(blocks, keep, title, nil), textHeadlineAmongPlain(blocks, title, kept); got != want {
			t.Fatalf("textHeadlineAmong(%q) over %q (keep %v, in nil) = %d, the plain form %d", title, text, keep, got, want)
		}
		found += textBool(got >= 0)
	}
	if found < 1000 {
		t.Fatalf("%d pages stated the title once: the pages miss the headline", found)
	}
}

// textRandomKeptPage joins one to eight of lines at random into a page,
// split into blocks, each kept by the model three times in four (keep)
// and in the caller's set twice in three (mask): the page the headline
// walks' tests hold to their plain forms.
func textRandomKeptPage(rng *rand.Rand, lines []string) (text string, blocks []textBlock, keep, mask []bool) {
	var b strings.Builder
	for range 1 + rng.IntN(8) {
		b.WriteString(lines[rng.IntN(len(lines))] + "\n\n")
	}
	text = b.String()
	blocks = textSplitBlocks(text)
	keep, mask = make([]bool, len(blocks)), make([]bool, len(blocks))
	for i := range mask {
		keep[i], mask[i] = rng.IntN(4) > 0, rng.IntN(3) > 0
	}
	return text, blocks, keep, mask
}
