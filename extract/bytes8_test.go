package extract

import (
	"encoding/binary"
	"testing"
)

// load8 reads the eight bytes at i as binary.LittleEndian does, at every
// offset of random strings and of a seed page's start (bytes beyond ASCII
// and zero bytes included).
func TestLoad8MatchesLittleEndian(t *testing.T) {
	rng := fastRand(7, 8)
	var texts []string
	for range 2000 {
		b := make([]byte, 8+rng.IntN(40))
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		texts = append(texts, string(b))
	}
	for _, p := range textSpeedPages(t)[:1] {
		texts = append(texts, string(p.Content[:min(len(p.Content), 4096)]))
	}
	for _, s := range texts {
		for i := 0; i+8 <= len(s); i++ {
			if got, want := load8(s, i), binary.LittleEndian.Uint64([]byte(s[i:i+8])); got != want {
				t.Fatalf("load8(%q, %d) = %#x, want %#x", s, i, got, want)
			}
		}
	}
}
