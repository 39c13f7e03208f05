package claims

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/zeebo/xxh3"

	"github.com/storyfold/storyfold/textnorm"
)

// tokenizeByRunes is tokenize as it was before the ASCII fast paths: every
// token scanned and classified rune by rune, every lower-case form with
// apostrophes straightened. It is the reference tokenize must reproduce.
func tokenizeByRunes(s string) []token {
	var toks []token
	space := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += size
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := scanAlnumFrom(s, i, false)
			text := s[i:j]
			letters, digits := false, false
			for _, r := range text {
				switch {
				case unicode.IsLetter(r):
					letters = true
				case unicode.IsDigit(r):
					digits = true
				}
			}
			kind := tWord
			switch {
			case digits && letters:
				kind = tMixed
			case digits:
				kind = tNum
			}
			lower := strings.ToLower(strings.ReplaceAll(text, "’", "'"))
			toks = append(toks, token{text: text, lower: lower, kind: kind, start: i, end: j, spaceBefore: space})
			i = j
		default:
			toks = append(toks, token{text: s[i : i+size], lower: s[i : i+size], kind: tSym, start: i, end: i + size, spaceBefore: space})
			i += size
		}
		space = false
	}
	return toks
}

var tokenCases = []string{
	"Russia’s 6,000 troops, the U.S. and U.K. said; G7 5m 1st AR-15 2, 000 people.",
	"Zürich’s café ﬁled ＦＵＬＬ 3½ İstanbul KELVIN \u212a ΣΑΣ \xff\xfe bad",
	"", " ", "’", "a’b", "a'b", "1.5", "1,", "U.", "U.S", "u.s.",
}

var (
	sentencesOnce sync.Once
	sentencesAll  []string
)

// corpusSentences returns the sentences of the testdata texts and of the
// cluster data when present: real text for the equivalence checks.
func corpusSentences(t testing.TB) []string {
	texts := append(corpusTexts(t, "../testdata"), clusterTexts(t)...)
	sentencesOnce.Do(func() {
		sp, err := NewSplitter()
		if err != nil {
			t.Fatal(err)
		}
		sentencesAll = slices.Clone(tokenCases)
		for _, text := range texts {
			sentencesAll = append(sentencesAll, sp.Sentences(text)...)
		}
	})
	return sentencesAll
}

func TestTokenizeMatchesRunes(t *testing.T) {
	var buf []token
	for _, s := range corpusSentences(t) {
		for _, in := range []string{s, replaceAbbreviations(s)} {
			want := tokenizeByRunes(in)
			buf = appendTokens(buf[:0], in)
			if !slices.Equal(buf, want) || !slices.Equal(tokenize(in), want) {
				t.Fatalf("tokenize(%q):\n got  %+v\n want %+v", in, buf, want)
			}
		}
	}
}

func TestAppendLowerMatchesToLower(t *testing.T) {
	for _, s := range corpusSentences(t) {
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Fatalf("appendLower(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestReplaceAbbreviations(t *testing.T) {
	for _, s := range corpusSentences(t) {
		if got, want := replaceAbbreviations(s), abbreviations.Replace(s); got != want {
			t.Fatalf("replaceAbbreviations(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestTermHasherOnCorpus checks the memo's term hashes against
// textnorm.Terms on real sentences, which mix known and new words.
func TestTermHasherOnCorpus(t *testing.T) {
	h := newTermHasher()
	var got []uint64
	for _, s := range corpusSentences(t) {
		var want []uint64
		for _, term := range textnorm.Terms(s) {
			want = append(want, xxh3.HashString(term))
		}
		got = h.appendTerms(got[:0], s)
		if !slices.Equal(got, want) {
			t.Fatalf("appendTerms(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, c := range tokenCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := tokenize(s), tokenizeByRunes(s); !slices.Equal(got, want) {
			t.Errorf("tokenize(%q):\n got  %+v\n want %+v", s, got, want)
		}
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
		if got, want := replaceAbbreviations(s), abbreviations.Replace(s); got != want {
			t.Errorf("replaceAbbreviations(%q) = %q, want %q", s, got, want)
		}
	})
}

// BenchmarkTokenize tokenizes the sentences of the testdata texts (and of
// the cluster data when present), as the claims reader does.
func BenchmarkTokenize(b *testing.B) {
	sents := corpusSentences(b)
	var buf []token
	for b.Loop() {
		for _, s := range sents {
			buf = appendTokens(buf[:0], s)
		}
	}
}

// TestIsNumberStart holds isNumberStart's length filter to the map it
// filters for: every word of the corpus sentences, and each starting word.
func TestIsNumberStart(t *testing.T) {
	checkWordFilter(t, "isNumberStart", isNumberStart, numberStarts, "", strings.Repeat("o", 40), "ones", "on", "twentyone")
}

// checkWordFilter holds is, a set's membership test behind a cheaper
// filter, to the set: on its words, every word of the corpus sentences
// (as written and lowered), and more.
func checkWordFilter(t *testing.T, name string, is func(string) bool, set map[string]bool, more ...string) {
	t.Helper()
	words := slices.Collect(maps.Keys(set))
	for _, s := range corpusSentences(t) {
		for _, tok := range tokenize(s) {
			words = append(words, tok.lower, tok.text)
		}
	}
	for _, w := range append(words, more...) {
		if got, want := is(w), set[w]; got != want {
			t.Fatalf("%s(%q) = %v, want %v", name, w, got, want)
		}
	}
}

// TestIsSayVerb holds isSayVerb's length filter to sayVerbs the same way.
func TestIsSayVerb(t *testing.T) {
	checkWordFilter(t, "isSayVerb", isSayVerb, sayVerbs, "", strings.Repeat("s", 40), "sai", "saids", "tol")
}
