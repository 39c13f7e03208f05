package extract

import (
	"strings"
	"testing"
)

// textHeadlineOverBylinePlain is textHeadlineOverByline walking every
// line of the page, dropped or kept.
func textHeadlineOverBylinePlain(blocks []textBlock, headline string, in func(i int) bool) int {
	t := foldTitle(headline)
	if t == "" {
		return -1
	}
	n := strings.Count(t, " ") + 1
	at := -1
	for i := range blocks {
		b := &blocks[i]
		if b.words <= n || !b.lines || !in(i) {
			continue
		}
		first, rest, two := strings.Cut(b.text, "\n")
		if !two || strings.IndexByte(rest, '\n') >= 0 || strings.HasSuffix(first, ".") ||
			!foldTitleIs(first, t) || textBylineMatch(rest) == nil {
			continue
		}
		if at >= 0 {
			return -1
		}
		at = i
	}
	return at
}

// TestTextHeadlineOverBylineMatchesPlain holds textHeadlineOverByline,
// which steps past the dropped lines, to its plain form over random
// pages of a headline over its byline (and over other lines, ended with
// a full stop, alone) and prose, each line kept or dropped and in or out
// at random.
func TestTextHeadlineOverBylineMatchesPlain(t *testing.T) {
	lines := []string{
		"Ferries Return to the North Harbour\nby Ada Mulvey", "Ferries Return to the North Harbour.\nby Ada Mulvey",
		"Ferries Return to the North Harbour\nThe pier reopens", "Ferries Return to the North Harbour",
		"Ferries Return\nBy Tom Quayle", "Harbour News", textRaiseInsidePara, "The pier reopens on Monday.",
	}
	titles := []string{"Ferries Return to the North Harbour", "Ferries Return", ""}
	rng := fastRand(57, 2261)
	found := 0
	for range 20000 {
		text, blocks, keep, mask := textRandomKeptPage(rng, lines)
		in := func(i int) bool { return keep[i] && mask[i] }
		title := titles[rng.IntN(len(titles))]
		got, want := textHeadlineOverByline(blocks, keep, title, in), textHeadlineOverBylinePlain(blocks, title, in)
		if got != want {
			t.Fatalf("textHeadlineOverByline(%q) over %q (keep %v, in %v) = %d, the plain form %d", title, text, keep, mask, got, want)
		}
		found += textBool(got >= 0)
	}
	if found < 1000 {
		t.Fatalf("%d pages stated the headline over a byline once: the pages miss it", found)
	}
}
