package extract

import (
	"strings"
	"testing"
)

// TestTextHasCurlyQuoteMatchesContainsAny holds textHasCurlyQuote to
// strings.ContainsAny over the four marks, on titles and on random
// strings of the marks, their bytes cut apart, other runes that open
// with 0xe2 ("—", "€", "•") and invalid leads before them.
func TestTextHasCurlyQuoteMatchesContainsAny(t *testing.T) {
	texts := []string{"", "\xe2", "\xe2\x80", "\xe2\x80\x98", "x\xe2\x80\x9d", "‘", "’", "“", "”",
		"Harbour ferries return — for the winter", "The ‘quiet’ coast", "“Tides” at the cape", "\xf0‘",
		"\xe2\xe2\x80\x99", "€5 fares", "Walkers\xe2\x80", "\xc2’", "Ferry • 2026"}
	pieces := []string{"‘", "’", "“", "”", "—", "–", "€", "•", "…", "\xe2", "\x80", "\x98", "\x99", "\x9c",
		"\x9d", "\x9a", "\xe2\x80", "\xf0", "\xe0", "\xc2", "\xff", "é", "a", "Z", " ", "'", `"`, "ferry"}
	rng := fastRand(155, 1)
	texts = fastPieceLines(texts, rng, pieces, 60000, 1, 12)
	curly := 0
	for _, s := range texts {
		want := strings.ContainsAny(s, "‘’“”")
		if want {
			curly++
		}
		if got := textHasCurlyQuote(s); got != want {
			t.Errorf("textHasCurlyQuote(%q) = %v, strings.ContainsAny %v", s, got, want)
		}
	}
	if curly < 1000 || curly > len(texts)-1000 {
		t.Fatalf("%d of %d texts hold a curly quote: the random texts do not try both answers", curly, len(texts))
	}
}
