package textnorm

import (
	"math/rand/v2"
	"sync"
	"testing"
	"unsafe"

	"github.com/kljensen/snowball/english"
)

// stemWords returns words for the stem memo tests: real words, words built
// from stems and the suffixes Snowball strips, and non-ASCII words.
func stemWords(rng *rand.Rand, n int) []string {
	var words []string
	for _, s := range []string{
		"Rescuers searched the flooded valleys; officials said generously that the nationalisation " +
			"of happiness was being considered, hopefully, by conditional relational sensibilities",
		"Ünïcode wörds and ﬁve cafés naïve résumé façade ſtraße",
	} {
		words = append(words, Words(s)...)
	}
	roots := []string{"generat", "nation", "happ", "relat", "sens", "hop", "cri", "ti", "luxur", "a", "ab", "communit", "news", "arsen"}
	suffixes := []string{"", "s", "es", "ies", "ied", "sses", "ing", "ed", "ly", "ness", "ation", "ational", "ization", "ful", "ousli", "iveness", "al", "ement", "'s", "ate", "e"}
	for range n {
		words = append(words, roots[rng.IntN(len(roots))]+suffixes[rng.IntN(len(suffixes))]+suffixes[rng.IntN(len(suffixes))])
	}
	return words
}

// TestStemMemo holds Stem, through the process's memo, to the Snowball
// stemmer, and a small memo (cleared again and again) both when a word is
// new and when it is known. Every word is passed as a view of a buffer that
// is then overwritten, as the stages' scanners do: a memo keeping the
// caller's bytes instead of its own copy would see its keys change.
func TestStemMemo(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	words := stemWords(rng, 3000)
	small := newSharedStems(16)
	var buf []byte
	view := func(w string) string {
		buf = append(buf[:0], w...)
		return unsafe.String(unsafe.SliceData(buf), len(buf))
	}
	for round := range 2 { // new words in the first round, known ones (mostly) in the second
		for _, w := range words {
			want := english.Stem(w, false)
			if hasDigit(w) {
				want = w
			}
			if got := Stem(view(w)); got != want {
				t.Fatalf("round %d: Stem(%q) = %q, want %q", round, w, got, want)
			}
			if hasDigit(w) {
				continue
			}
			if got := small.stem(view(w)); got != want {
				t.Fatalf("round %d: small memo: stem(%q) = %q, want %q", round, w, got, want)
			}
		}
	}
	for w, s := range stemMemo.memo {
		if want := english.Stem(w, false); s != want {
			t.Errorf("memo holds %q → %q, want %q", w, s, want)
		}
	}
	if len(small.memo) > small.max {
		t.Errorf("small memo holds %d words, max %d", len(small.memo), small.max)
	}
}

func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			return true
		}
	}
	return false
}

// TestStemMemoConcurrent stems the same words from several goroutines at
// once, as the claims readers, the clusterer and the story rebuilders do;
// run with -race it checks the memo's locking.
func TestStemMemoConcurrent(t *testing.T) {
	words := stemWords(rand.New(rand.NewPCG(7, 8)), 2000)
	m := newSharedStems(64)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range words {
				w := words[(i+g*500)%len(words)]
				if got, want := m.stem(w), english.Stem(w, false); got != want {
					t.Errorf("stem(%q) = %q, want %q", w, got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
}
