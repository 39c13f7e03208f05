package extract

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestFillTextsMatchesFill holds firstTable.fillTexts to fill read through
// a function, and its room to the sum textLowerPrefixesIn takes, on lists
// of short and long texts that repeat (texts equal in their hashed bytes
// but not elsewhere among them); textLowerPrefixesSized with that room
// gives textLowerPrefixesIn's prefixes.
func TestFillTextsMatchesFill(t *testing.T) {
	rng := rand.New(rand.NewPCG(176, 2))
	pool := []string{"", "a", "Home", "News", "Sport", "Read more", "Read mare",
		strings.Repeat("Menu item ", 20), strings.Repeat("Menu itex ", 20),
		strings.Repeat("x", 119), strings.Repeat("x", 120), strings.Repeat("x", 121)}
	var plain, fast firstTable
	for range 3000 {
		texts := make([]string, rng.IntN(300))
		for i := range texts {
			texts[i] = pool[rng.IntN(len(pool))]
			if rng.IntN(3) == 0 {
				texts[i] += strings.Repeat("é", rng.IntN(80))
			}
		}
		n := 1 + rng.IntN(160)
		want := make([]int, len(texts))
		plain.fill(want, func(i int) string { return texts[i] })
		got := make([]int, len(texts))
		size := fast.fillTexts(got, texts, n)
		if !slices.Equal(got, want) {
			t.Fatalf("fillTexts(%q) = %v, fill %v", texts, got, want)
		}
		wantSize := 0
		for i, s := range texts {
			if want[i] == i {
				wantSize += min(len(s), n)
			}
		}
		if size != wantSize {
			t.Fatalf("fillTexts(%q, %d) room %d, want %d", texts, n, size, wantSize)
		}
		lows := slices.Clone(textLowerPrefixesSized(texts, got, n, size, newTextScratch()))
		if plainLows := textLowerPrefixesIn(texts, want, n, newTextScratch()); !slices.Equal(lows, plainLows) {
			t.Fatalf("textLowerPrefixesSized(%q) = %q, want %q", texts, lows, plainLows)
		}
	}
}
