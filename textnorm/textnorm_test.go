package textnorm

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Russia\u2019s  forces", "russia's forces"},
		{"\u201CHighly likely\u201D \u2014 MoD", "\"highly likely\" - mod"},
		{"  a\u00A0b\n\nc ", "a b c"},
		{"\uFB01le", "file"}, // NFKC ligature
		{"", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWords(t *testing.T) {
	got := Words("North Korea's 6,000 casualties — UK said")
	want := []string{"north", "korea", "s", "6", "000", "casualties", "uk", "said"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Words = %q, want %q", got, want)
	}
}

// TestCountWords checks the count against Words on texts with the cases
// the scan treats apart: leading and trailing separators, capitals,
// non-ASCII letters and marks, digits and underscores, and no words.
func TestCountWords(t *testing.T) {
	for _, s := range []string{
		"", " ", "—", "a", "North Korea's 6,000 casualties — UK said",
		"  ﬁve café e\u0301 Ünïcode_wörds\t42x ", "日本語 テキスト。", "end.",
	} {
		if got, want := CountWords(s), len(Words(s)); got != want {
			t.Errorf("CountWords(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestStemsMatchTerms checks the memo against Terms, with a memo small
// enough to be cleared along the way.
func TestStemsMatchTerms(t *testing.T) {
	st := NewStems(4)
	for _, s := range []string{
		"", "Rescuers searched the flooded valleys", "searching rescuers flooded 40 homes",
		"the valleys were flooded again", "Ünïcode wörds and ﬁve cafés", "searched searched searched", "car card cards",
	} {
		if got, want := st.Terms(s), Terms(s); !slices.Equal(got, want) {
			t.Errorf("Stems.Terms(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestTerms(t *testing.T) {
	got := Terms("The soldiers were killed in Kursk, officials said")
	want := []string{"soldier", "kill", "kursk", "offici"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Terms = %q, want %q", got, want)
	}
}

func TestShinglesQuoteInsensitive(t *testing.T) {
	a := Shingles(Words(Fold("Russia\u2019s forces in \u201CKursk\u201D")), 3)
	b := Shingles(Words(Fold("Russia's forces in 'Kursk'")), 3)
	if !reflect.DeepEqual(a, b) {
		t.Fatalf("shingles differ across quote styles: %v vs %v", a, b)
	}
	if n := len(Shingles([]string{"a", "b"}, 5)); n != 1 {
		t.Fatalf("short input: got %d shingles, want 1", n)
	}
	if Shingles(nil, 3) != nil {
		t.Fatal("empty input should give no shingles")
	}
}

func BenchmarkShingles(b *testing.B) {
	text := ""
	for len(text) < 3000 {
		text += "More than 6,000 North Korean soldiers have been killed or injured while fighting alongside Russia's forces. "
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Shingles(Words(Fold(text)), 5)
	}
}

func BenchmarkTerms(b *testing.B) {
	text := strings.Repeat("More than 6,000 North Korean soldiers have been killed or injured while fighting alongside Russia's forces. ", 30)
	for b.Loop() {
		Terms(text)
	}
}

// The ASCII table says what the Unicode classes say.
func TestIsWordRuneASCII(t *testing.T) {
	for r := rune(0); r < 128; r++ {
		want := r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if got := isWordRune(r); got != want {
			t.Errorf("isWordRune(%q) = %v, want %v", r, got, want)
		}
	}
}

func TestIsStopwordLengths(t *testing.T) {
	for w, want := range map[string]bool{"themselves": true, "yourselves": true, "the": true, "a": true, "ministry": false, "internationalisation": false} {
		if got := IsStopword(w); got != want {
			t.Errorf("IsStopword(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestStopwordTable checks the open-addressed table against a map of the
// same words: every listed word and every near miss (a letter added,
// dropped or changed, which shares the table's key bytes most often).
func TestStopwordTable(t *testing.T) {
	listed := map[string]bool{}
	for _, w := range stopwords.slots {
		if w != "" {
			listed[w] = true
		}
	}
	if len(listed) < 150 || len(listed)*3 > stopwordSlots*2 {
		t.Fatalf("%d stopwords in %d slots", len(listed), stopwordSlots)
	}
	probes := []string{"", "x", "zz", "thee", "th", "whence"}
	for w := range listed {
		probes = append(probes, w, w+"s", w[:len(w)-1], "x"+w, w[:len(w)-1]+"x")
	}
	for _, w := range probes {
		want := listed[w]
		if got := IsStopword(w); got != want {
			t.Errorf("IsStopword(%q) = %v, want %v", w, got, want)
		}
		// in a buffer of its own length, and in a longer one holding
		// other bytes past it, as a reused scanner buffer does
		exact := []byte(w)[:len(w):len(w)]
		roomy := append(append(make([]byte, 0, 16), w...), "zsheyou\x00"...)[:len(w)]
		for _, b := range [][]byte{exact, roomy} {
			if got := IsStopwordBytes(b); got != want {
				t.Errorf("IsStopwordBytes(%q, cap %d) = %v, want %v", w, cap(b), got, want)
			}
		}
	}
}

func TestContainsAny(t *testing.T) {
	for _, s := range []string{"", "plain text", "costs $5", "costs €5", "costs £5", "price: 5 ¥", "Home » News", "a › b", "x > y", "日本語。", "ends."} {
		for _, set := range []string{"$€£", ">»›", ".!?。！？；", ""} {
			if got, want := ContainsAny(s, set), strings.ContainsAny(s, set); got != want {
				t.Errorf("ContainsAny(%q, %q) = %v, want %v", s, set, got, want)
			}
		}
	}
}

// TestIsWordRuneMatchesUnicode holds isWordRune, with its fast paths, to
// the definition of a \w rune for every rune: an ASCII letter, digit or
// underscore, or a Unicode letter, digit or non-spacing mark.
func TestIsWordRuneMatchesUnicode(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := r == '_' || r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) ||
			r >= 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
		if got := isWordRune(r); got != want {
			t.Fatalf("isWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestStopwordBytesMatchesPlain holds IsStopwordBytes, which packs a word
// and its length into an integer and probes a table of packed words, to
// the plain answer (the word's string in the list) for every stopword cut
// short, grown, ending in zero bytes or padded with them to 8 bytes and
// its length, and for 200,000 random words of the
// letters stopwords are made of, zero bytes and other bytes, lengths 0 to
// 11, in buffers of their own length and in longer ones holding other
// bytes past the word.
func TestStopwordBytesMatchesPlain(t *testing.T) {
	listed := map[string]bool{}
	for _, w := range stopwords.slots {
		if w != "" {
			listed[w] = true
		}
	}
	check := func(w string, past string) {
		t.Helper()
		want := listed[w]
		exact := []byte(w)[:len(w):len(w)]
		roomy := append(append(make([]byte, 0, 24), w...), past...)[:len(w)]
		for _, b := range [][]byte{exact, roomy} {
			if got := IsStopwordBytes(b); got != want {
				t.Fatalf("IsStopwordBytes(%q, cap %d) = %v, want %v", w, cap(b), got, want)
			}
			// the block reader's inlined form: known just for a word
			// of 1 to 8 bytes in a buffer of 8 or more, and then exact
			stop, known := ShortStopwordBytes(b)
			if wantKnown := len(b) >= 1 && len(b) <= 8 && cap(b) >= 8; known != wantKnown || known && stop != want {
				t.Fatalf("ShortStopwordBytes(%q, cap %d) = %v, %v, want %v, %v", w, cap(b), stop, known, want, wantKnown)
			}
		}
	}
	for w := range listed {
		for _, v := range []string{w, w + "\x00", w + "\x00\x00", "\x00" + w, w[:len(w)-1] + "\x00", w[1:], w + "e"} {
			check(v, "yourself")
			check(v, "\x00\x00\x00\x00\x00\x00\x00\x00")
		}
		// a shorter word's bytes, zero bytes and its length as the 8th
		// byte: the 8-byte word packs as the shorter one does
		if len(w) < 8 {
			check(w+strings.Repeat("\x00", 7-len(w))+string(rune(len(w))), "yourself")
		}
	}
	const alphabet = "aeiouthsrndlwyfbgcmkpvx\x00\xff'-"
	rng := rand.New(rand.NewPCG(3, 10))
	buf := make([]byte, 0, 11)
	for range 200000 {
		buf = buf[:0]
		for range rng.IntN(12) {
			buf = append(buf, alphabet[rng.IntN(len(alphabet))])
		}
		// a short vowel-and-stopword-letter word hits the list often
		if rng.IntN(2) == 0 && len(buf) > 0 {
			buf[0] = "tawhio"[rng.IntN(6)]
		}
		check(string(buf), string(alphabet[rng.IntN(len(alphabet))])+"e\x00s")
	}
}

// TestStopwordBytesLongWords holds IsStopwordBytes's inlined lens test,
// a shift of a 16-bit mask by the word's length, to the plain answer for
// words of 9 to 90 bytes opening with a stopword's first byte: lengths
// of 16 or more shift every bit out in Go, and a compiler or rewrite that
// took the count modulo 16, 32 or 64 would let them on to the table, which
// must still refuse them.
func TestStopwordBytesLongWords(t *testing.T) {
	listed := map[string]bool{}
	for _, w := range stopwords.slots {
		if w != "" {
			listed[w] = true
		}
	}
	for w := range listed {
		for n := 9; n <= 90; n++ {
			for _, v := range []string{
				w + strings.Repeat(w[len(w)-1:], max(0, n-len(w))),
				w[:1] + strings.Repeat("q", n-1),
			} {
				want := listed[v]
				exact := []byte(v)[:len(v):len(v)]
				roomy := append(append(make([]byte, 0, 128), v...), "yourself"...)[:len(v)]
				for _, b := range [][]byte{exact, roomy} {
					if got := IsStopwordBytes(b); got != want {
						t.Fatalf("IsStopwordBytes(%q, len %d) = %v, want %v", v, len(v), got, want)
					}
				}
			}
		}
	}
}
