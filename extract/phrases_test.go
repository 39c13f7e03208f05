package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// The one-pass matcher answers as one strings.Contains per phrase does.
func TestPhrasesMatchContains(t *testing.T) {
	lists := [][]string{textFurniture, textAppeals, textCommerce, textService, textListingCue, {"a", "ab", "abc", "b"}}
	words := []string{"add", "to", "cart", "sign", "up", "for", "our", "newsletter", "we", "use", "cookies",
		"your", "support", "helps", "us", "read", "more", "a", "b", "ab", "c", "sku", "in", "stock", "the", "news"}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, list := range lists {
		p := newPhrases(list)
		for range 3000 {
			var b strings.Builder
			for range rng.IntN(14) {
				b.WriteString(words[rng.IntN(len(words))])
				b.WriteString([]string{" ", "", ", "}[rng.IntN(3)])
			}
			s := b.String()
			want := 0
			for _, ph := range list {
				if strings.Contains(s, ph) {
					want++
				}
			}
			if got := p.count(s); got != want {
				t.Fatalf("count(%q) = %d, want %d (list %q)", s, got, want, list)
			}
			if got := p.any(s); got != (want > 0) {
				t.Fatalf("any(%q) = %v, want %v", s, got, want > 0)
			}
		}
	}
}
