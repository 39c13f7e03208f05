package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/textnorm"
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
	rng := fastRand(5, 4)
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

// TestTextLowHoldsWebMatchesContains holds the search by last bytes to
// strings.Contains over invented starts built of the pieces' bytes.
func TestTextLowHoldsWebMatchesContains(t *testing.T) {
	plain := func(s string) bool {
		return strings.Contains(s, "http") || strings.Contains(s, "www.") || strings.Contains(s, "@")
	}
	parts := []string{"h", "t", "p", "w", ".", "@", "a", " ", "é", "http", "www.", "htt", "ww", "tp", "w."}
	rng := fastRand(3, 4)
	for range 200000 {
		var sb strings.Builder
		for n := rng.IntN(40); n > 0; n-- {
			p := parts[rng.IntN(len(parts))]
			if p == "@" && rng.IntN(4) > 0 {
				p = "a" // few mails, so the other two searches run
			}
			sb.WriteString(p)
		}
		s := sb.String()
		if got, want := textLowHoldsWeb(s), plain(s); got != want {
			t.Fatalf("%q: %v, Contains %v", s, got, want)
		}
	}
}

// TestTextReadBlockURLMatchesPlain holds the block reader's address,
// sought only in a block whose lowered start holds "http" or "www."
// (textReadBlock), to textBlockURL of every block: invented lines of
// addresses in any case, spaced out as tokenised corpora leave them, cut
// short, or behind other words.
func TestTextReadBlockURLMatchesPlain(t *testing.T) {
	parts := []string{"http", "HTTP", "Https", "://", ":", " / ", "/", "www", "WWW", ".", " . ", "example",
		"com", "news", "2013", " ", "h", "w", "@", "a", "\"", "é", "Read", "more"}
	var sc textnorm.WordScanner
	var lines []string
	for _, s := range fastPieceLines(nil, fastRand(62, 39), parts, 100000, 1, 14) {
		if s = strings.TrimSpace(s); s != "" {
			lines = append(lines, s)
		}
	}
	checkSameAnswer(t, lines, "textReadBlock's url", func(s string) string {
		return textReadBlock(s, textLowerPrefix(s, textPhraseWindow), textWebUnread, &sc, nil).url
	}, textBlockURL, 100) // 176 of the lines
}

// TestTextPageWebMatchesBlocks holds the page's record (textPageWeb),
// which spares every block's search on a page whose lowered starts hold
// none of the three, to the search of each block's start, over invented
// pages of few lines: addresses and mails in any case, at a line's start
// or past its first 120 bytes (outside its lowered start), and the
// pieces of one cut over two lines. It also sees that the page's record
// answered for some pages.
func TestTextPageWebMatchesBlocks(t *testing.T) {
	long := strings.Repeat("words of a long line ", 6)
	pieces := []string{
		"The council voted to close the old bridge.", "HTTP", "Www.Example.org", "www", "ht", "tp",
		"mail@example.net", "At noon", "w w w.", long + "http://x", long + "@", long + "WWW.x",
		"Http://example.com", "Menu", "www.", "htt", "p",
	}
	rng := fastRand(65, 39)
	s := newTextScratch()
	spared := 0
	for page := range 3000 {
		var sb strings.Builder
		for range 1 + rng.IntN(4) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
			sb.WriteString("\n")
		}
		blocks := textSplitBlocksIn(sb.String(), s)
		if textPageWeb(s.lowBuf) == textWebNone {
			spared++
		}
		for i := range blocks {
			b := &blocks[i]
			if got, want := b.web == textWebHeld, textLowHoldsWeb(b.low); got != want {
				t.Fatalf("page %d %q block %d %q: recorded %v, search %v", page, sb.String(), i, b.text, got, want)
			}
		}
	}
	if spared == 0 {
		t.Fatal("no page's record answered for its blocks")
	}
}
