package extract

import "strings"

// A name with a lower-case particle ("Nick van Mead", "Ana de la Cruz")
// alone on the line under the headline, over the date: nameLike wants
// every word capitalised, so textNameUnderHeadline refuses it.

// textParticleNameUnderHeadline is the particle name (textParticleName)
// on the line under the headline at, or past a standfirst there
// (textNameUnderDek), with a date line under it (textDatePastLabel); or "".
func textParticleNameUnderHeadline(blocks []textBlock, at int) string {
	return textTextAt(blocks, textLineUnder(blocks, at, true, func(i int) bool {
		return textParticleName(blocks[i].text) && textDatePastLabel(blocks, i, 1, true)
	}))
}

// textParticleName reports a name of two to five words with a particle
// (textNameParticles, text_authors.go) inside it: the first and last word capitalised,
// the others capitalised or particles, no digit, no odd word outside the
// particles (the particles are stopwords: "de", "la").
func textParticleName(t string) bool {
	// More than five words is no name: let go before the split, as in
	// textIsTeamName.
	if textWordsOver(t, 5) {
		return false
	}
	words := strings.Fields(t)
	if len(words) < 3 || len(words) > 5 || strings.ContainsFunc(t, func(r rune) bool { return r >= '0' && r <= '9' }) {
		return false
	}
	particles := 0
	for k, w := range words {
		switch {
		case textNameParticles[w] && k > 0 && k < len(words)-1:
			particles++
		case !opensUpper(w) || textLowerIn(jobWords, w) || textOddNameWord(w):
			return false
		}
	}
	return particles > 0 && particles < len(words)-1
}
