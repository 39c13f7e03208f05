package extract

import (
	"slices"
	"strings"
	"unsafe"
)

// A review's or a profile's facts are set as one "Label: value" line each
// ("Capacity: 32 ounces", "Founded: 1954", "Acceptance Rate: 28%"), and
// the block model, reading each line on its own few words, drops them
// even inside the prose it keeps. The gold keeps them: on the wcxb-dev
// flat articles, such lines in a run of two or more with labels of their
// own, dropped by the block model between kept lines, are 173 gold lines
// on 21 sites against 8 other lines on 5 (forty-fourth session's census).
// A label said again down the run ("Credit: Serious Eats" under each
// picture) is a credit, not a fact, and stays out; so does a run at the
// body's head or under its last kept line, where the same lines are a
// site's card or a product grid's (14 / 62 and 42 / 187 there). With the
// step (textKeepSpecLines), wcxb-dev flat articles 0.9448671 ->
// 0.9450488 (even ids +0.00016, odd +0.00020), all pages up on both
// halves, no page type down on either half; 17 articles rose, four
// fell a little (forty-fourth session, docs/quality/text-extraction-2.md).

// textSpecLabelWords is the longest label a fact line opens with.
const textSpecLabelWords = 4

// textSpecValueWords is the longest value after the label's colon: a
// fact is a figure, a material or a name, not a headline or a sentence.
const textSpecValueWords = 8

// textSpecCopies is how many other copies of a fact line the page may
// hold for it to come back: a product's facts stated again in a
// comparison table, or a yes under each product ("SCA Certified?: Yes"),
// but not a card stated over every post of a page of reviews ("Helpers:
// 2 / 2hr", service 0062). Articles on the wcxb-dev flat pages rose by
// +0.000108 with no copy allowed, +0.000135 with 1, +0.000158 with 2,
// +0.000182 with 3, +0.000197 with 5; every page type level or up for
// each; with no bound, services fell on even ids (-0.00006).
const textSpecCopies = 3

// textSpecLeadWords end a label that leads in to a date or a name
// rather than naming a fact.
var textSpecLeadWords = []string{"on", "by", "at", "in", "from", "to", "for", "of"}

// textSpecLabel returns the label of a fact line, "Label: value" on one
// line, as the line states it, or "" when b is no such line; for a line
// that passes, textSpecLowLabel lowers the label, once for the caller,
// and turns a pointer away (TestTextSpecLabelMatchesPlain). It is asked
// of every block between the first and last kept ones: the value's words
// are counted up to the bound (textWordsOver) rather than split, which
// cost an allocation a line and most of the step's time over long
// paragraphs with a short lead-in ("Note: …"). The reader's colon is
// asked in a test small enough to be inlined in the step's walk: a call
// for each line, most without ": ", cost some 0.3 M of 100 long wcxb-dev
// flat pages' instructions (13,440 lines; fifty-sixth session;
// TestTextSpecLabelMatchesPlain).
func textSpecLabel(b *textBlock) string {
	if !b.colon {
		return "" // a block without ": " (the reader's b.colon) is no fact line
	}
	return textSpecLabelRead(b)
}

// textSpecLabelRead is textSpecLabel of a block that holds ": ".
func textSpecLabelRead(b *textBlock) string {
	s := b.text
	if b.cue != textCueNone || b.url != "" || b.lines || s[0] < 'A' || s[0] > 'Z' {
		return ""
	}
	c := strings.Index(s, ": ")
	if c <= 0 {
		return ""
	}
	label, value := s[:c], strings.TrimSpace(s[c+2:])
	if value == "" || strings.Count(label, " ") >= textSpecLabelWords || strings.ContainsAny(label, ".,;!\"") {
		return ""
	}
	if textWordsOver(value, textSpecValueWords) || value[0] >= 'a' && value[0] <= 'z' {
		return "" // a clause goes on in lower case ("notice: make-up session permitted")
	}
	if sp := strings.LastIndexByte(label, ' '); sp > 0 && slices.Contains(textSpecLeadWords, label[sp+1:]) {
		return "" // a line's meta, not a fact: "Reviewed on: 9/30/2025"
	}
	return label
}

// textSpecLowRoom is the room made for a page's lowered fact labels.
const textSpecLowRoom = 256

// textSpecLowLabel returns label, from textSpecLabel and not empty,
// lowered (strings.ToLower), or "" where it names a pointer to another
// page; the lowered label is appended to low, the run's labels one after
// another, and returned as a string over those bytes with low as it now
// is. strings.ToLower made a new string of every label, each opening
// with a capital: some five allocations of a long wcxb-dev flat page's
// 98 (forty-fifth session); the labels now take one, made at the page's
// first. The caller writes those bytes no more while it holds the
// string: it only appends, where append moves low the string keeps the
// old array, and it cuts low back only when it is done with every label
// read into it.
func textSpecLowLabel(low []byte, label string) (string, []byte) {
	if low == nil {
		// a buffer on the caller's stack escapes all the same (the
		// labels are appended to a list), and one grown from nothing took
		// an allocation for each doubling
		low = make([]byte, 0, textSpecLowRoom)
	}
	at := len(low)
	more := textAppendToLower(low, label)
	l := unsafe.String(&more[at], len(more)-at)
	if l == "learn more" || slices.Contains(textPointerCues, l) {
		return "", more[:at] // a pointer to another page, titled after the colon: "Learn More: Social Media Video Specs" (0109)
	}
	return l, more
}

// textKeepSpecLines keeps the fact lines the block model dropped in a run
// of two or more between the page's first and last kept blocks, but for
// a line whose label the run states again or that the page states more
// than textSpecCopies times over, and for a run that does not touch the
// kept lines (textSpecTouches), is a poster's card (textSpecProfile) or
// lists headings the body keeps (textSpecContents).
// extractText runs it after a doubted page's own keeps
// (textKeepDoubtedSentences), which read what is kept: before them, a
// product page's facts (3071) turned those steps and lost its blurbs.
func textKeepSpecLines(blocks []textBlock, keep []bool) {
	firstKept, lastKept := textKeptBounds(keep)
	labels := make([]string, 0, 8)
	var low []byte // the run's labels lowered, which labels hold (textSpecLowLabel)
	for i := firstKept + 1; i < lastKept; {
		// A block without ": " opens no run: the tight skip spares the
		// run's setup for each of the span's prose lines, most of them
		// (TestTextKeepSpecLinesMatchesPlain).
		if !blocks[i].colon {
			i++
			continue
		}
		j := i
		labels, low = labels[:0], low[:0] // the last run's labels are done with
		for ; j < lastKept; j++ {
			raw := textSpecLabel(&blocks[j])
			if raw == "" {
				break
			}
			var l string
			if l, low = textSpecLowLabel(low, raw); l == "" {
				break
			}
			labels = append(labels, l)
		}
		if len(labels) >= 2 && textSpecTouches(keep, i, j) && !textSpecProfile(labels) && !textSpecContents(blocks, keep, i, j) {
			for k := i; k < j; k++ {
				if !keep[k] && blocks[k].dup <= textSpecCopies && textSpecOnce(labels, labels[k-i]) {
					keep[k] = true
				}
			}
		}
		i = j + 1
	}
}

// textSpecOnce reports whether label appears once in labels.
func textSpecOnce(labels []string, label string) bool {
	n := 0
	for _, l := range labels {
		if l == label {
			n++
		}
	}
	return n == 1
}

// textSpecProfileLabels are the labels of a forum poster's header ("Join
// Date: Aug 2008", "Posts: 1,077") that forum software sets over each
// post: a run holding one is the poster's card, which the gold leaves
// out (on the wcxb-dev flat forums, 282 such lines on 11 of 24 pages);
// and a pager's "Prev: Logging" / "Next: Migration Operations" under a
// documentation page.
var textSpecProfileLabels = []string{"posts", "joined", "join date", "threads", "reputation", "reactions", "reaction score", "last edited", "messages", "member since", "registered", "points", "prev", "previous", "next"}

// textSpecProfile reports whether the run of fact lines, given by its
// lowered labels, is a poster's card or a pager: one of its labels is
// one of textSpecProfileLabels. (A line the page states more than
// textSpecCopies times over, a card over each of a poster's many posts,
// is turned away line by line in textKeepSpecLines.)
func textSpecProfile(labels []string) bool {
	for _, l := range labels {
		if slices.Contains(textSpecProfileLabels, l) {
			return true
		}
	}
	return false
}

// textSpecTouches reports whether the run [i, j) of fact lines touches
// the kept lines: the line over it or under it stays, or the model kept
// one of its own lines. A run with dropped lines on both sides and none
// of its own kept is as often a card beside the article (a service's
// price box, a forum's signature) as the article's: on the wcxb-dev
// flat pages such runs held 15 gold lines to 23 on articles, none to 38
// on documentation, none to 10 on forums.
func textSpecTouches(keep []bool, i, j int) bool {
	if keep[i-1] || keep[j] {
		return true
	}
	return slices.Contains(keep[i:j], true)
}

// textSpecContents reports whether the run [i, j) of fact lines is a
// contents list: each of its lines is stated again, and a copy stays in
// the body (headings in "Place: theme" form, "Middle East: An Upcoming
// Crypto Oasis", listed over the article and kept over their sections,
// 4155). Brought back, the list is a second copy of the headings.
func textSpecContents(blocks []textBlock, keep []bool, i, j int) bool {
	for k := i; k < j; k++ {
		if blocks[k].dup == 0 || !textSpecKeptCopy(blocks, keep, i, j, blocks[k].text) {
			return false
		}
	}
	return true
}

// textSpecKeptCopy reports whether a block outside [i, j) that stays has
// the text s.
func textSpecKeptCopy(blocks []textBlock, keep []bool, i, j int, s string) bool {
	for k := range blocks {
		if keep[k] && (k < i || k >= j) && blocks[k].text == s {
			return true
		}
	}
	return false
}
