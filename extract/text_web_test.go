package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestTextWebRecordMatchesSearch holds the block reader's record of
// feature 34 (textBlock.web) to the plain searches of the block's start,
// and the block model's features to those of the same block unrecorded,
// over invented pages whose lines hold addresses, mails and repeats (a
// repeated line is its first's copy, record and all).
func TestTextWebRecordMatchesSearch(t *testing.T) {
	pieces := []string{
		"The council voted on Tuesday to close the old bridge.",
		"Visit www.example.org for more.", "Read more at https://example.com/a",
		"Write to desk@example.net", "Home", "Share", "HTTP is a protocol.",
		"WWW. is three letters and a dot.", "Follow us @example", "ww w. h ttp",
		"Menu", "Sign up for our newsletter", "Photo: Jane Doe",
		strings.Repeat("A long line of words that runs on ", 5) + "and then http at its end.",
		strings.Repeat("x", 118) + "http", strings.Repeat("y", 119) + "@",
	}
	rng := rand.New(rand.NewPCG(5, 4))
	for page := range 400 {
		var sb strings.Builder
		for range 1 + rng.IntN(30) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
			sb.WriteString("\n\n")
		}
		blocks := textSplitBlocks(sb.String())
		for i := range blocks {
			b := &blocks[i]
			if b.web == textWebUnread {
				t.Fatalf("page %d block %d %q: no record", page, i, b.text)
			}
			if got, want := b.web == textWebHeld, textLowHoldsWeb(b.low); got != want {
				t.Fatalf("page %d block %d %q: recorded %v, search %v", page, i, b.text, got, want)
			}
			var recorded, plain [textNumFeatures]float64
			textOwnFeatures(b, &recorded)
			u := *b
			u.web = textWebUnread
			textOwnFeatures(&u, &plain)
			if recorded != plain {
				t.Fatalf("page %d block %d %q: features %v, unrecorded %v", page, i, b.text, recorded, plain)
			}
		}
	}
}
