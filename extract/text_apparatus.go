package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyfold/storyfold/textnorm"
)

// Apparatus the flat text's block model keeps as prose and textAssemble
// leaves out: picture captions and writers' bios.

// textIsCaption reports a picture's caption: a paragraph that ends with
// the picture's credit ("The harbour at dawn. Photo: Mira Tolland",
// "… at the quay. (Photo Credit: Harbour Board)", "Tolland / Getty
// Images", "… 2016. Oil on canvas. Courtesy the artist."). Flattening
// glues the credit to the caption, so textIsCredit, which reads a line's
// opening, misses them. The wcxb-dev flat article bodies kept about 270
// paragraphs ending so, 1 of them in the gold; leaving them out moved
// articles F1 0.92779 -> 0.92850 (even ids 0.92847 -> 0.92928, odd
// 0.92703 -> 0.92765), 35 pages up and 1 down, no page type down
// (docs/quality.md, seventh session).
func textIsCaption(b *textBlock) bool {
	if b.caption == textMemoUnasked {
		b.caption = textMemoOf(textCaptionPlain(b))
	}
	return b.caption == textMemoYes
}

// textMemo keeps a block's answer to a question that reads only its text
// and its reader's counts, none of which change once the page is read:
// unasked, no or yes. A block read again (textReadBlockInto, textNewBlock)
// starts unasked.
type textMemo uint8

const (
	textMemoUnasked textMemo = iota
	textMemoNo
	textMemoYes
)

// textMemoOf is the memo of answer v.
func textMemoOf(v bool) textMemo {
	if v {
		return textMemoYes
	}
	return textMemoNo
}

// textCaptionPlain is textIsCaption without its memo (textBlock.caption):
// the title candidates ask it of the lines over the body
// (textNeverTitleForm, 4,076 questions on 100 wcxb-dev flat pages) and
// the body's apparatus test (textIsApparatus, 8,506) asks it again of
// the same blocks, some 590 instructions a question.
func textCaptionPlain(b *textBlock) bool {
	s := b.text
	from := max(len(s)-textCaptionReach, 0)
	end := s[from:]
	// A label and its colon ("Photo:", "Image credit:"): the colon is
	// the paragraph's last, sought in the tail alone (LastIndexByte reads
	// byte by byte, and most paragraphs have no colon).
	// The label's end is read before the tail: it turns away most colons
	// at a byte or two, the tail's test reads the whole tail. The tail is
	// read once for its colon, slash, bar, "vi" and "y "
	// (textCaptionTailMarks).
	marks := textCaptionTailMarks(end)
	if marks&textTailColon != 0 && textCaptionLabelAt(s, from, strings.LastIndexByte(end, ':')) {
		return true
	}
	// "by " and "ourtesy " end in "y ", without which textCaptionBy is false.
	if marks&textTailYSpace != 0 && textMayCaptionBy(b) && textCaptionBy(s, end, b.by) {
		return true
	}
	// An agency after a slash, a bar or "via", or before a slash at the
	// line's start. The credit is the paragraph's end: only its tail is
	// read, and the cut is marked so that ^ means the paragraph's start.
	if !(marks&(textTailSlash|textTailBar) != 0 || marks&textTailVI != 0 && textHoldsVia(end)) || !textNamesAgency(end) {
		return false
	}
	if from > textCaptionLead {
		s = "… " + s[from-textCaptionLead:]
	}
	return textCaptionAgencyMatch(textCaptionAgencyTail(s))
}

// textCaptionLabelAt reports a credit after a label whose colon is
// s[from+c], the last colon of s's tail from from.
func textCaptionLabelAt(s string, from, c int) bool {
	end := s[from:]
	return textMayEndCaptionLabel(s[:from+c+1]) && textIsCreditTail(end[c+1:]) &&
		textCaptionLabelMatch(textCaptionWindow(s, from+c+1))
}

// textCaptionAgencyTail is the part of s every match of
// textCaptionAgencyRE lies in: from its last '.', '!' or '?' but a full
// stop before its closing white space, or all of it. A match holds none
// of the three but that full stop (`[^.!?]+`, the names and the openings
// hold none), so none starts before the mark; the mark kept at the cut's
// start adds no match ("^" there would need an agency's first letter) and
// leaves "\bvia" after it as it was. Unanchored at its start, the
// expression was tried at every byte of a caption's last hundred, some 40
// thousand instructions a paragraph (docs/quality.md, "Text speed,
// twenty-first round").
func textCaptionAgencyTail(s string) string {
	e := len(strings.TrimRight(s, asciiSpaces))
	if e < 2 {
		return s
	}
	if q := strings.LastIndexAny(s[:e-1], ".!?"); q > 0 {
		return s[q:]
	}
	return s
}

// textLastIndexByte is strings.LastIndexByte(s, c) for text that seldom
// holds c: the vectorised forward search tells it holds none at a
// fraction of the cost of LastIndexByte's byte loop over the whole of s.
// A paragraph's tail seldom holds a colon (textIsCaption's label; 12
// thousand tails of 100 wcxb-dev flat pages), a block a line break
// (textLastLine's byline label; docs/quality/text-extraction-2.md, "Text
// speed, the page's dates", forty-third session). In the same tail,
// strings.ContainsAny(end, "/|") walked it byte by byte against a set
// where two forward searches suffice (textIsCaption).
func textLastIndexByte(s string, c byte) int {
	if strings.IndexByte(s, c) < 0 {
		return -1
	}
	return strings.LastIndexByte(s, c)
}

// textCaptionBy reports a credit after "Photo by", "Image courtesy of" or
// "Courtesy" at the end of s, whose tail end is. "ourtesy of " is sought
// only where "ourtesy " is, which it holds: most tails have neither, and
// each search reads the whole tail (TestTextCaptionByMatchesPlain). by is
// whether s holds " by", " By" or " BY" (textBlock.by): a credit after
// "by " is one after " by" (textMayEndCaptionBy), so without it the tail
// is not searched for "by ". Both "by " and "ourtesy " end in "y ", so
// the tail is searched once, for its y's (textCaptionByWords): searched
// for each word, it was 3.5 M instructions more over 100 wcxb-dev flat
// pages (docs/quality.md, "Text speed, round twenty-four"). The last of
// each in the tail is the last in s, and the y's search gives where it
// is: s was searched again from its end for each word found.
func textCaptionBy(s, end string, by bool) bool {
	from := len(s) - len(end)
	atBy, atCourtesy := textCaptionByWords(end)
	return by && atBy >= 0 && textCaptionByAt(s, from+atBy) ||
		atCourtesy >= 0 && (textCaptionByAt(s, from+atCourtesy) ||
			strings.Contains(end, "ourtesy of ") && textCaptionByAt(s, from+strings.LastIndex(end, "ourtesy of ")+len("ourtesy of")))
}

// textCaptionByWords returns where the space after the last "by " and the
// last "ourtesy " of end is, or -1, from its y's: strings.Index on a tail
// of at most 64 bytes compares two bytes at each byte, where IndexByte
// compares 16 at a time.
func textCaptionByWords(end string) (atBy, atCourtesy int) {
	atBy, atCourtesy = -1, -1
	for k := 0; ; {
		i := strings.IndexByte(end[k:], 'y')
		if i < 0 {
			return atBy, atCourtesy
		}
		j := k + i // end[j] is a 'y'
		if j+1 < len(end) && end[j+1] == ' ' {
			if j >= 1 && end[j-1] == 'b' {
				atBy = j + 1
			}
			if j >= 6 && end[j-6:j] == "ourtes" {
				atCourtesy = j + 1
			}
		}
		k = j + 1
	}
}

// textCaptionByAt reports a credit after the label that ends before s[at], the
// space after "by", "ourtesy" or "ourtesy of": "Photo by", "Image
// courtesy of", "Courtesy". The label's end is read first: most tails'
// "by " ends no picture's label ("written by", "nearby "): 218 of 244
// tails of 100 wcxb-dev flat pages, each of which the credit's test
// read to its end first (some 670 instructions a tail).
func textCaptionByAt(s string, at int) bool {
	return textMayEndCaptionBy(s[:at]) && textIsCreditTail(s[at:]) &&
		textCaptionByRE.MatchString(textCaptionWindow(s, at))
}

// textCaptionReach is how far from a paragraph's end its credit may
// start, with the space and brackets around it. One expression with
// credits of at most 60 characters (40 after an agency's slash) found
// the same 295 of the 259,885 wcxb-dev flat paragraphs and gold ones.
const textCaptionReach = 80

// textCaptionLead is how many bytes before the credit the label and what
// precedes it take: "(© Photographs courtesy of".
const textCaptionLead = 32

// textMayEndCaptionBy is a cheap test before textCaptionByRE, true of
// every window it matches (TestTextMayEndCaptionByCoversRE): the
// expression is anchored at the window's end, which must be a picture
// word and " by", or "ourtesy" or "ourtesy of". A paragraph with a credit
// tail after "by " (a byline's "by Mira Jones") and no such word before
// it reached the expression, unanchored at its start, which took some 50
// thousand instructions a window (8 of the 19 million of textIsCaption on
// the seed pages).
func textMayEndCaptionBy(s string) bool {
	if strings.HasSuffix(s, " by") {
		s = s[:len(s)-3]
		return strings.HasSuffix(s, "hoto") || strings.HasSuffix(s, "hotograph") || strings.HasSuffix(s, "mage") ||
			strings.HasSuffix(s, "icture")
	}
	return strings.HasSuffix(s, "ourtesy") || strings.HasSuffix(s, "ourtesy of")
}

// textMayEndCaptionLabel is a cheap test before textCaptionLabelRE,
// true of every window it matches (TestTextMayEndCaptionLabelCoversRE):
// the expression is anchored at the window's end, which must be a
// label's last letters ("Photo", "Images", "Credit", "PHOTO") or " by",
// "ourtesy" or "ourtesy of", and the colon. Most paragraphs whose last
// colon has a credit-like tail after it ("Read more: …", "Tags: …")
// have none, and running the expression on each was a fifth of the flat
// path's regexp time (CPU profile of BenchmarkTextWCXB; 12 M of 2,064 M
// instructions for 100 wcxb-dev flat pages, docs/quality.md).
//
// Only the endings that end with the label's last byte are compared
// (textCaptionLabelByLast, one to three of them): most colons close a
// word that ends no label ("said:", "Read more:"), and the thirteen
// endings compared in turn were some 740 instructions a paragraph (762 paragraphs of 100 wcxb-dev flat pages;
// TestTextMayEndCaptionLabelMatchesSuffixes).
func textMayEndCaptionLabel(s string) bool {
	s, ok := strings.CutSuffix(s, ":")
	if !ok {
		return false
	}
	s = strings.TrimSuffix(s, "s") // Photos, Photographs, Images, Credits
	if s == "" {
		return false
	}
	for _, w := range textCaptionLabelByLast[s[len(s)-1]] {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// textCaptionLabelEndings are the last letters of the labels before a
// caption's credit and its colon (textMayEndCaptionLabel), a plural's s
// cut.
var textCaptionLabelEndings = [...]string{"hoto", "hotograph", "icture", "mage", "llustration", "redit", "HOTO", "REDIT",
	"MAGE", " by", " By", "ourtesy", "ourtesy of"}

// textCaptionLabelByLast holds textCaptionLabelEndings by their last
// byte: a line can end only with those that end with its own.
var textCaptionLabelByLast = func() (byLast [256][]string) {
	for _, w := range textCaptionLabelEndings {
		byLast[w[len(w)-1]] = append(byLast[w[len(w)-1]], w)
	}
	return byLast
}()

// textCaptionLabelMatch is textCaptionLabelRE.MatchString(w), read back
// from w's end: the colon, a suffix or none, a label ending there, then
// an optional "©" and the opening before it. The expression, unanchored
// at its start, was tried at every byte of the window, some 14 thousand
// instructions a window (docs/quality.md, "Text speed, round
// twenty-four"). Its pieces are ASCII but for the marks and "©", whose
// first bytes no valid rune holds inside it, so comparing bytes finds
// what the expression's rune by rune reading finds
// (TestTextCaptionLabelMatchMatchesRE).
func textCaptionLabelMatch(w string) bool {
	t, ok := strings.CutSuffix(w, ":")
	if !ok {
		return false
	}
	if textCaptionLabelEnds(t) {
		return true
	}
	for _, x := range textCaptionLabelSuffixes {
		if u, ok := strings.CutSuffix(t, x); ok && textCaptionLabelEnds(u) {
			return true
		}
	}
	return false
}

// textCaptionLabelEnds reports whether one of textCaptionLabelRE's labels
// ends t, with an optional "©" and the expression's opening before it.
func textCaptionLabelEnds(t string) bool {
	for _, l := range textCaptionLabels {
		if u, ok := strings.CutSuffix(t, l); ok && (textCaptionOpens(u) ||
			strings.HasSuffix(strings.TrimRight(u, asciiSpaces), "©") &&
				textCaptionOpens(strings.TrimSuffix(strings.TrimRight(u, asciiSpaces), "©"))) {
			return true
		}
	}
	return false
}

// textCaptionOpens reports whether u, what stands before a label (and its
// "©"), ends as textCaptionLabelRE's opening may: empty (^), or a mark
// and white space.
func textCaptionOpens(u string) bool {
	if u == "" {
		return true
	}
	u = strings.TrimRight(u, asciiSpaces)
	for _, m := range [...]string{".", "!", "?", ")", "|", "(", "–", "—"} {
		if strings.HasSuffix(u, m) {
			return true
		}
	}
	return false
}

// textCaptionLabels and textCaptionLabelSuffixes are textCaptionLabelRE's
// labels and the words it allows after them, written out.
var (
	textCaptionLabels = [...]string{"Photo", "photo", "Photos", "photos", "Photograph", "photograph", "Photographs",
		"photographs", "Picture", "picture", "Image", "image", "Images", "images", "Illustration", "illustration",
		"Credit", "credit", "Credits", "credits", "PHOTO", "CREDIT", "IMAGE"}
	textCaptionLabelSuffixes = [...]string{" Credit", " credit", " Credits", " credits", " By", " by", " Courtesy",
		" courtesy", " Courtesy of", " courtesy of"}
)

// textCaptionWindow returns the textCaptionLead bytes of s before end,
// marked as textIsCaption marks a cut.
func textCaptionWindow(s string, end int) string {
	if end > textCaptionLead {
		return "… " + s[end-textCaptionLead:end]
	}
	return s[:end]
}

// textIsCreditTail reports whether rest, what follows a credit's label,
// is a credit: some text without a sentence's end or a colon, then at
// most a closing bracket and a full stop. A full stop inside a web
// address ("Mira Tolland (harbourphotos.com)") ends no sentence
// (textCreditStops).
func textIsCreditTail(rest string) bool {
	rest = strings.TrimRight(rest, " \t")
	rest = strings.TrimSuffix(rest, ".")
	rest = strings.TrimRight(rest, " \t")
	rest = strings.TrimSuffix(rest, ")")
	return strings.TrimSpace(rest) != "" && !textCreditStops(rest)
}

// textNamesAgency reports whether s holds the first word of a picture
// agency's name, a cheap test before textCaptionAgencyMatch reads the
// credit: each name here opens one or more of textCaptionAgencyNames
// ("Deposit" both spellings of DepositPhotos, "AP" "AP Photo"). "AFP"
// is not here, though textCaptionAgencyNames holds it, so a credit to
// AFP alone passes no paragraph for a caption: adding it would move
// flat bodies, a body change to measure, not a reading to tidy.
func textNamesAgency(s string) bool {
	for _, a := range [...]string{"Getty", "Shutterstock", "iStock", "Unsplash", "Pexels", "Alamy", "AP", "EPA",
		"Reuters", "Pixabay", "Adobe Stock", "Deposit", "Dreamstime", "Wikimedia", "Library of Congress"} {
		if strings.Contains(s, a) {
			return true
		}
	}
	return false
}

// The expressions textIsCaption reads a credit with, each after a test
// that finds what it needs near the paragraph's end, on a few bytes
// (textCaptionWindow) where it can: one expression for all the forms
// was a third of a page's extraction time. textCaptionLabelRE ends at a
// label's colon, after the line's start, a sentence's end or a bracket
// ("Photo:", "(Photo Credit:", not "Capture Stunning Photos:");
// textCaptionByRE at "Photo by", "Image courtesy" or a "Courtesy" after
// a sentence's end; a picture agency after a slash, a bar or "via"
// ("Tolland / Getty Images", "Mira Tolland/AP") or before a slash at the
// line's start, and the rest of the paragraph, is read by hand
// (textCaptionAgencyMatch, text_caption_agency.go).
// "Source:" is not a label: it names a chart's data as often, and the
// gold keeps it.
var (
	textCaptionLabelRE = regexp.MustCompile(`(?:^|[.!?)|–—]\s*|\(\s*)(?:©\s*)?(?:[Pp]hoto(?:graph)?s?|[Pp]icture|[Ii]mages?|[Ii]llustration|[Cc]redits?|PHOTO|CREDIT|IMAGE)(?: [Cc]redits?| [Bb]y| [Cc]ourtesy(?: of)?)?:$`)
	textCaptionByRE    = regexp.MustCompile(`(?:(?:^|[.!?)|–—]\s*|\(\s*)(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture) (?:by|courtesy(?: of)?)|(?:^|[.!?)|]\s*|\(\s*)(?:[Ii]mages? |[Pp]hotos? |[Pp]hotograph )?[Cc]ourtesy(?: of)?)$`)
)

// textLeaveOutBios marks the writers' bios among the body's first and
// last textBioBlocks paragraphs (textIsWriterBio): review and advice
// sites set the author box, or the reviewer's and fact-checker's, above
// the article or under it, and the block model keeps it as prose. Under
// the article textLeaveOutTail takes most, but its walk from the body's
// end stops at the first paragraph that is not end matter (a teaser, a
// closing line about the writer) and needs a footer under the body; this
// reads each paragraph alone. textTailMinChars of body must stay after a
// bio at the top and before one at the end. Under the body a bio also
// goes with the name line over it (textIsCardBio).
//
// One walk over the span of the blocks kept and not left out (textInSpan)
// notes the staying paragraphs at the body's two ends (textBioEnds), and
// only those are read: the list of every staying paragraph the walk once
// built, read from the whole page and then read again, grew a slice a
// page (TestTextLeaveOutBiosMatchesPlain holds the walk to that form). A
// block marked is the one read or the one before it, so the later ones
// stay as the walk found them.
func textLeaveOutBios(blocks []textBlock, keep, out []bool) {
	var e textBioEnds
	lo, hi := textInSpan(keep, out) // text_nextkept.go
	for i := lo; i < hi; i++ {
		if textStays(blocks, keep, out, i) {
			e.add(i, len(blocks[i].text))
		}
	}
	for k := 0; k < e.n; k++ {
		if k == textBioBlocks && e.n-textBioBlocks > k {
			k = e.n - textBioBlocks // past the body's middle
		}
		p, prev := e.at(k), -1
		if k > 0 {
			prev = e.at(k - 1).i
		}
		textLeaveOutBioAt(blocks, out, p.i, prev, k, e.n, p.before, e.total)
	}
}

// textBioEnds holds the body's first textBioBlocks paragraphs and its
// last textBioBlocks with the one before them (textLeaveOutBios): n
// paragraphs of total bytes, the k-th at head[k] or tail[k%len(tail)].
type textBioEnds struct {
	n, total, next int // next: n%len(tail)
	head           [textBioBlocks]textBioPlace
	tail           [textBioBlocks + 1]textBioPlace
}

// textBioPlace is a body paragraph's block and the body's bytes before it.
type textBioPlace struct{ i, before int }

// add notes block i, of size bytes, as the body's next paragraph.
func (e *textBioEnds) add(i, size int) {
	p := textBioPlace{i, e.total}
	if e.n < len(e.head) {
		e.head[e.n] = p
	}
	e.tail[e.next] = p
	e.next++
	if e.next == len(e.tail) {
		e.next = 0
	}
	e.n++
	e.total += size
}

// at is the body's k-th paragraph, one of the first len(head) or the
// last len(tail).
func (e *textBioEnds) at(k int) textBioPlace {
	if k < len(e.head) {
		return e.head[k]
	}
	return e.tail[k%len(e.tail)]
}

// textLeaveOutBioAt marks paragraph i, the body's k-th of n, as a
// writer's bio (textLeaveOutBios), with the name line over it, prev
// (-1 for none); before bytes of the body's total come before it.
func textLeaveOutBioAt(blocks []textBlock, out []bool, i, prev, k, n, before, total int) {
	size := len(blocks[i].text)
	// Each paragraph is read once, when a body of fewer than
	// 2*textBioBlocks paragraphs puts it among both ends.
	head, tail := k < textBioBlocks, k >= n-textBioBlocks
	if tail && k > 0 && before >= textTailMinChars && textIsCardBio(&blocks[prev], blocks[i].text) {
		out[i], out[prev] = true, true
	}
	if (head && total-before-size >= textTailMinChars || tail && before >= textTailMinChars) && textIsWriterBio(blocks[i].text) {
		out[i] = true
		// The box's heading, the writer's name over the bio ("Mira
		// Tolland" over "Mira Tolland is a …"): on the wcxb-dev flat
		// articles 6 pages up by under 0.002, none down, even and
		// odd ids alike.
		if k > 0 {
			if j := prev; blocks[j].words <= 5 && !blocks[j].sentEnd && strings.HasPrefix(blocks[i].text, blocks[j].text+" ") {
				out[j] = true
			}
		}
	}
}

// textBioBlocks is how many of the body's first and last paragraphs
// textLeaveOutBios reads: the wcxb-dev flat articles' author boxes sat
// among the first 7 and the last 8.
const textBioBlocks = 8

// textIsWriterBio reports a writer's bio: a name opening the paragraph
// (its first word no stopword: "This is the fifth …"), a trade named in
// its first sentence ("Mira Tolland is a harbour reporter …", "Ivo
// Lindqvist is one of the industry's most regarded sailing experts"),
// and "he" or "she" in it. The trade must be in the first sentence: an
// article's opening paragraph may name one later ("Tutoring is one of the
// oldest teaching methods. … their teachers"). On the wcxb-dev flat
// articles, the first paragraphs alone: 9 left out on 8 pages, none in
// the gold, F1 0.92850 -> 0.92867 (even ids 0.92928 -> 0.92948, odd
// 0.92765 -> 0.92778), no page down; the last as well: 0.92890 (even
// 0.92973, odd 0.92801), 16 pages up and 3 down (two bios the gold
// keeps), no page type down (docs/quality.md, seventh session).
func textIsWriterBio(s string) bool {
	if !textMayOpenBio(s) {
		return false
	}
	first, _, _ := strings.Cut(s, " ")
	var room [textLowerRoom]byte
	if textnorm.IsStopwordBytes(textAppendToLower(room[:0], first)) || !textMayNameBioVerb(s) || !textBioOpens(s) {
		return false
	}
	sentence := s
	if i := strings.Index(s[min(len(s), 8):], ". "); i >= 0 {
		sentence = s[:i+8]
	}
	return textNamesTrade(sentence) && textHasBioPronoun(s)
}

// textMayNameBioVerb is a second cheap test before textBioOpenRE, true of
// every line it matches (TestTextMayNameBioVerbCoversRE): one of the
// expression's verbs opens a space-separated token after the first and
// no later than the first token from the fifth on that holds a letter
// a-z. The expression's name is one to four tokens, each a word that
// holds no space; between it and " verb" only capitals, commas, dots and
// spaces may stand, so a token from the fifth on with a lower-case letter
// is the verb's or comes after the match. Prose that opens with a name
// ("Mira Jones writes about …") passes textMayOpenBio, and the
// expression then took some 14 thousand instructions a paragraph (15
// of the 20 million of the seed pages' bio pass).
func textMayNameBioVerb(s string) bool {
	for k := 1; ; k++ {
		tok, rest, more := strings.Cut(s, " ")
		if k >= 2 && textOpensBioVerb(tok) {
			return true
		}
		if !more || k >= 5 && textHasLowerASCII(tok) {
			return false
		}
		s = rest
	}
}

// textBioVerbs are textBioOpenRE's verbs ("has been" opens with "has").
var textBioVerbs = [...]string{"is", "was", "has", "holds", "leads", "serves", "brings", "began", "joined", "started", "founded", "comes"}

// textOpensBioVerb reports whether tok opens with one of textBioVerbs,
// sought by tok's first byte: tried in turn, the twelve prefixes were
// some 1,800 instructions a line textMayNameBioVerb read (1.06 M of 100
// wcxb-dev flat pages' 447 M), most tokens opening with none of their
// first letters. TestTextOpensBioVerbMatchesList holds it to the list.
func textOpensBioVerb(tok string) bool {
	if tok == "" {
		return false
	}
	switch tok[0] {
	case 'i':
		return strings.HasPrefix(tok, "is")
	case 'w':
		return strings.HasPrefix(tok, "was")
	case 'h':
		return strings.HasPrefix(tok, "has") || strings.HasPrefix(tok, "holds")
	case 'l':
		return strings.HasPrefix(tok, "leads")
	case 's':
		return strings.HasPrefix(tok, "serves") || strings.HasPrefix(tok, "started")
	case 'b':
		return strings.HasPrefix(tok, "brings") || strings.HasPrefix(tok, "began")
	case 'j':
		return strings.HasPrefix(tok, "joined")
	case 'f':
		return strings.HasPrefix(tok, "founded")
	case 'c':
		return strings.HasPrefix(tok, "comes")
	}
	return false
}

// textHasLowerASCII reports whether s holds a letter a-z.
func textHasLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' {
			return true
		}
	}
	return false
}

// textMayOpenBio is a cheap test before textBioOpenRE, true of every
// line it matches (TestTextMayOpenBioCoversRE): the expression's first
// name, a capital and then [\w.'’-]*, runs to the first byte that is
// none of those, which must be a comma or a space before a capital, a
// comma, a dot, a space or the first letter of one of its verbs. Most
// paragraphs fail at their second word ("The president", "In a"), where
// the expression cost a tenth of the bio pass's.
func textMayOpenBio(s string) bool {
	if s != "" && (s[0] == '(' || s[0] == '*') {
		s = s[1:]
	}
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	for n < len(s) {
		c := s[n]
		if c == ',' {
			return true
		}
		if c == ' ' {
			next, _ := utf8.DecodeRuneInString(s[n+1:])
			return unicode.IsUpper(next) || strings.ContainsRune(",. iwhlsbjfc", next)
		}
		if textIsWordByte(c) || c == '.' || c == '\'' || c == '-' {
			n++
			continue
		}
		if strings.HasPrefix(s[n:], "’") {
			n += len("’")
			continue
		}
		return false
	}
	return false
}

// textIsWordByte reports whether c is an ASCII \w character.
func textIsWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// textIsBioUnderName reports a writer's bio s under a line of its
// writer's name (name): an author box's heading is the name alone, and
// the bio under it need not open with the name nor say "he" or "she"
// ("Mira Tolland" over "Mira is the Harbour Ledger's shipping editor …",
// "As the Ledger's shipping editor, Mira has …"), which textIsWriterBio
// asks for. The name line is two to four capitalised words, no trade
// among them ("Harbour Consultant Services" heads an offer) and no stopword
// first ("The Bottom Line" heads the article's close); its first word
// is among the bio's first textBioNameReach bytes, and the bio names a
// trade in its first sentence. Under the body only, where author boxes
// sit: on the wcxb-dev flat articles 0.93002 -> 0.93017 (even ids
// +0.00010, odd +0.00018), 10 articles and a service up, none down
// (docs/quality.md, eighth session).
func textIsBioUnderName(name *textBlock, s string) bool {
	if name.words < 2 || name.words > 4 || name.caps != name.words || name.sentEnd || len(s) < 60 {
		return false
	}
	first, _, _ := strings.Cut(name.text, " ")
	if len(first) < 2 || textnorm.IsStopword(strings.ToLower(first)) || strings.ContainsAny(name.text, "0123456789:|") || textNamesTrade(name.text) {
		return false
	}
	at := strings.Index(s[:min(len(s), textBioNameReach)], first)
	if at < 0 || at > 0 && textIsTradeByte(s[at-1]) || at+len(first) < len(s) && textIsTradeByte(s[at+len(first)]) {
		return false
	}
	sentence := s
	if i := strings.Index(s[min(len(s), 8):], ". "); i >= 0 {
		sentence = s[:i+8]
	}
	return textNamesTrade(sentence)
}

// textBioNameReach is how far into a bio its writer's first name is
// looked for ("As Harbour Ledger's shipping editor, Mira …").
const textBioNameReach = 60

// textNamesTrade reports whether s names one of textBioTrades, as a word
// or its plural, in any case: textBioRoleRE's reading, by a scan of the
// words and a set, for the expression (forty words, case folded) was a
// sixth of a seed page's time on the sentences textIsWriterBio reads.
func textNamesTrade(s string) bool {
	var buf [16]byte
	for i := 0; i < len(s); {
		if !textIsTradeByte(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && textIsTradeByte(s[j]) {
			j++
		}
		if w := s[i:j]; len(w) <= len(buf) {
			low := buf[:len(w)]
			for k := range len(w) {
				low[k] = w[k]
				if 'A' <= w[k] && w[k] <= 'Z' {
					low[k] |= 0x20
				}
			}
			if textBioTrades[string(low)] || len(low) > 1 && low[len(low)-1] == 's' && textBioTrades[string(low[:len(low)-1])] {
				return true
			}
		}
		i = j
	}
	return false
}

// textIsTradeByte reports a byte of a word as the expression's \b
// bounds it: an ASCII letter, a digit or '_' ("co-founder" is read as
// "co" and "founder").
func textIsTradeByte(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9' || c == '_'
}

// textBioTrades are the trades textBioRoleRE names ("co-founder" by its
// "founder").
var textBioTrades = map[string]bool{
	"writer": true, "editor": true, "journalist": true, "author": true, "reporter": true, "contributor": true,
	"founder": true, "ceo": true, "director": true, "expert": true, "specialist": true,
	"coach": true, "photographer": true, "consultant": true, "attorney": true, "manager": true, "executive": true,
	"strategist": true, "educator": true, "designer": true, "blogger": true, "enthusiast": true, "professor": true,
	"analyst": true, "marketer": true, "engineer": true, "developer": true, "nutritionist": true, "dietitian": true,
	"practitioner": true, "advisor": true, "adviser": true, "planner": true, "officer": true, "partner": true,
	"owner": true, "teacher": true, "instructor": true,
}

// textLeaveOutPromos marks the kept lines of the page's business set
// among a flattened article's paragraphs, as the HTML path reads them
// (isPromoLine): a reader appeal ("Enjoy the post? Pin it for later!",
// "Follow us on …"), a stock agency's photo credit ("Ivo Lindqvist /
// Getty Images"), a shop's price button ("Check price at Amazon"), a
// form's message ("Thanks for signing up!", "Please scroll to the right
// for more info."), a view counter ("1,693 views") and a newsletter
// pitch ("Sign up to our fortnightly Harbour Notes newsletter …"). They
// are short and read as text, so the block model keeps them; flattening
// keeps their wording, which is all the tests read, and a list item
// stays as it does there (a how-to lists "Sign up for …" steps). The
// HTML path's photo credits (isPhotoCaption: "Photo Illustration:
// Harbour Times, Getty Images", "… across the bay. Photo : Harbour
// Desk") go too, as textIsCredit and textIsCaption read narrower forms,
// and so do links to another page's full text (textIsFullReadLink). An
// appeal about the writing (textIsReaderAppeal) is textLeaveOutClosing's
// to judge: it cuts the body there, or stays on a short body. The pass
// runs after the other rules, which read the paragraphs that stay: a
// note on first publication that holds a pitch must still end the body
// (read first, as one line to drop, 0174 lost 0.106, and with the
// appeals too four wcxb-dev flat articles fell by 0.09 to 0.11). On the
// wcxb-dev flat articles 0.93217 -> 0.93235 (even ids +0.00019, odd
// +0.00016), listings +0.00010, 20 pages up, 1 down; the photo credits
// 0.93236 -> 0.93239, 2 up (docs/quality.md, ninth session).
func textLeaveOutPromos(blocks []textBlock, keep, out []bool, appeals textReaderAppeals) {
	for i := range blocks {
		b := &blocks[i]
		if keep[i] && !out[i] && (b.words <= captionMaxWords && !appeals.at(blocks, i) && textIsPromoLine(b) || textIsFullReadLink(b)) {
			out[i] = true
		}
	}
}

// textIsFullReadLink reports a button that sends the reader to another
// page's full text ("Read our full Harbour Kettle review", "Read the full
// story", "Read the complete case study"): a line of at most
// textFullReadMaxWords words opening so, not ending like a sentence. A
// round-up sets one under each product's blurb; the review or story it
// names is another page, and the gold bodies leave the line out. "Read
// more: …" lines are not among them: the gold keeps them as often as not
// (docs/quality.md, ninth session). On the wcxb-dev flat pages 7 up, none
// down: articles 0.93239 -> 0.93248 (even ids +0.00015, odd +0.00003),
// services +0.00010.
func textIsFullReadLink(b *textBlock) bool {
	return b.words <= textFullReadMaxWords && !b.sentEnd && textHasCue(b.low, textFullReadLabels)
}

var textFullReadLabels = newTextCueList("read our full", "read the full", "read our complete", "read the complete", "read our in-depth")

// textFullReadMaxWords is the longest line read as a link to a full
// text: the label and a product's or a story's name.
const textFullReadMaxWords = 15

// textIsPromo reports a line isPromoLine or isPhotoCaption takes, but an
// appeal about the writing. Run on every kept line of up to 60 words,
// the expressions were half of a flattened page's time
// (BenchmarkTextWCXB 1.8 -> 3.6 ms a page), so each test's word limit is
// read first, an expression that searches the whole line runs only on a
// line that holds words every match of it holds (a stock agency's name,
// a newsletter's wording, a photo credit's label and its colon, "by" or
// "courtesy", a view counter's "views", "reads" or "visited"), and an
// anchored one only on a line whose first letter opens one of its words.
func textIsPromo(b *textBlock) bool {
	return b.words <= captionMaxWords && !textIsReaderAppeal(b) && textIsPromoLine(b)
}

// textIsPromoLine is textIsPromo of a block of at most captionMaxWords
// words (the most any of them reads) that is no reader appeal: the page's
// steps know the appeals (textReaderAppeals).
func textIsPromoLine(b *textBlock) bool {
	s, n := b.text, b.words
	// The anchored expressions open with \W* and a word whose first
	// letter is among these (textPromoOpeners).
	opens := textPromoOpenerSets[textOpener(b.low)]
	pieces := textPromoSeenOf(b)
	lead, leadLen := uint32(0), 0 // the line's lead, read once for both sets (textLineLead)
	if opens&(textPromoAppealBit|textPromoFormBit) != 0 {
		lead, leadLen = textLineLead(s, b.low)
	}
	return opens&textPromoAppealBit != 0 && textLeadIn(lead, leadLen, textPromoLeadKeys.appeal, textPromoLeadLen.appeal) && isReaderAppeal(s, n) ||
		opens&textPromoPriceBit != 0 && n <= priceButtonMaxWords && isPriceButton(textPromoBlock(b), n) ||
		opens&textPromoFormBit != 0 && textLeadIn(lead, leadLen, textPromoLeadKeys.form, textPromoLeadLen.form) && isFormMessage(s, n) ||
		opens&textPromoViewsBit != 0 && n <= 10 && textMayCountViews(s) && isViewCount(s, n) ||
		n <= stockCreditMaxWords && textMayBeStockCredit(s, &pieces) && isStockCredit(textPromoBlock(b), n) ||
		n <= newsletterMaxWords && pieces.has(textPromoNewsletter) &&
			isNewsletterPitch(textPromoBlock(b), n) ||
		textMayBePhotoCaption(b, &pieces) && isPhotoCaption(s, n)
}

// textMayBeStockCredit reports whether s holds a mark every stock credit
// isStockCredit takes holds: "/", "©" or an agency's name. The name is
// asked first once the line's pieces are read (textPromoSeen.read, as on
// every line of the 100 long wcxb-dev flat pages of BenchmarkTextWCXB):
// it is one bit there, where the two byte searches ran on all 3,738
// lines of at most stockCreditMaxWords words and found a mark on 58.
func textMayBeStockCredit(s string, pieces *textPromoSeen) bool {
	if pieces.read && pieces.has(textPromoStock) {
		return true
	}
	return strings.IndexByte(s, '/') >= 0 || textHasByteThen(s, 0xC2, "©") || // "©" is C2 A9
		!pieces.read && pieces.has(textPromoStock)
}

// textMayBePhotoCaption reports whether b holds what every caption
// isPhotoCaption takes holds: a picture's word ("Photo", "Image", …) and
// a credit's lead, " by" (textBlock.by), a colon or "courtesy". Once the
// pieces are read the picture's word is asked first: one bit, which 46
// of the 1,514 lines with a lead held, where the colon was sought on each
// of the 7,344 lines of the 100 long wcxb-dev flat pages. On a line whose
// pieces are not read the lead comes first, and "courtesy" is sought
// alone (textPromoSeen.has).
func textMayBePhotoCaption(b *textBlock, pieces *textPromoSeen) bool {
	if pieces.read && !pieces.has(textPromoPicture) {
		return false
	}
	return (b.by || strings.IndexByte(b.text, ':') >= 0 || pieces.has(textPromoCourtesy)) && // b.by: " by", " By" or " BY"
		pieces.has(textPromoPicture)
}

// textPromoBlock is b as the HTML path's promo tests read a block: its
// text, and whether it is a list item (they refuse one). It is made only
// for the three tests that read it, once a line reaches one past its
// gates: made for every line asked (7,432 of the 100 long flat pages of
// BenchmarkTextWCXB), the list-item test cost some 0.45 M instructions for
// the 640 questions that read it (docs/quality.md, thirty-eighth session).
func textPromoBlock(b *textBlock) block {
	return block{text: b.text, item: textIsListItem(b.text)}
}

// textPromoSeen is the set of textPromoPieces a line holds, read at
// most once, when a test first asks for one of the groups.
type textPromoSeen struct {
	s    string
	seen uint64
	read bool
}

// has reports whether the line holds a piece of group g (textPromoStock,
// …), as textHasAny(s, textPromoLists[g]...) does.
//
// Asked first for "courtesy", as on a line of more than
// newsletterMaxWords words with no colon and no " by", the line is read
// for that group alone (textHoldsCourtesy), and the caption's test
// asks no other group unless it is there (fortieth speed round,
// docs/quality.md).
//
// The read set's test is kept small enough to inline, and the reading
// apart (readFor): the 100 long wcxb-dev flat pages ask 17,174 times,
// each of a read set.
func (p *textPromoSeen) has(g int) bool {
	if !p.read {
		return p.readFor(g)
	}
	return p.seen&textPromoGroups[g] != 0
}

// readFor is has(g) of a line not yet read.
func (p *textPromoSeen) readFor(g int) bool {
	if g == textPromoCourtesy {
		return textHoldsCourtesy(p.s) // text_promocourtesy.go
	}
	p.seen, p.read = textPromoPieces.scan(p.s, 0), true
	return p.seen&textPromoGroups[g] != 0
}

// textPromoLists are the pieces, a word's tail in lower and in upper case
// as for textHasAny, one of which a stock agency's credit, a newsletter
// pitch and a photo caption hold, and "courtesy", which with a colon or
// " by" leads a caption. A line is read for them once, by the opening pair
// of its bytes (textPromoPieces, phrases.scan, 7 instructions a byte; it
// matches bytes, so the upper-case pieces too), not once a piece by
// strings.Contains: their first letters (e, n, m, u; h, m, i, l, r) are
// common in prose, so Contains stopped at most bytes of a line, and the
// last two searches took 4 and 5 thousand instructions a line on the seed
// pages. A matcher a list read a line up to three times, and "courtesy"
// in two cases by strings.Contains twice more (1,500 instructions a line
// of 100 wcxb-dev flat pages' 7,482; one pass 500).
// TestTextPromoPiecesMatchContains holds each group to textHasAny.
var textPromoLists = [...][]string{
	textPromoStock:      {"etty", "ETTY", "tock", "TOCK", "lamy", "LAMY", "nsplash", "NSPLASH", "exels", "EXELS"},
	textPromoNewsletter: {"ewsletter", "EWSLETTER", "nbox", "NBOX", "mail", "Mail", "MAIL", "ubscribers", "UBSCRIBERS"},
	textPromoPicture:    {"hoto", "HOTO", "mage", "MAGE", "icture", "ICTURE", "llustration", "LLUSTRATION", "redit", "REDIT"},
	textPromoCourtesy:   {"ourtesy", "OURTESY"},
}

// The groups of textPromoLists.
const (
	textPromoStock = iota
	textPromoNewsletter
	textPromoPicture
	textPromoCourtesy
)

// textPromoPieces matches all of textPromoLists; textPromoGroups[g] is
// the set of group g's pieces.
var textPromoPieces, textPromoGroups = newPhraseGroups(textPromoLists[:]...)

// textPromoOpeners are the first letters of the words the anchored
// promo expressions open with, after \W*: readerAppealRE ("be sure",
// "please", "don't", "follow", "pin", "share", "if you", "enjoy", "did
// you", "thanks"), priceButtonRE ("check"), formMessageRE ("thank",
// "your", "you", "please", "if you", "scroll") and viewCountRE
// ("visited", a figure, "post views"). TestTextPromoOpeners holds them
// to the expressions' cases.
var textPromoOpeners = struct{ appeal, price, form, views string }{
	appeal: "bdefipst", price: "c", form: "ipsty", views: "pv0123456789",
}

// textPromoOpenerSets[c] holds the bit of each expression of
// textPromoOpeners that a line whose opener (textOpener) is c may match,
// every bit for a line with none (0). textIsPromoLine asked each set by
// strings.IndexByte, four calls a line: 29,368 of the 40,012 byte
// searches of its 7,344 lines on 100 long wcxb-dev flat pages, where
// one table read answers the four (textIsPromoLine 9.61 -> 8.42 M
// instructions, fiftieth session). TestTextPromoOpenerSets holds the
// table to the sets.
var textPromoOpenerSets = func() (t [256]uint8) {
	for i, set := range [...]string{textPromoOpeners.appeal, textPromoOpeners.price, textPromoOpeners.form, textPromoOpeners.views} {
		for _, c := range []byte(set) {
			t[c] |= 1 << i
		}
		t[0] |= 1 << i
	}
	return t
}()

// The bits of textPromoOpenerSets, in textPromoOpeners' order.
const (
	textPromoAppealBit = 1 << iota
	textPromoPriceBit
	textPromoFormBit
	textPromoViewsBit
)

// textPromoLeads are the first letters, lower-cased and run together, of
// the words readerAppealRE and formMessageRE open with after \W*: three
// a word for the appeals ("be ", "please", "don't", "follow", "pin",
// "share", "if ", "enjoy", "did", "thanks"), four for the forms ("thank",
// "your", "you'", "you’" (its first byte), "you ", "please", "if y",
// "scroll"), and "har", "crol" for "ſhare" and "ſcroll": the expressions
// fold s to the long s (which \W, widened under (?i), does not match),
// so such a word's first ASCII letter is its second. No later letter read is s or k, the other
// letter that folds to a rune beyond ASCII (the Kelvin sign), so each is
// the byte after the one before. The first letter alone
// (textPromoOpeners) let through every line opening with "the", "it",
// "in", "so", "for", "but" or "you", and the two expressions were about
// a third of textIsPromo's regexp time; with two letters they still ran
// on every line opening with "The", "For", "You", "Be…" or "Sh…" (the
// appeals' on 510 lines of 100 wcxb-dev flat pages, 4,300 instructions
// each, the forms' on 352, 3,200 each). TestTextPromoLeadsCoverREs holds
// the leads to the expressions.
var textPromoLeads = struct{ appeal, form string }{
	appeal: "be pledonfolpinshaif enjdidthahar",
	form:   "thanyouryou'you\xe2you pleaif yscrocrol",
}

// textPromoLeadLen is the length of each of textPromoLeads' leads.
var textPromoLeadLen = struct{ appeal, form int }{appeal: 3, form: 4}

// textPromoLeadKeys are textPromoLeads read as textLeadKey reads a line,
// so that a line's lead is built once and compared as one number with
// each (the leads compared byte by byte took 420 instructions a line).
var textPromoLeadKeys = struct{ appeal, form []uint32 }{
	appeal: textLeadKeys(textPromoLeads.appeal, textPromoLeadLen.appeal),
	form:   textLeadKeys(textPromoLeads.form, textPromoLeadLen.form),
}

// textLeadKeys returns each n-byte lead of leads as textLeadKey reads it.
func textLeadKeys(leads string, n int) []uint32 {
	keys := make([]uint32, 0, len(leads)/n)
	for j := 0; j+n <= len(leads); j += n {
		keys = append(keys, textLeadKey(leads[j:j+n]))
	}
	return keys
}

// textLeadKey packs s's bytes, at most four, ASCII capitals lower-cased,
// into a number, the first byte lowest.
func textLeadKey(s string) uint32 {
	var key uint32
	for k := range len(s) {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c |= 0x20
		}
		key |= uint32(c) << (8 * k)
	}
	return key
}

// textOpener returns the first byte of low that \W does not match (a
// letter, a figure or '_'), lower-cased, or 0 when low holds none.
func textOpener(low string) byte {
	for i := range len(low) {
		switch c := low[i]; {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '_':
			return c
		case c >= 'A' && c <= 'Z':
			return c | 0x20
		}
	}
	return 0
}

// textIsBreadcrumb reports a site's breadcrumb trail kept as a line of
// the body: "Home" and a separator ("Home » Harbour News", "Home /
// Ferries"), or two of one separator ("Guides > Ferries > Summer
// Timetable"). The trail names the article's sections and often ends
// with its headline, which the title rules read from the lines around
// the body; as body it is the site's navigation. A line ending like a
// sentence, or with a colon before its first separator, is prose or a
// label that shows a path ("Go to Settings > Ferries > Alerts.",
// "Example: Boats > Sail > Dinghies"), and a block of several lines is
// more than a trail. On the wcxb-dev flat pages 7 up, none down:
// articles 0.93235 -> 0.93236 (even ids +0.00001, odd +0.00002), forums
// +0.00017, services +0.00002; without the colon test an article whose
// gold keeps such an example fell by 0.004 (docs/quality.md, ninth
// session).
func textIsBreadcrumb(b *textBlock) bool {
	if b.sentEnd || b.words > textBreadcrumbMaxWords || b.lines {
		return false
	}
	if rest, ok := strings.CutPrefix(b.text, "Home"); ok {
		rest = strings.TrimLeft(rest, " ")
		for _, sep := range [...]string{"»", "›", ">", "/", "|"} {
			if strings.HasPrefix(rest, sep) {
				return true
			}
		}
	}
	if !textHasCrumbMark(b.text) {
		return false
	}
	for _, sep := range [...]string{" » ", " › ", " > "} {
		if i := strings.Index(b.text, sep); i >= 0 && strings.Count(b.text, sep) >= 2 && !strings.Contains(b.text[:i], ":") {
			return true
		}
	}
	return false
}

// textHasCrumbMark reports whether s may hold a breadcrumb's separator
// (" » ", " › ", " > "): it holds '>' or the last byte of "»" or "›"
// (0xBB, 0xBA). Each IndexByte is vectorised, where strings.Index of a
// separator opening with a space stops at every word; the three Index
// calls took some 250 instructions on each short line textIsApparatus
// reads, most of which hold none (docs/quality.md, "Text speed by
// session", round twenty-eight).
//
// A line of at most textCrumbWordsMaxLen bytes, as most lines of ten
// words or fewer that textIsShortApparatus asks are, is read eight bytes
// at a time instead (textCrumbMark8), its last word loaded to end at the
// line's end: the three searches' calls cost more than the words' tests
// on so few bytes, where on longer lines the vectorised searches win.
func textHasCrumbMark(s string) bool {
	if len(s) > textCrumbWordsMaxLen {
		return strings.IndexByte(s, '>') >= 0 || strings.IndexByte(s, 0xBB) >= 0 || strings.IndexByte(s, 0xBA) >= 0
	}
	if len(s) < 8 {
		for i := 0; i < len(s); i++ {
			if s[i] == '>' || s[i]|1 == 0xBB {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(s)-8; i += 8 {
		if textCrumbMark8(load8(s, i)) != 0 {
			return true
		}
	}
	return textCrumbMark8(load8(s, len(s)-8)) != 0
}

// textCrumbMark8 is non-zero when a byte of x is '>', 0xBB or 0xBA (or'ed
// with 1, both 0xBB): the marks textHasCrumbMark seeks.
func textCrumbMark8(x uint64) uint64 { return equal8(x, '>') | equal8(x|ones8, 0xBB) }

// textCrumbWordsMaxLen is the longest line textHasCrumbMark reads a word
// of eight bytes at a time.
const textCrumbWordsMaxLen = 64

// textBreadcrumbMaxWords is the longest line read as a breadcrumb: a few
// sections and a headline.
const textBreadcrumbMaxWords = 25

// textHasBioRole is textBioRoleRE.MatchString(s), read word by word:
// the expression, case-folded and with no literal to look for first,
// took some 400 thousand instructions a line, 4 M of 100 wcxb-dev flat
// pages' 564 M (docs/quality.md, text speed, twentieth round).
func textHasBioRole(s string) bool {
	if textHasOtherFold(s) {
		return textBioRoleRE.MatchString(s)
	}
	return textHasFoldedWord(s, true, textIsBioRole)
}

// textHasBioPronoun is textBioPronounRE.MatchString(s), read word by
// word as textHasBioRole.
func textHasBioPronoun(s string) bool {
	if textHasOtherFold(s) {
		return textBioPronounRE.MatchString(s)
	}
	return textHasFoldedWord(s, false, textIsBioPronoun)
}

// textHasOtherFold reports whether s holds one of the two runes beyond
// ASCII that (?i) folds to an ASCII letter: ſ (s) and the Kelvin sign
// (k). Without them a case-folded expression of ASCII words matches
// exactly where their letters match with their 0x20 bit set.
func textHasOtherFold(s string) bool {
	return strings.Contains(s, "ſ") || strings.Contains(s, "\u212a")
}

// textHasFoldedWord reports whether s holds, with \b on both sides as
// Go's expressions read it (an ASCII word byte, [0-9A-Za-z_], on one side
// only), a run of ASCII letters and hyphens that, lowered, is read yes by
// is, or, when plural, is that and an s. Every such run opens on a
// letter after no word byte and ends before no word byte.
func textHasFoldedWord(s string, plural bool, is func(w []byte) bool) bool {
	var buf [16]byte // longer than any word asked about
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' || i > 0 && textIsWordByte(s[i-1]) {
			continue
		}
		for j, n := i, 0; ; j++ {
			if n > 0 && (j == len(s) || !textIsWordByte(s[j])) {
				w := buf[:n]
				if is(w) || plural && n > 1 && w[n-1] == 's' && is(w[:n-1]) {
					return true
				}
			}
			if j == len(s) || n == len(buf) {
				break
			}
			c := s[j]
			if c != '-' && (c|0x20 < 'a' || c|0x20 > 'z') {
				break
			}
			buf[n] = c | 0x20 // '-' has the bit already
			n++
		}
	}
	return false
}

// textIsBioRole reports a trade of textBioRoleRE, lowered.
func textIsBioRole(w []byte) bool {
	switch string(w) {
	case "writer", "editor", "journalist", "author", "reporter", "contributor", "founder", "co-founder",
		"ceo", "director", "expert", "specialist", "coach", "photographer", "consultant", "attorney",
		"manager", "executive", "strategist", "educator", "designer", "blogger", "enthusiast",
		"professor", "analyst", "marketer", "engineer", "developer", "nutritionist", "dietitian",
		"practitioner", "advisor", "adviser", "planner", "officer", "partner", "owner", "teacher",
		"instructor":
		return true
	}
	return false
}

// textIsBioPronoun reports a pronoun of textBioPronounRE, lowered.
func textIsBioPronoun(w []byte) bool {
	switch string(w) {
	case "he", "she", "his", "her", "him":
		return true
	}
	return false
}

// textIsWholeShortLine reports whether b is a whole line (not a long
// line's start, b.low holding all of it) of minWords to maxWords words:
// the lines the short apparatus rules read.
func textIsWholeShortLine(b *textBlock, minWords, maxWords int) bool {
	return b.words >= minWords && b.words <= maxWords && len(b.low) == len(b.text)
}

// textHasAnyPrefix reports whether s starts with one of prefixes: the
// comparison a textPrefixSet makes of a line its first-byte set lets
// through (textPrefixSet.opens, its only caller). A prefix is compared
// only when its first byte is s's: most lines open with none of the
// prefixes' letters (TestTextHasAnyPrefixMatchesPlain). s is not empty
// (opens turns an empty line away) and no prefix is (newTextPrefixSet
// refuses one), so neither is read for its emptiness here.
func textHasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if p[0] == s[0] && strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
