package extract

import "strings"

// An author card at the article's end may set the writer's job on a
// line of its own between the name and the bio ("Jane Roe" / "VP -
// Technology" / "Jane Roe is a technology specialist …"). The name over
// a bio (textNameOverBio) wants the bio right under the name, so it
// misses the card.

// textNameOverJobOverBio is the name of the card, from the body's first
// block first on, of a name line, a job line under it (textCardJobLine)
// and a bio under that, each as textNameOverBio reads them; or "". The
// first three lines of that shape (the bio opening with the name's first
// word) decide, and a second such card gives none, whether or not its
// name and bio pass those tests ("Dr Marna van der Merwe" / "Lead Subject
// Matter Expert" / …; "Alysha Flynn" / "Official Training Advisor" /
// "Alysha Flynn is a Road"): a site's team or advisers, not the writer
// (wcxb-dev flat articles 0253, 4114). On wcxb-dev flat articles two
// more exact authors (0016, 4688, even ids, two sites), no other page
// moved.
func textNameOverJobOverBio(blocks []textBlock, first int) string {
	name := ""
	for i := max(first, 0); i+2 < len(blocks); i++ {
		b, bio := &blocks[i], blocks[i+2].text
		if !textBioOpensWithFirstWord(b.text, bio) || !textCardJobLine(&blocks[i+1]) {
			continue
		}
		if name != "" {
			return "" // a second card
		}
		if !textPlainName(b.text) || textOddNameWords(b.text) || !textBioOpensWithName(b.text, bio) {
			return ""
		}
		if !textIsBioUnderName(b, bio) && !textHasBioPronoun(bio[:min(len(bio), textBioPronounReach)]) {
			return ""
		}
		name = b.text
	}
	return name
}

// textCardJobLine reports whether a block reads as a job's line on an
// author card: at most six words, no sentence and no digit ("VP -
// Technology", "Head Winemaker, Co-Founder"); a date or a count under a
// heading ("Happy Thanksgiving" / "November 27, 2025 No Comments" /
// "Happy Thanksgiving from …", wcxb-dev 0373) is none.
func textCardJobLine(b *textBlock) bool {
	return b.words <= 6 && !b.sentEnd && !strings.ContainsAny(b.text, "0123456789")
}
