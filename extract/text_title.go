package extract

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/textnorm"
)

// The headline is chosen among the headline-like blocks above the body
// (and its first few) by a logistic regression over where the block sits,
// how it is written, how many of its words the URL slug and the body's
// opening share (and how much of the slug it covers), whether a byline or
// date line follows it, whether the page repeats it inside longer lines
// (comment headings, breadcrumbs, a "Headline | Site" line) and whether it
// sits between two paragraphs, as captions and subheadings do, or in a run
// of headings, as a table of contents is. Its weights are fitted by
// TestTextTitleTrain (and TestTextTrain) on the wcxb-dev pages whose gold
// title is one of their blocks, each page read with and without its URL
// (pages without one must still get a headline): textTitleTextWeights,
// which choose the title's text, and textTitleWeights, the fit of
// 2026-11-30 kept for the headline block the body's rules read.

// textTitleFeatures is the length of a title candidate's feature vector:
// the features of textTitleVector, then those of a page without a URL
// slug (textTitleNoSlug).
const textTitleFeatures = textTitleNoSlugAt + 1 + len(textTitleNoSlugOf)

// textTitleBodyWords is how much of the body's opening the overlap reads.
const textTitleBodyWords = 300

// candidates returns the blocks that may be the headline, in page order.
func (c *textTitleContext) candidates() []int {
	out, _ := c.candidatesAndHeads(false)
	return out
}

// candidatesAndHeads is candidates, with their heads (textTitleHead) when
// heads is true: the features read the heads the candidates' tests read,
// which were made a second time (3,972 heads, 0.5 M of 100 wcxb-dev flat
// pages' instructions).
//
// The window's ends are read once, and the lists made at its size: the
// loop's test read the context's first and n again after every call
// (the loop's line was some 37 instructions a block, of 12 thousand on
// 100 wcxb-dev flat pages), and the lists grown by append took some seven growths a page
// (0.27 M). A list is at most the window's length (hi-lo) and is not kept
// past the page.
//
// The headline test's count of words is asked in the loop, and a block
// the count turns away keeps its answer as readHeadline keeps it.
// Of the 12,230 blocks of 100 long wcxb-dev flat pages' windows some
// 6,350 hold fewer than three words or more than thirty, and each paid
// isHeadline's call and readHeadline's, some 60 instructions, before the
// count turned it away; the gate and isHeadline do not fit the inliner's
// budget as one method (86 of 80). TestTextCandidatesMatchPlain holds the
// loop to isHeadline asked of every block.
func (c *textTitleContext) candidatesAndHeads(heads bool) ([]int, []*textBlock) {
	lo, hi := max(0, c.first-textTitleWindow), min(c.n, c.first+textTitleBelow)
	out := make([]int, 0, max(hi-lo, 0))
	var hs []*textBlock
	if heads {
		hs = slices.Grow(c.heads[:0], max(hi-lo, 0)) // c.heads is room lent by textTitleVectorsIn, or nil
	}
	for i := lo; i < hi; i++ {
		self := &c.blocks[i]
		b := textTitleHead(self)
		// isHeadline, its count of words asked here first
		headline := false
		if uint(b.words-3) <= textHeadlineMaxWords-3 {
			headline = c.isHeadline(i, b)
		} else if b == self {
			c.head[i] = 2
		}
		if b.url != "" || !headline && !textTitleCasedStop(b, c.scanner()) && !c.shortConfirmed(i) || c.neverTitle(i, b) {
			continue
		}
		if b == self && (!c.dated(i) || textTitleDatedAtEnd(b.text) || textTitleUndated(b.text) != b.text) || b != self && !textDateIn(b.text) {
			out = append(out, i)
			if heads {
				hs = append(hs, b)
			}
		}
	}
	return out, hs
}

// textNeverTitle reports a line that reads like a headline and is none: a
// byline, the page's furniture (textTitleFurniture), a picture's caption
// with its credit (textIsCaption) or a dateline's place cut from the
// report's first words (textEndsWithDash), or a caption closed by its
// show/hide switch (textIsSwitchedCaption: "… FatCamera/Getty Images hide
// caption", which an npr story sets between its byline and its first
// paragraph and the title model took over the signed headline, 4560).
// A caption set over the body where a
// headline would be was the title of eight GVC dev reports ("A handgun
// (Photo: Tylinek / Getty Images)"); on wcxb-dev flat articles refusing it
// gave one more exact title and changed no other. The furniture's
// forms made of digits are sought only where the block's reader counted
// enough digits (textTitleFurnitureDigits).
func textNeverTitle(b *textBlock) bool {
	return textIsByline(b.text) || textNeverTitleForm(b)
}

// textNeverTitleForm is textNeverTitle but the byline test.
func textNeverTitleForm(b *textBlock) bool {
	return textTitleFurnitureDigits(b.text, textDigitsAtMost(b)) || textIsCaption(b) || textEndsWithDash(b.text) || textIsSwitchedCaption(b)
}

// neverTitle is textNeverTitle of b, candidate i's head, its byline test
// kept among the context's answers when b is block i itself: bylineNear
// asks it again of the lines around each candidate, most of them
// candidates too (4,196 tests here, 6,728 there, on 100 wcxb-dev flat
// pages).
func (c *textTitleContext) neverTitle(i int, b *textBlock) bool {
	if b != &c.blocks[i] {
		return textNeverTitle(b)
	}
	return c.isByline(i) || textNeverTitleForm(b)
}

// textEndsWithDash reports a line that ends with a dash after a space: a
// dateline's place before the report's first words ("BEDFORD, N.H. -"),
// cut from them by flattening. No headline ends so.
//
// The line's last byte picks the one dash it may end with ("–" ends in
// 0x93, "—" in 0x94): the loop over the three suffixes was some 180
// instructions a title candidate, and few candidates end in a dash
// (TestTextEndsWithDashMatchesPlain).
func textEndsWithDash(s string) bool {
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '-':
		return strings.HasSuffix(s, " -")
	case 0x93:
		return strings.HasSuffix(s, " –")
	case 0x94:
		return strings.HasSuffix(s, " —")
	}
	return false
}

// textTitleFurniture reports whether line s is a page's furniture that
// reads like a headline: a search box's prompt ("Search all Harbourton
// Health"), a label of the article's metadata ("Last updated: …",
// "Reading time: 4 minutes", "Reviewed by …"), a review's standard
// section heading ("How We Tested Ferry Kettles", "Why Trust Us"), a
// postal address ending in a state and ZIP code, a sentence broken
// off at a comma, two lines run together at a year (textGluedYear), or a
// dateline alone ("Story Created: Aug 7, 2012 at 9:56 AM AKDT",
// textnorm.IsTimeStamp), which a page whose headline line is missing
// puts where the headline would be (ECB+ flat reports), or a line with
// escaped markup ("&lt;script"), an embed snippet's code (no wcxb-dev gold
// title of the 1,497 holds an HTML entity). No
// headline is any of them, and where the page's URL is missing the slug
// features no longer tell the model so. On wcxb-dev flat articles
// (docs/quality.md, twelfth session) with the URL: even page ids +3
// (search prompts, a review's section heading), odd +1 (an address);
// without it: even +4, odd +1.
func textTitleFurniture(s string) bool { return textTitleFurnitureDigits(s, len(s)) }

// textTitleFurnitureDigits is textTitleFurniture for a line s that holds
// at most digits digits: the forms made of digits are sought only where
// there are enough of them, a ZIP code's five, a year's four, a
// dateline's one (textnorm.IsTimeStamp asks for an ASCII digit). Most
// headline candidates hold none, and their reader counted them
// (textBlock.digits); the dateline's test alone, which splits the line
// into words and looks each up, was some 550 instructions a candidate.
func textTitleFurnitureDigits(s string, digits int) bool {
	if s == "" {
		return false
	}
	// The openings are lower-case ASCII: only those of s's first letter
	// are compared, and none where no opening starts so (most headlines:
	// the loop over all of them was some 300 instructions a line). They
	// are listed by that letter: with a loop over the whole list for the
	// lines that open with one, the test was 2.35 M of 100 wcxb-dev flat
	// pages' 418 M instructions, 1.91 M so
	// (docs/quality/text-extraction-2.md, "Text speed, the furniture
	// openings by their first byte", forty-second session).
	for _, o := range textTitleFurnitureByFirst[s[0]|0x20] {
		if len(s) >= len(o.text) && textOpening(s, 0)|0x20202020 == o.four && textHasLowerPrefix(s, o.text) {
			return true
		}
	}
	if strings.HasSuffix(s, ",") || digits >= 5 && textEndsWithZIP(s) || digits >= 4 && textGluedYear(s) ||
		digits > 0 && textnorm.IsTimeStamp(s) {
		return true
	}
	// One pass finds the '&' of "&lt;" and the ':' of "://" (textHoldsBytes).
	held := textHoldsBytes(s, '&', ':')
	return held&1 != 0 && strings.Contains(s, "&lt;") || textTitleNavFurniture(s, held&2 != 0)
}

// textTitleFurnitureByFirst lists textTitleFurnitureOpenings by their
// first byte, in the list's order, each with its first four bytes.
var textTitleFurnitureByFirst = func() (by [256][]textFurnitureOpening) {
	for _, p := range textTitleFurnitureOpenings {
		by[p[0]] = append(by[p[0]], textFurnitureOpening{text: p, four: textOpening(p, 0) | 0x20202020})
	}
	return by
}()

// textFurnitureOpening is one of textTitleFurnitureOpenings and its
// first four bytes as textOpening reads them, each with the bit 0x20 set.
// An opening is compared with strings.EqualFold only where a line's first
// four bytes, so set, are the same: a line's first bytes fold to an
// opening only where each is the opening's ASCII byte in one case or the
// other (the runes beyond ASCII that fold to an ASCII letter, the Kelvin
// sign and the long s, take more bytes than it), and setting 0x20 lowers
// both cases of a letter alike. The lines opening with an opening's
// letter ("How …", "What …", "Should …") were compared in full, some 40
// instructions an opening, 0.36 M of 100 long wcxb-dev flat pages'
// instructions (TestTextTitleFurnitureDigitsMatchPlain).
type textFurnitureOpening struct {
	text string
	four uint32
}

// textHasByteThen is strings.Contains(s, sub) for sub opening with c,
// asked only where s holds c: IndexByte's scan is a few instructions
// where a search for the whole of sub was some hundred on a headline.
func textHasByteThen(s string, c byte, sub string) bool {
	return strings.IndexByte(s, c) >= 0 && strings.Contains(s, sub)
}

// textTitleNavFurniture reports a line of a site's navigation or
// images that passes for a headline when the URL's slug is missing: a
// link written out ("Visit: https://…"), an image's alt text naming a
// logo ("Harbourton Post logo"), a shop button ("Buy on Amazon") or a
// menu's "Home", "Search" or "Menu" alone. None of the 1,497 wcxb-dev
// gold titles is such a line; the flat pages hold 977 lines with "://",
// 19 ending in " logo" and 71 opening "Buy on". Without the URL they
// were the title of 4 articles (2 on even page ids, 2 on odd). The case
// folds are asked only where the line's last five bytes open with a
// space and its first is a b: only a space folds to a space and only B
// to b, and the folds cost some 100 instructions a title candidate
// (TestTextTitleFurnitureDigitsMatchPlain holds them to the plain folds).
// colon tells whether s holds a ':', which the caller has looked for.
func textTitleNavFurniture(s string, colon bool) bool {
	n := len(s)
	return colon && strings.Contains(s, "://") || n > 5 && s[n-5] == ' ' && strings.EqualFold(s[n-5:], " logo") ||
		n > 0 && s[0]|0x20 == 'b' && (textHasLowerPrefix(s, "buy on ") || textHasLowerPrefix(s, "buy at ")) ||
		n <= 6 && (strings.EqualFold(s, "home") || strings.EqualFold(s, "search") || strings.EqualFold(s, "menu"))
}

// textGluedYear reports a year run into a capitalised word ("Best books
// of 2025Science fiction books"): two links or a heading and its
// standfirst flattened without a space between them, a breadcrumb or a
// teaser, never a headline as written (no wcxb-dev gold title of the
// 1,497 has a digit run into a capitalised word).
func textGluedYear(s string) bool {
	for i := textYearFrom(s, 0); i >= 0 && i+5 < len(s); i = textYearFrom(s, i+1) {
		if s[i+4] >= 'A' && s[i+4] <= 'Z' && s[i+5] >= 'a' && s[i+5] <= 'z' && (i == 0 || !isDigitByte(s[i-1])) {
			return true
		}
	}
	return false
}

// textTitleFurnitureOpenings open search prompts and metadata labels.
// "Search for" is left out: "Search for missing walker resumes" is news.
var textTitleFurnitureOpenings = [...]string{
	"search all ", "search this ", "search our ", "search the site", "search the website",
	"last updated", "updated:", "updated on ", "reading time", "read time:", "estimated reading time",
	"reviewed by", "medically reviewed by", "fact checked by", "fact-checked by", "edited by",
	"how we tested", "how we test ", "how we researched", "why trust us", "why you should trust us",
}

// textEndsWithZIP reports whether s ends as a US postal address does:
// ", ST 12345" or ", ST 12345-6789".
func textEndsWithZIP(s string) bool {
	return textIsStateZIP(textZIPTail(s))
}

// textIsStateZIP reports whether tail is a state and a ZIP code alone
// ("MA 02139", "MA 02139-4307").
func textIsStateZIP(tail string) bool {
	if len(tail) != 8 && len(tail) != 13 || tail[2] != ' ' || tail[0] < 'A' || tail[0] > 'Z' || tail[1] < 'A' || tail[1] > 'Z' {
		return false
	}
	for k := 3; k < len(tail); k++ {
		if c := tail[k]; (c < '0' || c > '9') && !(k == 8 && c == '-') {
			return false
		}
	}
	return true
}

// textZIPTail is what follows s's last ", " when it is 8 or 13 bytes
// long, as a state and a ZIP code are ("MA 02139", "MA 02139-4307"), or
// "". Only the two places such a tail can start are looked at: a ", "
// after them lies inside the tail, where the code's letters, space,
// digits and dash admit no comma, so the tail found there is turned away
// as the shorter one after the last ", " would be. LastIndex read every
// headline candidate whole (2.3 M of 100 wcxb-dev flat pages').
func textZIPTail(s string) string {
	for _, n := range [...]int{8, 13} {
		if k := len(s) - n; k >= 2 && s[k-2:k] == ", " {
			return s[k:]
		}
	}
	return ""
}

// textIsLoneBy is strings.EqualFold(s, "by"), asked of the two blocks
// over each short candidate (8,876 times on 100 wcxb-dev flat pages):
// no rune but "B" folds to "b" and none but "Y" to "y", so only a line of
// two bytes can be one, and EqualFold's call and loop over a line of
// another length were some 38 instructions a block, 0.34 M in all
// (TestTextIsLoneByMatchesEqualFold).
func textIsLoneBy(s string) bool {
	return len(s) == 2 && strings.EqualFold(s, "by")
}

// shortConfirmed reports whether block i, a line of one or two words
// (too short for textIsHeadline), is confirmed as a headline by what
// surrounds it: the same line again next to it, or the end of a
// breadcrumb just above it ("Home » Conservatory » Coffee" over
// "Coffee"). On wcxb-dev flat articles 4 more exact titles (2 on even
// page ids: "Book Reviews", "Coffee"; 2 on odd: two headings stated
// twice), none fewer, and 14 more on the other page types
// (documentation 6, service 5, listing 2, product 1), none fewer. A short date
// line below as a third confirmation: odd ids +1 net (2 gained, one
// lost to "Agency"), even -2 (a byline's name over its date, "Get
// Started"). Lines of one or two words are headlines nowhere else: a
// menu's entries are such lines (all of them as candidates lost 11
// titles, docs/quality.md).
//
// The count of words is asked first, in a gate the compiler inlines
// where the candidates are listed: most blocks that reach it have more
// than two words, and each paid a call to be turned away (with the
// gates of textTitleCasedStop and textTitleHead, candidatesAndHeads fell
// from 10.91 to 10.71 M of 100 long wcxb-dev flat pages' instructions;
// TestTextTitleGatesMatchPlain).
func (c *textTitleContext) shortConfirmed(i int) bool {
	if w := c.blocks[i].words; w < 1 || w > 2 {
		return false
	}
	return c.shortConfirmedStated(i)
}

// shortConfirmedStated is shortConfirmedShort for a line of one or two
// words, its confirmations asked before the lone "By" over it: most of
// the 4,718 short lines of 100 long wcxb-dev flat pages' windows are
// confirmed by nothing, and each paid the look at the two blocks over it
// and the breadcrumb's test, some 80 of the 155 instructions a line. The
// breadcrumb's end is compared only where the line over it is longer by a
// separator, whose last byte is a space, and has that space before the
// line's text. TestTextTitleGatesMatchPlain holds it to
// shortConfirmedShort.
func (c *textTitleContext) shortConfirmedStated(i int) bool {
	b := &c.blocks[i]
	if b.cue != textCueNone || b.sentEnd && !textExclaims(b.text) || b.lines || !c.stated(i, b.text) {
		return false
	}
	// a name under a lone "By" is a byline's, stated twice
	for j := max(0, i-2); j < i; j++ {
		if textIsLoneBy(c.blocks[j].text) {
			return false
		}
	}
	return true
}

// stated reports whether s, block i's text, is confirmed by a block next
// to it (shortConfirmedShort): the URL's slug stated over the body, the
// same line over or under it, or the end of a breadcrumb over it.
func (c *textTitleContext) stated(i int, s string) bool {
	if i < c.first && i >= c.first-textTitleSlugAbove && textStatesSlug(s, c.slugName) {
		return true
	}
	if i > 0 {
		above := c.blocks[i-1].text
		if k := len(above) - len(s); above == s || k >= 3 && above[k-1] == ' ' && textEndsAfterCrumb(above, s) {
			return true
		}
	}
	return i+1 < c.n && c.blocks[i+1].text == s
}

// shortConfirmedShort is shortConfirmed's whole test, the count of words
// asked again: the plain form the gate and shortConfirmedStated are held
// to.
func (c *textTitleContext) shortConfirmedShort(i int) bool {
	b := &c.blocks[i]
	if b.cue != textCueNone || b.words < 1 || b.words > 2 || b.sentEnd && !textExclaims(b.text) || b.lines {
		return false
	}
	// a name under a lone "By" is a byline's, stated twice
	for j := max(0, i-2); j < i; j++ {
		if textIsLoneBy(c.blocks[j].text) {
			return false
		}
	}
	if i < c.first && i >= c.first-textTitleSlugAbove && textStatesSlug(b.text, c.slugName) {
		return true
	}
	if i > 0 {
		above := c.blocks[i-1].text
		if above == b.text {
			return true
		}
		if textEndsAfterCrumb(above, b.text) {
			return true
		}
	}
	if i+1 < c.n {
		below := &c.blocks[i+1]
		if below.text == b.text {
			return true
		}
	}
	return false
}

// textExclaims reports a line that ends on an exclamation or a question
// mark: of one or two words it is a headline as much as a line without
// a mark ("Mission accomplished!", "Why Sail?"), not a sentence, as one
// ending on a full stop or a colon is.
func textExclaims(s string) bool {
	return strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// textTitleSlugAbove is how many blocks above the body's start a line of
// two words that states the URL's whole slug is confirmed as a headline
// (shortConfirmed).
const textTitleSlugAbove = 3

// textStatesSlug reports whether line s is the URL's slug written out:
// every word of a slug of two words or more, in its order, and no other
// ("Backup Strategy" for /p/backup-strategy). A crumb's step ("Index
// funds /") is not. A slug of one word names a section as often as a
// headline ("Notion", "Coupons", "Testimonials" above the body of
// wcxb-dev pages whose gold title is longer: 4 pages given a wrong
// title where they had none).
func textStatesSlug(s string, slug []string) bool {
	if len(slug) < 2 || strings.ContainsAny(s, "/|") {
		return false
	}
	k := 0
	for _, w := range textnorm.Words(s) {
		if k == len(slug) || w != slug[k] {
			return false
		}
		k++
	}
	return k == len(slug)
}

// textEndsAfterCrumb reports whether above ends with one of a trail's
// separators and then s: the line's last crumb. s is cut off above's
// end before the separators are compared: each of them joined to s for
// the comparison was a string built, 17 thousand of them on 100 wcxb-dev
// flat pages, 3.9 M instructions of their 564 M.
func textEndsAfterCrumb(above, s string) bool {
	rest, ok := strings.CutSuffix(above, s)
	if !ok {
		return false
	}
	for _, sep := range [...]string{" / ", " » ", " > ", " › "} {
		if strings.HasSuffix(rest, sep) {
			return true
		}
	}
	return false
}

// textTitleShort reports whether a candidate is a line of one or two
// words (shortConfirmed): the features that compare a candidate with the
// others (how many are nearer the body, which shares the URL slug best,
// which is a prefix of another) do not count such lines, so that adding
// them leaves the other candidates' scores as they were (with them
// counted two article titles were lost, 0268 and 0328).
func textTitleShort(b *textBlock) bool {
	return b.words < 3
}

// textTitleOverDek reports whether a block that ends a sentence is a
// title-cased headline with its dek joined under it ("Best Trail Shoes
// of 2026" / "iRunFar's experts share …"): the first line is written as
// a headline, not as the start of a sentence broken at a link, and the
// dek is one sentence. On wcxb-dev flat articles 2 more exact titles (1
// on even page ids, 1 on odd; the shortened heading further down had
// won), none fewer; with a dek of several sentences allowed, a service
// page's glued menu line "DeployStart DeployingGet a Demo" over a list
// of quotes became a candidate and its body F1 fell 0.652 -> 0.620.
func textTitleOverDek(first, rest string) bool {
	n := fieldCount(first)
	if n < 3 || n > 15 || textEndsSentence(first) || fieldCount(rest) < 10 || strings.Contains(rest, ". ") || strings.Contains(rest, "\n") {
		return false
	}
	sc := textnorm.NewWordScanner(first)
	for sc.Next() {
		if textnorm.IsStopwordBytes(sc.Word()) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(first[sc.Start():])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// textTitleCasedStop reports whether a line that ends on a full stop
// is headline-like all the same: it is short and every word but the
// stopwords opens with a capital or a digit, as a title-cased headline
// is written and a sentence is not ("The Hottest Real Estate Markets in
// the U.S.", "Things to Know Before Travelling to Japan for the First
// Time."). On wcxb-dev flat articles 2 more exact titles (1 on even
// page ids, 1 on odd), none fewer; without the test of the last word two
// were lost, to a teaser "…Trends..." and to another heading ending "in
// the U.S.A.".
//
// The words are read with sc, the title context's scanner: a scanner of
// its own grew a word buffer for each line it read past the first tests
// (5.6 of a long wcxb-dev flat page's 94 allocations, BenchmarkTextWCXB).
//
// The count of words is asked first, in a gate the compiler inlines
// where the candidates are listed, as shortConfirmed's is
// (TestTextTitleGatesMatchPlain).
func textTitleCasedStop(b *textBlock, sc *textnorm.WordScanner) bool {
	if b.words < textTitleCasedMinWords || b.words > textTitleCasedMaxWords {
		return false
	}
	return textTitleCasedStopCounted(b, sc)
}

// textTitleCasedStopCounted is textTitleCasedStop's whole test, the count
// of words asked again: the plain form the gate is held to.
func textTitleCasedStopCounted(b *textBlock, sc *textnorm.WordScanner) bool {
	if b.cue != textCueNone || b.words < textTitleCasedMinWords || b.words > textTitleCasedMaxWords ||
		!strings.HasSuffix(b.text, ".") || b.lines {
		return false
	}
	// "Trends..." is a teaser cut short, "in the U.S.A." a heading that
	// ends on an abbreviation, not on a full stop of its own.
	last := b.text[strings.LastIndexByte(b.text, ' ')+1 : len(b.text)-1]
	if strings.Contains(last, ".") {
		return false
	}
	for sc.Reset(b.text); sc.Next(); {
		if textnorm.IsStopwordBytes(sc.Word()) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(b.text[sc.Start():])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// The fewest and most words of a title-cased line ending on a full stop
// that textTitleCasedStop takes for headline-like.
const (
	textTitleCasedMinWords = 4
	textTitleCasedMaxWords = 15
)

// textTitleDatedAtEnd reports whether a line that states a date states
// it only at its end, after at least textTitleDatedWords words of
// headline ("Metasploit Wrap-Up 12/19/2025", "Almost Timely News: Using
// AI for Analytics (2025-09-21)"): a newsletter's or a series' headline
// that carries its issue's date; the title keeps it. A line that opens
// with its date is a dateline ("20 Dec 2025, 11:59") unless the date is
// written with its month's name and a headline follows it (textTitleUndated,
// which also takes such a date off either end of the title), and so
// is one whose words before the date have no lower-case letter
// ("POSTED: 1052 GMT (1852 HKT), April 10, 2007", an ECB+ text), end on
// a comma or on a lower-case word ("Last updated on Dec 19, 2025").
func textTitleDatedAtEnd(s string) bool {
	words := strings.Fields(s)
	for k := len(words) - 1; k >= textTitleDatedWords; k-- {
		if textDateIn(strings.Join(words[k:], " ")) {
			head, last := strings.Join(words[:k], " "), words[k-1]
			return !textDateIn(head) && strings.ContainsFunc(head, unicode.IsLower) &&
				textTitleTailStart(last) && !strings.HasSuffix(last, ",")
		}
	}
	return false
}

// textTitleUndated returns s without a date written with its month's
// name at its start ("Dec 18 2025 Keel Street Quay Reopens", a blog's
// index line) or at its end, perhaps after a separator ("Keel Street
// Quay Reopens - 3 October 2023"), when at least textTitleUndatedWords
// words that state no date remain; else s. No wcxb-dev gold title opens
// or ends with such a date; numeric dates are left ("Harbour Log
// 12/19/2025" is a name the gold keeps). On wcxb-dev flat articles 3
// more exact titles, all on even page ids (0398, 0450, 4690), none fewer.
func textTitleUndated(s string) string {
	if !textHasMonth(s) {
		return s
	}
	words := strings.Fields(s)
	if len(words) < textTitleUndatedWords+3 {
		return s
	}
	var rest []string
	switch {
	case textTitleNamedDate(words[:3]):
		rest = words[3:]
		if isTitleSeparator(rest[0]) {
			rest = rest[1:]
		}
	case textTitleNamedDate(words[len(words)-3:]):
		rest = words[:len(words)-3]
		if isTitleSeparator(rest[len(rest)-1]) {
			rest = rest[:len(rest)-1]
		}
	default:
		return s
	}
	head := strings.Join(rest, " ")
	if len(rest) < textTitleUndatedWords || !textTitleTailStart(head) || !textTitleTailStart(rest[len(rest)-1]) ||
		strings.HasSuffix(head, ",") || textTitleGoesOnWords[strings.ToLower(rest[len(rest)-1])] ||
		textDateIn(head) || textHasClock(head) || textIsByline(head) || textTitleFurniture(head) {
		return s
	}
	return head
}

// textHasClock reports whether s states a time of day ("11:11 GMT", a
// tokenised "3: 09 AM"): a digit right before a colon. What a date at a
// line's edge leaves then is a dateline ("13 November 2012 Last updated
// at 11:11 GMT", "Published 12:17 am, Monday, May 2, 2013"), which on
// the ECB+ dev texts took the place of five headlines without this test.
func textHasClock(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] == ':' && s[i-1] >= '0' && s[i-1] <= '9' {
			return true
		}
	}
	return false
}

// textTitleUndatedWords is the fewest words textTitleUndated leaves.
const textTitleUndatedWords = 3

// textTitleNamedDate reports whether three words are a date with its
// month's name: "Dec 18 2025", "18 December, 2025", "December 18, 2025".
func textTitleNamedDate(w []string) bool {
	y := w[2]
	if len(y) != 4 || strings.Trim(y, "0123456789") != "" {
		return false
	}
	_, ok := textParseMonthDate(strings.Join(w, " "))
	return ok && strings.ContainsFunc(w[0]+w[1], unicode.IsLetter) && strings.ContainsFunc(w[0]+w[1], unicode.IsDigit)
}

// textTitleDatedWords is the fewest words a headline dated at its end
// has before the date.
const textTitleDatedWords = 2

// textTitleContext is what a candidate's features read besides the
// block itself.
type textTitleContext struct {
	blocks   []textBlock
	first, n int
	slug     map[string]bool
	slugName []string             // the slug's words as a name states them (textSlugName)
	body     *hashSet             // the body opening's words of the candidates' forms (textTitleOverlaps.bodyWords)
	date     []int8               // per block: 0 not yet read, 1 states a date, 2 does not
	byline   []int8               // per block, as date: whether it reads as a byline (textIsByline)
	head     []int8               // per block, as date: whether it reads as a headline (textIsHeadline)
	near     []int8               // per block, as date: whether it is a byline or short dated line (bylineNear)
	own      textnorm.WordScanner // the word buffer of the reads when the caller lends no scanner (scanner)

	sc    *textnorm.WordScanner // the scanner the candidates and the body are read with (scanner)
	heads []*textBlock          // room for the candidates' heads (candidatesAndHeads), or nil
}

// newTextTitleContext returns the context of the headline candidates of
// blocks, whose body starts at first, with room for its per-block answers.
func newTextTitleContext(blocks []textBlock, first int) textTitleContext {
	return newTextTitleContextIn(blocks, first, make([]int8, 4*len(blocks))) // one allocation for date, byline, head and near
}

// newTextTitleContextIn is newTextTitleContext with its per-block answers
// in marks, four zeros a block.
func newTextTitleContextIn(blocks []textBlock, first int, marks []int8) textTitleContext {
	n := len(blocks)
	return textTitleContext{blocks: blocks, first: first, n: n, date: marks[:n], byline: marks[n : 2*n], head: marks[2*n : 3*n], near: marks[3*n:]}
}

// scanner is the word scanner of the context's reads: the page's, lent
// by textTitleVectorsIn, or the context's own. Each read resets it.
// (Kept in sc, a pointer to own would move the context to the heap.)
func (c *textTitleContext) scanner() *textnorm.WordScanner {
	if c.sc == nil {
		return &c.own
	}
	return c.sc
}

// dated reports whether block j states a date; a block its reader found
// too few digits in for one states none (textTooFewDateDigits).
func (c *textTitleContext) dated(j int) bool {
	if m := c.date[j]; m != 0 {
		return m == 1
	}
	return c.readDated(j)
}

// readDated reads and keeps dated's answer for block j, apart so that
// dated's kept answer is read where it is asked (headlineIn,
// TestTextTitleMemoHit).
func (c *textTitleContext) readDated(j int) bool {
	b := &c.blocks[j]
	c.date[j] = 2 - int8(textBool(!textTooFewDateDigits(b) && textDateIn(b.text)))
	return c.date[j] == 1
}

// isByline reports whether block j reads as a byline (textIsByline),
// read once a block: bylineNear's windows overlap, and each candidate's
// two asked the same lines again (some 15 thousand calls on 100
// wcxb-dev flat pages, 3 thousand blocks).
func (c *textTitleContext) isByline(j int) bool {
	if m := c.byline[j]; m != 0 {
		return m == 1
	}
	return c.readByline(j)
}

// readByline reads and keeps isByline's answer for block j (headlineIn,
// TestTextTitleMemoHit).
func (c *textTitleContext) readByline(j int) bool {
	c.byline[j] = 2 - int8(textBool(textIsByline(c.blocks[j].text)))
	return c.byline[j] == 1
}

// bylineNear reports whether a block in [lo, hi) is a byline or a short
// line stating a date, each block's answer read once: the candidates'
// windows, three blocks under each and two over, overlap (7,898 windows
// on 100 wcxb-dev flat pages asked isByline and dated some 15 thousand
// times each).
func (c *textTitleContext) bylineNear(lo, hi int) bool {
	for j := max(0, lo); j < min(c.n, hi); j++ {
		if c.near[j] == 0 {
			b := &c.blocks[j]
			c.near[j] = 2 - int8(textBool(b.words <= textDateBylineWords && (c.isByline(j) || c.dated(j))))
		}
		if c.near[j] == 1 {
			return true
		}
	}
	return false
}

// textTitleVector describes candidate i (the rank-th nearest to the body)
// in f, which holds zeros: written in place, where a vector returned was
// zeroed and copied once more for each candidate (its 69 features 1.7 M
// of 100 wcxb-dev flat pages' instructions).
func textTitleVector(f *[textTitleFeatures]float64, b *textBlock, i, rank int, rep textRepeat, c *textTitleContext) {
	first := c.first
	f[0] = 1
	f[1] = 1 - float64(max(first-i, i-first))/float64(textTitleWindow+1)
	f[2] = textBoolF(i > first)
	f[3] = textBoolF(i == first)
	f[4] = textBoolF(b.caps*2 >= b.words)
	f[5] = textBoolF(b.dup > 0)
	f[6] = textSlugOverlap(b.text, c.slug)
	// f[7], the share of its words the body's opening states, is
	// textTitleVectorsIn's: the candidates' words are read before the
	// body's (textTitleOverlaps)
	f[8] = textBoolF(b.words > 15)
	f[9] = textLog1p(b.words)
	f[10] = textBoolF(b.words < 5)
	f[11] = float64(i) / float64(c.n)
	f[12] = 1 / float64(rank+1)
	f[13] = textBoolF(textHoldsSpaced(b.text, '|') || textHoldsSpaced(b.text, '-'))
	f[14] = textBoolF(strings.HasSuffix(b.text, "?"))
	f[15] = float64(b.stop) / float64(max(b.words, 1))
	f[16] = textSlugRecall(b.text, c.slug)
	f[17] = textBoolF(b != &c.blocks[i] || c.bylineNear(i+1, i+4))
	f[18] = textBoolF(c.bylineNear(i-2, i))
	f[19] = textLog1p(max(0, rep.inside-b.dup))
	f[20] = float64(b.caps) / float64(max(b.words, 1))
	f[21] = textBoolF(!textHasLower(b.text)) // strings.ContainsFunc(b.text, unicode.IsLower), text_title_lower.go
	f[23] = textBoolF(len(c.slug) > 0)
	// between two paragraphs: a caption or a subheading (seed 004)
	f[24] = textBoolF(i > 0 && i+1 < c.n && textProse(&c.blocks[i-1]) && textProse(&c.blocks[i+1]))
	f[29], f[30] = textBoolF(rep.tagged), textBoolF(rep.trailing)
	textTitleForm(f, b, i, c)
	// a line over the body that the body states again as a whole block:
	// the repeat search meets every block that is the text itself
	// (textRepeat.whole)
	f[33] = textBoolF(i < first && b.dup > 0 && rep.whole > first)
}

// textTitleForm fills the features of how a candidate is written and what
// surrounds it, added after the first model (wcxb-dev held-out article
// titles 562 -> 577 of 791 with the list features of textTitleList and
// the "Headline | Site" and breadcrumb-end repeats): listicle headlines
// carry numbers and years, many have a colon, a one-sentence standfirst
// (10 to 50 words, a first guess left untuned) often follows the
// headline, and a table of contents is a run of headings that the body
// repeats further down (f[33], which textTitleVector reads from the
// candidate's repeats).
func textTitleForm(f *[textTitleFeatures]float64, b *textBlock, i int, c *textTitleContext) {
	f[25], f[26] = textTitleDigits(b)
	f[27] = textBoolF(strings.Contains(b.text, ":"))
	if i+1 < c.n {
		next := &c.blocks[i+1]
		f[28] = textBoolF(next.words >= 10 && next.words <= 50 && next.sentEnd && next.marks <= 1)
	}
	f[32], f[34] = c.headlinesAround(i)
}

// headlinesAround returns the share of the four blocks around candidate
// i, two on either side, that read as headlines (a block off the page
// counts as none), and whether block i+1 does. headline's range test is
// asked here, so that its kept answers are read inline (headlineIn).
// The four are counted and the count divided once, where a quarter was
// added for each (n/4 is the sum of n quarters exactly), and block i+1
// is asked once for both features, where it was asked twice: 0.44 M of
// the 100 long wcxb-dev flat pages' instructions went to the loop and
// its questions (TestTextTitleMemoHit holds both to the plain sum).
func (c *textTitleContext) headlinesAround(i int) (share, next float64) {
	heads := 0
	if i >= 2 {
		heads += textBool(c.headlineIn(i - 2))
	}
	if i >= 1 {
		heads += textBool(c.headlineIn(i - 1))
	}
	below := i+1 < c.n && c.headlineIn(i+1)
	heads += textBool(below)
	if i+2 < c.n {
		heads += textBool(c.headlineIn(i + 2))
	}
	return float64(heads) / 4, textBoolF(below)
}

// textTitleDigits reports whether candidate b holds a digit and a year
// (textHasYear). Its reader counted its digits (textBlock.digits, every
// unicode.IsDigit rune: TestTextBlockDigitsMatchRunes), and a year's
// four are among them: the candidate's runes were decoded again for the
// one and its bytes searched for the other, 3,972 candidates of 100
// wcxb-dev flat pages, most with no digit.
func textTitleDigits(b *textBlock) (digit, year float64) {
	return textBoolF(b.digits > 0), textBoolF(b.digits >= 4 && textHasYear(b.text))
}

// headline reports whether block j exists and reads as a headline,
// read once a block: each candidate asks it of the two blocks on either
// side, and i+1 twice (19,768 calls on 100 wcxb-dev flat pages, most of
// them of blocks the candidates' own test read).
func (c *textTitleContext) headline(j int) bool {
	return j >= 0 && j < c.n && c.headlineIn(j)
}

// headlineIn is headline of j, a block: the kept answer is read in a
// form the compiler inlines where it is asked (textTitleForm, isHeadline,
// which test j's range themselves), and the first answer read apart
// (readHeadline), as isByline's and dated's are (TestTextTitleMemoHit).
// Some 32 thousand questions on the 100 long wcxb-dev flat pages, most
// answered already, each paid a call and its frame, some 20 of the 32
// instructions a kept answer cost; with the range test inside, the form
// was over the inliner's budget (83 of 80).
func (c *textTitleContext) headlineIn(j int) bool {
	if m := c.head[j]; m != 0 {
		return m == 1
	}
	return c.readHeadline(j)
}

// readHeadline reads and keeps headline's answer for block j.
func (c *textTitleContext) readHeadline(j int) bool {
	c.head[j] = 2 - int8(textBool(textIsHeadline(&c.blocks[j])))
	return c.head[j] == 1
}

// isHeadline is textIsHeadline of b, block i's head, kept among the
// context's answers when b is block i itself (headline).
func (c *textTitleContext) isHeadline(i int, b *textBlock) bool {
	if b != &c.blocks[i] {
		return textIsHeadline(b)
	}
	return c.headlineIn(i)
}

// textRepeat is what a title candidate's repeats on its page tell
// (textTitleRepeats): how often the page's other lines state it inside
// them (every occurrence but one), whether one opens with it before a
// separator, as a <title> line "Headline | Site" does, and whether one
// ends with it after a space, as a breadcrumb trail does; and the last
// block whose whole text it is, plus one (0 for none), which tells a
// candidate over the body that the body states again (feature 33 of
// textTitleVector).
//
// The whole block is met by the search that counts the repeats: a
// block that is the text is an occurrence at its start that ends it.
// The body's blocks with copies were listed once a page and each
// candidate with a copy compared with them (restatedInBody), 0.63 M of
// 100 long wcxb-dev flat pages' instructions for 344 candidates a run
// (TestTextRepeatWholeMatchesPlain).
type textRepeat struct {
	inside           int
	tagged, trailing bool
	whole            int
}

// textTitleRepeats returns the repeats of each of texts, the candidates'
// headlines, on the page of blocks (repeatsInLine over every block). The
// page is read once for all of them: a window of the shortest text's
// length m moves along each block by its last four bytes
// (textRepeatSteps), which, where they may end a text's first m, are
// looked up among the texts' (textOpenings), and only a text whose
// first m end so is compared at the window's start. A search of each block for each
// candidate, behind a filter of the blocks' byte pairs, took 50 M
// instructions of 100 wcxb-dev flat pages' 800 M; a search of the whole
// page per candidate was 6% of their time. (A candidate joined from two
// lines is not found across two blocks, which changes no wcxb-dev page.)
func textTitleRepeats(blocks []textBlock, texts []string) []textRepeat {
	return textTitleRepeatsIn(blocks, texts, nil)
}

// textTitleRepeatsIn is textTitleRepeats with its lists in r's room
// (textTitleRoom), or new when r is nil.
func textTitleRepeatsIn(blocks []textBlock, texts []string, r *textTitleRoom) []textRepeat {
	n := len(texts)
	reps, ints, keys := r.repeats(n)
	next := ints[:n] // where text k may next occur, counted from the page's start (at, below)
	open := textOpenings{keys: keys, first: ints[n : 2*n], more: ints[2*n : 3*n]}
	same := ints[3*n:] // per text, the earlier text it is a copy of, plus one (textOpenings.add); 0 for none; read after by the overlaps (textTitleRoom.sameTexts)
	var short []int    // texts of one to three bytes, or past the table's room: searched block by block
	m := math.MaxInt
	for _, s := range texts {
		if len(s) >= 4 {
			m = min(m, len(s))
		}
	}
	// Each text of four bytes or more is filed by the four bytes that end
	// its first m, and the window of m bytes moves by the step of its
	// last four (textRepeatSteps), as phrases.scan's does.
	//
	// A text filed before (a candidate's line the page states again, a
	// menu's entry) is not filed again: its copy takes its repeats at the
	// end. Some 13% of the texts of 100 long wcxb-dev flat pages are
	// copies, and each was compared at every stop of its key
	// (TestTextRepeatsCopiesMatchPlain).
	var steps textRepeatSteps
	for k, s := range texts {
		if s == "" { // no occurrences, and inside-1 would be -1
			continue
		}
		if len(s) < 4 {
			short = append(short, k)
			continue
		}
		switch j := open.add(textOpening(s, m-4), k, texts); {
		case j < 0:
			short = append(short, k)
		case j != k:
			same[k] = j + 1
		default:
			steps.file(s, m)
			open.heads[s[0]>>6] |= 1 << (s[0] & 63)
		}
	}
	from := 0 // the block the window opens in
	if len(open.keys) == 0 {
		from = len(blocks) // no window to move: the blocks are searched for the short texts alone
	} else {
		steps.fill(m)
	}
	// The short texts are sought block by block, each in its own loop: an
	// empty list is not walked at every block.
	for _, k := range short {
		s := texts[k]
		for j := range blocks {
			if line := blocks[j].text; len(line) >= len(s) {
				reps[k].add(repeatsInLine(line, s))
				if line == s {
					reps[k].whole = j + 1
				}
			}
		}
	}
	// A place is counted as if the page's blocks were one text, block j's
	// byte p at j<<32|p (no block holds 4 GB): next counts from the
	// page's start, so a block need not clear it (21 thousand clears, 1.5
	// M of 100 wcxb-dev flat pages' instructions), and an occurrence in
	// an earlier block never holds a later one back.
	for j, e := steps.stop(blocks, from, m-1); j < len(blocks); j, e = steps.stop(blocks, j, e+1) {
		line := blocks[j].text
		// A stop whose window opens with a byte no filed text
		// opens with holds no text: half the compares of 100 long
		// wcxb-dev flat pages failed on the first byte, after the
		// key's look-up (TestTextRepeatsHeadsMatchPlain).
		p := e - (m - 1)
		if b := line[p]; open.heads[b>>6]&(1<<(b&63)) == 0 {
			continue
		}
		key := textOpening(line, e-3)
		// A stop's text shares only the four bytes that end its
		// first m with the window, so its first byte is tested
		// before strings.HasPrefix: of 18.9 thousand compares by
		// memequal on 100 long wcxb-dev flat pages most
		// failed, at some 21 instructions each with the call
		// (textTitleRepeatsIn 9.13 → 8.80 M; an eight-byte compare
		// first cost each stop as much as it spared).
		at := j<<32 | p
		for k := open.at(key); k >= 0; k = open.more[k] {
			s := texts[k]
			if at < next[k] || line[p] != s[0] || !strings.HasPrefix(line[p:], s) {
				continue
			}
			next[k] = at + len(s)
			tagged, trailing := repeatAt(line, s, p)
			reps[k].add(1, tagged, trailing)
			if len(line) == len(s) { // p is 0: the block is the text
				reps[k].whole = j + 1
			}
		}
	}
	for k, j := range same {
		if j > 0 {
			reps[k] = reps[j-1]
		}
	}
	for k, s := range texts {
		if s != "" {
			reps[k].inside--
		}
	}
	return reps
}

// textRepeatSteps is how far a window of m bytes moves by its last four
// bytes (textRepeatSlot of them), as in Wu and Manber's matcher: 0 where
// they may end a filed text's first m bytes, else the least distance to
// a place where they stand in one (m-3 for four bytes no text's first m
// hold; slots shared by several keys take the least). The page was read
// a byte at a time, some 14 instructions a byte for 100 wcxb-dev flat
// pages' 1.4 MB of blocks; the candidates are headlines, so most windows
// are long.
type textRepeatSteps struct {
	// step is the least distance file saw plus one, or 0 where it saw
	// none; shift turns it into the move (fill). Rewriting the 4,096
	// slots with the moves once a page cost more (3.7 M of 100 wcxb-dev
	// flat pages' instructions) than the windows' reads of shift.
	step  [1 << 12]uint8
	shift [256]uint8
	// reach is three of the longest moves (shift[0]): stop moves without
	// a check of the line's end while the window ends more than that
	// before it
	reach int
	m     int // the window's length, 4 or more (fill)
}

// textRepeatSlot is a slot of textRepeatSteps for a key of four bytes.
func textRepeatSlot(key uint32) uint32 { return (key * 0x9E3779B1) >> 20 }

// file lowers the steps of the four bytes at each place of s's first m.
// s is cut to its first m and the loop ranges over the places of its
// four-byte runs, so the compiler checks no index in the loop
// (textOpening's checks and the table's nil check were some 6 of 25
// instructions a byte).
func (t *textRepeatSteps) file(s string, m int) {
	s, step := s[:m], &t.step
	for j := range len(s) - 3 {
		h := textRepeatSlot(textOpening(s, j))
		if d := uint8(min(m-4-j, 254)) + 1; step[h] == 0 || d < step[h] {
			step[h] = d
		}
	}
}

// stop returns the block and the last byte of the first window, from
// the one ending at e in block j on, on whose last four bytes the steps
// do not move it (where a filed text's first m bytes may end): the
// window moves along each block's text and then opens the next's (its
// last byte at m-1), past the blocks shorter than m. It returns
// len(blocks) when there is none.
//
// The walk of the blocks is stop's own, so a block with no stop costs
// no call: the window moved within one block a call (next), 38,518 calls
// on 100 long wcxb-dev flat pages, one for each block long enough and
// each stop, where stop is called 17,376 times, once a stop and once at
// the page's end (textTitleRepeatsIn 7.43 → 6.86 M inclusive;
// TestTextRepeatStepsMatchPlain).
//
// The window's last four bytes are read without index checks
// (textOpeningFrom): e is at least 3 (a block's window is m ≥ 4 bytes,
// which fill set, and moves only forward) and below len(line), so they
// lie inside line; and the table is t's, checked once before the loop.
// The checks were 7 of the loop's 17 instructions a move.
//
// Far from the line's end the window moves four times a test: a window
// that stops moves by 0 and stays, so only the fourth move's step need
// be asked, and three moves of the longest step (fill's reach) still end
// inside the line, so none is checked against its end. The one-move loop
// was 10 instructions a move, as many as the move's own reads.
func (t *textRepeatSteps) stop(blocks []textBlock, j, e int) (int, int) {
	if e < 3 || t.m < 4 && j < len(blocks) {
		// The unchecked read below would start before the line; the
		// checked textOpening would have panicked here too.
		panic("extract: textRepeatSteps.stop: a window under four bytes")
	}
	step, shift := &t.step, &t.shift
	_ = step[0]
	for ; j < len(blocks); j, e = j+1, t.m-1 {
		line := blocks[j].text
		at := unsafe.Pointer(unsafe.StringData(line))
		for far := len(line) - t.reach; e < far; {
			e += int(shift[step[textRepeatSlot(textOpeningFrom(at, e-3))]])
			e += int(shift[step[textRepeatSlot(textOpeningFrom(at, e-3))]])
			e += int(shift[step[textRepeatSlot(textOpeningFrom(at, e-3))]])
			st := shift[step[textRepeatSlot(textOpeningFrom(at, e-3))]]
			if st == 0 {
				return j, e
			}
			e += int(st)
		}
		for e < len(line) {
			st := shift[step[textRepeatSlot(textOpeningFrom(at, e-3))]]
			if st == 0 {
				return j, e
			}
			e += int(st)
		}
	}
	return j, e
}

// textOpeningFrom is textOpening of the string at s, at p: the caller
// keeps p+4 within it.
func textOpeningFrom(s unsafe.Pointer, p int) uint32 {
	b := (*[4]byte)(unsafe.Add(s, p))
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// fill sets the moves: the distances file saw, m-3 elsewhere.
func (t *textRepeatSteps) fill(m int) {
	if m < 4 {
		panic("extract: textRepeatSteps.fill: a window under four bytes")
	}
	t.m = m
	t.shift[0] = uint8(min(m-3, 255))
	t.reach = 3 * int(t.shift[0])
	for d := 1; d < len(t.shift); d++ {
		t.shift[d] = uint8(d - 1)
	}
}

func (r *textRepeat) add(n int, tagged, trailing bool) {
	r.inside, r.tagged, r.trailing = r.inside+n, r.tagged || tagged, r.trailing || trailing
}

// textOpenings files texts of four bytes or more by four of their bytes, in
// an open-addressed table of 256 slots: a page has some 40 title
// candidates. The texts of a key are a list through more.
type textOpenings struct {
	slot  [256]uint8 // an index into keys, plus one; 0 for none (and then no key starts its search here)
	keys  []uint32
	first []int // per key, the last text filed with it
	more  []int // per text, the text filed before it with its key, or -1
	// heads is the set of the filed texts' first bytes, a bit a byte
	// (textTitleRepeatsIn sets it and asks it at each stop)
	heads [4]uint64
}

// textOpening is s[p:p+4] as a little-endian word, read with one load
// (as load8).
func textOpening(s string, p int) uint32 {
	t := s[p : p+4]
	return uint32(t[0]) | uint32(t[1])<<8 | uint32(t[2])<<16 | uint32(t[3])<<24
}

// textOpeningSlot is the first slot key is sought in.
func textOpeningSlot(key uint32) uint8 { return uint8((key * 0x9E3779B1) >> 24) }

// add files text k of texts under key, four of its bytes, and returns
// k; or, where a text filed under key before is the same text, that
// text's index, k not filed; or -1 where it could not: the table takes
// textOpeningsMost keys, half its slots.
func (o *textOpenings) add(key uint32, k int, texts []string) int {
	h := textOpeningSlot(key)
	for ; o.slot[h] != 0; h++ {
		if i := o.slot[h] - 1; o.keys[i] == key {
			for j := o.first[i]; j >= 0; j = o.more[j] {
				if texts[j] == texts[k] {
					return j
				}
			}
			o.more[k], o.first[i] = o.first[i], k
			return k
		}
	}
	if len(o.keys) >= textOpeningsMost {
		return -1
	}
	o.more[k] = -1
	o.first[len(o.keys)] = k
	o.keys = append(o.keys, key)
	o.slot[h] = uint8(len(o.keys))
	return k
}

const textOpeningsMost = 128

// at returns the last text filed that opens with key, or -1.
func (o *textOpenings) at(key uint32) int {
	for h := textOpeningSlot(key); o.slot[h] != 0; h++ {
		if i := o.slot[h] - 1; o.keys[i] == key {
			return o.first[i]
		}
	}
	return -1
}

// repeatsInLine counts s in one line, and whether it opens the line (or
// a broken line joined into it, whose "\n" the block keeps) before a
// separator, or ends it after a space.
func repeatsInLine(line, s string) (n int, tagged, trailing bool) {
	for k := range occurrences(line, s) {
		n++
		tg, tr := repeatAt(line, s, k)
		tagged, trailing = tagged || tg, trailing || tr
	}
	return n, tagged, trailing
}

// repeatAt reports whether s, found at k in line, opens the line (or a
// broken line joined into it) before a separator, or ends it after a
// space.
func repeatAt(line, s string, k int) (tagged, trailing bool) {
	if after := line[k+len(s):]; k == 0 || line[k-1] == '\n' {
		return strings.HasPrefix(after, " | ") || strings.HasPrefix(after, " - ") || strings.HasPrefix(after, " – "), false
	} else if line[k-1] == ' ' && (after == "" || after[0] == '\n') {
		return false, true
	}
	return false, false
}

// textTitleVectors returns the candidates and their feature vectors.
func textTitleVectors(p news.Page, blocks []textBlock, first, last int) ([]int, [][textTitleFeatures]float64) {
	return textTitleVectorsIn(p, blocks, first, last, nil)
}

// textTitleVectorsIn is textTitleVectors with the vectors in s's room
// (textScratch.titleVectors), or new when s is nil, and the words read
// with s's scanner. The lists dropped with the page and the candidates'
// words are s's too (textScratch.titleRooms).
func textTitleVectorsIn(p news.Page, blocks []textBlock, first, last int, s *textScratch) ([]int, [][textTitleFeatures]float64) {
	r, o := s.titleRooms()
	defer r.drop()
	c := newTextTitleContextIn(blocks, first, r.marksFor(len(blocks)))
	c.heads = r.heads
	if s != nil {
		// The page reader's scanner, its word buffer grown to the page's
		// longest block: the context's own grew one for each longer line
		// it read (TestTextTitleVectorsScannerLent).
		c.sc = &s.words
	}
	c.slugName = textSlugName(p.URL)
	cands, heads := c.candidatesAndHeads(true)
	r.heads = heads
	if len(cands) == 0 {
		return nil, nil
	}
	texts := slices.Grow(r.texts[:0], len(cands))[:len(cands)]
	r.texts = texts
	for k, h := range heads {
		texts[k] = h.text
	}
	reps := textTitleRepeatsIn(blocks, texts, r)
	o.collect(heads, r.sameTexts(len(texts)), c.scanner())
	c.slug, c.body = textSlugWords(p.URL), o.bodyWords(blocks, first, last, c.scanner())
	defer putHashSet(c.body)
	vecs := s.titleVectors(len(cands))
	var room [64]int
	ranks := textTitleRanks(blocks, cands, first, room[:0])
	for k, i := range cands {
		textTitleVector(&vecs[k], heads[k], i, ranks[k], reps[k], &c)
		vecs[k][7] = o.overlap(k, c.body)
	}
	textTitleListIn(blocks, cands, vecs, r)
	if len(c.slug) == 0 {
		textTitleTopic(blocks, cands, heads, vecs, first, last, c.scanner())
		textTitleNoSlug(vecs)
	}
	return cands, vecs
}

// textTitleRanks returns each candidate's rank: the count of the
// candidates not short (textTitleShort) nearer the body (first) than it,
// in ranks' room. The candidates are in page order, so those above first
// grow farther from it upwards and the others downwards: the two runs are
// merged in order of distance, and a candidate's rank is the count of the
// candidates not short the merge passed at a smaller distance (two at one
// distance, one on either side, share their rank). The distances were
// sorted (slices.Sort) and each rank sought in them (slices.BinarySearch),
// 0.81 M of 100 long wcxb-dev flat pages' instructions over 3,970
// candidates, 0.19 M so; the count over all pairs before that was 3.6 M
// (TestTextTitleRankMatchesPairs).
func textTitleRanks(blocks []textBlock, cands []int, first int, ranks []int) []int {
	ranks = slices.Grow(ranks[:0], len(cands))[:len(cands)]
	below := 0 // the first candidate at or under first
	for below < len(cands) && cands[below] < first {
		below++
	}
	up, down, passed := below-1, below, 0
	for up >= 0 || down < len(cands) {
		d := math.MaxInt
		if up >= 0 {
			d = first - cands[up]
		}
		if down < len(cands) {
			d = min(d, cands[down]-first)
		}
		n := 0
		if up >= 0 && first-cands[up] == d {
			ranks[up] = passed
			n += textBool(!textTitleShort(&blocks[cands[up]]))
			up--
		}
		if down < len(cands) && cands[down]-first == d {
			ranks[down] = passed
			n += textBool(!textTitleShort(&blocks[cands[down]]))
			down++
		}
		passed += n
	}
	return ranks
}

// textTitleList fills the features that compare a candidate with the
// others: whether it shares the URL slug best, and whether another
// candidate is a strict prefix of it, as a section heading or breadcrumb
// "Best Running Shoes" is of the headline "Best Running Shoes of 2026".
func textTitleList(blocks []textBlock, cands []int, vecs [][textTitleFeatures]float64) {
	textTitleListIn(blocks, cands, vecs, new(textTitleRoom))
}

// textTitleListIn is textTitleList with its lists in r's room
// (textTitleRoom.list and more), kept between pages: made for each page,
// they were two allocations of every page with candidates and 0.08 M of
// 100 long wcxb-dev flat pages' instructions (TestTextTitleListRoomReused).
func textTitleListIn(blocks []textBlock, cands []int, vecs [][textTitleFeatures]float64, r *textTitleRoom) {
	best := 0.0
	for k, i := range cands {
		if !textTitleShort(&blocks[i]) {
			best = max(best, vecs[k][6])
		}
	}
	r.list = slices.Grow(r.list[:0], 2*len(cands))[:2*len(cands)]
	texts := r.list // the candidates' headlines, then those of the ones not short
	heads := texts[len(cands):len(cands)]
	for k, i := range cands {
		vecs[k][22] = textBoolF(best > 0 && vecs[k][6] == best)
		texts[k] = textTitleText(&blocks[i])
		if !textTitleShort(&blocks[i]) {
			heads = append(heads, texts[k])
		}
	}
	r.more = slices.Grow(r.more[:0], len(heads))[:len(heads)]
	textTitlePrefixedIn(texts[:len(cands)], heads, vecs, r.more)
}

// textTitlePrefixed sets feature 31 of each of texts that one of heads,
// the headlines of the candidates not short, opens and is shorter than.
// The heads are filed by their first two bytes (textTitlePrefixSlot), and
// each text compared only with those of its own; a head of one byte opens
// every longer text of its byte (one). Every pair was compared, a first
// byte that differs settling most of them without a call, and that still
// cost 3.1 M of 100 wcxb-dev flat pages' 492 M instructions (some forty
// candidates a page); filed by the first byte alone, the chains of a
// capital letter were walked some twelve heads a text (0.95 M). An empty
// head opens every text but an empty one.
func textTitlePrefixed(texts, heads []string, vecs [][textTitleFeatures]float64) {
	textTitlePrefixedIn(texts, heads, vecs, make([]int32, len(heads)))
}

// textTitlePrefixedIn is textTitlePrefixed with more, per head the head
// filed before it in its slot, plus one, in room of len(heads): only a
// filed head's entry is read, and each is written when it is filed.
func textTitlePrefixedIn(texts, heads []string, vecs [][textTitleFeatures]float64, more []int32) {
	var last [256]int32 // per slot, the last head filed in it, plus one
	var one [256]bool   // the heads of one byte, by their byte
	empty := false
	for h, b := range heads {
		switch len(b) {
		case 0:
			empty = true
		case 1:
			one[b[0]] = true
		default:
			k := textTitlePrefixSlot(b)
			more[h], last[k] = last[k], int32(h+1)
		}
	}
	for k, a := range texts {
		if a == "" {
			continue
		}
		if empty || len(a) >= 2 && one[a[0]] {
			vecs[k][31] = 1
			continue
		}
		if len(a) < 3 { // a head of two bytes or more is no shorter
			continue
		}
		for h := last[textTitlePrefixSlot(a)]; h != 0; h = more[h-1] {
			if b := heads[h-1]; len(b) < len(a) && a[:len(b)] == b {
				vecs[k][31] = 1
				break
			}
		}
	}
}

// textTitlePrefixSlot is textTitlePrefixed's slot of s's first two bytes
// (s holds two or more).
func textTitlePrefixSlot(s string) uint8 {
	return uint8((uint32(s[0]) | uint32(s[1])<<8) * 0x9E3779B1 >> 24)
}

// textTitleMinLogit is the log-odds under which no candidate is taken
// for the headline: seed 004 has none, and its best candidate, a caption
// inside the body, scores -3.2 (-3.5 since the form and list features).
// On wcxb-dev flat articles -3.0 gives 560 exact titles of 793, -2.5 550,
// -2.0 542 (-3.0 leaves too thin a margin under the caption).
const textTitleMinLogit = -2.5

// textTitleText is the headline a candidate block states: its first
// line, when flattening joined a line starting in lower case to it ("by
// Jane Doe", "recommended by ..."): 33 wcxb-dev article titles are such
// a first line. A block that ends a sentence is a sentence broken at a
// link (seed 001), not a headline with a byline.
func textTitleText(b *textBlock) string {
	if i := textBlockBreak(b); i >= 0 && (!b.sentEnd || textTitleOverDek(b.text[:i], b.text[i+1:])) {
		if b.sentEnd {
			return textTitleUnclosed(b.text[:i])
		}
		if second := textTitleSecondLine(b.text[:i], b.text[i+1:]); second != "" {
			return second
		}
		return textTitleUnclosed(b.text[:i])
	}
	return textTitleUnclosed(b.text)
}

// textTitleUnclosed returns s without the close button flattening leaves
// before a headline set in a dialog ("× Iowa 13-year-old accused of …":
// six GVC dev reports, five of whose records carry the rest as their
// title). No headline opens with a multiplication sign and a space.
func textTitleUnclosed(s string) string {
	if rest, ok := strings.CutPrefix(s, "× "); ok {
		return strings.TrimSpace(rest)
	}
	return s
}

// textTitleSecondLine returns the line after first when first is a link
// or a kicker of at most textTitleKickerWords words and that line reads
// as a headline written in lower case ("Sign in" / "what is once sprung
// cannot …", "Sponsor me" / "rustc_codegen_gcc: Progress Report #39"):
// flattening joined them because the headline opens in lower case. A
// byline or a date line after the first line keeps the first line the
// headline. On wcxb-dev flat articles 3 more exact titles (2 on even
// page ids, 1 on odd), none fewer. Lines that continue the first one
// ("on the …", "or browse …"), a list after a label ("with card,
// PayPal, …", which cost a product page its title) and code are left
// as they were: without those tests 6 product, collection and service
// pages took such a line.
func textTitleSecondLine(first, rest string) string {
	if fieldCount(first) > textTitleKickerWords {
		return ""
	}
	line, _, _ := strings.Cut(rest, "\n")
	var opener string // the line's first word
	for opener = range strings.FieldsSeq(line) {
		break
	}
	if n := fieldCount(line); n < textTitleSecondMinWords || n > 30 || textEndsSentence(line) || textIsByline(line) ||
		textDateIn(line) || textTitleGoesOnWords[opener] || strings.ContainsAny(line, ",{}`\\") || strings.Contains(line, "://") {
		return ""
	}
	return line
}

// textTitleSecondMinWords is the fewest words of a lower-case headline
// under a link or kicker line.
const textTitleSecondMinWords = 4

// textTitleGoesOnWords open a line that continues the one above it ("The
// Together Platform" / "on the Native Cloud", "Explore Apps" / "or
// browse 2M+ models"), broken at a link, not a headline of its own.
var textTitleGoesOnWords = map[string]bool{
	"of": true, "on": true, "in": true, "or": true, "and": true, "at": true, "for": true, "to": true, "with": true,
	"from": true, "vs": true, "by": true, "into": true, "than": true, "as": true, "but": true, "the": true, "a": true, "an": true,
}

// textTitleKickerWords is the most words of a link or kicker line that
// textTitleSecondLine looks past.
const textTitleKickerWords = 3

// textTitleHead is the block a candidate's features are read from: the
// block itself, or its first line (see textTitleText) as a block.
//
// The one-line test is its own, small enough for the compiler to inline
// where the candidates are listed: a block of one line (textBlock.lines,
// nearly every one of the 12,230 window blocks of 100 long wcxb-dev flat
// pages) paid a call to be given back (TestTextTitleGatesMatchPlain).
func textTitleHead(b *textBlock) *textBlock {
	if !b.lines {
		return b
	}
	return textTitleHeadOfLines(b)
}

// textTitleHeadOfLines is textTitleHead of a block of any number of
// lines (a block without a line break is its own head here too): the
// plain form the one-line test is held to.
func textTitleHeadOfLines(b *textBlock) *textBlock {
	i := strings.IndexByte(b.text, '\n')
	if i < 0 || b.sentEnd && !textTitleOverDek(b.text[:i], b.text[i+1:]) {
		return b
	}
	h := textNewBlock(textTitleText(b))
	h.dup = b.dup
	return &h
}

// textTitleMinLogitAbove is textTitleMinLogit for a candidate above the
// body or at its start, where headlines sit and captions do not: on
// wcxb-dev flat articles -3.0 gives 557 exact titles of 793, -4.0 562,
// -5.0 562 (550 with textTitleMinLogit everywhere).
const textTitleMinLogitAbove = -4.0

// textTitleMinLogitEdge is textTitleMinLogitAbove for the block right
// above the body's first: the body model found the article's start under
// it, where a headline sits, and a short plain headline there ("Brief
// History of Coffee" over the story, on a shop's page) scores under the
// bar for lines further up, where a site's menus and promos are. On the
// 1,497 wcxb-dev flat pages 3 more exact titles (an article on the even
// page ids, a forum thread and a documentation page on the odd), 1 page
// given a wrong title where it had none (a product's "About This Game")
// and no title lost; the body F1 the same on every page. The block at the
// body's start itself is left at textTitleMinLogitAbove: under it two
// listings took their first story's headline for the page's, and lost
// that line from their bodies. -5.0 gave no more exact titles and 3 more
// wrong ones.
const textTitleMinLogitEdge = -4.5

// textTitleMinLogitAt is the log-odds candidate i must reach; the body
// starts at first. A clean body has no span that could open above its
// headline, so the lower bar just inside the body is not for it: on the
// ECB+ and GVC dev texts it gave 12 reports a title where they had none,
// some right, others a photo credit, a "Follow us" line or a sentence.
func textTitleMinLogitAt(i, first int, clean bool) float64 {
	switch {
	case i == first-1:
		return textTitleMinLogitEdge
	case i <= first:
		return textTitleMinLogitAbove
	case i <= first+textTitleHeadBlocks && !clean:
		return textTitleMinLogitHead
	}
	return textTitleMinLogit
}

// textTitleMinLogitHead is textTitleMinLogit for a candidate among the
// body's first textTitleHeadBlocks blocks after its start: a span that
// opens on a dek, a byline or a date line leaves the headline just
// inside it, where a caption seldom sits yet. Seed 004's caption, inside
// the body, scores -3.5 and stays refused. On wcxb-dev flat articles
// (-3.3 within 8 blocks) 6 more exact titles (4 on even page ids, 2 on
// odd), no article given a wrong title where it had none; 4 blocks gave
// 5 (4 and 1), -3.5 nothing more. It gives 7 non-article pages (service
// and documentation) a wrong title where they had none.
const (
	textTitleMinLogitHead = -3.3
	textTitleHeadBlocks   = 8
)

// textFindTitle returns the index of the headline block, or -1, and the
// best candidate even when it scores under textTitleMinLogit (-1 when
// there is none), where the byline and date are looked for; clean
// reports a clean body. The candidates' vectors are in s's room, or new
// when s is nil.
func textFindTitle(p news.Page, blocks []textBlock, first, last int, clean bool, s *textScratch) (title, best int) {
	title, best, _, _ = textFindTitleCands(p, blocks, first, last, clean, s)
	return title, best
}

// textFindTitleCands is textFindTitle that also returns the candidates
// and their vectors, for the rules that read the title's text from a
// line other than its block (textTitleDatedAbove) and for the choice of
// that text (textTitleTextWeights).
func textFindTitleCands(p news.Page, blocks []textBlock, first, last int, clean bool, s *textScratch) (title, best int, cands []int, vecs [][textTitleFeatures]float64) {
	cands, vecs = textTitleVectorsIn(p, blocks, first, last, s)
	title, best = textTitleChoose(blocks, cands, vecs, first, clean, &textTitleWeights)
	return title, best, cands, vecs
}

// textTitleChoose returns the headline block among the candidates cands
// (vectors vecs) as the title model of weights w chooses it, or -1, and
// the best candidate even when it scores under textTitleMinLogit (-1
// when there is none).
func textTitleChoose(blocks []textBlock, cands []int, vecs [][textTitleFeatures]float64, first int, clean bool, w *[textTitleFeatures]float64) (title, best int) {
	return textTitleChooseKnown(blocks, cands, vecs, first, clean, w, -1, -1)
}

// textTitleChooseKnown is textTitleChoose given an earlier choice among
// the same candidates: known is the best candidate that choice returned
// and knownTitle its title (known -1 for none). textTitleLonger and
// textTitleShorter read only the blocks, the candidates and the best
// one, not the weights, so when the model of weights w settles on the
// same best block their answer is the earlier one. A page without a URL
// is chosen on twice (textFindMeta: textTitleWeights, then
// textTitleTextWeights), mostly to the same block, and the two rules
// were some 2.4 M instructions over 100 wcxb-dev flat pages read
// without a URL, both runs together (TestTextTitleChooseKnownMatches
// holds the reuse to the plain choice).
func textTitleChooseKnown(blocks []textBlock, cands []int, vecs [][textTitleFeatures]float64, first int, clean bool, w *[textTitleFeatures]float64, known, knownTitle int) (title, best int) {
	below := len(blocks) // a clean body's headline stands above its first sentence
	if clean {
		below = textFirstSentence(blocks)
	}
	best, bestZ := -1, math.Inf(-1)
	for k, i := range cands {
		if i > below {
			break
		}
		if z := textTitleLogit(&vecs[k], w); z > bestZ {
			best, bestZ = i, z
		}
	}
	if bestZ < textTitleMinLogitAt(best, first, clean) {
		return -1, best
	}
	if best > first+textTitleHeadBlocks {
		best = textTitleFirstStated(blocks, cands, best, first+textTitleHeadBlocks)
	}
	best = textTitleOverBody(blocks, cands, vecs, best, first, w)
	if best == known {
		return knownTitle, best
	}
	at := textTitleLonger(blocks, cands, best)
	return textTitleShorter(blocks, cands, at), best
}

// textTitleLogit is the log-odds of one candidate under the title model
// of weights w. The 2026-11-30 fit (textTitleWeights) weighs the
// features from textTitleTopicAt on 0, so its sum stops there: adding
// their products, each a zero, leaves every sum as it was (no feature is
// infinite), and the products were a quarter of choosing the title on a
// page without a URL.
//
// The sum is written out term by term, in the plain sum's order: Go adds
// left to right, so z + a + b is (z + a) + b, the sum a loop takes, bit
// for bit (TestTextTitleLogitTail). Each term is then a load, a multiply
// and an add at a constant offset; the loops of five terms a step and
// two after textTitleTopicAt paid their counter, compare and branch and
// two nil checks each step, some 4.2 instructions a term (2.47 M of 100
// long wcxb-dev flat pages' instructions over 9,322 calls, 1.57 M so).
// The features' places are fixed by the two checks below, which fail
// to compile when textTitleTopicAt or textTitleFeatures moves.
func textTitleLogit(v, w *[textTitleFeatures]float64) float64 {
	_ = [1]struct{}{}[textTitleTopicAt-35]
	_ = [1]struct{}{}[textTitleFeatures-69]
	z := 0.0
	z = z +
		v[0]*w[0] + v[1]*w[1] + v[2]*w[2] + v[3]*w[3] +
		v[4]*w[4] + v[5]*w[5] + v[6]*w[6] + v[7]*w[7] +
		v[8]*w[8] + v[9]*w[9] + v[10]*w[10] + v[11]*w[11] +
		v[12]*w[12] + v[13]*w[13] + v[14]*w[14] + v[15]*w[15] +
		v[16]*w[16] + v[17]*w[17] + v[18]*w[18] + v[19]*w[19] +
		v[20]*w[20] + v[21]*w[21] + v[22]*w[22] + v[23]*w[23] +
		v[24]*w[24] + v[25]*w[25] + v[26]*w[26] + v[27]*w[27] +
		v[28]*w[28] + v[29]*w[29] + v[30]*w[30] + v[31]*w[31] +
		v[32]*w[32] + v[33]*w[33] + v[34]*w[34]
	if w == &textTitleWeights {
		return z
	}
	return z +
		v[35]*w[35] + v[36]*w[36] + v[37]*w[37] + v[38]*w[38] +
		v[39]*w[39] + v[40]*w[40] + v[41]*w[41] + v[42]*w[42] +
		v[43]*w[43] + v[44]*w[44] + v[45]*w[45] + v[46]*w[46] +
		v[47]*w[47] + v[48]*w[48] + v[49]*w[49] + v[50]*w[50] +
		v[51]*w[51] + v[52]*w[52] + v[53]*w[53] + v[54]*w[54] +
		v[55]*w[55] + v[56]*w[56] + v[57]*w[57] + v[58]*w[58] +
		v[59]*w[59] + v[60]*w[60] + v[61]*w[61] + v[62]*w[62] +
		v[63]*w[63] + v[64]*w[64] + v[65]*w[65] + v[66]*w[66] +
		v[67]*w[67] + v[68]*w[68]
}

// textTitleOverBodyBlocks is how far above a chosen line inside the body
// textTitleOverBody looks for the headline it restates, and
// textTitleOverBodyMin the log-odds that headline needs.
// textTitleOverBodyDeep is how far into the body the chosen line must
// lie: the body's first lines hold the headline under a site's name or
// tagline ("Best Mobile App Awards" over "Mobile App Reviews", one block
// into the body of a listing, shares two of its three words).
const (
	textTitleOverBodyDeep   = 3
	textTitleOverBodyBlocks = 30
	textTitleOverBodyMin    = -3.0
)

// textTitleOverBody returns the nearest candidate at or above the body's
// first block, at most textTitleOverBodyBlocks above best, that holds at
// least half of best's content words, when best lies inside the body;
// else best. A guide's section heading restates its headline's topic in
// other words ("What Makes The Best Non-Slip Yoga Mat?" under "What Is
// The Ultimate Best Non-Slip Yoga Mat? Here Are My Top 3 Picks") and can
// outscore it; the line over the body that names the same topic is the
// headline. That line must be about the topic too: a third of its own
// content words are best's, which a menu holding the words among many
// others is not. A line that states the other whole is left to
// textTitleLonger and textTitleShorter (crumbs, site tails). On wcxb-dev
// flat articles 3 more exact titles (2 on even page ids, 1 on odd), none
// fewer, no body moved. Words are compared in the singular
// (textStemWords): a guide's headline names the kind in the plural,
// its sections one each; that gave one more exact title and date (odd
// ids) and moved nothing else of the 1,497 flat pages.
//
// The place and log-odds gates come first, and best's stems and lowered
// text are made at the first candidate past them: most candidates fail
// them, and the stems (some 30 thousand instructions a line) and the
// containment test lowering both lines for each candidate were 1.22 M of
// the 100 long wcxb-dev flat pages' instructions, 0.81 M so
// (TestTextTitleOverBodyMatchesPlain).
func textTitleOverBody(blocks []textBlock, cands []int, vecs [][textTitleFeatures]float64, best, first int, w *[textTitleFeatures]float64) int {
	if best < first+textTitleOverBodyDeep {
		return best
	}
	short := textTitleText(&blocks[best])
	var words []string
	lowShort, read := "", false
	at := best
	for k, j := range cands { // in page order: the last match is the nearest
		if j > first || j < best-textTitleOverBodyBlocks || textTitleLogit(&vecs[k], w) < textTitleOverBodyMin {
			continue
		}
		if !read { // the first candidate past the gates: best's own stems and lowered text
			read = true
			if words = textStems(short); len(words) < 2 {
				return best
			}
			lowShort = strings.ToLower(short)
		}
		long := textTitleText(&blocks[j])
		if textTitleHoldsLow(strings.ToLower(long), lowShort) {
			continue
		}
		other := textStems(long)
		if shared := textSharedStems(other, words); 2*shared >= len(words) && 3*shared >= len(other) {
			at = j
		}
	}
	return at
}

// textTitleHolds reports whether either line holds the other, in any case.
func textTitleHolds(a, b string) bool {
	return textTitleHoldsLow(strings.ToLower(a), strings.ToLower(b))
}

// textTitleHoldsLow is textTitleHolds of two lines already lowered.
func textTitleHoldsLow(a, b string) bool {
	return strings.Contains(a, b) || strings.Contains(b, a)
}

// textTitleFirstStated returns the first candidate whose text is the
// same as candidate best's, else best: a page that states its headline
// twice states it first over the article and again in a list of stories
// (related, recent, popular) further down, where the model may score the
// copy higher. The byline and the date are read around the headline, and
// around the copy they are the next card's.
func textTitleFirstStated(blocks []textBlock, cands []int, best, head int) int {
	s := textTitleText(&blocks[best])
	for _, j := range cands { // in page order
		if j > head {
			break
		}
		if textTitleText(&blocks[j]) == s {
			return j
		}
	}
	return best
}

// textFirstSentence returns the index of the first prose block that ends
// a sentence, or len(blocks). A clean body (a scraper's record of the
// report alone) states its headline, if at all, above it: a line further
// down is the report's own, a question or a sentence left without its
// stop ("Can you imagine the media outcry if …?", the ninth paragraph of
// an ECB+ report, was its title).
func textFirstSentence(blocks []textBlock) int {
	for i := range blocks {
		if b := &blocks[i]; b.sentEnd && textProse(b) {
			return i
		}
	}
	return len(blocks)
}

// textTitleShorter returns the candidate nearest to candidate at whose
// whole text the line at states as its head before a dash or bar
// ("Harbour Tools – Tide Table Spreadsheet" over "Harbour Tools"), before
// a link aggregator's "(site.com)" tail, or as the end of a breadcrumb
// ("Home / Guides / Best Ferries of 2026" over "Best Ferries of 2026"),
// else at: the page stating the part alone marks it as the headline and
// the rest as the site's, a section's or an aggregator's addition. On
// wcxb-dev flat articles 3 more exact titles (1 on even page ids, 2 on
// odd), none fewer; one more product page (a breadcrumb's end), no other
// page's title changed. A head before a colon or a plain parenthesis is the
// headline's own first clause ("Vegetable Gardening for Beginners: The
// Complete Guide", "16 Best … Programs (2026 Ranking + Guide)"): with
// them 4 titles more were lost than gained.
func textTitleShorter(blocks []textBlock, cands []int, at int) int {
	long := textTitleText(&blocks[at])
	found, near := at, len(blocks)+1
	for _, j := range cands {
		if d := max(j-at, at-j); d > 0 && d < near && textTitleStatesPart(long, textTitleText(&blocks[j])) {
			found, near = j, d
		}
	}
	return found
}

// textTitleStatesPart reports whether long states short, a line of at
// least two words, as its head before " | ", " – ", " — " or " - ", or
// before a "(site.com)" tail, or as the last step of a breadcrumb after
// "/", "»", ">", "›" or "|" (spaced or not: "Home /Cheap Fixes …", "|
// Resources | Blog | Packing Tips"), or after a label of at most
// textTitleKickerWords words and a colon ("PROJECT: Weekend Coding
// Agent", "Introduction: How to …"). Of the wcxb-dev flat pages, 51 have
// a line that is another line within six of it after such a crumb or
// label, and the gold title one of the two: the shorter on all 51. The
// crumbs without spaces, the bar and the label gave 4 more exact article
// titles without the URL (3 on even page ids, 1 on odd), none fewer; with
// the URL none moved (its slug had already chosen the shorter line).
func textTitleStatesPart(long, short string) bool {
	return len(short) < len(long) && textTitleMayStatePart(long, short) && textTitleReadsPart(long, short)
}

// textTitleReadsPart is textTitleStatesPart's reading of long and short,
// past its gates (short shorter, and textTitleMayStatePart).
func textTitleReadsPart(long, short string) bool {
	if !strings.Contains(short, " ") {
		return false
	}
	if rest, ok := strings.CutPrefix(long, short); ok {
		for _, sep := range [...]string{" | ", " – ", " — ", " - "} {
			if strings.HasPrefix(rest, sep) {
				return true
			}
		}
		return textTitleSiteTail(rest)
	}
	// the crumb's end is tested before its separator: sep+short built a
	// string for every separator and candidate pair, an eighth of a long
	// flattened page's allocations
	head, ok := strings.CutSuffix(long, short)
	if !ok {
		return false
	}
	head = strings.TrimRight(head, " ")
	if label, ok := strings.CutSuffix(head, ":"); ok {
		return len(strings.Fields(label)) <= textTitleKickerWords
	}
	return strings.HasSuffix(head, "/") || strings.HasSuffix(head, "»") || strings.HasSuffix(head, ">") ||
		strings.HasSuffix(head, "›") || strings.HasSuffix(head, "|")
}

// textTitleMayStatePart reports whether long may state short as
// textTitleStatesPart reads it: every reading has short open long
// (strings.CutPrefix) or end it (strings.CutSuffix), so the two share
// their first byte or their last. textTitleShorter asks it of the
// chosen line and every other candidate, nearly all of which differ in
// both bytes; the space's search and the two cuts cost some 100
// instructions a pair (7,644 pairs of the 100 long wcxb-dev flat pages).
func textTitleMayStatePart(long, short string) bool {
	return short != "" && long != "" && (long[0] == short[0] || long[len(long)-1] == short[len(short)-1])
}

// textTitleSiteTail reports whether rest opens with a site's domain in
// parentheses, as a link aggregator writes after each headline
// (" (harbourton.org) 87", the count being points or comments).
func textTitleSiteTail(rest string) bool {
	site, ok := strings.CutPrefix(rest, " (")
	if !ok {
		return false
	}
	site, _, ok = strings.Cut(site, ")")
	return ok && strings.Contains(site, ".") && !strings.ContainsFunc(site, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsUpper(r)
	})
}

// textTitleAbove is how many blocks above the chosen headline
// textTitleLonger looks for a longer statement of it.
const textTitleAbove = 12

// textTitleLonger returns the nearest candidate at most textTitleAbove
// blocks above candidate best that states best's text and goes on
// ("Lighting for indoor plants and starting seeds" above "Lighting for
// indoor plants"), else best: a page's full headline comes first and a
// shortened form of it under it (a section heading, the end of a
// breadcrumb) is nearer the body. A continuation after a separator is a
// site's name ("Headline | Site"), not more headline. On wcxb-dev flat
// articles 3 more exact titles (1 on even page ids, 2 on odd), none
// fewer; of the other page types one fewer. Where none above does, the
// line right under best may (textTitleLongerBelow).
func textTitleLonger(blocks []textBlock, cands []int, best int) int {
	short := textTitleText(&blocks[best])
	at := best
	for _, j := range cands { // in page order: the last match is the nearest
		if j >= best || j < best-textTitleAbove {
			continue
		}
		long := textTitleText(&blocks[j])
		if len(long) <= len(short)+1 || !strings.HasPrefix(long, short) || !textTitleGoesOn(long[len(short):]) {
			continue
		}
		at = j
	}
	if at != best {
		return at
	}
	if below := textTitleLongerBelow(blocks, cands, best, short); below >= 0 {
		return below
	}
	near := textTitleCountedBlocks + 1
	for _, j := range cands {
		if d := max(j-best, best-j); d > 0 && d < near && textTitleCounted(textTitleText(&blocks[j]), short) {
			at, near = j, d
		}
	}
	return at
}

// textTitleLongerBelow returns the candidate right under candidate best
// when it states best's text, in any case, and goes on ("What is a
// ferry pass?" over "What is a Ferry Pass? Definition Explained": a
// heading and under it the headline in full), else -1. A line of one or
// two words is a section's name, which a longer line below merely goes
// on from ("Moorings" over "Moorings Menu Harbour Office"). On wcxb-dev
// flat articles 1 more exact title (odd page ids), none fewer; one wrong
// title to another nearer the gold, and no other page's title changed.
func textTitleLongerBelow(blocks []textBlock, cands []int, best int, short string) int {
	if textTitleShort(&blocks[best]) {
		return -1
	}
	for _, j := range cands {
		if j != best+1 {
			continue
		}
		if long := textTitleText(&blocks[j]); len(long) > len(short)+1 && strings.EqualFold(long[:len(short)], short) && textTitleGoesOn(long[len(short):]) {
			return j
		}
	}
	return -1
}

// textTitleGoesOn reports whether rest, what follows a headline in a
// longer line, continues it: it opens with a space and not with a
// separator before a site's name ("Headline | Site").
func textTitleGoesOn(rest string) bool {
	if rest == "" || rest[0] != ' ' {
		return false
	}
	for _, sep := range [...]string{" | ", " - ", " – ", " — ", " / "} {
		if strings.HasPrefix(rest, sep) {
			return false
		}
	}
	return true
}

// textTitleCountedBlocks is how many blocks above or below the chosen
// headline textTitleLonger looks for it with a count in front.
const textTitleCountedBlocks = 24

// textTitleCounted reports whether long states short with a count or a
// year in front, at most two lower-case words between them, and perhaps
// more headline after it ("12 of the Best Sewing Machines for Beginners"
// for "Best Sewing Machines for Beginners", "2025 Cleaning Industry
// Trends to Know" for "Cleaning Industry Trends"): a listicle's full
// headline, where a heading of the page shortens it. Any other words in
// front make another line that merely names the headline ("0 Comment on
// …", "How We Researched the …", a breadcrumb). On wcxb-dev flat
// articles 3 more exact titles (1 on even page ids, 2 on odd), none
// fewer.
func textTitleCounted(long, short string) bool {
	k := textIndexAfterSpace(long, short)
	if k <= 0 {
		return false
	}
	if rest := long[k+1+len(short):]; rest != "" && !textTitleGoesOn(rest) {
		return false
	}
	lead := strings.Fields(long[:k])
	if len(lead) == 0 || len(lead) > 3 || strings.ContainsFunc(lead[0], func(r rune) bool { return r < '0' || r > '9' }) {
		return false
	}
	for _, w := range lead[1:] {
		if strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLower(r) }) {
			return false
		}
	}
	return true
}

// textIndexAfterSpace is strings.Index(s, " "+sub) without building the
// joined string, which textTitleLonger's pairs of candidates built ten
// times a flattened page (TestTextIndexAfterSpaceMatchesJoined).
func textIndexAfterSpace(s, sub string) int {
	for from := 1; from <= len(s); {
		j := strings.Index(s[from:], sub)
		if j < 0 {
			return -1
		}
		if j += from; s[j-1] == ' ' {
			return j - 1
		}
		from = j + 1
	}
	return -1
}

// textTitleTailWords is the most words a tail cut by textTitleCutTail
// may have: a site's or section's name, a part number or a date ("|
// Bridgestone Tires", "– Artlyst", "- Part 1", "/ Dec 2025"), not a
// second clause of the headline ("– From an ASE-Certified Mechanic").
const textTitleTailWords = 3

// textTitleCutTail returns title without a short tail, opening with a
// capital or a digit, after its one separator (" | ", " – ", " — ", " - ", " / ") when another block of
// the page states that tail: the line is then a <title>-style
// "Headline | Site", whose tail the page names again in its header,
// footer or breadcrumbs, and the headline is the part before it. A
// headline's own second clause is longer and seldom stated again. On
// wcxb-dev flat articles it gives 6 more exact titles (3 on even page
// ids, 3 on odd), none fewer; a trail of several separators is a
// breadcrumb, not a title line, and is left whole.
func textTitleCutTail(title string, blocks []textBlock, at int) string {
	cut, end, n := -1, -1, 0
	for _, sep := range [...]string{" | ", " – ", " — ", " - ", " / "} {
		for k := range occurrences(title, sep) {
			cut, end, n = k, k+len(sep), n+1
		}
	}
	if n != 1 {
		return title
	}
	head, tail := title[:cut], title[end:]
	tw := len(strings.Fields(tail))
	if tw == 0 || !textTitleTailStart(tail) || tw > textTitleTailWords || len(strings.Fields(head)) <= tw {
		return title
	}
	for j := range blocks {
		if j != at && strings.Contains(blocks[j].text, tail) {
			return head
		}
	}
	return title
}

// textTitleTailStart reports whether a tail opens as a name, a part or a
// date does, with a capital or a digit: a lower-case one is the rest of
// a word that a tokenised corpus spaced out ("two - party basis", "shake
// - up" in ECB+).
func textTitleTailStart(tail string) bool {
	r, _ := utf8.DecodeRuneInString(tail)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// textTitleStatedTwice straightens the curly quotes of a title that
// another block of the page states again (a breadcrumb trail ending in
// it, a second copy under a picture or in a share box). The gold's
// quotes follow no property of the page but this one: among the 51
// wcxb-dev pages (every type) whose flat text holds the gold title in
// curly quotes, the gold straightens them on 15 of the 18 that state it
// twice or more and on 16 of the 33 that state it once, a coin flip
// left as the page writes it. On flat articles: even ids +7, odd +4 (5
// gained, 0359 lost).
func textTitleStatedTwice(title string, blocks []textBlock, at int) string {
	if !textHasCurlyQuote(title) { // strings.ContainsAny(title, "‘’“”"), text_title_curly.go
		return title
	}
	for j := range blocks {
		if j != at && strings.Contains(blocks[j].text, title) {
			return textStraightQuotes.Replace(title)
		}
	}
	return title
}

// textStraightQuotes spells curly quotes straight.
var textStraightQuotes = strings.NewReplacer("‘", "'", "’", "'", "“", `"`, "”", `"`)

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// textStemWords is contentWords with each word as its stem
// (textnorm.Stem): a guide's headline names its topic in the plural ("The
// Best Toothbrushes") where its sections name one kind each ("Best
// Manual Toothbrush").
func textStemWords(s string) map[string]bool {
	set := make(map[string]bool)
	for w := range contentWords(s) {
		set[textnorm.Stem(w)] = true
	}
	return set
}
