package extract

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/textnorm"
)

// The tests here hold the text path's fast paths to their plain
// definitions on real pages: the seeds always, and the wcxb-dev flat
// pages when STORYFOLD_DATA names the shared data (sharedDataRoot).

// textSpeedPages returns the seed pages and, when STORYFOLD_DATA names
// the shared data, every wcxb-dev flat page, each with its URL when
// known.
func textSpeedPages(t *testing.T) []news.Page {
	t.Helper()
	if textSpeedCache.pages != nil {
		return textSpeedCache.pages
	}
	var pages []news.Page
	add := func(pattern string) {
		paths, contents := globFiles(t, pattern)
		for i, p := range paths {
			pages = append(pages, news.Page{ID: p, Format: news.FormatText, Content: contents[i]})
		}
	}
	add(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if root := sharedDataRoot(); root != "" {
		add(filepath.Join(root, "extract", "wcxb-dev", "flat", "*.txt"))
	}
	if testing.Short() && len(pages) > 200 {
		pages = pages[:200]
	}
	textSpeedCache.pages = pages
	return pages
}

// globFiles returns the path and the contents of each file matching
// pattern, in the glob's order: none when none matches.
func globFiles(t *testing.T, pattern string) (paths []string, contents [][]byte) {
	t.Helper()
	paths, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatalf("glob %s: %v", pattern, err)
	}
	contents = make([][]byte, len(paths))
	for i, p := range paths {
		if contents[i], err = os.ReadFile(p); err != nil {
			t.Fatal(err)
		}
	}
	return paths, contents
}

// textSpeedCache keeps the test pages and lines for the tests after the
// first that reads them.
var textSpeedCache struct {
	pages []news.Page
	lines []string
}

// TestTextClassifyMatchesAllVectors holds textClassify, which fills a
// feature vector only for the blocks it asks the model about, to the
// model's answer on every block's vector from textFeatures with the
// trees summed whole.
func TestTextClassifyMatchesAllVectors(t *testing.T) {
	x := New(DefaultOptions())
	m := x.text
	for _, p := range textSpeedPages(t) {
		tp := x.textAnalyse(p, string(p.Content), new(textScratch))
		got := textClassify(tp.blocks, tp.first, tp.last, m)
		feats := textFeatures(tp.blocks, tp.first, tp.last)
		for i := range tp.blocks {
			b := &tp.blocks[i]
			z := (textLogit(&feats[i], m.weights) + m.trees.logit(feats[i][:])) / 2
			want := i >= tp.first && i < tp.last && textIsProseSentence(b) || textIsRepeatedLead(tp.blocks, i) ||
				b.cue == textCueNone && z > textKeepLogit
			if got[i] != want {
				t.Fatalf("%s block %d %q: kept %v, the model on every vector says %v", p.ID, i, b.text, got[i], want)
			}
		}
	}
}

// textSpeedStrings returns n random strings of up to 39 pieces of
// fastAlphabet (after "", "A" and "a").
func textSpeedStrings(n int) []string {
	return fastPieceLines([]string{"", "A", "a"}, fastRand(7, 8), fastAlphabet, n-3, 0, 40)
}

// textSpeedLines returns every block text of the test pages and the
// random strings.
func textSpeedLines(t *testing.T) []string {
	t.Helper()
	if textSpeedCache.lines != nil {
		return textSpeedCache.lines
	}
	lines := textSpeedStrings(20000)
	for _, p := range textSpeedPages(t) {
		for _, b := range textSplitBlocks(string(p.Content)) {
			lines = append(lines, b.text)
		}
	}
	textSpeedCache.lines = lines
	return lines
}

// TestTextLowerPrefixesMatch holds the page's shared lowered prefixes
// and the prefix test that builds none to textLowerPrefix.
func TestTextLowerPrefixesMatch(t *testing.T) {
	lines := textSpeedLines(t)
	for _, n := range []int{1, 12, textPhraseWindow} {
		lows := textLowerPrefixes(lines, n)
		for i, s := range lines {
			if want := textLowerPrefix(s, n); lows[i] != want {
				t.Fatalf("textLowerPrefixes(%q, %d) = %q, want %q", s, n, lows[i], want)
			}
		}
	}
	for _, s := range lines {
		for _, prefix := range []string{"http", "www.", "by ", "written by", "posted "} {
			if got, want := textHasLowerPrefix(s, prefix), strings.HasPrefix(textLowerPrefix(s, 16), prefix); got != want {
				t.Fatalf("textHasLowerPrefix(%q, %q) = %v, want %v", s, prefix, got, want)
			}
		}
	}
}

// TestTextReadBlockMatchesNew holds the blocks textSplitBlocks reads with
// one scanner and the shared prefixes to a block read alone, and their
// repeat counts to a count of equal texts; the content words the reader
// keeps (textBlock.keys), to textContentKeys of the block's text.
func TestTextReadBlockMatchesNew(t *testing.T) {
	pages := textSpeedPages(t)
	// lines of short words, stopwords, digits, words of digits and
	// letters, letters beyond ASCII and words the scanner cuts
	pages = append(pages, news.Page{ID: "invented", Content: []byte(strings.Join([]string{
		"Maren Solberg sold 1200 tickets in 2024 at the Keel Street window, 3rd of the year.",
		"THE WINTER FERRY: Ålesund, Tromsø and Harbourton; über-fast 4x4 boats_2 ab12 abc 1234 12345",
		"and the with from that this have into over then than they them your",
		"ﬁnal Straße naïve café Øystein ĸapital ſtreet résumé 2025-06-16 16:45 v1.2.3",
		"a an it is of on to",
		"",
	}, "\n"))})
	for _, p := range pages {
		blocks := textSplitBlocks(string(p.Content))
		for i := range blocks {
			want := textNewBlock(blocks[i].text)
			want.dup = 0
			if want.words <= textPagePhraseMaxWords {
				// only the page's reader reads the page model's phrases
				want.page = textPagePhrases.scan(want.low, 0)
			}
			for j := range blocks {
				if j != i && blocks[j].text == blocks[i].text {
					want.dup++
				}
			}
			var sc textnorm.WordScanner
			wantKeys := []uint64{}
			textContentKeys(blocks[i].text, &sc, func(k uint64) { wantKeys = append(wantKeys, k) })
			if blocks[i].keys == nil || !slices.Equal(blocks[i].keys, wantKeys) {
				t.Fatalf("%s block %d %q: kept keys %v, textContentKeys %v", p.ID, i, blocks[i].text, blocks[i].keys, wantKeys)
			}
			got := blocks[i]
			got.keys, got.keyEnd = nil, 0 // where the page's buffer holds them: TestTextStayingCountsRunsMatchBlocks
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s block %d: read %+v, alone %+v", p.ID, i, blocks[i], want)
			}
		}
	}
}

// TestDecodeCountsMatchPlain holds utf8Counts, which skips ASCII 32 and eight
// bytes at a time, to a rune-by-rune count (and its 0xC3 flag to a search
// of every byte), and the control-byte table
// of binaryKind to its definition, on random bytes and the test pages.
func TestDecodeCountsMatchPlain(t *testing.T) {
	plain := func(b []byte) (good, bad int) {
		for len(b) > 0 {
			r, n := utf8.DecodeRune(b)
			switch {
			case r == utf8.RuneError && n == 1:
				bad++
			case n > 1:
				good++
			}
			b = b[n:]
		}
		return good, bad
	}
	texts := [][]byte{nil}
	for _, s := range textSpeedStrings(20000) {
		texts = append(texts, []byte(s))
	}
	for _, p := range textSpeedPages(t) {
		texts = append(texts, p.Content)
	}
	plainControls := func(b []byte) int {
		n := 0
		for _, c := range b {
			n += int(controlBytes[c])
		}
		return n
	}
	rng := fastRand(11, 12)
	for k := range 20000 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			switch rng.IntN(5) {
			case 0:
				b[i] = byte(rng.IntN(256))
			case 1:
				b[i] = []byte{0x00, 0x1f, 0x20, 0x7e, 0x7f, 0x80, 0xff, '\n', '\t', 0x1b}[rng.IntN(10)]
			case 2: // the bounds of UTF-8's lead and continuation bytes (utf8Common)
				b[i] = []byte{0x7f, 0x80, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xc3, 0xdf, 0xe0, 0xe1, 0xe2, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf4, 0xf5}[rng.IntN(20)]
			default:
				b[i] = byte('a' + rng.IntN(26))
			}
		}
		texts = append(texts, b)
		if k%1000 == 0 {
			texts = append(texts, bytes.Repeat(b, 300))
		}
	}
	for _, b := range texts {
		g1, b1, c1 := utf8Counts(b)
		if g2, b2 := plain(b); g1 != g2 || b1 != b2 {
			t.Fatalf("utf8Counts(%q) = %d, %d, rune by rune %d, %d", b, g1, b1, g2, b2)
		}
		if c2 := bytes.IndexByte(b, 0xC3) >= 0; c1 != c2 {
			t.Fatalf("utf8Counts(%q) says 0xC3 %v, byte by byte %v", b, c1, c2)
		}
		if got, want := controlCount(b), plainControls(b); got != want {
			t.Fatalf("controlCount(%q) = %d, byte by byte %d", b, got, want)
		}
	}
	for c := range 256 {
		want := (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B) || c == 0x7F
		if got := controlBytes[c] == 1; got != want || controlBytes[c] > 1 {
			t.Errorf("controlBytes[%#x] = %d, want %v", c, controlBytes[c], want)
		}
	}
}

// TestTextBylineMatchesRE holds the byte tests in front of the byline
// expressions to the expressions (textOpensBylineLabel among them): on
// every line of the test pages and on random lines, a pre-tested match
// is the expression's own.
func TestTextBylineMatchesRE(t *testing.T) {
	lines := slices.Clip(textSpeedLines(t))
	rng := fastRand(9, 10)
	pieces := []string{"By ", "by ", "BY ", "Written by ", "Posted by ", "Author: ", "Published ", "On ", "Oct. 5", "October 14, 2025",
		"2023", "1999", " by ", " By: ", "Jane ", "Doe", "Ann Roe", "É", "x", "\n", ", ", "Mar 3, ", "JUNE 2 2020", "12 ",
		// the labels in the expression's other cases, and lines that open
		// with their first letters (textOpensBylineLabel)
		"written By ", "posted by ", "Posted By:", "author:", "author ", "Authors: ", "bY ", "ByJane ", "BYJane ", "B", "A ", "What ", "Writer ", "Poster "}
	lines = fastPieceLines(lines, rng, pieces, 20000, 1, 8)
	matched := 0
	for _, s := range lines {
		for _, c := range []struct {
			name string
			fast func(string) []string
			want []string
		}{
			{"byline", textBylineMatch, textBylineRE.FindStringSubmatch(s)},
			{"dated byline", textDatedBylineMatch, textHasYearMatch(s, textDatedBylineRE.FindStringSubmatch(s))},
			{"name and date", textNameDateMatch, textNameDateRE.FindStringSubmatch(s)},
		} {
			got := c.fast(s)
			if !slices.Equal(got, c.want) {
				t.Fatalf("%s on %q: %q, the expression %q", c.name, s, got, c.want)
			}
			if got != nil {
				matched++
			}
		}
	}
	if matched < 100 {
		t.Errorf("only %d matches: the test lines miss the expressions", matched)
	}
}

// textHasYearMatch is m when s holds a year, else nil, as textFindAuthor
// asked of textDatedBylineRE's matches.
func textHasYearMatch(s string, m []string) []string {
	if !textHasYear(s) {
		return nil
	}
	return m
}

// TestTextBlockDigitsMatchRunes holds the block reader's digit count,
// summed word by word (textWordDigits) over the words that are neither
// stopwords nor all letters, to unicode.IsDigit over the block's runes, on
// the test lines and on text with digits of other scripts, long words
// and invalid bytes.
func TestTextBlockDigitsMatchRunes(t *testing.T) {
	lines := append(slices.Clip(textSpeedLines(t)), "٣ apples ۴ and ५", "1\xff2\xc3", "²³ ½ ⅓ 12", "",
		"Mill Lane 12", "1234567", "12345678 9", "Harbourton café 7", "Keel Street ٣4", "A4 b2b 3D k9_x",
		"route12345678901 and 123456789012345", "İ1 ǅ2 Straße3")
	rng := fastRand(5, 22)
	pieces := []string{"0", "7", "9", "a", "Q", "_", "/", ":", " ", "é", "٣", "²", "\xff", "the", "of", "sign", "İ"}
	lines = fastPieceLines(lines, rng, pieces, 20000, 0, 30)
	for _, s := range lines {
		want := 0
		for _, r := range s {
			if unicode.IsDigit(r) {
				want++
			}
		}
		if got := textNewBlock(s).digits; got != want {
			t.Fatalf("textNewBlock(%q).digits = %d, rune by rune %d", s, got, want)
		}
	}
}

// TestTextEndsSentenceMatchesTrim holds the last-byte answer of
// textEndsSentence to its definition: trim closing quotes and brackets,
// then read the last rune.
func TestTextEndsSentenceMatchesTrim(t *testing.T) {
	lines := append(slices.Clip(textSpeedLines(t)), "end.)", "end.”", "end…", "why?'", "list:]", "x\xff", "no.\"x", "")
	for _, s := range lines {
		trimmed := strings.TrimRightFunc(s, func(r rune) bool { return textIsCloseQuote(r) || r == ')' || r == ']' })
		r, _ := utf8.DecodeLastRuneInString(trimmed)
		want := r == '.' || r == '!' || r == '?' || r == ':' || r == '…'
		if got := textEndsSentence(s); got != want {
			t.Fatalf("textEndsSentence(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTextNextUpperMatchesBytes holds the eight-byte search for a capital
// to a byte-by-byte one, from every start of the test lines and on every
// pair of bytes around the capitals.
func TestTextNextUpperMatchesBytes(t *testing.T) {
	plain := func(s string) int {
		for i := 0; i < len(s); i++ {
			if 'A' <= s[i] && s[i] <= 'Z' {
				return i
			}
		}
		return len(s)
	}
	lines := slices.Clip(textSpeedLines(t))
	for _, c := range []byte{'@', 'A', 'Z', '[', 'a', 0xc1, 0xda, 0xff, 0x80} {
		lines = append(lines, "lower case words"+string([]byte{c})+"then more", strings.Repeat("x", 9)+string([]byte{c, 'Q'}))
	}
	for _, s := range lines {
		for from := 0; from < len(s); from += 1 + from/16 {
			if got, want := textNextUpper(s[from:]), plain(s[from:]); got != want {
				t.Fatalf("textNextUpper(%q) = %d, want %d", s[from:], got, want)
			}
		}
	}
}

// textDashTailWhole is textDashTail's definition: the last spaced dash of
// the whole of s, kept when what follows it is short enough.
func textDashTailWhole(s string) string {
	i := max(strings.LastIndex(s, " - "), strings.LastIndex(s, " – "), strings.LastIndex(s, " — "))
	if i < 0 || len(s)-i > textDateSentenceLead {
		return ""
	}
	return s[i:]
}

// TestTextDashTailMatchesWhole holds textDashTail, which searches only
// the last textDateSentenceLead bytes, to textDashTailWhole: on the test
// pages' blocks, and with each dash at every position of a 70-byte line
// (so on both sides of the cut and across it).
func TestTextDashTailMatchesWhole(t *testing.T) {
	lines := textSpeedLines(t)
	base := strings.Repeat("abcdefghij", 7)
	for _, dash := range []string{" - ", " – ", " — ", " -", "- "} {
		for i := 0; i <= len(base); i++ {
			lines = append(lines, base[:i]+dash+base[i:], base[:i]+dash+base[i:]+" - x")
		}
	}
	for _, s := range lines {
		if got, want := textDashTail(s), textDashTailWhole(s); got != want {
			t.Fatalf("textDashTail(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestEndMatterWordsMatchesJoin holds endMatterWords to its definition:
// an end matter phrase between spaces in the text's words joined by
// spaces, on the test lines and on random runs of the phrases' words in
// both cases, with other words and punctuation between them.
func TestEndMatterWordsMatchesJoin(t *testing.T) {
	joined := func(s string) bool {
		key := " " + strings.Join(textnorm.Words(s), " ") + " "
		for _, cue := range endMatterCues() {
			if strings.Contains(key, " "+cue+" ") {
				return true
			}
		}
		return false
	}
	lines := slices.Clip(textSpeedLines(t))
	rng := fastRand(3, 4)
	var words []string
	for _, cue := range endMatterCues() {
		words = append(words, strings.Fields(cue)...)
	}
	words = append(words, "Sign", "UP", "rights", "links", "x", "signup", "é", "book")
	seps := []string{" ", " ", " ", ", ", "-", "\n", " — ", "_"}
	for range 50000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteString(seps[rng.IntN(len(seps))])
		}
		lines = append(lines, b.String())
	}
	var sc textnorm.WordScanner
	checkSameAnswer(t, lines, "endMatterWords", func(s string) bool { return endMatterWords(s, &sc) }, joined, 1000)
}

// TestTextMayBeDisclaimerCoversRE checks that textMayBeDisclaimer passes
// every text textDisclaimerRE matches: each wording the expression
// spells, in random case and with s and k written as the runes (?i) folds
// to them, inside other words, and the test lines.
func TestTextMayBeDisclaimerCoversRE(t *testing.T) {
	re, err := syntax.Parse(textDisclaimerRE.String(), syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	wordings := textSpellings(re.Simplify())
	if len(wordings) < 50 {
		t.Fatalf("only %d wordings spelled", len(wordings))
	}
	rng := fastRand(5, 6)
	lines := slices.Clip(textSpeedLines(t))
	for _, w := range wordings {
		for range 40 {
			var b strings.Builder
			b.WriteString("It said ")
			writeFoldedCase(&b, rng, strings.ToLower(w))
			b.WriteString(" today.")
			lines = append(lines, b.String())
		}
	}
	checkPrefilter(t, lines, textDisclaimerRE, "textMayBeDisclaimer", textMayBeDisclaimer, 40*len(wordings))
}

// writeFoldedCase writes s to b as a case-folded expression may meet
// it: each rune upper-cased or not by rng, and s written as the long s
// and k as the Kelvin sign a quarter of the time.
func writeFoldedCase(b *strings.Builder, rng *rand.Rand, s string) {
	for _, r := range s {
		switch {
		case r == 's' && rng.IntN(4) == 0:
			r = 'ſ'
		case r == 'k' && rng.IntN(4) == 0:
			r = '\u212a'
		case rng.IntN(2) == 0:
			r = unicode.ToUpper(r)
		}
		b.WriteRune(r)
	}
}

// textSpellings returns every text re matches, for an expression of
// literals, concatenations, alternations, groups, optional parts and
// word boundaries.
func textSpellings(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{string(re.Rune)}
	case syntax.OpEmptyMatch, syntax.OpWordBoundary:
		return []string{""}
	case syntax.OpCapture:
		return textSpellings(re.Sub[0])
	case syntax.OpQuest:
		return append(textSpellings(re.Sub[0]), "")
	case syntax.OpCharClass:
		var out []string
		for i := 0; i < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				out = append(out, string(r))
			}
		}
		return out
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			out = append(out, textSpellings(sub)...)
		}
		return out
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			var next []string
			for _, head := range out {
				for _, tail := range textSpellings(sub) {
					next = append(next, head+tail)
				}
			}
			out = next
		}
		return out
	}
	panic("textSpellings: " + re.Op.String())
}

// TestTextContextSharedMatchesNew checks that the block model's context,
// which extractText counts once for textClassifyIn and textDropDoubtedIn,
// is what newTextContext counts again after the steps between them: they
// must change no block the context reads (nor, so, the features of the
// questions the context keeps, textContext.asked).
func TestTextContextSharedMatchesNew(t *testing.T) {
	x := New(DefaultOptions())
	for _, p := range textSpeedPages(t) {
		tp := x.textAnalyse(p, string(p.Content), new(textScratch))
		if tp.clean {
			continue
		}
		c := newTextContext(tp.blocks, tp.first, tp.last)
		keep := textClassifyIn(c, x.text)
		textKeepToClose(tp.blocks, tp.first, keep)
		textKeepToComments(tp.blocks, tp.first, keep)
		meta := textFindMeta(p, tp.blocks, tp.first, tp.last, tp.head, tp.clean, nil)
		_, _ = textCheckArticle(tp.blocks, keep, meta.titleAt >= 0, &textPageWeights)
		c.asked, c.askedOf, c.kept = nil, textModel{}, nil // the model's questions asked and their features, which a new context has not
		again := newTextContext(tp.blocks, tp.first, tp.last)
		c.loaded, again.loaded = nil, nil // the room of the last question's features
		if !reflect.DeepEqual(c, again) {
			t.Fatalf("%s: the blocks changed between the model's two readings", p.ID)
		}
	}
}

// TestTextLog1pMatches holds the table of textLog1p to math.Log1p bit for
// bit, inside the table and past both its ends.
func TestTextLog1pMatches(t *testing.T) {
	for n := -3; n < 3*len(textLog1pTable); n++ {
		if got, want := textLog1p(n), math.Log1p(float64(n)); math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("textLog1p(%d) = %v, math.Log1p %v", n, got, want)
		}
	}
}

// TestTextAllLettersMatchesPlain holds textAllLetters to the rune by rune
// test on every word of the test lines as the scanner gives it (other
// bytes past it in the buffer) and on words of one to twenty bytes (the
// longer read eight bytes at a time, the last eight overlapping) with
// every byte value at every place, in buffers of both sizes.
func TestTextAllLettersMatchesPlain(t *testing.T) {
	check := func(w []byte) {
		t.Helper()
		if got, want := textAllLetters(w), textAllLettersPlain(w); got != want {
			t.Fatalf("%q (cap %d): textAllLetters %v, rune by rune %v", w, cap(w), got, want)
		}
	}
	var sc textnorm.WordScanner
	for _, s := range textSpeedLines(t) {
		for sc.Reset(s); sc.Next(); {
			check(sc.Word())
		}
	}
	for n := 1; n <= 20; n++ {
		for at := range n {
			for c := range 256 {
				for _, size := range []int{n, 24} {
					buf := bytes.Repeat([]byte{'!'}, size)
					copy(buf, bytes.Repeat([]byte{'q'}, n))
					buf[at] = byte(c)
					check(buf[:n])
					copy(buf, "ÉtéZ"[:min(n, 6)])
					check(buf[:n])
				}
			}
		}
	}
}

// TestTextMayOpenBioCoversRE holds textMayOpenBio true of every line
// textBioOpenRE matches: the test pages' lines, random strings, and
// random strings built of the expression's pieces.
func TestTextMayOpenBioCoversRE(t *testing.T) {
	lines := textSpeedLines(t)
	pieces := []string{"(", "*", "A", "Mira", "É", "Ünal", "é", "o’", "O'", "-", ".", ",", " ", "  ", "_", "7", "x",
		" is", " was", " has been", " has", " holds", " leads", " serves", " brings", " began", " joined", " started",
		" founded", " comes", " said", " the", " J.", " MBA,", " PhD", "’", "\u00a0", "\t", ":"}
	lines = fastPieceLines(lines, fastRand(15, 16), pieces, 200000, 1, 8)
	checkPrefilter(t, lines, textBioOpenRE, "textMayOpenBio", textMayOpenBio, 1000)
}

// TestTextMayNameBioVerbCoversRE holds textMayNameBioVerb true of every
// line textBioOpenRE matches: the test pages' lines, random strings, and
// random strings built of the expression's pieces, with more capitals
// and spaces so that the verb often stands after a long run of them.
func TestTextMayNameBioVerbCoversRE(t *testing.T) {
	lines := textSpeedLines(t)
	pieces := []string{"(", "*", "A", "B", "Mira", "É", "Ünal", "é", "o’", "O'", "-", ".", ",", " ", " ", " ", "  ", "_", "7", "x",
		" is", " was", " has been", " has", " holds", " leads", " serves", " brings", " began", " joined", " started",
		" founded", " comes", " said", " the", " J.", " MBA,", " PhD", " A.B.", " IBM", " ÉÜ", "’", "\u00a0", "\t", ":", "isn't"}
	lines = fastPieceLines(lines, fastRand(23, 24), pieces, 300000, 1, 12)
	checkPrefilter(t, lines, textBioOpenRE, "textMayNameBioVerb", textMayNameBioVerb, 1000)
}

// TestTextOpensCountCoversCommentsRE holds textOpensCount true of every
// line commentsOnRE matches, and of every line opening with a digit that
// textCommentsRE matches: the test pages' lines, 200,000 strings of the
// expressions' pieces and 50,000 in their order, with every white space
// byte, \v (not regexp's \s), the runes that fold to other letters and a
// number's own marks.
func TestTextOpensCountCoversCommentsRE(t *testing.T) {
	lines := append(slices.Clone(textSpeedLines(t)), "12 comments on “Harbour walks”", "3 Replies to \"Ferries\"", "1\tthoughts on “x",
		"٣ comments on “x”", "Comments on “x”", " 12 comments on “x”")
	pieces := []string{"12", "3", "0", " ", "  ", "\t", "\n", "\f", "\r", "\v", "\u00a0", "comments", "Comment", "REPLIES", "replies",
		"Responses", "thoughts", "THOUGHTS", "reactions", " on ", " to ", " on", "“", `"`, "ſ", "\u212a", "k", "s", "x", ".", ",", "c", "r", "t"}
	rng := fastRand(41, 42)
	lines = fastPieceLines(lines, rng, pieces, 200000, 1, 6)
	// Lines in the expressions' order, each slot a random piece one time in four.
	slots := [][]string{{"12", "3", "٣", "x"}, {" ", "\t", "  ", "\r\n", "\v", ""}, {"comments", "Replies", "RESPONSES", "thoughts",
		"reactionſ", "Comment", "\u212aomments", "Cars"}, {" ", "\f", ""}, {"on", "TO", "or", "(4)"}, {" ", "\n", ""}, {"“", `"`, "'"}}
	for range 50000 {
		var b strings.Builder
		for _, slot := range slots {
			if rng.IntN(4) == 0 {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			} else {
				b.WriteString(slot[rng.IntN(len(slot))])
			}
		}
		lines = append(lines, b.String())
	}
	checkPrefilter(t, lines, commentsOnRE, "textOpensCount", textOpensCount, 300)
	var digits []string
	for _, s := range lines {
		if s != "" && s[0] >= '0' && s[0] <= '9' {
			digits = append(digits, s)
		}
	}
	checkPrefilter(t, digits, textCommentsRE, "textOpensCount", textOpensCount, 1000)
}

// TestTextBlockByMatchesContains holds the block reader's by flag, which
// textIsPromo's caption lead reads, to what it stands for: the line holds
// " by", " By" or " BY". Not a prefilter but the same test, so it must
// agree both ways, on the pages' lines and on strings of its pieces.
func TestTextBlockByMatchesContains(t *testing.T) {
	lines := textSpeedLines(t)
	pieces := []string{" ", "by", "By", "BY", "bY", "b", "y", "B", "Y", "x", "-", "é", "É", "\u00a0", "_", "7", ":", "\t", "\n"}
	lines = fastPieceLines(lines, fastRand(17, 18), pieces, 200000, 1, 8)
	checkSameAnswer(t, lines, "textNewBlock(…).by", func(s string) bool { return textNewBlock(s).by },
		func(s string) bool { return textHasAny(s, " by", " By", " BY") }, 1000)
}

// TestTextPromoPiecesMatchContains holds textIsPromo's one-pass piece
// groups (textPromoSeen.has) to the strings.Contains of each piece they
// stand for, both ways, on the pages' lines and on strings of the pieces
// and their parts.
func TestTextPromoPiecesMatchContains(t *testing.T) {
	lines := textSpeedLines(t)
	var bits []string
	for _, list := range textPromoLists {
		for _, w := range list {
			bits = append(bits, w, w[:len(w)/2], w[len(w)/2:], w[1:])
		}
	}
	bits = append(bits, " ", "e", "E", "n", "m", "M", "é", ":", "\n")
	lines = fastPieceLines(lines, fastRand(19, 20), bits, 100000, 1, 6)
	for g, list := range textPromoLists {
		checkSameAnswer(t, lines, fmt.Sprintf("any of %q", list), func(s string) bool {
			p := textPromoSeen{s: s}
			return p.has(g)
		}, func(s string) bool { return textHasAny(s, list...) }, 200)
	}
}

// TestTextYearFormsCoverDateREs holds textYearForms's iso and slash true
// of every line textISODateRE and textSlashDateRE match, and its year
// equal to textHasYear: the test pages' lines, random strings, and random
// strings built of the expressions' pieces.
func TestTextYearFormsCoverDateREs(t *testing.T) {
	textNeedsData(t)
	lines := textSpeedLines(t)
	pieces := []string{"2025", "1999", "19", "20", "2", "0", "7", "12", "-", "/", ".", "•", "–", "—", " ", "  ", "\t", "\n", "\v",
		"x", "T", "Jan", "é", ","}
	lines = fastPieceLines(lines, fastRand(21, 22), pieces, 200000, 1, 10)
	for _, s := range lines {
		if year, _, _ := textYearForms(s); year != textHasYear(s) {
			t.Fatalf("textYearForms(%q) year = %v, textHasYear says %v", s, year, !year)
		}
	}
	checkPrefilter(t, lines, textISODateRE, "textYearForms iso", func(s string) bool {
		_, iso, _ := textYearForms(s)
		return iso
	}, 400)
	checkPrefilter(t, lines, textSlashDateRE, "textYearForms slash", func(s string) bool {
		_, _, slash := textYearForms(s)
		return slash
	}, 400)
}

// TestTextRepeatsMatchesPlainSearch holds the title candidates' repeats,
// read in one pass for all of them (textTitleRepeats: by their first four
// bytes, the shorter ones line by line), to repeatsInLine over every line
// of the page, with the first 300 test pages' first 60 blocks as the candidates and
// with pieces of them (three bytes, the middle of a line), and with more
// openings than the table takes.
func TestTextRepeatsMatchesPlainSearch(t *testing.T) {
	plain := textRepeatsOverLines
	found := 0
	pages := textSpeedPages(t)
	for n, p := range pages[:min(len(pages), 300)] {
		blocks := textSplitBlocks(string(p.Content))
		var texts []string
		for i := range min(len(blocks), 60) {
			s := blocks[i].text
			texts = append(texts, s, s[:min(len(s), 3)], s[len(s)/3:len(s)/2])
		}
		var long []string // whole lines of 12 bytes or more: a long window, as headlines make
		for i := range min(len(blocks), 60) {
			if s := blocks[i].text; len(s) >= 12 {
				long = append(long, s, s[:len(s)-1])
			}
		}
		sets := [][]string{texts, texts[:min(len(texts), 8)], long}
		if n < 3 { // more openings than the table takes
			sets = append(sets, append(texts, textSpeedStrings(200)...))
		}
		for _, cands := range sets {
			reps := textTitleRepeats(blocks, cands)
			for k, s := range cands {
				if want := plain(blocks, s); reps[k] != want {
					t.Fatalf("%s: repeats of %q = %+v, every line gives %+v", p.ID, s, reps[k], want)
				}
				if reps[k].inside > 0 {
					found++
				}
			}
		}
	}
	if found < 100 {
		t.Errorf("only %d candidates repeat on their page, want 100 or more", found)
	}
}

// textRandomPiece returns a string of n bytes or a few more, joined from
// letters at random: the repeat tests' lines and texts, whose few letters
// make windows that open as a text does and fail after.
func textRandomPiece(rng *rand.Rand, letters []string, n int) string {
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(letters[rng.IntN(len(letters))])
	}
	return b.String()
}

// textRandomBlocks is n blocks of random pieces (piece), each under
// longest bytes, drawn from rng: the pages the repeat and lowering tests
// search.
func textRandomBlocks(rng *rand.Rand, piece func(n int) string, n, longest int) []textBlock {
	blocks := make([]textBlock, n)
	for i := range blocks {
		blocks[i].text = piece(rng.IntN(longest))
	}
	return blocks
}

// textRepeatsOverLines is the plain form of a text's repeats that
// textTitleRepeats gives: every line searched (repeatsInLine), the text's
// own place taken off, and the last block that is the text; none for an
// empty text.
func textRepeatsOverLines(blocks []textBlock, s string) textRepeat {
	var r textRepeat
	if s == "" {
		return r
	}
	for j := range blocks {
		r.add(repeatsInLine(blocks[j].text, s))
		if blocks[j].text == s {
			r.whole = j + 1
		}
	}
	r.inside--
	return r
}

// The window that moves along the blocks (textRepeatSteps) finds every
// occurrence a plain search finds, overlapping ones counted as
// repeatsInLine counts them, on lines of few letters where windows often
// end as a text's first bytes do and the text fails after, with texts of
// four to twenty bytes.
func TestTextRepeatsSkipMatchesPlainSearch(t *testing.T) {
	rng := fastRand(31, 32)
	letters := []string{"a", "b", "c", " ", "ab", "ba", "\n", " | ", "é"}
	piece := func(n int) string { return textRandomPiece(rng, letters, n) }
	for range 3000 {
		blocks := textRandomBlocks(rng, piece, 1+rng.IntN(6), 60)
		var texts []string
		for range 1 + rng.IntN(8) {
			if rng.IntN(2) == 0 {
				texts = append(texts, piece(4+rng.IntN(17)))
				continue
			}
			line := blocks[rng.IntN(len(blocks))].text // a piece of a line: found at least once
			i := rng.IntN(len(line) + 1)
			texts = append(texts, line[i:min(len(line), i+4+rng.IntN(17))])
		}
		reps := textTitleRepeats(blocks, texts)
		for k, s := range texts {
			want := textRepeatsOverLines(blocks, s)
			if reps[k] != want {
				t.Fatalf("repeats of %q in %d blocks = %+v, every line gives %+v", s, len(blocks), reps[k], want)
			}
		}
	}
}

// TestTextIsBylineMatchesPlain holds textIsByline to its plain form, both
// ways, on the test pages' lines and on strings of its pieces (up to six,
// so that the marks and their broken bytes fall anywhere in the eight-byte
// words textHasBylineMark reads).
func TestTextIsBylineMatchesPlain(t *testing.T) {
	plain := func(s string) bool {
		return textHasLowerPrefix(s, "by ") || textHasLowerPrefix(s, "by:") || textHasLowerPrefix(s, "written by") ||
			textHasLowerPrefix(s, "posted ") || textnorm.ContainsAny(s, ">»›")
	}
	lines := textSpeedLines(t)
	pieces := []string{"by ", "By ", "BY", "bY ", "by:", "BY:", "written by", "Written By", "WRITTEN BY", "posted ", "Posted ", "POSTED ",
		"poſted ", "B", "W", "P", "b", "w", "p", " ", ">", "»", "›", "«", "‹", "\xc2", "\xbb", "\xe2\x80", "\xba", "\x80", "ú", "º", "û",
		"é", "x", "K", "\u212a"}
	lines = fastPieceLines(lines, fastRand(27, 28), pieces, 200000, 1, 6)
	checkSameAnswer(t, lines, "textIsByline", textIsByline, plain, 1000)
}

// TestTextMayEndCaptionByCoversRE holds textMayEndCaptionBy true of every
// window textCaptionByRE matches, and of every line cut as textIsCaption
// cuts them (textCaptionWindow): the test pages' lines, random strings,
// and random strings built of the expression's pieces.
func TestTextMayEndCaptionByCoversRE(t *testing.T) {
	lines := textSpeedLines(t)
	pieces := []string{"Photo", "photo", "Photograph", "photographs", "Image", "images", "Picture", "picture", "Courtesy",
		"courtesy", " of", " by", "by", " ", "  ", "(", ")", ".", "!", "?", "|", "–", "—", "\t", "\n", "x", "é", "… ", "s"}
	lines = fastPieceLines(lines, fastRand(29, 30), pieces, 200000, 1, 6)
	checkCaptionPrefilter(t, lines, textCaptionByRE, "textMayEndCaptionBy", textMayEndCaptionBy, 1000)
}

// checkCaptionPrefilter holds pre true of every line re matches
// (checkPrefilter) and of every line whose window, cut as textIsCaption
// cuts it (textCaptionWindow), re matches.
func checkCaptionPrefilter(t *testing.T, lines []string, re *regexp.Regexp, name string, pre func(string) bool, least int) {
	t.Helper()
	checkPrefilter(t, lines, re, name, pre, least)
	for _, s := range lines {
		if w := textCaptionWindow(s, len(s)); re.MatchString(w) && !pre(s) {
			t.Fatalf("%s(%q) = false, but the expression matches its window %q", name, s, w)
		}
	}
}

// TestTextMayEndCaptionLabelCoversRE holds textMayEndCaptionLabel true
// of every window textCaptionLabelRE matches, and of every line cut as
// textIsCaption cuts them (textCaptionWindow): the test pages' lines,
// random strings, and random strings built of the expression's pieces.
func TestTextMayEndCaptionLabelCoversRE(t *testing.T) {
	lines := textSpeedLines(t)
	pieces := []string{"Photo", "photo", "Photograph", "photographs", "PHOTO", "Image", "images", "IMAGE", "Picture",
		"picture", "Illustration", "illustration", "Credit", "credits", "CREDIT", " Courtesy", " courtesy", " Credits", " of", " by",
		" By", "by", "s", ":", ":", " ", "  ", "(", ")", ".", "!", "?", "|", "–", "—", "©", "\t", "\n", "x", "é", "… "}
	lines = fastPieceLines(lines, fastRand(41, 42), pieces, 300000, 1, 6)
	checkCaptionPrefilter(t, lines, textCaptionLabelRE, "textMayEndCaptionLabel", textMayEndCaptionLabel, 1500)
}

// TestTextCaptionLabelMatchMatchesRE holds textCaptionLabelMatch to
// textCaptionLabelRE on the test pages' lines and random strings of the
// expression's pieces, with every white space byte, \v, marks, brackets,
// "©" and broken sequences, each whole and cut as textIsCaption cuts it
// (textCaptionWindow, which may cut a rune).
func TestTextCaptionLabelMatchMatchesRE(t *testing.T) {
	lines := slices.Clip(textSpeedLines(t))
	pieces := []string{"Photo", "photo", "Photograph", "photographs", "PHOTO", "Image", "images", "IMAGE", "Picture",
		"picture", "Illustration", "illustration", "Credit", "credits", "CREDIT", "CREDITS", "Photos", " Courtesy",
		" courtesy", " Credits", " credit", " of", " by", " By", "by", "s", ":", ":", ":", " ", "  ", "\t", "\n", "\f",
		"\r", "\v", "(", ")", ".", "!", "?", "|", "–", "—", "-", "©", "© ", "\xc2", "\xa9", "\xe2\x80", "\x94", "x",
		"é", "… "}
	lines = fastPieceLines(lines, fastRand(47, 48), pieces, 300000, 1, 6)
	windows := make([]string, 0, 2*len(lines))
	for _, s := range lines {
		windows = append(windows, s, textCaptionWindow(s, len(s)))
	}
	checkSameAnswer(t, windows, "textCaptionLabelMatch", textCaptionLabelMatch, textCaptionLabelRE.MatchString, 1500)
}

// TestTextPromoLeadsCoverREs holds textOpensLead true of every line
// readerAppealRE and formMessageRE match with the leads textIsPromo
// passes: the test pages' lines, random strings, and random strings built
// of the expressions' words in random case, with s written as the long s
// and k as the Kelvin sign now and then.
func TestTextPromoLeadsCoverREs(t *testing.T) {
	pieces := []string{"be sure to ", "please ", "don't forget to ", "don’t ", "follow ", "me", "us", "pin ", "it", "this",
		"share ", "post", "article", "with", "if you ", "enjoyed", "liked", "found ", "enjoy ", "the ", "did you ", "like ",
		"thanks ", "thank you ", "for reading", "for ", "subscribing", "signing up", "your ", "message ", "form ", "has been ",
		"sent", "you're ", "you are ", "all ", "subscribed", "please check your email", "if you do not receive a confirmation",
		"please scroll ", "to the ", "right", "scroll ", "horizontally to", " ", "  ", "(", "…", "➡️ ", "\"", "-", "x", "é", "1"}
	openings := []string{"be sure to follow me", "please follow us", "don't forget to follow us", "don’t forget to follow me",
		"follow us", "pin it", "pin this", "please share this post", "share it with", "if you enjoyed", "if you liked",
		"if you found this", "if you found it", "enjoy this post", "enjoyed the article", "enjoy the piece", "did you enjoy this",
		"did you like the", "thanks for reading", "thank you for reading", "thank for subscribing", "thanks you for signing up",
		"thank you for your submission", "thanks for your message", "your message has been sent", "your form was received",
		"your submission was submitted", "you're subscribed", "you’re all signed up", "you are all subscribed",
		"please check your email", "please confirm your inbox", "if you do not receive a confirmation",
		"please scroll to the right", "please scroll left", "scroll right to", "scroll horizontally to"}
	leads := []string{"", "", " ", "(", "…", "➡️ ", "\"", "- ", "ſ", "K", "é"}
	rng := fastRand(43, 44)
	lines := slices.Clip(textSpeedLines(t))
	var built []string
	for range 20000 {
		built = append(built, leads[rng.IntN(len(leads))]+openings[rng.IntN(len(openings))]+pieces[rng.IntN(len(pieces))])
	}
	for _, s := range fastPieceLines(built, rng, pieces, 300000, 1, 4) {
		var b strings.Builder
		writeFoldedCase(&b, rng, s)
		lines = append(lines, b.String())
	}
	appeal := func(s string) bool { return textOpensLead(s, textPromoLeadKeys.appeal, textPromoLeadLen.appeal) }
	form := func(s string) bool { return textOpensLead(s, textPromoLeadKeys.form, textPromoLeadLen.form) }
	checkPrefilter(t, lines, readerAppealRE, "textOpensLead(appeal)", appeal, 2000)
	checkPrefilter(t, lines, formMessageRE, "textOpensLead(form)", form, 2000)
	// The leads turn away lines whose first letter alone, or the
	// appeals' first two, would pass.
	for _, s := range []string{"It rained on Keel Street.", "— So the ferry left Harbourton", "Bread on Mill Lane",
		"Dawn at the quay", "Every boat was in", "Finally, Maren Solberg spoke", "Perhaps not", "Such is the tide",
		"", "… 12", "The ferry left", "For the harbour", "Before noon", "She said", "Ifor Evans", "Pier lights", "Di", "be"} {
		if appeal(s) {
			t.Errorf("textOpensLead(%q, appeal) = true, want false", s)
		}
	}
	for _, s := range []string{"Yesterday the ferry", "Into the harbour", "Piers and quays", "So the ferry left", "Youth sailing", "The tide", "Ifor Evans",
		"Today at noon", ""} {
		if form(s) {
			t.Errorf("textOpensLead(%q, form) = true, want false", s)
		}
	}
}

// TestTextMayOpenCommentsHeadingCoversRE holds textMayOpenCommentsHeading
// true of every line textCommentsRE matches: the test pages' lines,
// random strings, and random strings built of the expression's pieces,
// in every case and with the runes that fold to ASCII letters.
func TestTextMayOpenCommentsHeadingCoversRE(t *testing.T) {
	lines := textSpeedLines(t)
	pieces := []string{"12", "3", " ", "  ", "\t", "comment", "Comment", "COMMENTS", "comments", "commentſ", "replies",
		"Replies", "(", ")", "(4)", "the following comments", "The Following Comments", "THE FOLLOWING COMMENTſ", "The",
		"following", "K", "\u212a", "ſ", "x", "é", "c", "t"}
	lines = fastPieceLines(lines, fastRand(33, 34), pieces, 200000, 1, 5)
	checkPrefilter(t, lines, textCommentsRE, "textMayOpenCommentsHeading", textMayOpenCommentsHeading, 1000)
}

// TestTextIsBylineLabelMatchesLowered holds textIsBylineLabel, which
// lowers no long line, to the lowered last line's lookup: on the test
// lines and on labels that lower from longer forms (the dotted capital
// İ lowers to i) or trim to one ("by" and a hundred colons).
func TestTextIsBylineLabelMatchesLowered(t *testing.T) {
	for label := range textBylineLabels {
		if len(label) > textBylineLabelMax {
			t.Fatalf("label %q is longer than textBylineLabelMax %d", label, textBylineLabelMax)
		}
	}
	lines := append(slices.Clip(textSpeedLines(t)), "ARTİCLE WRİTTEN BY", "Harbour Ferries Return\n  Article Wrİtten By: ",
		"by"+strings.Repeat(":", 100), "by "+strings.Repeat(" ", 100), "Written by Maren Solberg", "",
		"ARTICLE WRITTEN BY:", "Harbour Ferries Return\nPosted By", "Article written by.", "AUTHORS")
	for _, s := range lines {
		want := textBylineLabels[strings.ToLower(textLastLine(s))]
		if got := textIsBylineLabel(s); got != want {
			t.Fatalf("textIsBylineLabel(%q) = %v, lowered %v", s, got, want)
		}
	}
}

// TestTextBylineLabelRestMatchesLowered holds textBylineLabelRest, which
// lowers nothing, to the label search over the whole line lowered, on
// the test pages' lines and random strings of the labels' pieces with
// runes whose lower case changes their length (the Kelvin sign, an
// invalid byte). The dotted İ, which lowering reads as an i, is the one
// difference, and is no label.
func TestTextBylineLabelRestMatchesLowered(t *testing.T) {
	lowered := func(t string) string {
		low := strings.ToLower(t)
		rest := ""
		for _, label := range textBylineLabelPrefixes {
			if after, ok := strings.CutPrefix(low, label); ok && (label == "author:" || strings.HasPrefix(after, " ") || strings.HasPrefix(after, ":")) {
				rest = strings.TrimLeft(t[len(label):], ": ")
			}
		}
		return rest
	}
	rng := fastRand(3, 11)
	pieces := []string{"b", "B", "y", "Y", " ", ":", "author", "AUTHOR", "Written", "WRİTTEN", "wrİtten", "posted", "Posted",
		"\u212a", "\u212aelvin", "İ", "i", "\xff", "é", "Maren", "\u2126", "ß"}
	lines := slices.Clone(textSpeedLines(t))
	lines = fastPieceLines(lines, rng, pieces, 200000, 0, 8)
	lines = append(lines, "\u212aby Maren", "BY\u212a", "Wrİtten by: Maren Solberg", "author:Maren", "by", "by:")
	for _, s := range lines {
		if strings.ContainsRune(s, 'İ') {
			continue
		}
		if got, want := textBylineLabelRest(s), lowered(s); got != want {
			t.Fatalf("textBylineLabelRest(%q) = %q, lowered %q", s, got, want)
		}
	}
	if got := textBylineLabelRest("Wrİtten by: Maren Solberg"); got != "" {
		t.Errorf("textBylineLabelRest read the dotted İ as a label's i: %q", got)
	}
}

// TestTextCountPricesMatchesRE holds textCountPrices to the number of
// textPriceRE's matches on the pages' lines and on strings of the
// expression's pieces, its spaces and word bytes, and the bytes of £ and
// € apart.
func TestTextCountPricesMatchesRE(t *testing.T) {
	lines := textSpeedLines(t)
	pieces := []string{"$", "€", "£", "\xe2", "\x82\xac", "\xc2", "\xa3", "5", "0", " ", "\t", "\v", "\n", "\f", "\r",
		"USD", "EUR", "US", "EU", "D", "R", "x", "_", "é", "-", "\u00a0"}
	lines = fastPieceLines(lines, fastRand(23, 24), pieces, 100000, 1, 8)
	checkSameAnswer(t, lines, "textCountPrices", textCountPrices, func(s string) int {
		return len(textPriceRE.FindAllStringIndex(s, -1))
	}, 1000)
}

// TestTextPriceOpensCoversEnd holds textPriceOpens, the bytes
// textCountPrices asks textPriceEnd at, to every byte textPriceEnd finds
// a match at: each byte value before each of the expression's pieces.
func TestTextPriceOpensCoversEnd(t *testing.T) {
	tails := []string{"", "5", " 5", "\t5", "\xa3", "\xa35", "\x82\xac", "\x82\xac 5", "\x82\xac5", "€", "€x", " €x", "USD", " USD", "EUR", " EUR", "x"}
	for c := range 256 {
		for _, tail := range tails {
			s := string([]byte{byte(c)}) + tail
			if e := textPriceEnd(s, 0); e > 0 && !textPriceOpens[c] {
				t.Errorf("textPriceEnd(%q, 0) = %d, but textPriceOpens[%#x] is false", s, e, c)
			}
		}
	}
}

// TestTextConsentChoiceMatchesRE holds textHasConsentChoice to
// textConsentChoiceRE on the pages' lowered lines and on strings of the
// expression's words, their pieces, word bytes and separators.
func TestTextConsentChoiceMatchesRE(t *testing.T) {
	var lines []string
	for _, s := range textSpeedLines(t) {
		lines = append(lines, strings.ToLower(s))
	}
	pieces := []string{"consent", "accept", "reject", "decline", "agree", "preference", "s", "setting", "policy", "notice",
		"statement", "manage", "allow", "deny", "opt", "out", "-", " ", "necessary", "essential", "personali", "z",
		"advertis", "analytics", "browser", "browsing", "experience", "x", "_", "9", "é", ".", "ed", "cons", "ent"}
	lines = fastPieceLines(lines, fastRand(29, 30), pieces, 100000, 1, 5)
	checkSameAnswer(t, lines, "textHasConsentChoice", textHasConsentChoice, textConsentChoiceRE.MatchString, 1000)
}

// TestPhotoCreditTailMatchesRE holds photoCreditRE run on a line's tail
// (photoCreditTail) to the expression run on the whole line, and the
// prefilter on the tail to the expression: the test pages' lines, random
// strings, and random strings built of the expression's pieces.
func TestPhotoCreditTailMatchesRE(t *testing.T) {
	pieces := []string{"Photo", "photo", "PHOTOGRAPH", "Image", "picture", "Illustration", "photo illustration", " credit",
		" source", "Credits", "credit", ":", ": ", " by", " by:", " courtesy", " courtesy of:", " Jane Roe", " Keel Street",
		"Maren", " ", "  ", "\t", "\n", "(", ")", ".", ". ", "!", "! ", "?", "? ", "|", "| ", "x", "é", "ſ", "…", "1"}
	lines := fastPieceLines(slices.Clip(textSpeedLines(t)), fastRand(51, 52), pieces, 300000, 1, 8)
	checkSameAnswer(t, lines, "photoCreditRE on the tail", func(s string) bool {
		tail := photoCreditTail(s)
		return hasFoldPiece(tail, photoCreditPieces) && photoCreditRE.MatchString(tail)
	}, photoCreditRE.MatchString, 3000)
}

// TestPhotoCreditMatchMatchesRE holds photoCreditMatch, the expression
// tried only where its opening leaves off, to photoCreditRE: the test
// pages' lines and strings of the expression's pieces with every white
// space byte, \v (not \s), marks, bars, brackets and broken sequences.
func TestPhotoCreditMatchMatchesRE(t *testing.T) {
	pieces := []string{"Photo", "photo", "PHOTOGRAPH", "Image", "picture", "Illustration", "photo illustration", " credit",
		" source", "Credits", "credit", ":", ": ", " by", " by:", " courtesy", " courtesy of:", " Jane Roe", "Maren",
		" ", "  ", "\t", "\n", "\f", "\r", "\v", "(", "((", ")", ".", ". ", "!", "?", "|", "| ", "x", "é", "ſ", "\xe2\x80", "\xff", "1"}
	lines := fastPieceLines(slices.Clip(textSpeedLines(t)), fastRand(53, 54), pieces, 300000, 1, 8)
	checkSameAnswer(t, lines, "photoCreditMatch", photoCreditMatch, photoCreditRE.MatchString, 3000)
}

// TestTextIsRoleBioMatchesPlain holds textIsRoleBio, with textBioOpenRE's
// prefilters before it, to its three expressions alone: the test pages'
// lines, and bios built of names, verbs, trades and pronouns.
func TestTextIsRoleBioMatchesPlain(t *testing.T) {
	pieces := []string{"Maren Solberg", "(Ivo", "*Tomas Vik", "Ó’Brien", "J. Roe,", " MBA,", " is", " was", " has been",
		" holds", " joined", " founded", " comes", " said", " a", " harbour", " writer", " editors", " coach", " ceo",
		" owner.", " He", " she", " his", " her", " him", " the", " ferry", ",", ".", " ", "x", "é"}
	lines := fastPieceLines(slices.Clip(textSpeedLines(t)), fastRand(71, 72), pieces, 200000, 1, 9)
	checkSameAnswer(t, lines, "textIsRoleBio", textIsRoleBio, func(s string) bool {
		return textBioOpenRE.MatchString(s) && textBioRoleRE.MatchString(s) && textBioPronounRE.MatchString(s)
	}, 1000)
}

// TestTextBlockMarksMatchCount holds the block reader's count of ". ",
// "? " and "! ", read in the gaps between words, to three strings.Count:
// the test pages' lines, random strings, and random strings of marks,
// spaces, words and runes beyond ASCII, at every length around a word.
func TestTextBlockMarksMatchCount(t *testing.T) {
	pieces := []string{".", "?", "!", " ", ". ", "? ", "! ", "x", "é", "…", "  ", "..", "Ab", "1_", "ß", "“"}
	lines := fastPieceLines(slices.Clip(textSpeedLines(t)), fastRand(81, 82), pieces, 200000, 1, 20)
	checkSameAnswer(t, lines, "textNewBlock(…).marks", func(s string) int {
		return textNewBlock(s).marks
	}, func(s string) int {
		return strings.Count(s, ". ") + strings.Count(s, "? ") + strings.Count(s, "! ")
	}, 50000)
}

// TestTextYearFromMatchesPlain holds textYearFrom, which passes four bytes
// when the fourth is no digit, to the plain look at every byte, from every
// start, and textGluedYear to its plain loop, on the test pages' lines and
// random strings of digits, letters and marks.
func TestTextYearFromMatchesPlain(t *testing.T) {
	lines := textSpeedLines(t)
	pieces := []string{"2025", "1999", "19", "20", "2", "1", "0", "9", "7", "-", " ", "x", "Science", "a", "é"}
	lines = fastPieceLines(lines, fastRand(23, 24), pieces, 50000, 1, 8)
	found, glued := 0, 0
	for _, s := range lines {
		for i := 0; i <= len(s); i++ {
			want := -1
			for j := i; j+4 <= len(s); j++ {
				if textYearAt(s, j) {
					want = j
					break
				}
			}
			if got := textYearFrom(s, i); got != want {
				t.Fatalf("textYearFrom(%q, %d) = %d, byte by byte %d", s, i, got, want)
			}
			found += textBool(want >= 0)
		}
		want := false
		for i := 0; i+5 < len(s); i++ {
			if textYearAt(s, i) && s[i+4] >= 'A' && s[i+4] <= 'Z' && s[i+5] >= 'a' && s[i+5] <= 'z' && (i == 0 || !isDigitByte(s[i-1])) {
				want = true
			}
		}
		if got := textGluedYear(s); got != want {
			t.Fatalf("textGluedYear(%q) = %v, byte by byte %v", s, got, want)
		}
		glued += textBool(want)
	}
	if found < 1000 || glued < 100 {
		t.Errorf("%d years found, %d glued: the test lines miss the cases", found, glued)
	}
}

// TestTextTitleRankMatchesPairs holds the ranks of the merged distances
// (textTitleRanks) to the count over all pairs they replaced, on random
// blocks, candidates and body starts, ties included.
func TestTextTitleRankMatchesPairs(t *testing.T) {
	rng := fastRand(25, 26)
	ranked := 0
	for range 3000 {
		blocks := make([]textBlock, rng.IntN(120)+1)
		var cands []int
		for i := range blocks {
			blocks[i].words = rng.IntN(6)
			if rng.IntN(3) > 0 {
				cands = append(cands, i)
			}
		}
		first := rng.IntN(len(blocks))
		ranks := textTitleRanks(blocks, cands, first, nil)
		for k, i := range cands {
			want := 0
			for _, j := range cands {
				if max(first-j, j-first) < max(first-i, i-first) && !textTitleShort(&blocks[j]) {
					want++
				}
			}
			if got := ranks[k]; got != want {
				t.Fatalf("rank of %d (first %d, cands %v): %d, over all pairs %d", i, first, cands, got, want)
			}
			ranked += textBool(want > 0)
		}
	}
	if ranked < 1000 {
		t.Errorf("only %d ranks above 0", ranked)
	}
}

// TestTextCaptionByMatchesPlain holds textCaptionBy, which seeks
// "ourtesy of " only where "ourtesy " is, takes where the last "by " and
// "ourtesy " are from its search of the tail's y's and reads the label
// before the credit, to a search for each of the three words in turn,
// each found again in s from its end, the credit read before the label,
// on invented captions and random joins of their pieces; some are found
// by "ourtesy of " alone.
func TestTextCaptionByMatchesPlain(t *testing.T) {
	plainAt := func(s, w string) bool {
		c := strings.LastIndex(s, w)
		return textIsCreditTail(s[c+len(w)-1:]) && textMayEndCaptionBy(s[:c+len(w)-1]) &&
			textCaptionByRE.MatchString(textCaptionWindow(s, c+len(w)-1))
	}
	plain := func(s, end string) bool {
		for _, w := range [...]string{"by ", "ourtesy ", "ourtesy of "} {
			if strings.Contains(end, w) && plainAt(s, w) {
				return true
			}
		}
		return false
	}
	pieces := []string{"Photo", "Image", "Courtesy", "courtesy", "of", "by", "Maren Solberg", "Harbourton Museum",
		"Keel Street Gallery", "The quay reopened on Mill Lane.", "(", ")", ".", "Photograph", "Images", "the",
		"y", "y ", "b", "by", "ourtes", "ourtesy", "Abby", "\n", "\t"}
	lines := []string{"Courtesy of Harbourton Museum", "Photo courtesy of Maren Solberg", "Image courtesy Keel Street Gallery",
		"The ferry left at noon. Photo by Maren Solberg", "The quay reopened. (Courtesy of Harbourton Museum)",
		// "by " and "ourtesy " opening the tail (textCaptionReach bytes)
		"The quay reopened. Photo by Maren Solberg and Ivo Tollander for the Harbourton Museum of the Sea, Keel St",
		"The quay reopened. Photo courtesy Maren Solberg and Ivo Tollander for the Harbourton Museum, Keel Street 9"}
	rng := fastRand(7, 8)
	for range 100000 {
		var b strings.Builder
		for k := range 1 + rng.IntN(8) {
			if k > 0 && rng.IntN(4) > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		lines = append(lines, b.String())
	}
	lines = append(lines, textSpeedLines(t)...) // with "nearby", "Abby", "by" opening a line
	ofOnly := 0
	for _, s := range lines {
		end := s[max(len(s)-textCaptionReach, 0):]
		got, want := textCaptionBy(s, end, textNewBlock(s).by), plain(s, end)
		if got != want {
			t.Fatalf("textCaptionBy(%q) = %v, each word in turn %v", s, got, want)
		}
		if want && !(strings.Contains(end, "ourtesy ") && plainAt(s, "ourtesy ")) && !(strings.Contains(end, "by ") && plainAt(s, "by ")) {
			ofOnly++
		}
	}
	if ofOnly == 0 {
		t.Error("no caption found by \"ourtesy of \" alone: the lines test little")
	}
}

// TestTextTextOpensAppealMatchesLowered holds textTextOpensAppeal, which
// lowers a sentence only when an opener starts it, to textOpensAppeal of
// the sentence lowered, on the test pages' lines and appeals in every
// case, with the Kelvin sign and the long s that fold to ASCII letters.
func TestTextTextOpensAppealMatchesLowered(t *testing.T) {
	lines := slices.Clip(textSpeedLines(t))
	for _, s := range []string{"If you enjoyed this article, please share it.", "Enjoyed this piece? We need your help.",
		"Did you like this post? You can buy me a coffee.", "Like what you see? Subscribe.", "Found this interesting? Share it.",
		"Please support us today.", "Support our mission.", "Loved this story? Sign up.", "Liked this newsletter? Tell a friend."} {
		lines = append(lines, s, strings.ToUpper(s), strings.ToLower(s), strings.Replace(s, "k", "\u212a", 1),
			strings.Replace(s, "s", "\u017f", 1), strings.TrimSuffix(s, "."))
	}
	checkSameAnswer(t, lines, "textTextOpensAppeal", textTextOpensAppeal, func(s string) bool {
		return textOpensAppeal(textLowerPrefix(s, textPhraseWindow))
	}, 20)
}

// TestTextIndexAfterSpaceMatchesJoined holds textIndexAfterSpace to
// strings.Index of the needle with a space joined before it, on random
// strings of a few bytes (the needle at the start, after a space, after
// another byte, twice, overlapping itself) and on pairs of the test
// pages' lines.
func TestTextIndexAfterSpaceMatchesJoined(t *testing.T) {
	rng := fastRand(17, 3)
	piece := func(n int) string {
		b := make([]byte, rng.IntN(n))
		for i := range b {
			b[i] = " ab"[rng.IntN(3)]
		}
		return string(b)
	}
	for range 200000 {
		s, sub := piece(12), piece(4)
		if got, want := textIndexAfterSpace(s, sub), strings.Index(s, " "+sub); got != want {
			t.Fatalf("textIndexAfterSpace(%q, %q) = %d, want %d", s, sub, got, want)
		}
	}
	lines := textSpeedLines(t)
	for i := 1; i < len(lines); i += 7 {
		s, sub := lines[i], lines[i-1][:min(len(lines[i-1]), 1+i%9)]
		if got, want := textIndexAfterSpace(s, sub), strings.Index(s, " "+sub); got != want {
			t.Fatalf("textIndexAfterSpace(%q, %q) = %d, want %d", s, sub, got, want)
		}
	}
}

// TestTextHasCasedMonthCoversREs holds textHasCasedMonth to the two
// expressions it stands before (textMonthDateRE and textYearMonthRE,
// which take a month's name in title or upper case only) on the test
// pages' lines and on lines of pieces with months in every case.
func TestTextHasCasedMonthCoversREs(t *testing.T) {
	textNeedsData(t)
	lines := textSpeedLines(t)
	pieces := []string{"Jan", "JAN", "jan", "JAn", "uary", "Sept", "SEPT", "Sep", "May", "MAY", "June", "Dec", "dec", "Oct",
		"ober", "Jul", "Aug", "Nov", "Feb", "Mar", "Apr", "2025", "1999", "7", "12", "21st", ".", ",", " ", "  ", "\t", "é", "x", "M", "J"}
	lines = fastPieceLines(lines, fastRand(31, 32), pieces, 200000, 1, 8)
	checkPrefilter(t, lines, textMonthDateRE, "textHasCasedMonth", textHasCasedMonth, 400)
	checkPrefilter(t, lines, textYearMonthRE, "textHasCasedMonth", textHasCasedMonth, 30)
}

// TestTextFastSearchesMatchPlain holds the searches written out for speed
// to the plain calls they replace: textLastIndexByte to LastIndexByte
// for a colon and a line break, and textHasBylineSeparator to
// ContainsAny over the byline separators, on the test pages' lines and
// on lines of pieces with the separators' bytes alone and in broken
// sequences.
func TestTextFastSearchesMatchPlain(t *testing.T) {
	lines := textSpeedLines(t)
	pieces := []string{"•", "·", "|", ":", "\n", "\xe2", "\x80", "\xa2", "\xc2", "\xb7", "a", " ", "é", "–"}
	lines = fastPieceLines(lines, fastRand(33, 34), pieces, 100000, 1, 6)
	for _, s := range lines {
		for _, c := range [...]byte{':', '\n'} {
			if got, want := textLastIndexByte(s, c), strings.LastIndexByte(s, c); got != want {
				t.Fatalf("textLastIndexByte(%q, %q) = %d, want %d", s, c, got, want)
			}
		}
	}
	checkSameAnswer(t, lines, "textHasBylineSeparator", textHasBylineSeparator, func(s string) bool {
		return strings.ContainsAny(s, textBylineSeparators)
	}, 1000)
}

// TestMayBeStockCreditCoversRE holds mayBeStockCredit to stockCreditRE on
// the test pages' lines and on lines of pieces with the agencies a slash
// alone sets apart ("AP", "afp", "Reuters") in every case, slashes and
// white space around them.
func TestMayBeStockCreditCoversRE(t *testing.T) {
	lines := textSpeedLines(t)
	pieces := []string{"/", " / ", "/\t", "\n", "\f", "\v", "ap", "AP", "Ap", "aP", "ap photo", "AP Photo", "afp", "AFP", "Reuters",
		"REUTERS", "reuterſ", "Getty Images", "x", " ", "a", "p", "2025", "and/or", "©", "via ", "é", "iStock", "ISTOCKPHOTO",
		"iſtock", "stock", "Stocks", "Shutterstock", "Adobe Stock"}
	lines = fastPieceLines(lines, fastRand(35, 36), pieces, 200000, 1, 6)
	checkPrefilter(t, lines, stockCreditRE, "mayBeStockCredit", mayBeStockCredit, 2000)
}

// TestTextHasCurrencyMatchesContainsAny holds textHasCurrency to
// textnorm.ContainsAny(s, "$€£") on the test pages' lines and on lines of
// pieces with the currencies' bytes alone, in broken sequences and at
// every place of an eight-byte word.
func TestTextHasCurrencyMatchesContainsAny(t *testing.T) {
	lines := textSpeedLines(t)
	pieces := []string{"$", "€", "£", "\xc2", "\xa3", "\xe2", "\x82", "\xac", "ã", "¬", "’", "a", " ", "12", "abcdefg"}
	lines = fastPieceLines(lines, fastRand(37, 38), pieces, 200000, 1, 8)
	checkSameAnswer(t, lines, "textHasCurrency", textHasCurrency, func(s string) bool {
		return textnorm.ContainsAny(s, "$€£")
	}, 2000)
}

// TestTextReaderAppealsAnswerOnce holds the page's kept answers
// (textReaderAppeals) to textIsReaderAppeal.
func TestTextReaderAppealsAnswerOnce(t *testing.T) {
	textNeedsData(t)
	checkAnswerOnce(t, "textIsReaderAppeal", textSpeedPages(t), 5, func(blocks []textBlock) func(int) bool {
		appeals := textReaderAppeals{asked: make([]bool, len(blocks)), yes: make([]bool, len(blocks))}
		return func(i int) bool { return appeals.at(blocks, i) }
	}, textIsReaderAppeal)
}

// checkAnswerOnce holds a page's kept answers, from kept(blocks), to
// plain, asked of each page's blocks twice, the second time in reverse
// order; plain must say yes minYes times at least, or the pages test too
// little.
func checkAnswerOnce(t *testing.T, name string, pages []news.Page, minYes int, kept func([]textBlock) func(int) bool, plain func(*textBlock) bool) {
	t.Helper()
	yes := 0
	for _, p := range pages {
		blocks := textSplitBlocks(string(p.Content))
		at := kept(blocks)
		for pass := range 2 {
			for k := range blocks {
				i := k
				if pass == 1 {
					i = len(blocks) - 1 - k
				}
				want := plain(&blocks[i])
				if got := at(i); got != want {
					t.Fatalf("page %s block %d %q: kept answer %v, %s %v", p.ID, i, blocks[i].text, got, name, want)
				}
				yes += textBool(want && pass == 0)
			}
		}
	}
	if yes < minYes {
		t.Errorf("only %d yeses from %s on the pages: the test reads too few", yes, name)
	}
}

// TestTextHasDigitByteMatchesContainsAny holds textHasDigitByte to
// strings.ContainsAny over the ten ASCII digits, on the test pages' lines
// and on lines of pieces with other digits ("٣", "５") and broken
// sequences.
func TestTextHasDigitByteMatchesContainsAny(t *testing.T) {
	lines := textSpeedLines(t)
	pieces := []string{"0", "9", "٣", "５", "\xb0", "\xd9", "a", " ", "/", ":"}
	lines = fastPieceLines(lines, fastRand(39, 40), pieces, 50000, 1, 6)
	checkSameAnswer(t, lines, "textHasDigitByte", textHasDigitByte, func(s string) bool {
		return strings.ContainsAny(s, "0123456789")
	}, 2000)
}

// TestTextTitleListPrefixMatchesPlain holds textTitleList's prefix feature
// (31), which compares the candidates' headlines with those of the ones
// not short by their first byte before the rest, to HasPrefix over every
// pair, with the first 60 blocks of the first 300 test pages and pieces
// of them as the candidates.
func TestTextTitleListPrefixMatchesPlain(t *testing.T) {
	textNeedsData(t)
	set := 0
	for _, p := range textSpeedPages(t)[:300] {
		blocks := textSplitBlocks(string(p.Content))
		n := min(len(blocks), 60)
		for i := range n { // pieces: a candidate's opening words as another
			if s := blocks[i].text; len(s) > 12 {
				blocks = append(blocks, textNewBlock(s[:len(s)/2]))
			}
		}
		cands := make([]int, 0, len(blocks))
		for i := range blocks {
			if i < n || i >= len(blocks)-n {
				cands = append(cands, i)
			}
		}
		vecs := make([][textTitleFeatures]float64, len(cands))
		textTitleList(blocks, cands, vecs)
		for k, i := range cands {
			a, want := textTitleText(&blocks[i]), 0.0
			for _, j := range cands {
				if b := textTitleText(&blocks[j]); len(b) < len(a) && strings.HasPrefix(a, b) && !textTitleShort(&blocks[j]) {
					want = 1
					break
				}
			}
			if vecs[k][31] != want {
				t.Fatalf("page %s: candidate %q has prefix feature %v, want %v", p.ID, a, vecs[k][31], want)
			}
			set += int(want)
		}
	}
	if set < 100 {
		t.Errorf("only %d candidates with a prefix among the others: the test reads too few", set)
	}
}

// TestTextMonthDateIndexMatchesRE holds textMonthDateIndex, which reads a
// line from the byte before its first month's name in title or upper
// case, to textMonthDateRE over the whole line, and the cased month that
// textEarlierOpening asks at byte 1 to every match whose month opens
// there, on the test pages' lines and on lines of pieces with months
// after ASCII, after longer and broken UTF-8 sequences and at the start.
func TestTextMonthDateIndexMatchesRE(t *testing.T) {
	textNeedsData(t)
	lines := textSpeedLines(t)
	pieces := []string{"March", "MAY", "May", "Sept.", "Dec", "dec", "Mark", "3", "21st", "2025", "1999", ",", " ", "  ", "\n",
		"é", "Ä", "\xe2\x80", "\xc3", "\xff", "’", "x", "A", "(", "Jan"}
	lines = fastPieceLines(lines, fastRand(41, 42), pieces, 200000, 1, 8)
	found, opening := 0, 0
	for _, s := range lines {
		want := textMonthDateRE.FindStringSubmatchIndex(s)
		if first := textCasedMonthAt(s); first >= 0 {
			if got := textMonthDateIndex(s, first); !slices.Equal(got, want) {
				t.Fatalf("textMonthDateIndex(%q, %d) = %v, the expression over the line %v", s, first, got, want)
			}
		} else if want != nil {
			t.Fatalf("textCasedMonthAt(%q) = -1, but the expression matches it", s)
		}
		found += textBool(want != nil)
		if want == nil || want[2] != want[0]+1 {
			continue
		}
		// the line from its match on: a month at byte 1, as textGluedEarlier passes it
		rest := s[want[0]:]
		if loc := textMonthDateRE.FindStringSubmatchIndex(rest); loc != nil && loc[2] == 1 {
			opening++
			if len(rest) < 4 || textCasedMonthAt(rest[1:4]) != 0 {
				t.Fatalf("%q: a month at byte 1, which textEarlierOpening's test turns away", rest)
			}
		}
	}
	if found < 2000 || opening < 100 {
		t.Errorf("%d lines match, %d at byte 1: too few to test the reads from the first month", found, opening)
	}
}

// TestTextZIPAndURLOpeningMatchPlain holds textEndsWithZIP, which looks
// for its ", " at the two places a state and ZIP code can follow it, to
// the tail after the line's last ", ", and textMayOpenURL to the two
// prefixes' tests, on the test pages' lines and on lines of pieces of
// addresses and web addresses.
func TestTextZIPAndURLOpeningMatchPlain(t *testing.T) {
	textNeedsData(t)
	plainZIP := func(s string) bool {
		i := strings.LastIndex(s, ", ")
		if i < 0 {
			return false
		}
		return textIsStateZIP(s[i+2:])
	}
	lines := textSpeedLines(t)
	pieces := []string{", ", "MA", "02139", "-4307", ",", " ", "Keel Street", "1", "Harbourton", "HTTP", "http", "Www.", "www", "://",
		"é", "ℎ", "x"}
	lines = fastPieceLines(lines, fastRand(43, 44), pieces, 200000, 1, 6)
	// a ", " at both places, and one inside the code's room
	lines = append(lines, "12 Keel Street, NYC, MA 02139", "Keel Street, Harbourton, MA 02139-4307", "Harbourton, MA, 02139",
		"Harbourton, MA 0213, 9", ", MA 02139", ", MA 02139-4307", "MA 02139")
	checkSameAnswer(t, lines, "textEndsWithZIP", textEndsWithZIP, plainZIP, 200)
	checkSameAnswer(t, lines, "textMayOpenURL", textMayOpenURL, func(s string) bool {
		return textHasLowerPrefix(s, "http") || textHasLowerPrefix(s, "www.")
	}, 500)
}

// TestTextTitleContextBylineOnce holds the title context's kept byline
// answers (isByline) to textIsByline, on the first 300 test pages.
func TestTextTitleContextBylineOnce(t *testing.T) {
	textNeedsData(t)
	checkAnswerOnce(t, "textIsByline", textSpeedPages(t)[:300], 100, func(blocks []textBlock) func(int) bool {
		c := newTextTitleContext(blocks, 0)
		return c.isByline
	}, func(b *textBlock) bool { return textIsByline(b.text) })
}

// TestTextContentKeyMatchesPlain holds textContentKey, which reads a word
// in a buffer of eight bytes or more as one integer, to its byte-by-byte
// form, and both to their definition: two words share a key exactly when
// their first textApartPrefix bytes are the same. The words are the test
// pages' words as the scanner reads them, and invented ones of 1 to 10
// bytes (ASCII and not) in buffers with other bytes past their end, of
// every capacity from their length on.
func TestTextContentKeyMatchesPlain(t *testing.T) {
	var words [][]byte
	var sc textnorm.WordScanner
	for _, s := range textSpeedLines(t) {
		for sc.Reset(s); sc.Next(); {
			words = append(words, sc.Word()) // the scanner's buffer, with the last word's bytes past the end
		}
	}
	rng := fastRand(91, 92)
	alphabet := []byte("abcxyz0é\xff\x00")
	for range 100000 {
		n, room := 1+rng.IntN(10), rng.IntN(10)
		buf := make([]byte, n+room)
		for i := range buf {
			buf[i] = alphabet[rng.IntN(len(alphabet))]
		}
		words = append(words, buf[:n:n+room])
	}
	owner := map[uint64]string{}
	for _, w := range words {
		key := textContentKey(w)
		if plain := textContentKeyPlain(w); key != plain {
			t.Fatalf("textContentKey(%q, cap %d) = %#x, byte by byte %#x", w, cap(w), key, plain)
		}
		prefix := string(w[:min(len(w), textApartPrefix)])
		if other, ok := owner[key]; ok && other != prefix {
			t.Fatalf("prefixes %q and %q share the key %#x", other, prefix, key)
		}
		owner[key] = prefix
	}
	if len(owner) < 10000 {
		t.Errorf("only %d distinct prefixes, want 10,000 or more", len(owner))
	}
}

// TestTextBioWordsMatchREs holds textHasBioRole and textHasBioPronoun,
// which read words, to textBioRoleRE and textBioPronounRE: the test
// pages' lines, and lines of the trades and pronouns in every case, glued
// to letters, digits, underscores, hyphens and plural s's, with ſ and the
// Kelvin sign, which (?i) folds to s and k.
func TestTextBioWordsMatchREs(t *testing.T) {
	pieces := []string{"writer", "Writers", "EDITOR", "co-founder", "Co-Founders", "founder", "ceo", "CEOs", "marketer",
		"mar\u212aeter", "nutritionists", "practitioner", "he", "She", "HIS", "her", "him", "hers", "ſhe", "editorſ",
		"s", "S", "-", "_", "1", "x", " ", " ", " ", ".", ",", "’", "é", "ſ", "\u212a"}
	lines := fastPieceLines(slices.Clip(textSpeedLines(t)), fastRand(95, 96), pieces, 200000, 1, 8)
	checkSameAnswer(t, lines, "textHasBioRole", textHasBioRole, textBioRoleRE.MatchString, 20000)
	checkSameAnswer(t, lines, "textHasBioPronoun", textHasBioPronoun, textBioPronounRE.MatchString, 20000)
}

// TestTextEndsAfterCrumbMatchesJoined holds textEndsAfterCrumb, which
// cuts the crumb off first, to a search for each separator joined to it:
// pairs of the test pages' neighbouring lines, and lines and crumbs built
// of separators' pieces, crumbs and their ends.
func TestTextEndsAfterCrumbMatchesJoined(t *testing.T) {
	plain := func(above, s string) bool {
		for _, sep := range [...]string{" / ", " » ", " > ", " › "} {
			if strings.HasSuffix(above, sep+s) {
				return true
			}
		}
		return false
	}
	lines := textSpeedLines(t)
	type pair struct{ above, s string }
	var pairs []pair
	for i := 1; i < len(lines); i++ {
		pairs = append(pairs, pair{lines[i-1], lines[i]})
	}
	pieces := []string{" ", "/", "»", ">", "›", " / ", " » ", " > ", " › ", "News", "Sports", "s", "»\xbb", "\xbb", ""}
	rng := fastRand(97, 98)
	for range 200000 {
		var above, s strings.Builder
		for range rng.IntN(6) {
			above.WriteString(pieces[rng.IntN(len(pieces))])
		}
		for range rng.IntN(3) {
			s.WriteString(pieces[rng.IntN(len(pieces))])
		}
		pairs = append(pairs, pair{above.String() + s.String(), s.String()}, pair{above.String(), s.String()})
	}
	yes := 0
	for _, p := range pairs {
		want := plain(p.above, p.s)
		if got := textEndsAfterCrumb(p.above, p.s); got != want {
			t.Fatalf("textEndsAfterCrumb(%q, %q) = %v, the joined search says %v", p.above, p.s, got, want)
		}
		if want {
			yes++
		}
	}
	if yes < 10000 {
		t.Errorf("only %d pairs end after a crumb, want 10,000 or more", yes)
	}
}

// TestTextISODateIndexMatchesRE holds textISODateIndex, which reads a
// line from the byte before its first year in the ISO form that the
// rest of a match can follow (textISOShapeAt), to
// textISODateRE over the whole line: the test pages' lines, and lines of
// years, digits, separators, white space and bytes beyond ASCII before
// them ("é", a broken sequence), where the read must start at the line.
func TestTextISODateIndexMatchesRE(t *testing.T) {
	pieces := []string{"2025", "1999", "2019", "20", "19", "1", "2", "05", "5", "-", "/", ".", "•", "–", " ", "\t", "\v", "\n",
		"x", "é", "\xe2\x80", "\xc3", "T", ",", "2025-06-16", "1999/5/1", "2019 - 5 - 7", "-05", "/5", "•5", "–12"}
	lines := fastPieceLines(slices.Clip(textSpeedLines(t)), fastRand(99, 100), pieces, 300000, 1, 10)
	if found := checkIndexMatchesRE(t, "textISODateIndex", textISODateRE, lines, textISODateIndex); found < 5000 {
		t.Errorf("only %d lines hold an ISO date, want 5,000 or more", found)
	}
}

// TestTextTrimLineMatchesPlain holds textTrimLine, which returns a line
// whose ends are ASCII and no white space as it is, to its plain form
// (strings.TrimSpace, then the invisible characters): the test pages'
// lines as strings.Lines gives them, and lines of white space, line
// breaks, invisible characters and bytes beyond ASCII at their ends.
func TestTextTrimLineMatchesPlain(t *testing.T) {
	plain := func(line string) string {
		line = strings.TrimSpace(line)
		return strings.TrimFunc(line, func(r rune) bool {
			switch r {
			case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
				return true
			}
			return unicode.IsSpace(r)
		})
	}
	var lines []string
	for _, p := range textSpeedPages(t) {
		for line := range strings.Lines(string(p.Content)) {
			lines = append(lines, line)
		}
	}
	pieces := []string{" ", "\t", "\n", "\r", "\r\n", "\v", "\f", "\x1c", "\x7f", "\u0085", "\u00a0", "\u200b", "\ufeff", "\u3000",
		"x", "é", ".", "\xff", "\xc3"}
	lines = fastPieceLines(lines, fastRand(101, 102), pieces, 200000, 1, 5)
	for _, s := range lines {
		if got, want := textTrimLine(s), plain(s); got != want {
			t.Fatalf("textTrimLine(%q) = %q, the plain form %q", s, got, want)
		}
	}
}

// TestTextHasCuePrefixMatchesHasPrefix holds textHasCuePrefix, which
// compares the second bytes first, to strings.HasPrefix, for every cue of
// the lists against the test pages' lowered openings and pieces of cues:
// cues of one byte, openings shorter than the cue, the cue itself.
func TestTextHasCuePrefixMatchesHasPrefix(t *testing.T) {
	var cues []string
	for _, l := range []*textCueList{textBoxHeadings, textCreditLabels, textFullReadLabels, textEndCues, textHardEndCues,
		textSoftCues, textDropCues, textRelatedHeadings, newTextCueList("a", "ab", "read")} {
		for _, list := range l.byFirst {
			cues = append(cues, list...)
		}
	}
	lows := textLowerPrefixes(textSpeedLines(t), textPhraseWindow)
	for _, c := range cues {
		lows = append(lows, c, c[:len(c)-1], c+" more", c[:1], c[:len(c)/2]+"x")
	}
	yes := 0
	for _, low := range lows {
		if low == "" {
			continue
		}
		for _, c := range cues {
			if c[0] != low[0] {
				continue // textCueList.starting gives only these
			}
			want := strings.HasPrefix(low, c)
			if got := textHasCuePrefix(low, c); got != want {
				t.Fatalf("textHasCuePrefix(%q, %q) = %v, strings.HasPrefix says %v", low, c, got, want)
			}
			yes += textBool(want)
		}
	}
	if yes < 1000 {
		t.Errorf("only %d openings hold their cue, want 1,000 or more", yes)
	}
}

// TestTextCaptionAgencyTailMatchesWhole holds textCaptionAgencyRE read
// from textCaptionAgencyTail to the expression read over the whole text:
// the test pages' paragraphs' tails as textIsCaption cuts them, and lines
// of agencies, slashes, bars, "via" and sentences' marks before and after
// them, with white space after a closing full stop.
func TestTextCaptionAgencyTailMatchesWhole(t *testing.T) {
	pieces := []string{"Getty Images", "AP Photo", "AP", "Reuters", "Shutterstock", "via", "/", " / ", "|", " | ",
		"Maren Solberg", "The quay reopened on Mill Lane.", "(", ")", ".", "!", "?", ". ", " ", "\t", "\n", "… ",
		"Deposit Photos", "Alamy Stock Photo", "evia", "Harbour Board"}
	lines := []string{"The ferry left at noon. (AP Photo/Maren Solberg)", "Maren Solberg / Getty Images.",
		"Shutterstock / Maren Solberg", "The quay. Photo via Reuters. ", "It rained! Maren Solberg | Getty Images"}
	rng := fastRand(21, 4)
	for range 100000 {
		var b strings.Builder
		for range 1 + rng.IntN(9) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		lines = append(lines, b.String())
	}
	for _, s := range textSpeedLines(t) {
		if from := len(s) - textCaptionReach; from > textCaptionLead {
			s = "… " + s[from-textCaptionLead:]
		}
		lines = append(lines, s)
	}
	checkSameAnswer(t, lines, "textCaptionAgencyRE on textCaptionAgencyTail", func(s string) bool {
		return textCaptionAgencyRE.MatchString(textCaptionAgencyTail(s))
	}, textCaptionAgencyRE.MatchString, 1000)
}

// TestTextDayAndYearMonthFromMatchRE holds textDayDateRE read from the
// day before the first month its gap follows (textDayMonthFirst) and
// textYearMonthRE from the first year a cased month follows
// (textYearMonthFirst) to the expressions read over the whole line, on
// the test pages' lines and lines of days, suffixes, "of", gaps, months
// in any case, years, digits and broken or longer sequences before them.
func TestTextDayAndYearMonthFromMatchRE(t *testing.T) {
	lines := textSpeedLines(t)
	pieces := []string{"March", "MAY", "May", "Sept.", "dec", "june", "JUNE", "Junx", "3", "21st", "7", "25th", "2nd", "123", " of", "of ",
		"2025", "1999", "20", ",", " ", "-", ".", "\n", "\t", "\v", "é", "\xe2\x80", "\xc3", "’", "x", "A", "(", "Jan"}
	rng := fastRand(21, 43)
	lines = fastPieceLines(lines, rng, pieces, 200000, 1, 8)
	for range 20000 { // whole dates of both forms amid the pieces
		pick := func() string { return pieces[rng.IntN(len(pieces))] }
		lines = append(lines, pick()+pick()+"3 March 2025"+pick(), pick()+pick()+"1999 Sept. 21"+pick()+pick(),
			pick()+"25th of"+pick()+"june"+pick()+"2019"+pick(), pick()+"25"+pick()+"Jun"+pick()+"2019"+pick())
	}
	day := checkIndexMatchesRE(t, "textDayDateRE from textDayMonthFirst", textDayDateRE, lines, func(s string) []int {
		if first := textDayMonthFirst(s); first >= 0 {
			return textSubmatchFrom(textDayDateRE, s, first)
		}
		return nil
	})
	yearMonth := checkIndexMatchesRE(t, "textYearMonthRE from textYearMonthFirst", textYearMonthRE, lines, func(s string) []int {
		if first := textYearMonthFirst(s); first >= 0 {
			return textSubmatchFrom(textYearMonthRE, s, first)
		}
		return nil
	})
	t.Logf("%d lines match textDayDateRE, %d textYearMonthRE", day, yearMonth)
	if day < 5000 || yearMonth < 2000 {
		t.Errorf("%d lines match textDayDateRE, %d textYearMonthRE: too few", day, yearMonth)
	}
}

// checkIndexMatchesRE fails t where index, named name, gives other
// submatch indices than re read over the whole line, on any of lines,
// and returns how many lines re matches.
func checkIndexMatchesRE(t *testing.T, name string, re *regexp.Regexp, lines []string, index func(string) []int) int {
	t.Helper()
	found := 0
	for _, s := range lines {
		want := re.FindStringSubmatchIndex(s)
		if got := index(s); !slices.Equal(got, want) {
			t.Fatalf("%s(%q) = %v, the expression over the line %v", name, s, got, want)
		}
		found += textBool(want != nil)
	}
	return found
}

// TestTextIndexMarkSpaceMatchesIndex holds textIndexMarkSpace, which
// finds a sentence's end by its mark with IndexByte, to strings.Index of
// the mark and a space, on the test pages' lines (cut as
// textIsReaderAppeal cuts them) and on strings of marks, spaces and
// letters, where a mark stands before another mark, at the end, or
// twice before its space.
func TestTextIndexMarkSpaceMatchesIndex(t *testing.T) {
	lines := textSpeedLines(t)
	pieces := []string{".", "!", "?", " ", "..", ". ", "a", "B", "\n", "é", "’", "!?", "  "}
	lines = fastPieceLines(lines, fastRand(25, 1), pieces, 100000, 1, 12)
	found := 0
	for _, s := range lines {
		head := s[:min(len(s), textAppealReach)]
		for _, mark := range []byte{'.', '!', '?'} {
			want := strings.Index(head, string(mark)+" ")
			if got := textIndexMarkSpace(head, mark); got != want {
				t.Fatalf("textIndexMarkSpace(%q, %q) = %d, strings.Index %d", head, mark, got, want)
			}
			found += textBool(want >= 0)
		}
	}
	if found < 10000 {
		t.Errorf("%d marks and spaces found: too few", found)
	}
}

// TestRareNeedleMatchesIndex holds rareNeedle.in, which searches for a
// needle by its rarest byte, to strings.Index: the test pages' paragraphs
// searched for pieces of others and of themselves (as pull quotes are),
// and strings of a few letters searched for their own pieces, where the
// rare byte is found too near the start or the end for the needle to
// fit, or opens an occurrence after a false one. One needle is searched
// in many texts, as textLeaveOutPullQuotes searches one quote in many
// paragraphs.
func TestRareNeedleMatchesIndex(t *testing.T) {
	lines := textSpeedLines(t)
	rng := fastRand(25, 2)
	pieces := []string{"a", "e", "t", "z", "q", " ", "th", "the ", "Z", "é", ".", "ea"}
	texts := fastPieceLines(nil, rng, pieces, 20000, 1, 16)
	check := func(needle string, hays []string) int {
		n := newRareNeedle(needle)
		found := 0
		for _, h := range hays {
			want := strings.Index(h, needle)
			if got := n.in(h); got != want {
				t.Fatalf("rareNeedle(%q).in(%q) = %d, strings.Index %d", needle, h, got, want)
			}
			found += textBool(want >= 0)
		}
		return found
	}
	found := 0
	for k := 0; k+20 < len(lines) && k < 4000; k += 2 {
		s := lines[k]
		a := rng.IntN(len(s) + 1)
		b := a + rng.IntN(len(s)-a+1)
		found += check(s[a:b], lines[k:k+20])
	}
	for k := 0; k+50 < len(texts); k += 5 {
		s := texts[k]
		a := rng.IntN(len(s) + 1)
		b := a + rng.IntN(len(s)-a+1)
		found += check(s[a:b], texts[k:k+50])
	}
	if found < 5000 {
		t.Errorf("%d needles found: too few", found)
	}
}

// TestRareNeedleAllMatchesOccurrences holds rareNeedle.all, which
// textLowerOnPage's search of the page for a name's word goes through, to
// occurrences: every offset in order, none overlapping, on strings of
// pieces that repeat and overlap ("aa" in "aaaa", "ana" in "banana"),
// searched for their own pieces and for the empty string.
func TestRareNeedleAllMatchesOccurrences(t *testing.T) {
	rng := fastRand(56, 1)
	pieces := []string{"a", "aa", "n", "ban", "ana", "z", " ", "e", "é", "th", "smith"}
	texts := fastPieceLines(nil, rng, pieces, 20000, 1, 12)
	found := 0
	for k := 0; k+20 < len(texts); k += 4 {
		s := texts[k]
		a := rng.IntN(len(s) + 1)
		b := a + rng.IntN(min(len(s)-a, 6)+1)
		n := newRareNeedle(s[a:b])
		for _, h := range texts[k : k+20] {
			want := slices.Collect(occurrences(h, s[a:b]))
			if got := slices.Collect(n.all(h)); !slices.Equal(got, want) {
				t.Fatalf("rareNeedle(%q).all(%q) = %v, occurrences %v", s[a:b], h, got, want)
			}
			found += len(want)
		}
	}
	if found < 10000 {
		t.Errorf("%d occurrences found: too few", found)
	}
}

// TestTextDisclosureActPiecesCoverRE holds the second piece test of
// textIsLinkDisclosure to textDisclosureAct on the test pages' lines and
// on lines of pieces with its words in every case, the Kelvin sign for
// "k" and the long s for "s" among them.
func TestTextDisclosureActPiecesCoverRE(t *testing.T) {
	lines := textSpeedLines(t)
	pieces := []string{"link", "LINK", "Links", "lin\u212a", "LIN", "buy", "BUY", "Buying", "bu", "purchase", "PURCHAſe", "Purchases",
		"purcha", "click", "CLICK", "clic\u212a", "cli", " ", "  ", "x", "s", ".", ",", "é", "_", "7"}
	lines = fastPieceLines(lines, fastRand(39, 40), pieces, 200000, 1, 6)
	checkPrefilter(t, lines, textDisclosureAct, "hasFoldPiece(textDisclosureActPieces)", func(s string) bool {
		return hasFoldPiece(s, textDisclosureActPieces)
	}, 2000)
}

// TestTextMayHoldCardDateCoversRE holds textMayHoldCardDate to
// textCardDateRE on the test pages' lines and on lines of pieces with the
// months' names in every case (the long s for "s" among them), numbers,
// slashes and dashes.
func TestTextMayHoldCardDateCoversRE(t *testing.T) {
	lines := textSpeedLines(t)
	pieces := []string{"Jan", "JAN", "jan", "uary", "Feb", "MAR", "apr", "May", "JUN", "jul", "Aug", "Sep", "SEP", "ſep", "ſEPT",
		"Oct", "nov", "DEC", "7", "12", "2025", "19", "/", "-", " ", "  ", ".", ",", "x", "é", "a", "e"}
	lines = fastPieceLines(lines, fastRand(41, 42), pieces, 200000, 1, 6)
	checkPrefilter(t, lines, textCardDateRE, "textMayHoldCardDate", textMayHoldCardDate, 2000)
}

// TestHasFoldPieceMatchesContains holds hasFoldPiece, with its test of
// a piece's first two bytes (foldPieces.pairs), to a search of each piece
// in the line with its ASCII letters lowered, for every set of pieces,
// both ways: the test pages' lines and lines of the pieces in every case,
// cut short and run together.
func TestHasFoldPieceMatchesContains(t *testing.T) {
	sets := []*foldPieces{disclaimerPieces, commentPieces, photoCreditPieces, stockCreditPieces, stockWirePieces,
		viewCountPieces, newsletterAskPieces, textCardMonthPieces, textDisclosurePayPieces, textDisclosureActPieces,
		textSiteNotePieces}
	pieces := []string{" ", "x", "é", "-", "A", "\x00", "\xc5"}
	for _, set := range sets {
		for _, p := range set.list {
			pieces = append(pieces, p, strings.ToUpper(p), strings.ToUpper(p[:1])+p[1:], p[:len(p)-1], strings.ToUpper(p[:2]))
		}
	}
	lines := fastPieceLines(textSpeedLines(t), fastRand(43, 44), pieces, 100000, 1, 5)
	lowerASCII := func(s string) string {
		return strings.Map(func(r rune) rune {
			if 'A' <= r && r <= 'Z' {
				return r + 'a' - 'A'
			}
			return r
		}, s)
	}
	for _, set := range sets {
		checkSameAnswer(t, lines, "hasFoldPiece", func(s string) bool { return hasFoldPiece(s, set) }, func(s string) bool {
			low := lowerASCII(s)
			for _, p := range set.list {
				if strings.Contains(low, p) {
					return true
				}
			}
			return false
		}, 500)
	}
}

// TestTrimToLettersMatchesTrimFunc holds trimToLetters to the
// strings.TrimFunc it stands in for, on the test pages' lines and on
// lines of pieces with letters, digits, marks and broken bytes at either
// end.
func TestTrimToLettersMatchesTrimFunc(t *testing.T) {
	pieces := []string{"a", "Z", "back to top", "é", "É", "ß", "1", " ", ".", "↑", "@", "[", "`", "{", "\xc3", "\xa9", "\u0301", "z"}
	lines := fastPieceLines(textSpeedLines(t), fastRand(45, 46), pieces, 100000, 1, 5)
	for _, s := range lines {
		if got, want := trimToLetters(s), strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); got != want {
			t.Fatalf("trimToLetters(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestTextHasCrumbMarkCoversSeparators holds textHasCrumbMark true of
// every line holding a breadcrumb's separator, on the test pages' lines
// and on lines of the separators' pieces and bytes.
func TestTextHasCrumbMarkCoversSeparators(t *testing.T) {
	pieces := []string{" » ", " › ", " > ", "»", "›", ">", " ", "Home", "a", "«", "‹", "\xc2", "\xe2", "\x80", "é"}
	lines := fastPieceLines(textSpeedLines(t), fastRand(47, 48), pieces, 100000, 1, 6)
	held := 0
	for _, s := range lines {
		if strings.Contains(s, " » ") || strings.Contains(s, " › ") || strings.Contains(s, " > ") {
			held++
			if !textHasCrumbMark(s) {
				t.Fatalf("textHasCrumbMark(%q) = false, but it holds a separator", s)
			}
		}
	}
	if held < 2000 {
		t.Errorf("only %d lines hold a separator", held)
	}
}

// TestTextMayOpenSourcePromptCoversRE holds textMayOpenSourcePrompt to
// textSourcePromptRE on the test pages' lines, lowered, and on lines of
// the prompt's pieces.
func TestTextMayOpenSourcePromptCoversRE(t *testing.T) {
	lines := textSpeedLines(t)
	low := make([]string, 0, len(lines))
	for _, s := range lines {
		low = append(low, strings.ToLower(s))
	}
	pieces := []string{"add", "set", "make", "click", "tap", " here", " the button", " to make", " us", " the ferry", " on google",
		" news", " as a", " preferred", " trusted", " reliable", " source", " sources", ".", "!", " ", "x"}
	low = fastPieceLines(low, fastRand(49, 50), pieces, 200000, 1, 9)
	checkPrefilter(t, low, textSourcePromptRE, "textMayOpenSourcePrompt", textMayOpenSourcePrompt, 500)
}

// TestTextLogitMatchesPlain holds textLogit, which adds its terms two a
// step, to the plain loop that adds them one by one in the same order:
// random features and weights (zeros of both signs, infinities and NaNs
// among them), the same to the bit, and a change in the last term alone
// must show.
func TestTextLogitMatchesPlain(t *testing.T) {
	rng := fastRand(29, 30)
	odd := []float64{math.Copysign(0, -1), 0, math.Inf(1), math.Inf(-1), math.NaN(), 1e300, 1e-300}
	for range 20000 {
		var f, w [textNumFeatures]float64
		for k := range f {
			f[k], w[k] = rng.NormFloat64()*5, rng.NormFloat64()
			if rng.IntN(30) == 0 {
				f[k] = odd[rng.IntN(len(odd))]
			}
		}
		want := 0.0
		for k := range f {
			want += f[k] * w[k]
		}
		if got := textLogit(&f, &w); math.Float64bits(got) != math.Float64bits(want) && !(got != got && want != want) {
			t.Fatalf("textLogit(%v, %v) = %v, the plain loop %v", f, w, got, want)
		}
	}
	var f, w [textNumFeatures]float64
	f[textNumFeatures-1], w[textNumFeatures-1] = 2, 3
	if got := textLogit(&f, &w); got != 6 {
		t.Fatalf("textLogit with the last term alone 6 = %v", got)
	}
}

// TestASCIIPrefixMatchesPlain holds asciiPrefix (in assembly on amd64)
// and asciiPrefixGo to a byte-by-byte count on ASCII runs of every length
// up to 200 bytes with one high byte at every place or none, and on runs
// of high bytes, each read from every offset of a larger slice.
func TestASCIIPrefixMatchesPlain(t *testing.T) {
	plain := func(b []byte) int {
		for i, c := range b {
			if c >= utf8.RuneSelf {
				return i
			}
		}
		return len(b)
	}
	for n := 0; n <= 200; n++ {
		for at := -1; at < n; at++ {
			for _, high := range []byte{0x80, 0xC3, 0xFF} {
				b := bytes.Repeat([]byte{0x7F}, n+8)
				if at >= 0 {
					b[at] = high
				}
				b[n] = 0x80 // past the slice read: never counted
				for _, f := range []func([]byte) int{asciiPrefix, asciiPrefixGo} {
					if got, want := f(b[:n]), plain(b[:n]); got != want {
						t.Fatalf("asciiPrefix of %d bytes, %#x at %d = %d, want %d", n, high, at, got, want)
					}
				}
			}
		}
	}
	b := bytes.Repeat([]byte("ab\xe2\x80\x9ccd"), 40)
	for i := range b {
		if got, want := asciiPrefix(b[i:]), plain(b[i:]); got != want {
			t.Fatalf("asciiPrefix(%q) = %d, want %d", b[i:], got, want)
		}
	}
}
