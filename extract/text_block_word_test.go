package extract

import (
	"slices"
	"testing"

	"github.com/storyfold/storyfold/textnorm"
)

// TestTextWordLow8MatchesPlain holds the block reader's one load of a
// word (textWordLow8, textWordShort8) to textWordLow8Plain, and the keys
// and digits read from it (textContentKeyOf, textDigits8) to
// textContentKey and textWordDigits, on 200,000 random words of 1 to 12
// bytes (letters, digits, '_' and bytes beyond ASCII) in buffers of their
// own length and in buffers of 16 whose bytes past the word are not zero.
func TestTextWordLow8MatchesPlain(t *testing.T) {
	rng := fastRand(163, 1)
	const alphabet = "ab0z9_Y\xc3\xa9\xff"
	for range 200000 {
		w := make([]byte, 1+rng.IntN(12))
		for i := range w {
			w[i] = alphabet[rng.IntN(len(alphabet))]
		}
		roomy := append(append(make([]byte, 0, 16), w...), "yourself"...)[:len(w)]
		for _, b := range [][]byte{w, roomy} {
			want := textWordLow8Plain(b)
			x := textWordLow8(b)
			if x != want {
				t.Fatalf("textWordLow8(%q, cap %d) = %x, want %x", b, cap(b), x, want)
			}
			if n := len(b); n <= 8 && cap(b) >= 8 {
				if got := textWordShort8(b); got != want {
					t.Fatalf("textWordShort8(%q) = %x, want %x", b, got, want)
				}
			}
			if got, want := textContentKeyOf(x, len(b)), textContentKeyPlain(b); got != want {
				t.Fatalf("textContentKeyOf(%q) = %x, want %x", b, got, want)
			}
			if len(b) <= 8 && x&highs8 == 0 {
				if got, want := textDigits8(x), textWordDigits(b); got != want {
					t.Fatalf("textDigits8(%q) = %d, want %d", b, got, want)
				}
			}
		}
	}
}

// TestTextVoiceBySlotMatchesSwitch holds the you and we counts the block
// reader reads from a stopword's slot (textVoiceBySlot, textVoiceOf) to
// textCountVoice's switch: every voice word, the stopwords near them and
// 100,000 random short words that are stopwords; and no slot but the
// voice words' holds a count.
func TestTextVoiceBySlotMatchesSwitch(t *testing.T) {
	words := append([]string{"yourselves", "ourselves", "yo", "u", "o", "w", "year", "years", "under", "up",
		"of", "on", "or", "out", "own", "one", "was", "were", "what", "who", "will", "with", "the", "a"}, textVoiceWords...)
	rng := fastRand(163, 2)
	const alphabet = "yourwesthaif"
	for len(words) < 100000 {
		w := make([]byte, 1+rng.IntN(5))
		for i := range w {
			w[i] = alphabet[rng.IntN(len(alphabet))]
		}
		if textnorm.IsStopword(string(w)) {
			words = append(words, string(w))
		}
	}
	for _, w := range words {
		if !textnorm.IsStopword(w) {
			continue
		}
		you, we := textCountVoice([]byte(w), 0, 0)
		if got, want := textVoiceOf(textWordLow8Plain([]byte(w)), len(w)), uint64(you)|uint64(we)<<32; got != want {
			t.Fatalf("textVoiceOf(%q) = %x, want %x", w, got, want)
		}
	}
	held := 0
	for _, v := range textVoiceBySlot {
		held += textBool(v != 0)
	}
	if held != len(textVoiceWords) {
		t.Fatalf("%d slots hold a voice count, want %d", held, len(textVoiceWords))
	}
}

// TestTextReadBlockStopsMatchPlain holds the block reader's stopword,
// you and we counts, read from each word's one load, to a plain count
// with textnorm.IsStopwordBytes and textCountVoice over every word, on
// 20,000 random lines read by one scanner in turn, as a page's are.
func TestTextReadBlockStopsMatchPlain(t *testing.T) {
	rng := fastRand(163, 3)
	pieces := []string{"you", "You", "YOUR", "yours", "Yourself", "yourselves", "we", "We", "our", "Ours", "us", "US",
		"the", "of", "ourselves", "themselves", "cookies", "by", "report", "2024", "é", "x_1", " ", " ", ", ", ". "}
	var sc, plainSc textnorm.WordScanner
	for range 20000 {
		s := fastPieces(rng, pieces, 0, 24)
		b := textReadBlock(s, textLowerPrefix(s, textPhraseWindow), textWebUnread, &sc, nil)
		stop, you, we := 0, 0, 0
		for plainSc.Reset(s); plainSc.Next(); {
			if w := plainSc.Word(); textnorm.IsStopwordBytes(w) {
				stop++
				you, we = textCountVoice(w, you, we)
			}
		}
		if b.stop != stop || b.you != you || b.we != we {
			t.Fatalf("%q: stop %d you %d we %d, plain %d %d %d", s, b.stop, b.you, b.we, stop, you, we)
		}
	}
}

// TestTextReadBlockFirstWordMatchesPlain holds the block reader's
// action flag, asked of the first word before the word loop, and its
// cookie flag, kept on the block where the loop held it in a register,
// to a plain reading: textIsActionVerb of the first word a fresh scanner
// reads, and a word "cookie" or "cookies" among all of them, on 20,000
// random lines read by one scanner in turn (lines that open with a gap,
// a mark, a word beyond ASCII, or hold no word at all).
func TestTextReadBlockFirstWordMatchesPlain(t *testing.T) {
	rng := fastRand(192, 7)
	pieces := []string{"Learn", "learn", "GET", "sign", "Subscribe", "view", "views", "learned", "see", "Cookie", "COOKIES",
		"cookied", "the", "of", "you", "report", "2024", "é", "Étoile", "x_1", "•", "“", " ", " ", ", ", ". ", "-"}
	var sc, plainSc textnorm.WordScanner
	for range 20000 {
		s := fastPieces(rng, pieces, 0, 12)
		b := textReadBlock(s, textLowerPrefix(s, textPhraseWindow), textWebUnread, &sc, nil)
		action, cookie := false, false
		for plainSc.Reset(s); plainSc.Next(); {
			switch string(plainSc.Word()) {
			case "cookie", "cookies":
				cookie = true
			}
		}
		if plainSc.Reset(s); plainSc.Next() {
			action = textIsActionVerb(plainSc.Word())
		}
		if b.action != action || b.cookie != cookie {
			t.Fatalf("%q: action %v cookie %v, plain %v %v", s, b.action, b.cookie, action, cookie)
		}
	}
}

// TestTextReadShortWordsMatchScanner holds the block reader, which reads
// short words of letters itself (textReadShortWords) and asks the scanner
// of the others, to the same reader asking the scanner of every word
// (textReadScannedWord): the word loop's counts, flags, marks, content
// keys and the first word's verb, on 50,000 random lines read by one
// scanner in turn (words of one to twenty letters of both cases, long
// stopwords, verbs, "by", "cookie", digits, '_', letters and marks beyond
// ASCII, and gaps of one byte and more).
func TestTextReadShortWordsMatchScanner(t *testing.T) {
	rng := fastRand(202, 11)
	pieces := []string{"a", "I", "by", "By", "of", "The", "you", "We", "our", "cookie", "Cookies", "cookied", "word", "Words",
		"sentence", "Sentences", "ABCDEFGH", "abcdefghi", "Subscribe", "learn", "themselves", "According", "yourself", "x", "2024", "7", "_", "x_1", "é", "Étoile", "naïve", "—", "’",
		" ", " ", " ", ", ", ". ", "? ", "! ", ": ", "  ", "\n", ".", "-", "\"", "(", "\xff"}
	var sc, plainSc textnorm.WordScanner
	var keys, plainKeys []uint64
	for range 50000 {
		s := fastPieces(rng, pieces, 0, 40)
		keys = keys[:0]
		b := textReadBlock(s, textLowerPrefix(s, textPhraseWindow), textWebUnread, &sc, &keys)
		var p textBlock
		plainKeys, end := plainKeys[:0], 0
		for plainSc.Reset(s); plainSc.Next(); end = plainSc.End() {
			if end == 0 {
				p.action = textIsActionVerb(plainSc.Word())
			}
			textReadScannedWord(&p, s, end, &plainSc, &plainKeys)
		}
		marks, kinds := textCountMarksIn(s, end, len(s))
		p.marks += marks
		p.kinds |= kinds
		you, we := int(uint32(uint64(p.you))), int(uint64(p.you)>>32)
		if b.words != p.words || b.caps != p.caps || b.by != p.by || b.stop != p.stop || b.you != you || b.we != we ||
			b.action != p.action || b.cookie != p.cookie || b.long != p.long || b.digits != p.digits || b.marks != p.marks || b.kinds != p.kinds {
			t.Fatalf("%q: words %d caps %d by %v stop %d you %d we %d action %v cookie %v long %d digits %d marks %d kinds %x,\n"+
				"scanned %d %d %v %d %d %d %v %v %d %d %d %x", s, b.words, b.caps, b.by, b.stop, b.you, b.we, b.action, b.cookie, b.long,
				b.digits, b.marks, b.kinds, p.words, p.caps, p.by, p.stop, you, we, p.action, p.cookie, p.long, p.digits, p.marks, p.kinds)
		}
		if !slices.Equal(b.keys, plainKeys) {
			t.Fatalf("%q: keys %x, scanned %x", s, b.keys, plainKeys)
		}
	}
}

// TestTextCookie8MatchesLoad holds the cookie words' constants to the
// words as textWordLow8 loads them.
func TestTextCookie8MatchesLoad(t *testing.T) {
	if got := textWordLow8Plain([]byte("cookie")); got != textCookie8 {
		t.Errorf("cookie loads as %x, constant %x", got, uint64(textCookie8))
	}
	if got := textWordLow8Plain([]byte("cookies")); got != textCookies8 {
		t.Errorf("cookies loads as %x, constant %x", got, uint64(textCookies8))
	}
}

// TestTextWordMasksMatchShift holds the short-word loop's mask table to
// the shift it replaced and to the bytes textWordLow8Plain keeps.
func TestTextWordMasksMatchShift(t *testing.T) {
	for n := 1; n <= 8; n++ {
		if want := ^uint64(0) >> ((64 - 8*n) & 63); textWordMasks[n] != want {
			t.Errorf("mask of %d bytes %x, shift %x", n, textWordMasks[n], want)
		}
		w := []byte("\xff\xff\xff\xff\xff\xff\xff\xff")[:n]
		if got := textWordLow8Plain(w); textWordMasks[n] != got {
			t.Errorf("mask of %d bytes %x, plain load %x", n, textWordMasks[n], got)
		}
	}
}

// TestTextLoadTail8MatchesPlain holds the short-word loop's load within a
// text's last eight bytes to the bytes from i read one by one, those
// past the text zero, on texts of 8 to 20 bytes at every such i.
func TestTextLoadTail8MatchesPlain(t *testing.T) {
	rng := fastRand(233, 8)
	for range 2000 {
		b := make([]byte, 8+rng.IntN(13))
		for j := range b {
			b[j] = byte(rng.Uint64())
		}
		s := string(b)
		for i := len(s) - 7; i < len(s); i++ {
			var want uint64
			for j := len(s) - i - 1; j >= 0; j-- {
				want = want<<8 | uint64(s[i+j])
			}
			if got := textLoadTail8(s, i); got != want {
				t.Fatalf("%q at %d: %x, plain %x", s, i, got, want)
			}
		}
	}
}
