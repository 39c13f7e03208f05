package extract

// A review site's card for its tester at the article's end: "About Our
// Expert" over the name and the name's job ("About Our Expert" /
// "Zackery Cuevas" / "Writer, Hardware" / "My Experience", wcxb-dev
// 4064). The heading is none of textBylineLabels, and the name over a
// bio (textNameOverBio) wants the bio under the name, not the job. The
// same heading over a name and a bio that opens with it is the bio's
// reading; a card of "About the authors" over a name and its bio, no
// job line, names a page's contributor the gold leaves out (0041), so
// the job line is wanted here.

// textExpertLabels are the card headings, lowered, that
// textNameUnderExpertLabel reads: an expert's, a tester's.
var textExpertLabels = map[string]bool{"about our expert": true, "about the expert": true, "meet our expert": true, "meet the expert": true}

// textNameUnderExpertLabel is the name of the first card, from the body's
// first block on, whose heading is one of textExpertLabels, over a plain
// name (textPlainName, no odd word, no word the page writes in lower
// case) over a job's line (textCardJobLine) that names a trade
// (textNamesTrade: "Writer, Hardware"); or "".
func textNameUnderExpertLabel(blocks []textBlock, first int) string {
	for i := max(first, 0); i+2 < len(blocks); i++ {
		// The heading's word count and first byte before the lowered
		// label's look-up: most blocks are paragraphs.
		b := &blocks[i]
		if b.words != 3 || b.low == "" || b.low[0] != 'a' && b.low[0] != 'm' || !textExpertLabels[b.low] {
			continue
		}
		name := blocks[i+1].text
		if job := &blocks[i+2]; !textCardJobLine(job) || !textNamesTrade(job.text) || !textPlainName(name) || textOddNameWords(name) || textMenuWords(name, blocks) {
			return ""
		}
		return name
	}
	return ""
}
