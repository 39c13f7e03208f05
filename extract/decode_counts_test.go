package extract

import (
	"bytes"
	"testing"
)

// TestDecodeCountsOneWalk holds decodeCounts, which walks a page's first
// bytes once for their control bytes and its UTF-8 sequences, to the two
// walks it joins (controlCount of the first bytes, utf8Counts of all), on
// random bytes whose runs of ASCII, line breaks, control bytes and UTF-8
// sequences fall on and across the 32-byte windows, with the first bytes
// cut at every length a window may end or stop short at, and on the test
// pages.
func TestDecodeCountsOneWalk(t *testing.T) {
	var texts [][]byte
	for _, p := range textSpeedPages(t) {
		texts = append(texts, p.Content)
	}
	pieces := [][]byte{
		[]byte("plain words of a line "), []byte("\n"), []byte("\t"), {0x01}, {0x7f}, {0x1b},
		[]byte("é"), []byte("“quoted”"), []byte("😀"), {0xc3}, {0xe2, 0x80}, {0xff}, {0x80}, {0xed, 0xa0, 0x80},
	}
	rng := fastRand(21, 22)
	for range 3000 {
		var b []byte
		for len(b) < 200 {
			p := pieces[rng.IntN(len(pieces))]
			if rng.IntN(3) > 0 {
				p = pieces[0][:rng.IntN(len(pieces[0]))+1]
			}
			b = append(b, p...)
		}
		texts = append(texts, b[:rng.IntN(len(b))])
	}
	texts = append(texts, nil, bytes.Repeat([]byte("a"), 100), append(bytes.Repeat([]byte("a"), 31), "é"...))
	for _, b := range texts {
		heads := []int{min(len(b), sniffLen)}
		for k := range min(len(b), 100) {
			heads = append(heads, k)
		}
		for _, head := range heads {
			got := decodeCounts(b, head)
			good, bad, c3 := utf8Counts(b)
			if want := controlCount(b[:head]); got.controls != want || got.good != good || got.bad != bad || got.c3 != c3 {
				t.Fatalf("decodeCounts(%q, %d) = %d controls, %d good, %d bad, 0xC3 %v; the two walks %d, %d, %d, %v",
					b, head, got.controls, got.good, got.bad, got.c3, want, good, bad, c3)
			}
		}
	}
}
