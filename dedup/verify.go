package dedup

import (
	"slices"

	"github.com/storyfold/storyfold/textnorm"
)

// A Match found through the index rests on an estimate, and the estimate
// is coarse where sets are small: 128 values over a 80-shingle brief put
// the containment of one AP rewrite in another at 0.99 when it is 0.69
// (ECB+ dev, topic 7). When both bodies are at hand, Verify measures the
// pair exactly and the thresholds decide on the true values.

// Verify returns the exact Jaccard similarity of a's and b's shingle sets
// and the containment of the smaller set in the larger, and whether the
// thresholds in o make them copies. Words and shingles are those Sign
// uses.
func (s *Signer) Verify(a, b string) (jaccard, containment float64, copies bool) {
	sa, leadA := s.shingleSet(a)
	sb, leadB := s.shingleSet(b)
	if len(sa) == 0 || len(sb) == 0 {
		return 0, 0, false
	}
	common := 0
	for i, j := 0, 0; i < len(sa) && j < len(sb); {
		switch {
		case sa[i] < sb[j]:
			i++
		case sa[i] > sb[j]:
			j++
		default:
			common++
			i++
			j++
		}
	}
	shorter := min(len(sa), len(sb))
	jaccard = float64(common) / float64(len(sa)+len(sb)-common)
	containment = float64(common) / float64(shorter)
	o := s.o
	o.MinContainment = max(o.MinContainment, o.ExactContainment)
	return jaccard, containment, isCopy(o, jaccard, containment, shorter, leadA != 0 && leadA == leadB)
}

// shingleSet returns the sorted distinct shingle hashes of body and its
// lead (Signature.Lead).
func (s *Signer) shingleSet(body string) ([]uint64, uint64) {
	words := textnorm.AppendWordHashes(nil, body)
	if len(words) == 0 {
		return nil, 0
	}
	var lead uint64
	if n := s.o.LeadWords; n > 0 && len(words) >= n {
		lead = shingles(nil, words[:n], n)[0] | 1
	}
	set := shingles(nil, words, s.o.Shingle)
	slices.Sort(set)
	return slices.Compact(set), lead
}
