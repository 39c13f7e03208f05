// Package textnorm turns text into the normalised forms the matching stages
// compare: folded strings, word tokens, stemmed content terms and hashed
// word shingles.
//
// Folding makes two copies of one article compare equal when a republisher
// changed only typography: Unicode compatibility forms (NFKC), typographic
// quotes and dashes, letter case and runs of whitespace.
package textnorm

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"github.com/zeebo/xxh3"
	"golang.org/x/text/unicode/norm"
)

// foldRune maps the typographic variants republishers swap to one form.
func foldRune(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u0060', '\u00B4':
		return '\''
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return '-'
	case '\u00A0', '\u2007', '\u202F', '\u200B', '\uFEFF':
		return ' '
	}
	return unicode.ToLower(r)
}

// Fold returns s in NFKC with quotes, dashes and case folded and every run
// of whitespace collapsed to one space.
func Fold(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := true // drop leading space
	for _, r := range s {
		r = foldRune(r)
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return strings.TrimRight(b.String(), " ")
}

// isWordRune reports whether r belongs to a \w+ token.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	// General Punctuation (U+2000-U+206F: the curly quotes, dashes,
	// ellipsis and typographic spaces of news text) holds no letter, digit
	// or mark, and the three range-table searches cost some 500
	// instructions a rune: a tenth of the word scanner's time on the seed
	// pages went to them (TestIsWordRuneMatchesUnicode).
	if 0x2000 <= r && r <= 0x206f {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// asciiWord says which ASCII characters are \w: most of a news text is
// ASCII, and a table beats the Unicode range tables there.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// Words returns the \w+ tokens of s, folded to lower case. It splits on
// everything else, so "Russia's" gives "russia" and "s", as the
// extraction benchmark's tokenizer does.
func Words(s string) []string {
	out := make([]string, 0, len(s)/6)
	EachWord(s, func(w string) { out = append(out, w) })
	return out
}

// CountWords returns len(Words(s)) without building the words: the
// pipeline stores every article's word count, and lower-casing a 3 KB
// body into strings only to count them was a tenth of an ingest's
// allocations.
func CountWords(s string) int {
	n := 0
	for i := 0; ; n++ {
		_, end, _, _, ok := scanToken(s, i)
		if !ok {
			return n
		}
		i = end
	}
}

// EachWord calls fn with each lower-cased \w+ token of s without building
// a slice; fn must not keep w past the call when s is reused.
func EachWord(s string, fn func(w string)) {
	EachWordSpan(s, func(w string, _, _ int) { fn(w) })
}

// lowerWord lower-cases a token; only non-ASCII tokens pay for NFKC.
func lowerWord(w string, lower, ascii bool) string {
	switch {
	case lower:
		return w
	case ascii:
		return strings.ToLower(w)
	default:
		return strings.ToLower(norm.NFKC.String(w))
	}
}

// Terms returns the content terms of s: words that are not stopwords and
// not a single character, stemmed with the English Snowball stemmer.
// Numbers are kept as they are, because shared figures tie reports of one
// event together.
func Terms(s string) []string {
	return terms(s, Stem)
}

// terms returns the content terms of s, stemmed by stem.
func terms(s string, stem func(string) string) []string {
	var out []string
	EachWord(s, func(w string) {
		if len(w) < 2 || IsStopword(w) {
			return
		}
		out = append(out, stem(w))
	})
	return out
}

// Stems is Terms with a memo of stems, for one goroutine: Snowball
// stemming is most of the cost of Terms, and the words of the titles and
// leads a pipeline run rebuilds its stories from repeat. The memo is
// cleared when it holds max words.
type Stems struct {
	memo map[string]string
	max  int
}

// NewStems returns an empty memo that holds at most max words.
func NewStems(max int) *Stems {
	return &Stems{memo: make(map[string]string), max: max}
}

// Terms returns Terms(s).
func (st *Stems) Terms(s string) []string {
	return terms(s, st.stem)
}

// stem returns Stem(w) through the memo.
func (st *Stems) stem(w string) string {
	if t, ok := st.memo[w]; ok {
		return t
	}
	return keepStem(st.memo, st.max, w, Stem(w))
}

// keepStem puts word w's stem t in memo, cleared first when it holds max
// words, and returns t. The word is cloned before it is kept: callers pass
// slices of texts and of scanner buffers, which a memo must neither pin
// nor see change; a stem that is the word unchanged shares the clone.
func keepStem(memo map[string]string, max int, w, t string) string {
	if len(memo) >= max {
		clear(memo)
	}
	w = strings.Clone(w)
	if t == w {
		t = w
	}
	memo[w] = t
	return t
}

// Stem returns the English Snowball stem of a lower-case word; numbers and
// words with digits are returned unchanged.
//
// Stems go through one memo for the whole process. The stages keep memos
// of their own (each claims reader's term memo, the clusterer's word
// cache, the headline memo of each rebuilding goroutine), each keyed to
// what it derives from the stem, and each used to stem every word it had
// not seen itself: the same new word was stemmed four or five times, and
// Snowball (which turns the word and every suffix it tries into runes) was
// 8% of the instructions of a 5k bench ingest (docs/performance.md, "One
// stem a word"). TestStemMemo holds Stem to the stemmer.
func Stem(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			return w
		}
	}
	return stemMemo.stem(w)
}

// stemMemo is the process's memo of Snowball stems.
var stemMemo = newSharedStems(1 << 18)

// sharedStems is a memo of stems safe for concurrent use, cleared when it
// holds max words. It is read far more than written (a word is stemmed
// once, then only looked up by the stages' memos on their own misses),
// hence the read lock.
type sharedStems struct {
	mu   sync.RWMutex
	memo map[string]string
	max  int
}

func newSharedStems(max int) *sharedStems {
	return &sharedStems{memo: make(map[string]string), max: max}
}

// stem returns english.Stem(w, false) through the memo (keepStem, as
// Stems does for one goroutine).
func (m *sharedStems) stem(w string) string {
	m.mu.RLock()
	t, ok := m.memo[w]
	m.mu.RUnlock()
	if ok {
		return t
	}
	t = english.Stem(w, false)
	m.mu.Lock()
	t = keepStem(m.memo, m.max, w, t)
	m.mu.Unlock()
	return t
}

// Shingles returns the 64-bit xxh3 hashes of every run of k consecutive
// words (fewer words than k give one shingle of them all). The hashes are
// in text order and may repeat.
func Shingles(words []string, k int) []uint64 {
	if len(words) == 0 {
		return nil
	}
	if k < 1 {
		k = 1
	}
	if len(words) < k {
		k = len(words)
	}
	out := make([]uint64, 0, len(words)-k+1)
	var buf []byte
	for i := 0; i+k <= len(words); i++ {
		buf = buf[:0]
		for j := i; j < i+k; j++ {
			buf = append(buf, words[j]...)
			buf = append(buf, ' ')
		}
		out = append(out, xxh3.Hash(buf))
	}
	return out
}

// ContainsAny is strings.ContainsAny for a set that holds non-ASCII
// characters ("$€£", ".!?。！？"). For such a set strings.ContainsAny walks
// s rune by rune and searches the set for each; this searches s once per
// character of the set with the vectorised byte search, several times
// faster on the long blocks of a page.
func ContainsAny(s, chars string) bool {
	for _, r := range chars {
		if strings.ContainsRune(s, r) {
			return true
		}
	}
	return false
}
