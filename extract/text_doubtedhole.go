package extract

import "strings"

// textKeepDoubtedBetween brings back a doubted sentence (textDropDoubtedIn)
// that stands inside the article's run: between two blocks the body
// keeps, one of them a sentence, with a kept paragraph of the article
// (textIslandParagraph words or more, no doubted line) both somewhere over
// it and somewhere under it. Such a line is the article's own ("Learn more
// in our guide to project charter templates." between two of a guide's
// sections, "Book your photographer." in a checklist), not a promotion
// under the article or a footer's blurb between its menu lines (a forum's
// "Releases Keep up-to-date on features …"), which no paragraph follows.
// A line without a word (a dialog's "×") closes no hole: it leaves the
// body anyway (textIsApparatus). A call to act stays out
// (textIsDoubtedCall).
// A run of doubted sentences stays out: the neighbours are read after
// every doubted sentence has left. doubted holds the indexes cleared, in
// order.
func textKeepDoubtedBetween(blocks []textBlock, keep []bool, doubted []int) {
	paragraph := func(j int) bool {
		return keep[j] && blocks[j].words >= textIslandParagraph && textIsPlainSentence(&blocks[j])
	}
	firstPara, lastPara := -1, -1
	for j := range blocks {
		if paragraph(j) {
			if firstPara < 0 {
				firstPara = j
			}
			lastPara = j
		}
	}
	var back []int
	for _, i := range doubted {
		if i > firstPara && i < lastPara && keep[i-1] && keep[i+1] && blocks[i-1].words > 0 && blocks[i+1].words > 0 &&
			(textIsPlainSentence(&blocks[i-1]) || textIsPlainSentence(&blocks[i+1])) && !textIsDoubtedCall(&blocks[i]) {
			back = append(back, i)
		}
	}
	for _, i := range back {
		keep[i] = true
	}
}

// textIsDoubtedCall reports a doubted sentence that is the site's call to
// act wherever it stands: a promotion or a form's message (textIsPromo), a
// lead-in whose list the body did not keep ("How We Can Help:"), or a
// shout of textCallMaxWords words or fewer ("Contact Us Today!", "Start
// your 14-day trial now!"), where the article's own pointers are longer
// ("Check out our guide on the best SaaS digital marketing agencies!").
func textIsDoubtedCall(b *textBlock) bool {
	t := strings.TrimSpace(b.text)
	return textIsPromo(b) || strings.HasSuffix(t, ":") || b.words <= textCallMaxWords && strings.HasSuffix(t, "!")
}

// textCallMaxWords is the most words a shouted call to act has
// (textIsDoubtedCall).
const textCallMaxWords = 6
