package textnorm

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// The claims' TestUnglueMatchesPattern holds Unglue to the regular
// expression it replaced on the texts the claims read and on random
// strings; these are the cases a reader checks by eye.
func TestUnglue(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"the Kursk region.More than half", []string{"the Kursk region.", "More than half"}},
		{"the platform.“Significant losses", []string{"the platform.", "“Significant losses"}},
		{"she said.”The next", []string{"she said.”", "The next"}},
		{"according to the UK.North Korea", []string{"according to the UK.", "North Korea"}},
		{"done!Then?What.Now", []string{"done!", "Then?", "What.", "Now"}},
		{"the U.S.Army said", []string{"the U.S.Army said"}},
		{"see www.Harbourton.Gov or mail.Me@keel.Street now.Yes", []string{"see www.Harbourton.Gov or mail.Me@keel.Street now.", "Yes"}},
		{"no boundary. Here", []string{"no boundary. Here"}},
		{"", []string{""}},
	} {
		if got := Unglue(c.in); !slices.Equal(got, c.want) {
			t.Errorf("Unglue(%q) = %q, want %q", c.in, got, c.want)
		}
		// appended after what a slice held, the pieces follow it
		before := []string{"held"}
		if got := AppendUnglued(before, c.in); !slices.Equal(got, append([]string{"held"}, c.want...)) {
			t.Errorf("AppendUnglued(%q, %q) = %q, want %q", before, c.in, got, c.want)
		}
	}
}

// TestNextGluedMarkMatchesPlain holds nextGluedMark, whose sixteen-byte
// blocks are searched in assembly, to the plain loop over every place:
// on random strings of marks, spaces and letters, at every length around
// the blocks' edges with a mark at every place (a mark ending a block
// reads the next block's first byte), from every start.
func TestNextGluedMarkMatchesPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(258, 7))
	pieces := []string{".", "!", "?", " ", ". ", "a", "A", "\xff", "\x00", "é", "”", ".”", "x"}
	var texts []string
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(70) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for n := range 70 {
		for at := range n {
			for _, after := range []byte{' ', 'x'} {
				b := []byte(strings.Repeat("x", n))
				b[at] = '?'
				if at+1 < n {
					b[at+1] = after
				}
				texts = append(texts, string(b))
			}
		}
	}
	found := 0
	for _, s := range texts {
		for from := range len(s) + 1 {
			got, want := nextGluedMark(s, from), gluedMarkFrom(s, from)
			if got != want {
				t.Fatalf("nextGluedMark(%q, %d) = %d, the plain loop %d", s, from, got, want)
			}
			found += min(1, want+1)
		}
		tail := gluedMarkTail(len(s))
		if blocks := gluedMarkFrom(s[:min(len(s), tail+1)], 0); gluedMarkBlocks(s) != blocks {
			t.Fatalf("gluedMarkBlocks(%q) = %d, the plain loop over its blocks %d", s, gluedMarkBlocks(s), blocks)
		}
	}
	if found < 100000 {
		t.Errorf("only %d searches found a mark: the texts test little", found)
	}
}
