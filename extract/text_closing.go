package extract

import (
	"regexp"
	"strings"

	"github.com/storyfold/storyfold/textnorm"
)

// The body's closing lines, read from its end: a list of sources, a note on
// the article's first publication and a reader appeal leave with what
// follows them (textLeaveOutClosing), and the tests the tail's walk
// (textLeaveOutTail, text.go) asks of a paragraph to call it end matter.

// textLeaveOutClosing marks what the body closes with, and every
// paragraph after it: a list of sources, a note on the article's first
// publication (textIsProvenanceNote), both in the latter half of the
// body's paragraphs, or a reader appeal (textIsReaderAppeal) anywhere.
// Sources are under a "References", "Sources" or "Footnotes" heading.
// The block model
// keeps citations, which read as sentences; leaving them out raised 13
// of the 16 wcxb-dev flat pages that kept such a heading and lowered 3
// (articles F1 0.92699 -> 0.92765, even ids 0.92716 -> 0.92842, odd
// 0.92675 -> 0.92681; docs/quality.md, sixth session). "Notes" and
// "Further reading" are not among them: under a recipe or an essay the
// gold keeps what follows them. textTailMinChars of body must stay.
func textLeaveOutClosing(blocks []textBlock, keep, out []bool, appeals textReaderAppeals) {
	// The span of the blocks kept and not out (text_nextkept.go), and the
	// paragraphs that stay.
	lo, hi := textInSpan(keep, out)
	n := 0
	for i := lo; i < hi; i++ {
		n += textBool(textStays(blocks, keep, out, i))
	}
	k, chars, prev := 0, 0, -1
	for i := lo; i < hi; i++ {
		if !textStays(blocks, keep, out, i) {
			continue
		}
		closing := k >= n/2 && (textIsSourcesHeading(&blocks[i]) || textIsProvenanceNote(&blocks[i]))
		appeal := !closing && appeals.at(blocks, i)
		if appeal || closing {
			if chars < textTailMinChars {
				return
			}
			// An appeal's box may be headed by the site's name ("Harbour
			// Ledger" over "… If you liked this article, …"), which went
			// with the appeal when textLeaveOutTail took it as end matter.
			if appeal && prev >= 0 && textIsTailLabel(&blocks[prev]) {
				out[prev] = true
			}
			for j := i; j < len(blocks); j++ {
				out[j] = out[j] || textStays(blocks, keep, out, j)
			}
			return
		}
		k++
		chars += len(blocks[i].text)
		prev = i
	}
}

// textIsReaderAppeal reports a paragraph that opens by turning to the
// reader who has finished the article ("If you enjoyed this article,
// …", "Enjoyed this piece? We need your help", "Did you like this post?
// You can buy me a coffee", "Like what you see?"): an appeal for
// shares, donations or sign-ups that closes the body, with teasers or a
// donation box after it. textLeaveOutClosing cuts the body there, at any
// place, as the article has ended. The thing liked must be the writing
// ("this article", "my post", "this newsletter"): "If you like this look,
// try …" advises inside a product's article. On the wcxb-dev flat
// articles 0.92937 -> 0.93002 (even ids +0.00083, odd +0.00047), 9 pages
// up, none down; "Found this interesting?", "Please support us", "Support
// our mission" and an appeal after the paragraph's first sentence,
// 0.93017 -> 0.93041 (even +0.00015, odd +0.00034), 6 up, none down
// (docs/quality.md, eighth session).
func textIsReaderAppeal(b *textBlock) bool {
	if textOpensAppeal(b.low) {
		return true
	}
	// The appeal may follow a sentence about the site ("Harbour Ledger
	// interviews are costly to make. If you've enjoyed this interview,
	// please …"). A block with no ". ", "! " or "? " (its reader's count,
	// b.marks) has no such sentence: the three searches of its head were
	// 1.9 M of the 100 long flat pages of BenchmarkTextWCXB.
	if b.marks == 0 {
		return false
	}
	// A mark the block holds nowhere (its reader's kinds) is not sought:
	// most paragraphs hold ". " and neither "! " nor "? ", and each
	// search read the whole head.
	head := b.text[:min(len(b.text), textAppealReach)]
	for _, mark := range [...]byte{'.', '!', '?'} {
		if b.kinds&textMarkBit(mark) == 0 {
			continue
		}
		// The first letter is tested before the next sentence is lowered:
		// most paragraphs have a sentence's end this early.
		if k := textIndexMarkSpace(head, mark); k > 0 && k+3 < len(b.text) && textAppealPair(b.text[k+2]|0x20, b.text[k+3]|0x20) &&
			textTextOpensAppeal(b.text[k+2:]) {
			return true
		}
	}
	return false
}

// textIndexMarkSpace is strings.Index(s, string(mark)+" "): the marks
// are rare bytes, so IndexByte finds each and the byte after it is
// tested, where Index compared the two bytes at each byte of heads of at
// most 64 bytes and took IndexByte's path for '.', '!' and '?' alike on
// longer ones: some 100 instructions a search, three a paragraph
// (docs/quality.md, "Text speed, round twenty-five").
func textIndexMarkSpace(s string, mark byte) int {
	for at := 0; ; {
		k := strings.IndexByte(s[at:], mark)
		if k < 0 {
			return -1
		}
		at += k
		if at+1 < len(s) && s[at+1] == ' ' {
			return at
		}
		at++
	}
}

// textReaderAppeals holds textIsReaderAppeal's answer for each block of a
// page: whether it was asked, and what it said. textLeaveOutClosing asks
// it of every paragraph that stays and textLeaveOutPromos again of the
// short ones, some 15 thousand questions of 650 instructions each on 100
// wcxb-dev flat pages, half of them the same twice.
type textReaderAppeals struct {
	asked, yes []bool // a block's, of the page's blocks
}

// at reports whether block i of blocks is a reader appeal. Its receiver
// is a pointer: by value, the two slices with blocks and i were ten words,
// past the nine registers Go passes arguments in, and the calls spilled
// them (at's own count 0.58 -> 0.51 M instructions, with its two callers
// 8.15 -> 7.99 M, over the 100 long wcxb-dev flat pages of
// BenchmarkTextWCXB; fifty-sixth session).
func (a *textReaderAppeals) at(blocks []textBlock, i int) bool {
	if !a.asked[i] {
		a.asked[i], a.yes[i] = true, textIsReaderAppeal(&blocks[i])
	}
	return a.yes[i]
}

// textAppealReach is how far into a paragraph a reader appeal may start.
const textAppealReach = 120

// textOpensAppeal reports whether the lower-cased low opens with a reader
// appeal (textReaderAppealRE). Its openers are tested first, so the
// expression runs on few paragraphs: a first letter alone let it run on
// most ("in", "it", "the" …), 1.4% of a flat page's time.
func textOpensAppeal(low string) bool {
	if len(low) < 2 || !textAppealPair(low[0], low[1]) {
		return false
	}
	for _, o := range textAppealOpeners {
		if strings.HasPrefix(low, o) {
			return textAppealVerbAfter(low, o) && textReaderAppealRE.MatchString(low)
		}
	}
	return false
}

// textTextOpensAppeal is textOpensAppeal of s's opening lowered
// (textLowerPrefix), which is built only when s opens with one of
// textAppealOpeners in any case: lowering every sentence that opened
// with one of their first letters was 14 allocations of a flattened
// page's 218 (docs/quality.md, text speed, seventeenth round).
func textTextOpensAppeal(s string) bool {
	for _, o := range textAppealOpeners {
		if textHasLowerPrefix(s, o) {
			low := textLowerPrefix(s, textPhraseWindow)
			return textAppealVerbAfter(low, o) && textReaderAppealRE.MatchString(low)
		}
	}
	return false
}

// textAppealOpeners are the words textReaderAppealRE's forms open with.
var textAppealOpeners = []string{
	"if you", "enjoyed ", "liked ", "loved ", "did you ", "like what you", "found this", "please support us", "support our ",
}

// textAppealVerbAfter reports whether the lowered low, which opens with
// the opener o, goes on as textReaderAppealRE asks: "if you" and "did
// you" only with the verb it wants ("like" or "enjoy", after "have" or
// "'ve" for "if you"). With the opener alone the expression ran on every
// paragraph opening "If you want …", "If you're …" (118 lines of 100
// wcxb-dev flat pages, none an appeal, some 4 thousand instructions
// each; forty-second session). The other openers are let through.
func textAppealVerbAfter(low, o string) bool {
	rest, ok := strings.CutPrefix(low, o)
	if !ok {
		return true // lowered otherwise than o was found: the expression decides
	}
	switch o {
	case "if you":
		for _, have := range [...]string{"'ve", "’ve", " have"} {
			if strings.HasPrefix(rest, have) {
				rest = rest[len(have):]
				break
			}
		}
		return strings.HasPrefix(rest, " like") || strings.HasPrefix(rest, " enjoy")
	case "did you ":
		return strings.HasPrefix(rest, "like") || strings.HasPrefix(rest, "enjoy")
	}
	return true
}

// textAppealPair reports whether c and d, lower-cased, are the first two
// letters of one of textAppealOpeners: a paragraph or a sentence is
// compared with the openers only then. By the first letter alone every
// paragraph opening "In", "It", "Since", "For", "During" or "People" went
// through the nine openers' comparisons, and every second sentence
// through their case-folded ones (textOpensAppeal 1.19 M and
// textTextOpensAppeal 0.51 M of the 100 long flat pages of
// BenchmarkTextWCXB, 7,992 paragraphs). An opener matched in any case
// (textHasLowerPrefix) is matched byte for byte but for ASCII case, as
// the runes that fold to ASCII letters are of more than one byte, so its
// first two bytes, lowered by |0x20, are the opener's.
// TestTextAppealPairMatchesPlain holds both readings to the first letter's.
func textAppealPair(c, d byte) bool {
	return d >= 'a' && d <= 'z' && textAppealSeconds[c]&(1<<(d-'a')) != 0
}

// textAppealSeconds holds, by an opener's first letter, the set of
// second letters that follow it in textAppealOpeners, a bit a letter.
var textAppealSeconds = func() (t [256]uint32) {
	for _, o := range textAppealOpeners {
		if o[1] < 'a' || o[1] > 'z' {
			panic("extract: a reader appeal's opener whose second byte is no lower-case letter: " + o)
		}
		t[o[0]] |= 1 << (o[1] - 'a')
	}
	return t
}()

// textReaderAppealRE: the HTML path's readerAppealRE drops one line and
// takes more forms ("Follow me on …", "Thanks for reading"); this one ends
// the body, so it asks that the thing liked be the writing.
var textReaderAppealRE = regexp.MustCompile(`^(?:(?:if you(?:'ve|’ve| have)? (?:liked|enjoyed|enjoy|like)|enjoyed|liked|loved|did you (?:like|enjoy)|found this) (?:this|my|our)? ?(?:blog )?(?:article|post|piece|story|newsletter|interview|guide|essay|read|content|interesting|useful|helpful)|like what you (?:see|read|just read)|please support us|support our (?:mission|work|journalism|newsroom))\b`)

// textIsProvenanceNote reports the note on where and by whom an article
// was first published that closes it ("This article was originally
// published on …", "This story about the quay was written by Mira
// Tolland and produced by …", "This article was edited by …"): what
// follows is the site's. At the body's top such a line opens the
// article, so textLeaveOutClosing reads it only in the latter half. "The
// story was first reported by …" is news, not a note, and stays. On the
// wcxb-dev flat articles 0.93041 -> 0.93067 (even ids +0.00027, odd
// +0.00025), 4 pages up, 2 down by under 0.003 (docs/quality.md, eighth
// session).
func textIsProvenanceNote(b *textBlock) bool {
	return textMayOpenProvenance(b.low) && textProvenanceRE.MatchString(b.low)
}

var textProvenanceRE = regexp.MustCompile(`^(?:this|the) (?:article|story|post|piece|interview|column|essay)\b.{0,50}?\b(?:(?:was|were )?(?:originally|first) (?:published|posted|appeared|ran)|was (?:originally )?(?:written|edited|produced) by)`)

// textIsSourcesHeading reports whether b heads a list of sources
// ("References", "Article Sources:", "Works cited").
func textIsSourcesHeading(b *textBlock) bool {
	if b.words > 3 {
		return false
	}
	switch strings.TrimRight(b.low, " :") {
	case "references", "sources", "article sources", "footnotes", "bibliography", "works cited", "citations", "endnotes":
		return true
	}
	return false
}

// textReadsAsEndMatter reports end matter as the HTML path's
// isEndMatter reads it (but for headings and links, which flattening
// loses), with a bio's name not a stopword ("This is the fifth
// operation", "He is the fifth coach fired" close reports) and without
// isBio's "Name has" ("Mayor Ada Mulvey has promised …"; on wcxb-dev
// flat articles 0.92481 -> 0.92484 without it), or a bio that names a
// trade (textIsRoleBio). Its words are read with sc, which the caller
// reuses from block to block; a block whose reader kept its content
// words' keys is scanned only when they may hold a phrase
// (textKeysMayHoldEndMatter).
func textReadsAsEndMatter(b *textBlock, sc *textnorm.WordScanner) bool {
	return (b.keys == nil || textKeysMayHoldEndMatter(b.keys)) && endMatterWords(b.text, sc) || textReadsAsNoticeOrBio(b)
}

// textReadsAsNoticeOrBio reports the end matter textReadsAsEndMatter
// reads without its phrases: a copyright sign, a disclaimer's wording or
// a bio's opening.
func textReadsAsNoticeOrBio(b *textBlock) bool {
	if strings.Contains(b.text, "©") || textMayBeDisclaimer(b.text) && textDisclaimerRE.MatchString(b.text) {
		return true
	}
	first, _, _ := strings.Cut(b.text, " ")
	return bioOpens(b.text, false) && !textnorm.IsStopword(strings.ToLower(first)) || textIsRoleBio(b.text)
}

// textIsRoleBio reports an author bio that isBio's "Name is a" misses:
// a name of one to four capitalised words and a verb of a life ("Jane Roe
// has been", "holds", "joined", "brings"), a trade named (writer, editor,
// founder, coach, ...) and "he" or "she". Tail only: seven wcxb-dev flat
// articles gained (F1 0.92463 -> 0.92483, even and odd ids alike), none
// lost, in the one-off simulation textLeaveOutTail's figures come from.
func textIsRoleBio(s string) bool {
	return textMayOpenBio(s) && textMayNameBioVerb(s) && textBioOpens(s) && textHasBioRole(s) && textHasBioPronoun(s)
}

var (
	textBioOpenRE    = regexp.MustCompile(`^[(*]?\p{Lu}[\w.'’-]*(?: \p{Lu}[\w.'’-]*){0,3},?(?: [\p{Lu},. ]+,?)? (?:is|was|has been|has|holds|leads|serves|brings|began|joined|started|founded|comes)\b`)
	textBioRoleRE    = regexp.MustCompile(`(?i)\b(?:writer|editor|journalist|author|reporter|contributor|founder|co-founder|ceo|director|expert|specialist|coach|photographer|consultant|attorney|manager|executive|strategist|educator|designer|blogger|enthusiast|professor|analyst|marketer|engineer|developer|nutritionist|dietitian|practitioner|advisor|adviser|planner|officer|partner|owner|teacher|instructor)s?\b`)
	textBioPronounRE = regexp.MustCompile(`(?i)\b(?:he|she|his|her|him)\b`)
)

// textDisclaimerRE matches the wording of a site's disclaimer ("for
// informational purposes only", "is not medical advice", "the views
// expressed … do not necessarily reflect", "consult a qualified
// advisor"), which pages set under their articles.
//
// textMayBeDisclaimer tests for it first.
var textDisclaimerRE = regexp.MustCompile(`(?i)\b(?:for (?:general )?(?:information(?:al)?|educational) purposes only|general information only|not (?:intended|meant) (?:to|as) (?:be )?(?:a )?(?:substitute|replace)|does not constitute|not (?:medical|legal|financial|investment|tax) advice|views expressed|do(?:es)? not necessarily reflect|consult (?:a|your) (?:qualified|doctor|physician|financial|tax|legal|healthcare))`)

// textMayBeDisclaimer reports whether s holds a piece of text that every
// match of textDisclaimerRE holds: "not " and the start of a word the
// expression has after it, "only" after "n " or "s " (information,
// purposes), "view" before an s, or "ult " after one (consult). The
// expression ran on each paragraph of the tail and was a tenth of a seed
// page; few paragraphs pass this. Case is folded as the expression folds
// it: ASCII letters by their 0x20 bit, and an s may be written ſ (0xC5
// 0xBF), the one other rune (?i) folds to a letter of the pieces but the
// Kelvin sign, and no piece holds a k.
func textMayBeDisclaimer(s string) bool {
	fold := func(i int, piece string) bool {
		for j := range len(piece) {
			if c := piece[j]; s[i+j] != c && (c < 'a' || c > 'z' || s[i+j]|0x20 != c) {
				return false
			}
		}
		return true
	}
	isS := func(c byte) bool { return c|0x20 == 's' || c == 0xbf }
	for i := 0; i+4 <= len(s); i++ {
		switch s[i] | 0x20 {
		case 'n':
			if i+7 <= len(s) && fold(i, "not ") && textDisclaimerNot[string([]byte{s[i+4] | 0x20, s[i+5] | 0x20, s[i+6] | 0x20})] {
				return true
			}
		case 'o':
			if i >= 2 && s[i-1] == ' ' && (s[i-2]|0x20 == 'n' || isS(s[i-2])) && fold(i, "only") {
				return true
			}
		case 'v':
			if i+5 <= len(s) && fold(i, "view") && (s[i+4]|0x20 == 's' || s[i+4] == 0xc5) {
				return true
			}
		case 'u':
			if i >= 1 && isS(s[i-1]) && fold(i, "ult ") {
				return true
			}
		}
	}
	return false
}

// textDisclaimerNot are the first three letters of the words
// textDisclaimerRE has after "not ".
var textDisclaimerNot = map[string]bool{
	"int": true, "mea": true, "con": true, "med": true, "leg": true, "fin": true, "inv": true, "tax": true, "nec": true,
}
