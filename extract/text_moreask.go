package extract

import "strings"

// A site's question to the reader who has finished the article, alone on
// its line near the body's end: "Need More Backpacking Advice?", "Want
// more trends and insights?", "Looking for strategic college advice?",
// "NEED MORE HELP?", "want to know more?". It heads what the site offers
// next (its own guides as title and blurb, a pitch for its services, a
// contact box), not the article, which has ended above it. Over the
// 1,497 wcxb-dev flat pages the base body keeps such a line in its last
// quarter on 7 pages of 6 sites (articles 0101 emplifi.io, 4130 and 4698
// cleverhiker.com, 4572 smcm.edu, 4620 princetonreview.com, 4846
// beefound.agency; a service, 4650 vanguard), 838 words from it to the
// end, and the gold keeps none of them. The ask must be for more, for
// advice or for guidance: a bare "Need … help for your move?" (a
// service, 0302), "Need Global Coverage?" (0326) and "Want to run your
// own analysis?" (an article, 4445) head the gold's own text, as does
// a collection's "Still Have Questions?" (4261).

// textMoreAskMaxWords bounds the question: the longest seen is six
// words ("Need more Backpacking Equipment advice?").
const textMoreAskMaxWords = 10

// textMoreAskMaxShare is the most of the staying body's characters the
// cut may take, the question and what follows it. At 0.4 an epam.com
// article (0256) lost its gold closing sections under "WANT TO LEARN
// MORE ABOUT INNOVATIVE AGILE AND DEVOPS METHODOLOGIES?".
const textMoreAskMaxShare = 0.25

// textMoreAskReach bounds the staying blocks read from the body's end:
// the furthest question taken on wcxb-dev stands 25 lines over it
// (4698, under its site's "Why trust us?" box).
const textMoreAskReach = 40

// textMoreAskOpeners open the question, lower case.
var textMoreAskOpeners = newTextPrefixSet("need ", "want ", "looking for ")

// textMoreAskWants are the words one of which the question must hold,
// each as a whole word.
var textMoreAskWants = []string{"more", "advice", "guidance"}

// textLeaveOutMoreAsk marks the last question for more (textIsMoreAsk)
// among the staying blocks that hold the body's last textMoreAskMaxShare
// of characters, never the body's first, and every staying block after
// it; at least textTailMinChars stay above it. The body's last
// textMoreAskReach staying blocks are asked first, and the body is
// measured only when one of them is such a question: measured on every
// page, the step was 0.63 M instructions of the 100 long wcxb-dev flat
// pages (BenchmarkTextWCXB), nearly all of it the two walks.
func textLeaveOutMoreAsk(blocks []textBlock, keep, out []bool) {
	found := false
	for i, m := textPrevKept(keep, len(blocks)-1), 0; i > 0 && m < textMoreAskReach && !found; i = textPrevKept(keep, i-1) { // text_nextkept.go
		if textStays(blocks, keep, out, i) {
			m++
			found = textIsMoreAsk(&blocks[i])
		}
	}
	if !found {
		return
	}
	_, total := textStayingSize(blocks, keep, out)
	at, after := -1, 0
	for i, m := len(blocks)-1, 0; i > 0 && m < textMoreAskReach; i-- {
		if !textStays(blocks, keep, out, i) {
			continue
		}
		m++
		after += len(blocks[i].text)
		if float64(after) > textMoreAskMaxShare*float64(total) {
			break
		}
		if textIsMoreAsk(&blocks[i]) && total-after >= textTailMinChars {
			at = i
		}
	}
	if at < 0 {
		return
	}
	for i := at; i < len(blocks); i++ {
		out[i] = out[i] || textStays(blocks, keep, out, i)
	}
}

// textIsMoreAsk reports a line of at most textMoreAskMaxWords words that
// ends in a question mark, opens with one of textMoreAskOpeners and holds
// one of textMoreAskWants as a word. The question mark and the length are
// read first: few lines near a body's end pass them.
func textIsMoreAsk(b *textBlock) bool {
	if b.words == 0 || b.words > textMoreAskMaxWords || b.lines || !strings.HasSuffix(b.text, "?") || len(b.low) != len(b.text) {
		return false
	}
	low := b.low
	if !textMoreAskOpeners.opens(low) {
		return false
	}
	for _, w := range textMoreAskWants {
		if containsWord(low, w) {
			return true
		}
	}
	return false
}
