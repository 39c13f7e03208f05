package extract

import (
	"slices"

	"github.com/storyfold/storyfold/textnorm"
)

// textStems is textStemWords as a sorted list, each stem once, and
// textSharedStems is sharedWords of two such lists: the title rules that
// compare two candidates' words (textTitleOverBody, textCrumbHeadOver,
// textTitleDatedAbove) ask only how many there are and how many are
// shared, and the two maps a line, the content words' and the stems',
// were some 33 thousand instructions a call of textTitleOverBody on 100
// wcxb-dev flat pages (TestTextStemsMatchStemWords).
func textStems(s string) []string {
	words := textnorm.Words(s)
	stems := words[:0] // each stem written over a word already read
	for _, w := range words {
		if !textnorm.IsStopword(w) {
			stems = append(stems, textnorm.Stem(w))
		}
	}
	slices.Sort(stems)
	return slices.Compact(stems)
}

// textSharedStems counts the stems both sorted lists hold (textStems).
func textSharedStems(a, b []string) int {
	n := 0
	for len(a) > 0 && len(b) > 0 {
		switch {
		case a[0] < b[0]:
			a = a[1:]
		case a[0] > b[0]:
			b = b[1:]
		default:
			n++
			a, b = a[1:], b[1:]
		}
	}
	return n
}
