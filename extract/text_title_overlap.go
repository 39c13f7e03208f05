package extract

import (
	"github.com/storyfold/storyfold/textnorm"
	"github.com/zeebo/xxh3"
)

// textTitleOverlaps reads feature 7 of the title candidates, the share of
// a candidate's content words (no stopwords) found in the first 300 words
// of the body's prose blocks, with the candidates read first: words holds
// each candidate's content words' xxh3 hashes in order (candidate k's
// from ends[k] to ends[k+1]), and forms a bit for the form (textWordForm)
// of each.
//
// The body's opening is then read into a set of only the words whose
// form some candidate's word has: a body word of another form is no
// candidate's word, and the set is asked of the candidates' words alone,
// so leaving it out changes no overlap (but where two different words'
// xxh3 hashes agree, which the set assumes away already). The body was
// read first and every word of it probed for a stopword, hashed and
// filed, some 100 instructions of each of its 34 thousand words on the
// 100 long flat pages of BenchmarkTextWCXB; a quarter of them pass the
// filter (the body and the candidates' words 12.08 -> 11.74 M;
// TestTextTitleOverlapsMatchPlain holds it to the plain form).
type textTitleOverlaps struct {
	words []uint64
	ends  []int
	forms [1 << textWordFormBits / 64]uint64
}

// textWordFormBits is the size of textTitleOverlaps' form filter: 4,096
// bits for some 240 candidates' content words a long page.
const textWordFormBits = 12

// textWordForm is a slot of textTitleOverlaps' form filter for word w, of
// its first and last bytes and its length: equal words have equal forms.
func textWordForm(w []byte) uint32 {
	if len(w) == 0 {
		return 0
	}
	return (uint32(w[0]) | uint32(w[len(w)-1])<<8 | uint32(len(w))<<16) * 0x9E3779B1 >> (32 - textWordFormBits)
}

// collect reads the content words of heads, the candidates' texts, with
// sc, and files their forms.
func (o *textTitleOverlaps) collect(heads []*textBlock, sc *textnorm.WordScanner) {
	o.words, o.ends = o.words[:0], append(o.ends[:0], 0)
	clear(o.forms[:])
	for _, h := range heads {
		for sc.Reset(h.text); sc.Next(); {
			w := sc.Word()
			// the stopwords as the block reader asks them: the scanner's
			// short words by the keys table inlined, the longer by the
			// first-byte test and a call
			stop, known := textnorm.ShortStopwordBytes(w)
			if !known {
				stop = textnorm.IsStopwordBytes(w)
			}
			if stop {
				continue
			}
			f := textWordForm(w)
			o.forms[f/64] |= 1 << (f % 64)
			o.words = append(o.words, xxh3.Hash(w))
		}
		o.ends = append(o.ends, len(o.words))
	}
}

// bodyWords is the set of the body opening's content words (the plain
// form, plainBodyWords in the test) with only the words of a form some
// candidate's word has: the same 300 words of the body's opening are
// read, and a word of another form is neither probed for a stopword nor
// hashed. The caller puts the set back (putHashSet).
func (o *textTitleOverlaps) bodyWords(blocks []textBlock, first, last int, sc *textnorm.WordScanner) *hashSet {
	words := getHashSet(textTitleBodyWords)
	n := 0
	for i := first; i < last && n < textTitleBodyWords; i++ {
		b := &blocks[i]
		if b.words < textProseBlockWords {
			continue
		}
		for sc.Reset(b.text); sc.Next(); {
			n++
			w := sc.Word()
			if f := textWordForm(w); o.forms[f/64]&(1<<(f%64)) == 0 {
				continue
			}
			stop, known := textnorm.ShortStopwordBytes(w)
			if !known {
				stop = textnorm.IsStopwordBytes(w)
			}
			if !stop {
				words.add(xxh3.Hash(w))
			}
		}
	}
	return words
}

// overlap is the share of candidate k's content words that body holds,
// over their count plus one (the plain form, plainBodyOverlap in the
// test).
func (o *textTitleOverlaps) overlap(k int, body *hashSet) float64 {
	hit, words := 0, o.words[o.ends[k]:o.ends[k+1]]
	for _, h := range words {
		hit += textBool(body.has(h))
	}
	return float64(hit) / float64(len(words)+1)
}
