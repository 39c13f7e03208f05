package extract

import (
	"slices"
	"testing"

	"github.com/storyfold/storyfold/textnorm"
)

// TestTextReadBlockLongMatchesPlain holds the block reader's long-word
// and digit counts, which take an ASCII word's letters from the scanner
// (WordScanner.Letters), to a plain count with textAllLetters over every
// word, and the content keys it keeps, which take a word's digits from
// those counts, to textContentKeys' (textAllDigits), on invented lines and
// 20,000 random ones read by one scanner in turn (words of letters,
// digits, '_' and letters and digits beyond ASCII).
func TestTextReadBlockLongMatchesPlain(t *testing.T) {
	lines := []string{
		"The gardeners planted tomatoes beside 1200 marigolds",
		"snake_case words and x86_64 or ABC123 stay short of letters",
		"Café owners naïvely trusted Straße maps — über alles",
		"éclair—zebra 2024’s numbers",
		"Room 2024 holds 12345 chairs and ١٢٣٤ tables, 2024a and 1_000",
	}
	rng := fastRand(35, 43)
	pieces := []string{"word", "Long", "a", "Z", "0", "7", "_", " ", " ", ", ", ". ", "é", "ß", "—", "’", "١", "the", "your", "1234", "20", "١٢"}
	for len(lines) < 20000 {
		lines = append(lines, fastPieces(rng, pieces, 0, 30))
	}
	var sc, plainSc textnorm.WordScanner
	var keys, plainKeys []uint64
	for _, s := range lines {
		keys = keys[:0]
		b := textReadBlock(s, textLowerPrefix(s, textPhraseWindow), textWebUnread, &sc, &keys)
		plainKeys = plainKeys[:0]
		textContentKeys(s, &plainSc, func(k uint64) { plainKeys = append(plainKeys, k) })
		if !slices.Equal(b.keys, plainKeys) {
			t.Fatalf("%q: keys %x, plain %x", s, b.keys, plainKeys)
		}
		long, digits := 0, 0
		for plainSc.Reset(s); plainSc.Next(); {
			w := plainSc.Word()
			if textnorm.IsStopwordBytes(w) {
				continue
			}
			if len(w) >= 4 && textAllLettersPlain(w) {
				long++
			} else {
				digits += textWordDigits(w)
			}
		}
		if b.long != long || b.digits != digits {
			t.Fatalf("%q: long %d digits %d, plain %d %d", s, b.long, b.digits, long, digits)
		}
	}
}
