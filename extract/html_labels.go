package extract

import "strings"

// A stated article's spec and price lines ("Processor: Intel Core i5",
// "Essentials: $75 for up to three seats", "License: CC-BY-NC-SA") set
// between its paragraphs are short and read as furniture to the block
// model, which drops them; the gold keeps them. restoreLabelLines keeps
// again the lines of the shape "Label: value" that the model dropped
// between the first and last kept block, when the page states an article
// and holds labelMinLines such lines or more: one alone is more often a
// stamp or a note. Dates ("Last updated: May 28, 2024"), questions
// ("Originally Answered: …?") and bare figures ("MSRP: $249.99",
// "Yelp: 4.8 / 5") are left out. The bounds are set on wcxb-dev pages:
// eval extract --mode html, articles 0.9653463 -> 0.9654718 (even ids
// 0.9648467 -> 0.9650109, odd 0.9658460 -> 0.9659316), 5 articles up, 1
// down, no type down (docs/quality.md, thirty-sixth session).
const (
	labelMinLines  = 2  // lines of the shape on the page for any to return
	labelMaxWords  = 20 // a longer block is a paragraph
	labelMaxName   = 3  // words of the label before the colon
	labelMaxValue  = 12 // words of the value after it
	labelMaxOffset = 40 // bytes before the colon
)

// restoreLabelLines returns keep with the dropped label lines restored.
// model is the block model's own verdict: lines a later rule dropped stay
// dropped.
func restoreLabelLines(page []block, words [][]string, keep, model []bool, stated bool) []bool {
	if !stated {
		return keep
	}
	first, last := htmlSpan(func(i int) bool { return keep[i] && len(words[i]) > 0 }, len(keep))
	var lines []int
	for i := first + 1; i < last; i++ {
		if !keep[i] && !model[i] && isLabelLine(page[i], len(words[i])) {
			lines = append(lines, i)
		}
	}
	if len(lines) < labelMinLines {
		return keep
	}
	out := append([]bool(nil), keep...)
	for _, i := range lines {
		out[i] = true
	}
	return out
}

// isLabelLine reports a block of n words that reads "Label: value": a
// label of a few words opening with a capital or a digit, and a short
// value holding a word of letters, no year and no question.
func isLabelLine(b block, n int) bool {
	if b.heading || b.links >= 0.5 || n < 2 || n > labelMaxWords {
		return false
	}
	t := strings.TrimLeft(b.text, "-•* \t")
	c := strings.Index(t, ": ")
	if c < 1 || c > labelMaxOffset || !(t[0] >= 'A' && t[0] <= 'Z' || isDigitByte(t[0])) {
		return false
	}
	value := t[c+2:]
	if len(strings.Fields(t[:c])) > labelMaxName || len(strings.Fields(value)) > labelMaxValue {
		return false
	}
	if hasLoneYear(value) || strings.HasSuffix(strings.TrimRight(t, " ·"), "?") {
		return false
	}
	return hasLetterWord(value)
}

// hasLetterWord reports a word of two letters or more and nothing else
// but trailing punctuation: the value names something, not a figure.
func hasLetterWord(s string) bool {
	for _, w := range strings.Fields(s) {
		n := 0
		for i := 0; i < len(w); i++ {
			if isASCIILetter(w[i]) {
				n++
			}
		}
		if n >= 2 && n == len(strings.Trim(w, ".,;()")) {
			return true
		}
	}
	return false
}

// hasLoneYear reports a year from 1900 to 2099 (textYearAt) standing
// alone, with no digit on either side: a label line's value that holds
// one is a date or a stamp.
func hasLoneYear(s string) bool {
	for i := textYearFrom(s, 0); i >= 0; i = textYearFrom(s, i+1) {
		if (i == 0 || !isDigitByte(s[i-1])) && (i+4 == len(s) || !isDigitByte(s[i+4])) {
			return true
		}
	}
	return false
}
