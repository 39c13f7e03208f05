package textnorm

import (
	"fmt"
	"math/bits"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/zeebo/xxh3"
)

func TestAppendWordHashes(t *testing.T) {
	for _, s := range []string{
		"", "  ", "North Korea's MoD said: “6,000 casualties”.", "ÉCOLE ﬁnale naïve_x",
		"snake_case AND UPPER", strings.Repeat("x", 70) + " Y",
	} {
		var want []uint64
		for _, w := range Words(s) {
			want = append(want, xxh3.HashString(w))
		}
		if got := AppendWordHashes(nil, s); !slices.Equal(got, want) {
			t.Errorf("%q: got %d hashes %x, want %d %x", s, len(got), got, len(want), want)
		}
	}
}

func TestEachWordSpan(t *testing.T) {
	s := "“Kim's” ÉCOLE, 6,000"
	var got []string
	EachWordSpan(s, func(w string, start, end int) { got = append(got, w+"="+s[start:end]) })
	want := []string{"kim=Kim", "s=s", "école=ÉCOLE", "6=6", "000=000"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// WordScanner gives the words, starts and ends EachWordSpan gives, and both
// find the tokens a rune-by-rune reading of \w finds, invalid UTF-8
// included, as do AppendWordHashes and CountWords: on texts written for
// the cases, and on random strings.
func TestWordScannerMatchesSpan(t *testing.T) {
	texts := []string{"", "The U.S. Army's 3rd Brigade — “Über” naïve CAFÉ ﬁne", "a_b c1 ÀB x", "Hello, World! HELLO world",
		"bad \xff\xfe bytes\xffinside wörd\xc3", "\u0301combining é̈ marks", "日本語のテキスト、句読点。"}
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"a", "Z", "q", "M", "0", "9", "_", " ", ".", "'", "@", "[", "`", "{", "\x7f", "é", "É", "ß", "ﬁ",
		"\u0301", "“", "—", "日", "\xff", "\xc3", "\xe2\x80"}
	texts = appendPieceTexts(texts, rng, pieces, 20000)
	for _, s := range texts {
		type tok struct {
			w          string
			start, end int
		}
		var want, got, runes []tok
		EachWordSpan(s, func(w string, start, end int) { want = append(want, tok{w, start, end}) })
		sc := NewWordScanner(s)
		for sc.Next() {
			got = append(got, tok{string(sc.Word()), sc.Start(), sc.End()})
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: WordScanner %v, EachWordSpan %v", s, got, want)
		}
		eachRuneWord(s, func(start, end int) {
			runes = append(runes, tok{lowerWord(s[start:end], false, false), start, end})
		})
		if !reflect.DeepEqual(want, runes) {
			t.Fatalf("%q: EachWordSpan %v, by runes %v", s, want, runes)
		}
		// The pipeline stores a signature's word count, the number of
		// word hashes, as the article's CountWords.
		hashes := AppendWordHashes(nil, s)
		if len(hashes) != len(want) || CountWords(s) != len(want) {
			t.Fatalf("%q: %d word hashes, CountWords %d, %d words", s, len(hashes), CountWords(s), len(want))
		}
		for i, w := range want {
			if hashes[i] != xxh3.HashString(w.w) {
				t.Fatalf("%q: word %d %q hashed %x, want %x", s, i, w.w, hashes[i], xxh3.HashString(w.w))
			}
		}
	}
}

// A scanner Reset onto another text reads it as a new scanner does,
// whatever it read before (a longer word, a text cut mid-word).
func TestWordScannerReset(t *testing.T) {
	texts := []string{"Extraordinarily LONG words here", "", "a b", "ÉCOLE x", "bad \xff bytes", "short", "The U.S. Army's 3rd"}
	var reused WordScanner
	for _, first := range texts {
		for _, s := range texts {
			reused.Reset(first)
			reused.Next()
			reused.Reset(s)
			var got, want []string
			for reused.Next() {
				got = append(got, string(reused.Word())+"@"+strconv.Itoa(reused.Start()))
			}
			for sc := NewWordScanner(s); sc.Next(); {
				want = append(want, string(sc.Word())+"@"+strconv.Itoa(sc.Start()))
			}
			if !slices.Equal(got, want) {
				t.Errorf("after %q, Reset(%q) read %q, a new scanner %q", first, s, got, want)
			}
		}
	}
}

// TestWordScannerForget: a scanner told to forget keeps no byte of the
// words it read (a pooled scanner must hold no page's text) and reads the
// next text as a new scanner does.
func TestWordScannerForget(t *testing.T) {
	sc := NewWordScanner("Classified REPORT follows")
	for sc.Next() {
	}
	sc.Forget()
	if i := slices.IndexFunc(sc.buf[:cap(sc.buf)], func(b byte) bool { return b != 0 }); i >= 0 {
		t.Fatalf("after Forget the buffer holds %q", sc.buf[:cap(sc.buf)])
	}
	if sc.Next() {
		t.Fatalf("after Forget the scanner read %q", sc.Word())
	}
	sc.Reset("two words")
	var got []string
	for sc.Next() {
		got = append(got, string(sc.Word()))
	}
	if !slices.Equal(got, []string{"two", "words"}) {
		t.Errorf("after Forget, Reset read %q", got)
	}
}

// TestWordScannerBufferGrows holds one scanner, reused over texts that
// grow and shrink, to EachWordSpan. Next lowers an ASCII word into a
// buffer of the length of the text left from the word on, by index with
// no check of its own, and keeps only the word's length in it: a text
// whose last word runs to its end after shorter texts, and one that
// opens with a word, fill the buffer to its last byte.
func TestWordScannerBufferGrows(t *testing.T) {
	var texts []string
	for n := range 80 { // one byte longer each time: the buffer's every size
		texts = append(texts, strings.Repeat("W", n))
	}
	for n := range 40 {
		texts = append(texts, strings.Repeat("Ab", n), " "+strings.Repeat("x", n), strings.Repeat("é", n%3)+strings.Repeat("Q", n))
	}
	for n := 40; n > 0; n-- {
		texts = append(texts, strings.Repeat("a b ", n), "Z"+strings.Repeat("9", n)+" é")
	}
	var sc WordScanner
	for _, s := range texts {
		var got, want []string
		for sc.Reset(s); sc.Next(); {
			got = append(got, fmt.Sprintf("%s@%d-%d", sc.Word(), sc.Start(), sc.End()))
		}
		EachWordSpan(s, func(w string, start, end int) { want = append(want, fmt.Sprintf("%s@%d-%d", w, start, end)) })
		if !slices.Equal(got, want) {
			t.Fatalf("%q: the reused scanner read %q, EachWordSpan %q", s, got, want)
		}
	}
}

// BenchmarkWordScanner reads every word of the seed pages with one
// scanner, as the text extractor's block reader does.
func BenchmarkWordScanner(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	var texts []string
	size := 0
	for _, p := range paths {
		c, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		for line := range strings.Lines(string(c)) {
			texts = append(texts, line)
			size += len(line)
		}
	}
	b.SetBytes(int64(size))
	var sc WordScanner
	n := 0
	for b.Loop() {
		for _, s := range texts {
			for sc.Reset(s); sc.Next(); {
				n += len(sc.Word())
			}
		}
	}
	if n == 0 {
		b.Fatal("no words")
	}
}

// TestWordScannerLettersMatchPlain holds WordScanner.Letters to a plain
// test of the word's runes (every one a letter) wherever it says it
// knows, on invented texts and 20,000 random ones of letters in both
// cases, digits, '_', letters and marks beyond ASCII, read by one scanner
// in turn so that a word read the general way follows an ASCII one. Words
// of letters, of other bytes and unknown ones must all turn up.
func TestWordScannerLettersMatchPlain(t *testing.T) {
	texts := []string{"Plain words here", "a_0 b_1 x9 _a A_Z", "café naïve Straße", "abc—def ghi’s", "Zebra—éclair", "MiXeD CaSe 42nd"}
	rng := rand.New(rand.NewPCG(35, 42))
	pieces := []string{"a", "Z", "q", "k", "0", "9", "_", " ", " ", "-", ".", "é", "É", "ß", "—", "’", "\u00a0", "\xff", "١"}
	for len(texts) < 20000 {
		var b strings.Builder
		for range rng.IntN(24) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	var sc WordScanner
	var seen [3]int // known letters, known others, not known
	for _, s := range texts {
		for sc.Reset(s); sc.Next(); {
			w := string(sc.Word())
			plain := true
			for _, r := range w {
				plain = plain && unicode.IsLetter(r)
			}
			letters, known := sc.Letters()
			switch {
			case !known:
				seen[2]++
				continue
			case letters:
				seen[0]++
			default:
				seen[1]++
			}
			if letters != plain {
				t.Fatalf("%q: word %q letters %v, plain %v", s, w, letters, plain)
			}
		}
	}
	if seen[0] == 0 || seen[1] == 0 || seen[2] == 0 {
		t.Errorf("words known as letters, as others, not known: %v", seen)
	}
}

// AppendJoinedWords gives strings.Join(Words(s), " "), on texts written
// for the cases (capitals, letters beyond ASCII, invalid UTF-8, a word
// longer than any buffer) and on random strings of their pieces, after
// what a buffer held before.
func TestAppendJoinedWordsMatchesJoin(t *testing.T) {
	texts := []string{"", "  ", "North Korea's MoD said: “6,000 casualties”.", "ÉCOLE ﬁnale naïve_x",
		"snake_case AND UPPER", strings.Repeat("Xy", 70) + " Y", "bad \xff\xfe bytes\xffinside wörd\xc3", "ΣΑΣ ǅemal İstanbul K"}
	rng := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"a", "Z", "q", "M", "0", "_", " ", ".", "'", "@", "[", "`", "{", "é", "É", "ß", "ﬁ", "İ", "K",
		"\u0301", "“", "—", "日", "\xff", "\xc3"}
	texts = appendPieceTexts(texts, rng, pieces, 20000)
	for _, s := range texts {
		want := "<" + strings.Join(Words(s), " ")
		if got := string(AppendJoinedWords([]byte("<"), s)); got != want {
			t.Fatalf("%q: got %q, want %q", s, got, want)
		}
	}
}

// eachRuneWord calls fn with the span of each run of \w runes in s, read
// rune by rune (isWordRune): the plain reading the fast walks are held to.
func eachRuneWord(s string, fn func(start, end int)) {
	start := -1
	for i, r := range s + " " {
		switch {
		case isWordRune(r) && start < 0:
			start = i
		case !isWordRune(r) && start >= 0:
			fn(start, i)
			start = -1
		}
	}
}

// seedTexts reads the seed pages' lines for the scanner tests; with tails,
// also every tail of each page's first 600 bytes, so that each word falls
// at each place in a text's last eight bytes, and with whole, each page
// as one text. It fails the test when no seed page is found, so that a
// test over the seeds cannot pass having read none.
func seedTexts(tb testing.TB, tails, whole bool) []string {
	tb.Helper()
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if len(paths) == 0 {
		tb.Fatal("no seed pages")
	}
	var texts []string
	for _, p := range paths {
		c, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		page := string(c)
		if whole {
			texts = append(texts, page)
		}
		for line := range strings.Lines(page) {
			texts = append(texts, line)
		}
		if tails {
			for k := range min(600, len(page)) {
				texts = append(texts, page[k:min(600, len(page))])
			}
		}
	}
	return texts
}

// appendPieceTexts appends n random texts of up to 23 of pieces each: the
// cases a scanner's fast path might get wrong (a byte class's edges,
// marks, invalid UTF-8) run together in every order.
func appendPieceTexts(texts []string, rng *rand.Rand, pieces []string, n int) []string {
	for range n {
		var b strings.Builder
		for range rng.IntN(24) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

// TestWordScannerEightsMatchSpan holds Next's eight-byte reading to
// EachWordSpan (words, starts, ends) and Letters to a plain test of the
// runes, on the seed pages (every line, and every tail of each page's
// first 600 bytes, so that each word falls at each place in the last
// eight bytes) and on 50,000 random texts of the bytes at the edges of
// its tests: '@' and '[' around the capitals, '`' and '{' around the
// small letters, bytes beyond ASCII whose low seven bits or 0x20 bit
// read as a letter (0xc1, 0xe1, 0xda, 0xfa, 0xdb, 0xfb, 0xff), digits,
// '_', marks beyond ASCII and words of up to 17 letters. One scanner
// reads them all in turn, as the block reader does.
func TestWordScannerEightsMatchSpan(t *testing.T) {
	texts := seedTexts(t, true, false)
	rng := rand.New(rand.NewPCG(147, 52))
	pieces := []string{"a", "z", "A", "Z", "m", "Q", "@", "[", "`", "{", "_", "0", "9", " ", " ", "  ", ".", ", ", "\x7f",
		"\xc1", "\xe1", "\xda", "\xfa", "\xdb", "\xfb", "\xff", "\x80", "é", "É", "’", "日", "\u0301", "abcdefgh", "Extraordinarily", "WORDS"}
	texts = appendPieceTexts(texts, rng, pieces, 50000)
	var sc WordScanner
	words := 0
	for _, s := range texts {
		var got, want []string
		for sc.Reset(s); sc.Next(); {
			w := string(sc.Word())
			got = append(got, fmt.Sprintf("%s@%d-%d", w, sc.Start(), sc.End()))
			if letters, known := sc.Letters(); known {
				plain := true
				for _, r := range w {
					plain = plain && unicode.IsLetter(r)
				}
				if letters != plain {
					t.Fatalf("%q: word %q letters %v, plain %v", s, w, letters, plain)
				}
			}
		}
		EachWordSpan(s, func(w string, start, end int) { want = append(want, fmt.Sprintf("%s@%d-%d", w, start, end)) })
		if !slices.Equal(got, want) {
			t.Fatalf("%q: WordScanner %q, EachWordSpan %q", s, got, want)
		}
		words += len(got)
	}
	if words < 100000 {
		t.Errorf("only %d words read", words)
	}
}

// TestLetters8 puts every byte value at every place of eight letters
// (a mixed-case run, so that no letter carries into it) and holds the
// lowest flag of letters8 to the first byte that is no ASCII letter,
// and the lowered bytes before it to wordLower's.
func TestLetters8(t *testing.T) {
	run := []byte("aZqMkzAy")
	for at := range 8 {
		for c := range 256 {
			b := slices.Clone(run)
			b[at] = byte(c)
			low, other := letters8(load8(string(b)))
			want := 8
			if !('a' <= c|0x20 && c|0x20 <= 'z') {
				want = at
			}
			if got := bits.TrailingZeros64(other) >> 3; got != want {
				t.Fatalf("%q: letters8 ends the letters at %d, want %d", b, got, want)
			}
			for k := range want {
				if byte(low>>(8*k)) != wordLower[b[k]] {
					t.Fatalf("%q: byte %d lowered to %#x, want %#x", b, k, byte(low>>(8*k)), wordLower[b[k]])
				}
			}
		}
	}
}

// TestWordScannerFirstMatchesText holds WordScanner.First to the text's
// byte at the word's start, on the seed pages' lines and on 30,000
// random texts of capitals, small letters, digits, '_', letters and
// marks beyond ASCII and words of more than eight letters, some under
// eight bytes: every way Next reads a word (eight bytes at once, byte by
// byte, the general way, a text's last eight bytes, a short text) must
// keep it. One scanner reads them all in turn, as the block reader does.
func TestWordScannerFirstMatchesText(t *testing.T) {
	texts := seedTexts(t, false, false)
	rng := rand.New(rand.NewPCG(158, 52))
	pieces := []string{"a", "Z", "A", "q", "M", "0", "9", "_", " ", " ", ".", "é", "É", "ß", "—", "’", "\xff", "Extraordinarily", "WORDS", "Ab"}
	texts = appendPieceTexts(texts, rng, pieces, 30000)
	var sc WordScanner
	var seen [3]int // words whose first byte is a capital, a small letter, beyond ASCII
	for _, s := range texts {
		for sc.Reset(s); sc.Next(); {
			c := s[sc.Start()]
			if got := sc.First(); got != c {
				t.Fatalf("%q: word %q at %d: First %q, the text's %q", s, sc.Word(), sc.Start(), got, c)
			}
			switch {
			case 'A' <= c && c <= 'Z':
				seen[0]++
			case 'a' <= c && c <= 'z':
				seen[1]++
			case c >= 0x80:
				seen[2]++
			}
		}
	}
	if seen[0] == 0 || seen[1] == 0 || seen[2] == 0 {
		t.Errorf("words opening with a capital, a small letter, beyond ASCII: %v", seen)
	}
}

// TestWordWalksEightsMatchPlain holds the walks that skip a word's
// letters eight at a time (scanToken, behind EachWordSpan, eachToken
// and AppendJoinedWords, and AppendWordHashes) to a rune-by-rune
// reading of \w: each token's span, whether it is lower case and ASCII
// already, its hash. The texts are the seed pages (every line, and every
// tail of each page's first 600 bytes, so that each word falls at each
// place in the last eight bytes) and 50,000 random texts of the bytes at
// the edges of letters8's tests, words of up to 17 letters and runs of
// letters longer than AppendWordHashes' 64-byte buffer.
func TestWordWalksEightsMatchPlain(t *testing.T) {
	texts := seedTexts(t, true, true)
	rng := rand.New(rand.NewPCG(157, 52))
	pieces := []string{"a", "z", "A", "Z", "m", "Q", "@", "[", "`", "{", "_", "0", "9", " ", " ", ".", ", ", "\x7f",
		"\xc1", "\xe1", "\xda", "\xfa", "\xdb", "\xfb", "\xff", "é", "É", "’", "日", "\u0301", "abcdefgh", "Extraordinarily",
		"WORDS", "ABCDEFGH", strings.Repeat("Long", 15)}
	texts = appendPieceTexts(texts, rng, pieces, 50000)
	type tok struct {
		start, end   int
		lower, ascii bool
	}
	words := 0
	for _, s := range texts {
		var want, got []tok
		var hashes []uint64
		eachRuneWord(s, func(start, end int) {
			w := s[start:end]
			ascii := !strings.ContainsFunc(w, func(r rune) bool { return r >= utf8.RuneSelf })
			lower := ascii && !strings.ContainsAny(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
			want = append(want, tok{start, end, lower, ascii})
			hashes = append(hashes, xxh3.HashString(strings.ToLower(w)))
			if !ascii {
				hashes[len(hashes)-1] = xxh3.HashString(lowerWord(w, false, false))
			}
		})
		eachToken(s, func(start, end int, lower, ascii bool) { got = append(got, tok{start, end, lower, ascii}) })
		if !slices.Equal(got, want) {
			t.Fatalf("%q: scanToken %v, by runes %v", s, got, want)
		}
		if h := AppendWordHashes(nil, s); !slices.Equal(h, hashes) {
			t.Fatalf("%q: AppendWordHashes %x, by runes %x", s, h, hashes)
		}
		words += len(want)
	}
	if words < 100000 {
		t.Errorf("only %d words read", words)
	}
}

// TestWordScannerLongWordsMatchSpan holds Next's reading of a word of
// 9 to 15 letters from its second eight bytes to EachWordSpan (word,
// start, end) and to the plain facts the block reader asks (Letters,
// First, After): words of 7 to 18 letters in mixed case, at every offset
// of texts that end 0 to 20 bytes after them (so that the sixteen bytes
// at the word's start fall inside and outside the text), each followed
// by every kind of byte that ends or continues a word (a gap, a digit,
// '_', a letter, a mark or an invalid byte beyond ASCII, the text's
// end). One scanner reads them all in turn, as the block reader does.
func TestWordScannerLongWordsMatchSpan(t *testing.T) {
	const letters = "ExTraoRdinArilyZqm"
	ends := []string{"", " ", ".", ", ", "7", "_", "é", "’", "\xff", "@", "[", "`", "{"}
	var sc WordScanner
	long := 0
	for n := 7; n <= len(letters); n++ {
		for _, after := range ends {
			for lead := range 4 {
				for tail := range 21 {
					s := strings.Repeat(" ", lead) + letters[:n] + after + strings.Repeat("b", tail%3) + strings.Repeat(" ", tail)
					long += checkScannerMatchesSpan(t, &sc, s)
				}
			}
		}
	}
	if long < 1000 {
		t.Errorf("only %d words of 9 to 15 letters ended by a gap", long)
	}
}

// checkScannerMatchesSpan reads s with sc and with EachWordSpan, fails t
// where they differ or where Letters, First or After say other than the
// text, and returns how many words of 9 to 15 ASCII letters ended by an
// ASCII gap it read.
func checkScannerMatchesSpan(t *testing.T, sc *WordScanner, s string) int {
	t.Helper()
	var got, want []string
	long := 0
	for sc.Reset(s); sc.Next(); {
		w, start, end := string(sc.Word()), sc.Start(), sc.End()
		got = append(got, fmt.Sprintf("%s@%d-%d", w, start, end))
		plain := !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if letters, known := sc.Letters(); known && letters != plain {
			t.Fatalf("%q: word %q letters %v, plain %v", s, w, letters, plain)
		}
		if sc.First() != s[start] {
			t.Fatalf("%q: word %q First %q, the text's %q", s, w, sc.First(), s[start])
		}
		gap := end < len(s) && s[end] < utf8.RuneSelf && !asciiWord[s[end]]
		if after := sc.After(); after != end && !(gap && after == end+1) {
			t.Fatalf("%q: word %q ends at %d, After %d", s, w, end, after)
		}
		if ascii := strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == ""; ascii && gap && len(w) > 8 && len(w) < 16 {
			long++
		}
	}
	EachWordSpan(s, func(w string, start, end int) { want = append(want, fmt.Sprintf("%s@%d-%d", w, start, end)) })
	if !slices.Equal(got, want) {
		t.Fatalf("%q: WordScanner %q, EachWordSpan %q", s, got, want)
	}
	return long
}

// TestWordScannerAfterRunesMatchSpan holds the words nextFrom hands back
// to Next (an ASCII word after bytes beyond ASCII that are no word's) to
// EachWordSpan and to the plain facts the block reader asks: words of 1 to
// 18 letters, digits or '_' after curly quotes, dashes, the apostrophe
// of "it’s", a no-break space, an invalid byte and letters beyond ASCII,
// with and without ASCII gaps between, ended every way a word ends.
func TestWordScannerAfterRunesMatchSpan(t *testing.T) {
	const letters = "ExTraoRdinArilyZqm"
	marks := []string{"’", "“", "—", "\u00a0", "\xff", "…", "é", "Éa", "’ ", " “", "—\xe2\x80"}
	ends := []string{"", " ", ".", "7", "_", "é", "’", "\xff"}
	var sc WordScanner
	for n := 1; n <= len(letters); n++ {
		for _, mark := range marks {
			for _, end := range ends {
				for _, word := range []string{letters[:n], "3" + letters[:n], "_" + letters[:n]} {
					for pad := range 10 {
						s := "it" + mark + word + end + strings.Repeat(" ", pad)
						checkScannerMatchesSpan(t, &sc, s)
						checkScannerMatchesSpan(t, &sc, mark+word+end+strings.Repeat(" ", pad))
					}
				}
			}
		}
	}
}
