package extract

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/storyfold/storyfold/textnorm"
)

// TestTextSplitPartsMatchesLines holds textSplitParts, which passes over
// an empty line at its one byte, to its plain form over strings.Lines
// (each line as textAppendParts takes it, its line break on): the test
// pages, and texts of blank lines, lines of white space, carriage
// returns, text with and without a last line break, run-on lines,
// detached marks and giant glued lines. With an empty line passed over
// by two bytes, or the last line left out when no line break ends it,
// the test fails (both tried). It holds the run of empty lines cut with
// the line before (textPastBreaks) as well: with the run counted one
// byte past its end, with a byte not a line break counted in it, or with
// the text's opening run cut one byte long, the test fails (all tried,
// fifty-eighth session).
func TestTextSplitPartsMatchesLines(t *testing.T) {
	plain := func(text string, detach bool) []string {
		var parts []string
		for line := range strings.Lines(text) {
			parts = textAppendParts(parts, line, nil, detach)
		}
		return parts
	}
	texts := textSpeedTexts(t)
	giant := strings.Repeat("The council met on Monday.The vote was close ", 8)
	pieces := []string{"\n", "\n", "\n\n", "\r", "\r\n", " ", "\t", "\u200b", "\u00a0", "Word", "word", "the end.", "Next line",
		"in support of", " , said", "’s", "x", "é", giant}
	texts = fastPieceLines(texts, fastRand(51, 52), pieces, 50000, 1, 12)
	for _, s := range texts {
		for _, detach := range []bool{false, textMayDetach(s)} {
			if got, want := textSplitParts(s, nil, nil, detach), plain(s, detach); !slices.Equal(got, want) {
				t.Fatalf("textSplitParts(%q, %v) = %q, the plain form %q", s, detach, got, want)
			}
		}
	}
}

// TestTextSplitBlocksCopiesMatchReading holds textSplitBlocksIn, which
// copies a block whose text an earlier block has, to reading every block
// (textReadBlock), marking the copies and dropping a copied page as
// before: the test pages and invented pages of repeated menus, teasers,
// cookie notices and sentences, read with one scratch in turn. With a
// copy taken from the block before its first, or a block read as its own
// copy, the test fails (both tried). It holds the blocks read in place
// (textReadBlockInto, into the scratch's list, which here still holds the
// page before's blocks) to the returned ones as well: with the block not
// cleared before it is read, the test fails (tried).
func TestTextSplitBlocksCopiesMatchReading(t *testing.T) {
	plain := func(text string) []textBlock {
		parts := textSplitParts(text, nil, nil, textMayDetach(text))
		lows := textLowerPrefixes(parts, textPhraseWindow)
		blocks := make([]textBlock, len(parts))
		keys := make([]uint64, 0, 16)
		var sc textnorm.WordScanner
		firsts := map[string]int{} // a copy's keys are its first's, where the page's reader put them
		for i, p := range parts {
			from := len(keys)
			blocks[i] = textReadBlock(p, lows[i], textWebUnread, &sc, &keys)
			blocks[i].keyEnd = int32(len(keys))
			if f, ok := firsts[p]; ok {
				keys = keys[:from]
				blocks[i].keys, blocks[i].keyEnd = blocks[f].keys, blocks[f].keyEnd
			} else {
				firsts[p] = i
			}
			if blocks[i].words <= textPagePhraseMaxWords {
				// the page's reader reads the page model's phrases too
				blocks[i].page = textPagePhrases.scan(lows[i], 0)
			}
		}
		s := newTextScratch()
		return textDropCopies(blocks, textMarkDuplicatesIn(blocks, s))
	}
	texts := textSpeedTexts(t)
	pieces := []string{"Home\n\n", "Sign up for our newsletter\n\n", "The council met on Monday. It voted 5-2.\n\n",
		"We use cookies to improve your experience.\n\n", "Read more\n\n", "Share this\n", "by Ann Lee\n",
		"https://example.com/a\n\n", "© Photo desk\n", "the vote ran late\n", "3 Comments\n", "Related: Other news\n\n"}
	texts = fastPieceLines(texts, fastRand(53, 54), pieces, 20000, 1, 24)
	s := newTextScratch()
	for _, text := range texts {
		got, want := textSplitBlocksIn(text, s), plain(text)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: textSplitBlocksIn %+v, read block by block %+v", text, got, want)
		}
	}
}

// textSpeedTexts returns the test pages' (textSpeedPages) texts, which the
// readers' tests here extend with invented ones.
func textSpeedTexts(t *testing.T) []string {
	var texts []string
	for _, p := range textSpeedPages(t) {
		texts = append(texts, string(p.Content))
	}
	return texts
}

// TestTextEndsSentenceMatchesPlain holds textEndsSentence, which reads
// most lines' last byte from a table (textLastEnds), to the plain test:
// the last rune behind any closing quotes and brackets. Every byte is
// tried last, behind closers, after other text and alone, and invented
// lines end in marks, closers, letters beyond ASCII and broken UTF-8.
func TestTextEndsSentenceMatchesPlain(t *testing.T) {
	plain := func(s string) bool {
		s = strings.TrimRightFunc(s, func(r rune) bool { return textIsCloseQuote(r) || r == ')' || r == ']' })
		r, _ := utf8.DecodeLastRuneInString(s)
		return r == '.' || r == '!' || r == '?' || r == ':' || r == '…'
	}
	check := func(s string) {
		t.Helper()
		if got, want := textEndsSentence(s), plain(s); got != want {
			t.Fatalf("textEndsSentence(%q) = %v, plain %v", s, got, want)
		}
	}
	check("")
	for c := range 256 {
		for _, pre := range []string{"", "He said", "He said.", "»", "…"} {
			for _, post := range []string{"", "\"", ")", "’", "”»"} {
				check(pre + string(rune(c)) + post)
				check(pre + string([]byte{byte(c)}) + post)
			}
		}
	}
	pieces := []string{"a", "Z", ".", "!", "?", ":", ";", ",", "\"", "'", ")", "]", "”", "’", "»", "…", "é", " ", "\xe2\x80", "\xff"}
	for _, s := range fastPieceLines(nil, fastRand(39, 62), pieces, 100000, 0, 6) {
		check(s)
	}
}

// TestTextAppendLineMatchesPlain holds textAppendLine, which asks
// neither textMendDetachedAt nor textLinkRunOn of a line without a
// detached mark, to its form before (both asked of every line), over
// runs of invented lines: long and short lines that stop mid-sentence,
// lines that go on in lower case, after a link's text (" , said", " 's",
// " n't", " ’s") or neither, appended in turn to one list, with and
// without detach. With the mending left to lines whose mark is past
// their first byte, or the run-on test asked only of marks past the
// third byte, the test fails (both tried). It holds textMayOpenLower,
// the gate before the part before is asked whether it ends a sentence,
// too: lines open with letters of either case in and beyond ASCII
// ("é", "É", "ß", "ǅ"), digits, marks and the ends of the ASCII letters
// ("a", "z", "Z"); with the gate's range cut to 'b'–'z', or the bytes
// beyond ASCII left out, the test fails (both tried).
func TestTextAppendLineMatchesPlain(t *testing.T) {
	plain := func(parts []string, line string, detach bool) []string {
		at := -1
		if detach {
			at = textDetachedAt(line, 0)
		}
		if n := len(parts); n > 0 && !textEndsSentence(parts[n-1]) {
			if r, _ := utf8.DecodeRuneInString(line); unicode.IsLower(r) || textLinkRunOn(parts[n-1], line, at) {
				parts[n-1] += "\n" + textMendDetachedAt(line, at)
				return parts
			}
		}
		return append(parts, textMendDetachedAt(line, at))
	}
	pieces := []string{"in support of Moscow's war", "the", "Ukraine", "a", " ,", " 's", " n't", " ’s", ",", "'s",
		"said.", "He", "é", "on the front line of the", "X", " , according to", "did n't go", "é ,",
		"É", "ß", "ǅ", "z", "Z", "a", "4", "“", "(", "@"}
	rng := fastRand(77, 78)
	for range 20000 {
		var got, want []string
		for range 1 + rng.IntN(6) {
			var b strings.Builder
			for k := range 1 + rng.IntN(8) {
				if k > 0 && rng.IntN(2) == 0 {
					b.WriteByte(' ')
				}
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
			line := strings.TrimSpace(b.String())
			if line == "" {
				continue
			}
			detach := rng.IntN(4) > 0
			got = textAppendLine(got, line, nil, detach)
			want = plain(want, line, detach)
			if !slices.Equal(got, want) {
				t.Fatalf("textAppendLine(…, %q, %v) = %q, the plain form %q", line, detach, got, want)
			}
		}
	}
}

// TestTextBlockLinesMatchesSearch holds textBlock.lines, which the page's
// reader sets on the parts textSplitParts lists as joined, to a search
// of each block for a line break, on the
// speed tests' pages and 20,000 invented pages of lines that stop
// mid-sentence over lines in lower case (joined), sentences, detached
// marks, repeated lines (copies) and giant glued lines. With the joined
// part's index left out, the test fails (tried).
func TestTextBlockLinesMatchesSearch(t *testing.T) {
	giant := strings.Repeat("The council met on Monday.The vote was close ", 8)
	pieces := []string{"\n", "\n", "\n\n", " ", "Word", "word", "the end.", "Next line", "in support of", " , said", "’s",
		"and more", "Home", "x", giant}
	texts := fastPieceLines(textSpeedTexts(t), fastRand(81, 53), pieces, 20000, 1, 12)
	joined := 0
	s := newTextScratch()
	for _, text := range texts {
		for _, b := range textSplitBlocksIn(text, s) {
			want := strings.Contains(b.text, "\n")
			if b.lines != want {
				t.Fatalf("block %q of %q: lines %v, searched %v", b.text, text, b.lines, want)
			}
			joined += textBool(want)
		}
		if b := textNewBlock(text); b.lines != strings.Contains(text, "\n") {
			t.Fatalf("textNewBlock(%q).lines = %v", text, b.lines)
		}
	}
	if joined < 1000 {
		t.Fatalf("only %d blocks of joined lines: the comparison tests little", joined)
	}
}
