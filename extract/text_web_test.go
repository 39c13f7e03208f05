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

// TestTextPageWebMatchesBlocks holds the page's record (textWebHits,
// textRecordWeb), which answers each block from one search of the page's
// lowered starts, and the address read with it, to the search of each
// block's start and textBlockURL, over invented
// pages of few lines: addresses and mails in any case, at a line's start
// or past its first 120 bytes (outside its lowered start), repeated, and
// the pieces of one cut over two lines, which meet in the page's starts
// but are in no one block's. It also sees that some pages
// held none of the three and some blocks held one.
func TestTextPageWebMatchesBlocks(t *testing.T) {
	long := strings.Repeat("words of a long line ", 6)
	pieces := []string{
		"The council voted to close the old bridge.", "HTTP", "Www.Example.org", "www", "ht", "tp",
		"mail@example.net", "At noon", "w w w.", long + "http://x", long + "@", long + "WWW.x",
		"Http://example.com", "Menu", "www.", "htt", "p", "ww", "w.", "@", "a@b and c@d", "http http",
		"Write to desk@example.net or see www.example.org",
		// capitals, which no line joins to the one before (textAppendLine)
		"HTT", "HT", "TP", "P.S.", "WWW", "WW", ".NET",
	}
	rng := fastRand(65, 39)
	s := newTextScratch()
	spared, held := 0, 0
	for page := range 3000 {
		var sb strings.Builder
		for range 1 + rng.IntN(6) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
			sb.WriteString("\n")
		}
		blocks := textSplitBlocksIn(sb.String(), s)
		if len(textWebHits(s.lowBuf, nil)) == 0 {
			spared++
		}
		for i := range blocks {
			b := &blocks[i]
			if got, want := b.web == textWebHeld, textLowHoldsWeb(b.low); got != want {
				t.Fatalf("page %d %q block %d %q: recorded %v, search %v", page, sb.String(), i, b.text, got, want)
			}
			checkWebURL(t, b)
			held += textBool(b.web == textWebHeld)
		}
	}
	if spared == 0 || held == 0 {
		t.Fatalf("%d pages without a hit, %d blocks with one: want some of each", spared, held)
	}
}

// TestTextWebRecordMatchesPages holds the page's record and the address
// read with it to the search of each block's start and textBlockURL on the
// test pages (the wcxb-dev flat pages when
// STORYFOLD_DATA is set, else the seeds).
func TestTextWebRecordMatchesPages(t *testing.T) {
	s := newTextScratch()
	held := 0
	for _, p := range textSpeedPages(t) {
		blocks := textSplitBlocksIn(string(p.Content), s)
		for i := range blocks {
			b := &blocks[i]
			if got, want := b.web == textWebHeld, textLowHoldsWeb(b.low); got != want {
				t.Fatalf("page %s block %d %q: recorded %v, search %v", p.ID, i, b.text, got, want)
			}
			checkWebURL(t, b)
			held += textBool(b.web == textWebHeld)
		}
	}
	if held == 0 {
		t.Fatal("no block of the pages holds an address or a mail")
	}
}

// checkWebURL fails t when b's address is not the one the block reader
// takes from a block whose start holds "http" or "www." (textReadBlockInto).
func checkWebURL(t *testing.T, b *textBlock) {
	t.Helper()
	want := ""
	if textLowHoldsWeb(b.low) {
		want = textBlockURL(b.text)
	}
	if b.url != want {
		t.Fatalf("block %q: address %q, want %q", b.text, b.url, want)
	}
}
