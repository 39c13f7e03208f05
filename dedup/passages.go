package dedup

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyfold/storyfold/textnorm"
)

// SharedPassages returns the passages of a that b also holds (a wire
// paragraph, a quoted statement), as spans of a's own text in a's order,
// each at least o.PassageWords words long. Words are compared as
// textnorm gives them, so quote style, case and line breaks do not split
// a passage; a changed word does.
func SharedPassages(a, b string, o Options) []string {
	k := max(1, o.Shingle)
	var starts, ends []int
	var words []string
	textnorm.EachWordSpan(a, func(w string, start, end int) {
		words = append(words, w)
		starts = append(starts, start)
		ends = append(ends, end)
	})
	if len(words) < k {
		return nil
	}
	inB := make(map[uint64]struct{})
	for _, h := range textnorm.Shingles(textnorm.Words(b), k) {
		inB[h] = struct{}{}
	}
	var out []string
	shingles := textnorm.Shingles(words, k)
	for i := 0; i < len(shingles); {
		if _, ok := inB[shingles[i]]; !ok {
			i++
			continue
		}
		j := i
		for j+1 < len(shingles) {
			if _, ok := inB[shingles[j+1]]; !ok {
				break
			}
			j++
		}
		if last := j + k - 1; last-i+1 >= o.PassageWords {
			out = append(out, span(a, starts[i], ends[last]))
		}
		i = j + 1
	}
	return out
}

// span returns a[start:end] widened over the punctuation that touches it
// (an opening quote before, a closing quote or full stop after), so the
// passage reads as it was written.
func span(a string, start, end int) string {
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(a[:start])
		if !unicode.IsPunct(r) {
			break
		}
		start -= size
	}
	for end < len(a) {
		r, size := utf8.DecodeRuneInString(a[end:])
		if !unicode.IsPunct(r) {
			break
		}
		end += size
	}
	return strings.TrimSpace(a[start:end])
}
