package extract

import (
	"strings"
	"testing"
)

// TestTextNameOverSelfIntro checks an author card far under the body
// that introduces itself in the first person, under the name or glued
// to it; none for a name given in the introduction, a greeting as the
// card's heading, a bio that names no trade, a heading of words the page
// writes in lower case, or two cards.
func TestTextNameOverSelfIntro(t *testing.T) {
	const card = "Maren Solberg\nI'm the founder of the Quay News and its harbour reporter since 2015, on the ferries and their crews.\n"
	textCheckAuthorsFarBelow(t, []textAuthorAround{
		{card, "Maren Solberg"},
		{"Maren Solberg\nHello, and welcome! I’m the editor of this site, and I write on the ferries.\n", "Maren Solberg"},
		{"Maren Solberg I am a harbour reporter and writer who covers the ferries and the crews on the water.\n", "Maren Solberg"},
		{"Maren Solberg\nI'm Maren, co-founder of the Quay News, and I love the ferries.\n", ""},
		{"Hi, I'm Maren!\nI'm a harbour reporter and writer who covers the ferries.\n", ""},
		{"Maren Solberg\nI'm a mother of two who loves the ferries and the quay.\n", ""},
		{"Harbour Ferries\nI'm the founder of the Quay News and its harbour reporter.\n", ""},
		{card + "Tor Lund\nI'm the photo editor of the Quay News and shoot the harbour.\n", ""},
	})
}

// TestTextSelfIntrosOrder holds textSelfIntros, built from
// textFirstPersonOpenings and textSelfIntroArticles, to the nine openings
// in the order textGluedSelfIntroName tries them (the first that reads
// gives the name).
func TestTextSelfIntrosOrder(t *testing.T) {
	want := [...]string{
		"I'm a ", "I'm an ", "I'm the ",
		"I’m a ", "I’m an ", "I’m the ",
		"I am a ", "I am an ", "I am the ",
	}
	if textSelfIntros != want {
		t.Errorf("textSelfIntros = %q, want %q", textSelfIntros, want)
	}
}

// TestTextFirstPersonAtGates holds textSelfIntroIn and
// textGluedSelfIntroName, behind textFirstPersonAt, to their forms
// without it (the nine searches asked of every line) over random lines
// of first-person openings, articles, names, trades and near misses.
func TestTextFirstPersonAtGates(t *testing.T) {
	pieces := []string{"I'm ", "I’m ", "I am ", "I ", "I'", "Im ", "I", "a ", "an ", "the ", "founder ", "editor ",
		"developer, ", "of the Quay News. ", "Maren Solberg ", "Hello, and welcome! ", "In ", "It ", "am ", "’m ", " ", "x",
		"Tor ", "Lund ", "\u00a0", "\t", "I\u00a0am "}
	rng := fastRand(41, 5)
	lines := fastPieceLines(nil, rng, pieces, 200000, 0, 14)
	found := 0
	for _, line := range lines {
		for _, reach := range []int{0, textSelfIntroReach} {
			if got, want := textSelfIntroIn(line, reach), textSelfIntroRead(line, line[:min(len(line), reach+len("I’m the "))], reach); got != want {
				t.Fatalf("textSelfIntroIn(%q, %d) = %v, want %v", line, reach, got, want)
			} else if got {
				found++
			}
		}
		if got, want := textFirstPersonAt(line), plainFirstPersonAt(line); got != want {
			t.Fatalf("textFirstPersonAt(%q) = %d, want %d", line, got, want)
		}
		b := textBlock{text: line, words: len(strings.Fields(line))}
		if got, want := textGluedSelfIntroName(&b), plainGluedSelfIntroName(&b); got != want {
			t.Fatalf("textGluedSelfIntroName(%q) = %q, want %q", line, got, want)
		} else if got != "" {
			found++
		}
	}
	if found < 1000 {
		t.Fatalf("only %d self-introductions among the lines: the test reads too few", found)
	}
}

// plainFirstPersonAt is textFirstPersonAt without its gates: each
// opening sought at every byte.
func plainFirstPersonAt(s string) int {
	for k := range len(s) {
		for _, o := range textFirstPersonOpenings {
			if strings.HasPrefix(s[k:], o) {
				return k
			}
		}
	}
	return -1
}

// plainGluedSelfIntroName is textGluedSelfIntroName without
// textFirstPersonAt, the reading asked of every block of more than four
// words.
func plainGluedSelfIntroName(b *textBlock) string {
	if b.words <= 4 {
		return ""
	}
	return textGluedSelfIntroRead(b.text)
}

// TestTextSelfIntroNameFlagsFirst holds textSelfIntroName, which asks the
// name's block's flags (every word capitalised, no sentence's end) before
// it searches the block under it, to its form that asked them after,
// over random pages of names, greetings, self-introductions and prose.
func TestTextSelfIntroNameFlagsFirst(t *testing.T) {
	pieces := []string{"Maren Solberg", "Maren Solberg ", "Hi, I'm Maren!", "Tor Lund", "I'm the founder of the Quay News. ",
		"I’m a harbour reporter and writer. ", "I am an editor ", "Hello, and welcome! ", "the ferries ", "Quay ", "News. ", "\n", "\n", "\n",
		"Maren", "Ø Lund", "Émile "}
	rng := fastRand(76, 1)
	found := 0
	for _, page := range fastPieceLines(nil, rng, pieces, 20000, 0, 16) {
		blocks := textSplitBlocks(page)
		for i := range blocks {
			got, want := textSelfIntroName(blocks, i), plainSelfIntroName(blocks, i)
			if got != want {
				t.Fatalf("textSelfIntroName(%q, %d) = %q, want %q", page, i, got, want)
			}
			if got != "" {
				found++
			}
		}
	}
	if found < 500 {
		t.Fatalf("only %d names among the pages: the test reads too few", found)
	}
}

// plainSelfIntroName is textSelfIntroName asking the block's flags after
// the bio's searches.
func plainSelfIntroName(blocks []textBlock, i int) string {
	b := &blocks[i]
	name := textGluedSelfIntroName(b)
	if name == "" && i+1 < len(blocks) && textSelfIntroIn(blocks[i+1].text, textSelfIntroReach) && textPlainName(b.text) {
		if b.caps != b.words || b.sentEnd {
			return ""
		}
		if textGluedSelfIntroName(&blocks[i+1]) != "" {
			return ""
		}
		name = b.text
	}
	if name == "" || textOddNameWords(name) || textCommonWords(name, blocks) {
		return ""
	}
	return name
}

// TestTextNameOverSelfIntroFromOpening holds textNameOverSelfIntro, which
// reads the blocks from the first that may be a card (textSelfIntroFrom),
// to the reading of every block from the body's first, over
// random pages of names, self-introductions and prose, from each first
// block.
func TestTextNameOverSelfIntroFromOpening(t *testing.T) {
	pieces := []string{"Maren Solberg", "Maren Solberg ", "Hi, I'm Maren!", "Tor Lund", "I'm the founder of the Quay News. ",
		"I’m a harbour reporter and writer. ", "I am an editor ", "Hello, and welcome! ", "the ferries ", "Quay ", "News. ",
		"\n", "\n", "\n", "\n", "\n", "Maren", "Ø Lund", "Émile ", "In ", "It ", "I'", "I "}
	rng := fastRand(133, 1)
	found, skipped := 0, 0
	for _, page := range fastPieceLines(nil, rng, pieces, 20000, 0, 40) {
		blocks := textSplitBlocks(page)
		for first := -1; first <= len(blocks); first++ {
			got, want := textNameOverSelfIntro(blocks, first), textSoleName(blocks, max(first, 0), textSelfIntroName)
			if got != want {
				t.Fatalf("textNameOverSelfIntro(%q, %d) = %q, want %q", page, first, got, want)
			}
			if got != "" {
				found++
			}
			if at := textSelfIntroFrom(blocks, max(first, 0)); at < 0 || at > max(first, 0)+1 {
				skipped++
			}
		}
	}
	if found < 500 || skipped < 500 {
		t.Fatalf("%d names, %d readings that skip blocks among the pages: the test reads too few", found, skipped)
	}
}
