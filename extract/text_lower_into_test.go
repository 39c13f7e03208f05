package extract

import (
	"slices"
	"strings"
	"testing"
	"unsafe"
)

// textLowerPlain is textLowerInto's plain form: ASCII capitals lowered
// byte by byte, every other byte kept.
func textLowerPlain(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// TestTextLowerIntoMatchesPlain holds the lowering (in assembly from 16
// bytes on amd64) and the word-at-a-time one, with its last word read
// over the one before, to the plain form on random texts of every length
// up to 80 bytes (and in place, dst holding s), and on every byte at every place of a 40-byte text, made of capitals, small letters,
// the bytes beside the capitals ('@', '[') and bytes past ASCII whose low
// seven bits are capitals (0xC1, 0xDA), which must be kept; and the page's
// shared prefixes (textLowerPrefixesIn) to textLowerPrefix on such texts,
// empty ones among them, and on the texts again with their copies, which
// take their first's prefix (it fails with a copy given the prefix of the
// text before it).
func TestTextLowerIntoMatchesPlain(t *testing.T) {
	pieces := []byte("AZaz@[`{ M\xc1\xda\x80\xff")
	rng := fastRand(47, 1)
	var texts []string
	for n := 0; n <= 80; n++ {
		for range 300 {
			b := make([]byte, n)
			for i := range b {
				b[i] = pieces[rng.IntN(len(pieces))]
			}
			s := string(b)
			texts = append(texts, s)
			for _, lower := range []func([]byte, string){textLowerInto, textLowerIntoWords} {
				dst := make([]byte, n+3)
				copy(dst[n:], "###")
				lower(dst[:n], s)
				if got, want := string(dst[:n]), textLowerPlain(s); got != want {
					t.Fatalf("textLowerInto(%q) = %q, want %q", s, got, want)
				}
				if string(dst[n:]) != "###" {
					t.Fatalf("textLowerInto(%q) wrote past its room: %q", s, dst)
				}
				// in place, as textLowerPrefixesSized lowers its room
				copy(dst, s)
				lower(dst[:n], unsafe.String(unsafe.SliceData(dst), n))
				if got, want := string(dst[:n]), textLowerPlain(s); got != want {
					t.Fatalf("textLowerInto(%q) in place = %q, want %q", s, got, want)
				}
			}
		}
	}
	// every byte beside every capital's bound, at every place of a block
	for c := range 256 {
		b := []byte(strings.Repeat("aZ", 20))
		for i := range b {
			was := b[i]
			b[i] = byte(c)
			dst := make([]byte, len(b))
			textLowerInto(dst, string(b))
			if got, want := string(dst), textLowerPlain(string(b)); got != want {
				t.Fatalf("textLowerInto(%q) = %q, want %q", b, got, want)
			}
			b[i] = was
		}
	}
	texts = append(texts, "", strings.Repeat("Ab", 100), "")
	// the same texts again, shuffled among the first ones: each copy
	// takes its first's prefix (firsts), which must be its own
	copies := slices.Clone(texts)
	rng.Shuffle(len(copies), func(i, j int) { copies[i], copies[j] = copies[j], copies[i] })
	copies = append(slices.Clone(texts[:len(texts)/2]), copies...)
	sc := newTextScratch()
	firsts := textFirstsIn(len(copies), func(i int) string { return copies[i] }, sc)
	for _, n := range []int{1, 7, 8, 9, 16, textPhraseWindow} {
		lows := textLowerPrefixesIn(texts, nil, n, newTextScratch())
		for i, s := range texts {
			if want := textLowerPrefix(s, n); lows[i] != want {
				t.Fatalf("textLowerPrefixesIn(%q, %d) = %q, want %q", s, n, lows[i], want)
			}
		}
		lows = textLowerPrefixesIn(copies, firsts, n, sc)
		for i, s := range copies {
			if want := textLowerPrefix(s, n); lows[i] != want {
				t.Fatalf("textLowerPrefixesIn(%q, %d) with firsts = %q, want %q", s, n, lows[i], want)
			}
		}
	}
}
