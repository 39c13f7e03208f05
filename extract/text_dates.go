package extract

import (
	"iter"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// The published date a flattened page states: where it is looked for
// around the headline, which labels say what a date is, and the forms
// a date is written in.

// textMonthNames spells every month name and abbreviation as written in
// title case or upper case ("Sep", "Sept.", "September", "SEPTEMBER"), for
// the date expressions: only real month names, so "Mark 12, 2020" is no
// date.
var textMonthNames = func() string {
	var alts []string
	for _, m := range []string{"Jan(?:uary)?", "Feb(?:ruary)?", "Mar(?:ch)?", "Apr(?:il)?", "May", "June?", "July?", "Aug(?:ust)?", "Sep(?:t(?:ember)?)?", "Oct(?:ober)?", "Nov(?:ember)?", "Dec(?:ember)?"} {
		alts = append(alts, m, strings.ToUpper(m))
	}
	return strings.Join(alts, "|")
}()

var (
	// Dates are often glued to the words around them in flattened text
	// ("OpinionOctober 14, 2019", "April 8, 2019September 30, 2020",
	// "August 9, 20247:15 PM", "2022-03-09T08:20"), so the expressions
	// do not ask for word boundaries; a capitalised month name stands for
	// one, and the year after a month name is its first four digits.
	textISODateRE   = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)\d\d)\s?[-/.•–]\s?(\d\d?)\s?[-/.•–]\s?(\d\d?)(?:[^0-9]|$)`)
	textMonthDateRE = regexp.MustCompile(`(?:^|[^A-Z])(` + textMonthNames + `)\.?\s+(\d\d?)(?:st|nd|rd|th)?[.,]?\s+((?:19|20)\d\d)`)
	// textDayDateRE also reads the dotted "25.Jun.2019".
	textDayDateRE = regexp.MustCompile(`(?:^|[^0-9])(\d\d?)(?:st|nd|rd|th)?(?:\s+of)?[\s.-]+(` + textMonthNames + `|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?,?[\s.-]+((?:19|20)\d\d)`)
	// textYearMonthRE reads the citation form "2023 Jan 7".
	textYearMonthRE = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)\d\d)\s+(` + textMonthNames + `)\.?\s+(\d\d?)(?:[^0-9]|$)`)
	// textSlashDateRE reads 09/25/2025 (US) and 19/12/2025 (day first when
	// the first number cannot be a month).
	textSlashDateRE = regexp.MustCompile(`(?:^|[^0-9])(\d\d?)[-/.](\d\d?)[-/.]((?:19|20)\d\d)(?:[^0-9]|$)`)
)

// The date is searched in bylines (blocks of up to textDateMaxWords
// words) from textDateAbove blocks above the title to textDateBelow blocks
// into the body; dates further down are other stories' or quoted ones
// (seed 002 quotes a tweet of June 15).
const (
	textDateMaxWords = 30
	textDateAbove    = 8
	textDateBelow    = 4
	// textDateBylineWords is the longest block inside the body read for a
	// date: a byline or dateline, not a sentence that mentions a date.
	textDateBylineWords = 12
)

// textNearest yields the indices in [lo, hi) nearest from first: from,
// then at each distance the block below before the one above, the order
// the date searches read bylines around a headline in.
func textNearest(from, lo, hi int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for d := 0; from-d >= lo || from+d < hi; d++ {
			if i := from + d; i >= lo && i < hi && !yield(i) {
				return
			}
			if i := from - d; d > 0 && i >= lo && i < hi && !yield(i) {
				return
			}
		}
	}
}

// textFindDate returns the date stated nearest the title (at from) among
// the blocks around the top of the article (the body starts at first),
// else the nearest in a byline above them, else the first in a byline
// inside the body or below it (a "Published" line in the footer).
//
// Above comes before below: where no date is stated around the title,
// the title is most often a heading inside the article (the model took a
// section's heading for the headline) and the headline with its date is
// further up, while the dates below the body are related stories' and
// comments'. Of the 1,497 wcxb-dev flat pages 7 state a date both above
// and below: with below first 0 of those were right, with above first 3
// (2 articles, one on each half of the page ids, and a documentation
// page; the other 4 have no gold date).
func textFindDate(blocks []textBlock, from, first, last int) (time.Time, int) {
	lo, hi := max(0, from-textDateAbove), min(len(blocks), max(from, first)+textDateBelow)
	var updated time.Time // the nearest date that says it is an update
	updatedAt := -1
	for i := range textNearest(from, lo, hi) {
		if !textOpensPublished(&blocks[i]) && !textLabelAbove(blocks, i, textOpensPublished) {
			continue
		}
		if t, ok := textDateLine(&blocks[i], textDateMaxWords); ok {
			return t, i
		}
	}
	for i := range textNearest(from, lo, hi) {
		t, ok := textDateLine(&blocks[i], textDateMaxWords)
		if ok && !textIsUpdatedAt(blocks, i) {
			return t, i
		}
		if ok && updated.IsZero() {
			updated, updatedAt = t, i
		}
	}
	if t, at := textFindDateAbove(blocks, lo); !t.IsZero() && (updated.IsZero() || t.Before(updated)) {
		// Above the window, a date earlier than the update near the
		// headline is the published date it updates: the page states the
		// headline twice, its first copy with the published date and the
		// second with "Last update:".
		return t, at
	}
	if !updated.IsZero() {
		return updated, updatedAt
	}
	return textFindDateBelow(blocks, hi, last)
}

// textFindDateAbove returns the date stated in a byline nearest above
// block lo and its block, or the zero time and -1.
func textFindDateAbove(blocks []textBlock, lo int) (time.Time, int) {
	for i := lo - 1; i >= 0; i-- {
		maxWords := textDateBylineWords
		if textOpensByline(&blocks[i]) {
			maxWords = textDateMaxWords
		}
		if blocks[i].words > maxWords {
			continue
		}
		if t, ok := textDateLine(&blocks[i], maxWords); ok {
			return t, i
		}
	}
	return time.Time{}, -1
}

// textUpdatedNear is how many blocks below an "Updated" line a published
// one is looked for: footers list a page's dates together ("Updated
// November 23, 2013", "Updated September 26, 2011", "Posted July 10,
// 2004").
const textUpdatedNear = 4

// textFindDateBelow returns the first date stated in a byline from block
// hi down (a "Published" line in the footer), the nearest published one
// below an update that comes first.
func textFindDateBelow(blocks []textBlock, hi, last int) (time.Time, int) {
	var updated time.Time
	updatedAt := -1
	stop := len(blocks)
	for i := hi; i < stop; i++ {
		maxWords := textDateMaxWords
		if i < last && !textOpensByline(&blocks[i]) {
			maxWords = textDateBylineWords
		}
		if blocks[i].words > maxWords {
			continue
		}
		t, ok := textDateLineBelow(&blocks[i], i < last, maxWords)
		switch {
		case !ok:
		case !textIsUpdatedAt(blocks, i):
			return t, i
		case updated.IsZero():
			updated, updatedAt, stop = t, i, min(stop, i+1+textUpdatedNear)
		}
	}
	return updated, updatedAt
}

// textDateLineBelow is textDateLine for a block below the headline's
// window, inBody when it is in the body. There a sentence is read only
// for a date closing it after a dash (seed 002's "Latest update on the
// situation in Ukraine - June 15 2025."), not for one it opens with ("As
// of July 31, 2025, the FDA has received:"): a dateline opens the
// article's first sentence, up in the window, so one further down reports
// an event. On wcxb-dev this moved one article, 0064, to its footer's
// "Content current as of: 09/25/2025", and no other page.
func textDateLineBelow(b *textBlock, inBody bool, maxWords int) (time.Time, bool) {
	if textTooFewDateDigits(b) {
		return time.Time{}, false
	}
	if inBody && textIsDateSentence(b) {
		return textParseDate(textDashTail(b.text))
	}
	return textDateLine(b, maxWords)
}

// textOpensByline reports a block that opens as a byline ("By Ann Roe,
// Senior Editor – Updated Mar 5, 2026 at 4:28 PM EST | Fact-checked by
// Jo Bell"), which may run longer than a dateline and still state the
// page's date. A bare "By" opening a block ended as a sentence is prose
// ("By March 5, 2026, the council will ..."); "Posted by ... dept." is
// not.
//
// The three openings are told apart by the block's first byte: each is
// ASCII, and no rune beyond ASCII folds to b, w or p, so only a block
// opening with one of them in either case can open with its prefix
// (textHasLowerPrefix). All three were compared on every block the date
// readings asked, most of them opening otherwise (3,764 blocks under
// textFindDateBelow on 100 wcxb-dev flat pages;
// docs/quality/text-extraction-2.md, "Text speed, the page's dates",
// forty-third session). TestTextOpensBylineMatchesPlain holds it to the
// three comparisons.
func textOpensByline(b *textBlock) bool {
	s := b.text
	if s == "" {
		return false
	}
	switch s[0] | 0x20 {
	case 'b':
		return textHasLowerPrefix(s, "by ") && !b.sentEnd
	case 'w':
		return textHasLowerPrefix(s, "written by ")
	case 'p':
		return textHasLowerPrefix(s, "posted ")
	}
	return false
}

// textOpensPublished reports whether a block opens by saying its date
// is the published one ("Published on 25.Jun.2019 in Vol 7", "Posted on
// …", "Originally published …"). Around the headline such a line is
// taken over a nearer date that does not say what it is (a journal's
// "… first published 04.Apr.2019." of its preprint, in the next block).
// Only the prefixes are compared, on the dozen blocks around the
// headline; on the 1,497 wcxb-dev flat pages read with and without the
// URL it moved one article's date, to its gold (without the URL).
func textOpensPublished(b *textBlock) bool {
	low := textTrimDateLabelMarks(b.low)
	low = strings.TrimPrefix(low, "originally ")
	low = strings.TrimPrefix(low, "date ")
	return strings.HasPrefix(low, "published") || strings.HasPrefix(low, "posted on")
}

// textIsUpdated reports whether a block opens by saying its date is
// an update ("Last updated: Nov 21, 2024", "Last update: …"), which the
// published date near it is not.
func textIsUpdated(b *textBlock) bool {
	low := textTrimDateLabelMarks(b.low)
	low = strings.TrimPrefix(low, "last ")
	return strings.HasPrefix(low, "update") || strings.HasPrefix(low, "modified") || strings.HasPrefix(low, "reviewed")
}

// textIsUpdatedAt is textIsUpdated for block i, or for the label alone
// on the line above it: flattening puts a label set beside its date in
// its own element on a line of its own ("Last update:" / "July 16,
// 2025").
func textIsUpdatedAt(blocks []textBlock, i int) bool {
	return textIsUpdated(&blocks[i]) || textLabelAbove(blocks, i, textIsUpdated)
}

// textLabelAboveWords is the most words a date's label on the line
// above it has ("Date last updated on:").
const textLabelAboveWords = 4

// textLabelAbove reports whether the block above block i is a label
// alone, with no digit in it, that says what block i's date is. The
// label's test, says (a few prefixes of the lowered start), is asked
// before the search for a digit, which reads the whole block and turns
// away few of the short blocks says does; both are pure, so the order
// moves no answer (TestTextLabelAboveMatchesPlain).
func textLabelAbove(blocks []textBlock, i int, says func(*textBlock) bool) bool {
	if i == 0 {
		return false
	}
	b := &blocks[i-1]
	return b.words <= textLabelAboveWords && says(b) && !strings.ContainsAny(b.text, "0123456789")
}

// textTrimDateLabelMarks is low without the marks a date's label may
// open with, as strings.TrimLeft(low, " :*|•") gives it. With "•" in its
// cut set, TrimLeft decodes low rune by rune, some 160 instructions a
// block that opens with none of them (2,614 blocks around 100 wcxb-dev
// flat pages' headlines); here a byte is compared with the four ASCII
// marks and the bullet's first byte. TestTextTrimDateLabelMarksMatchesTrimLeft
// holds it to TrimLeft.
func textTrimDateLabelMarks(low string) string {
	for low != "" {
		switch {
		case low[0] == ' ' || low[0] == ':' || low[0] == '*' || low[0] == '|':
			low = low[1:]
		case strings.HasPrefix(low, "•"):
			low = low[len("•"):]
		default:
			return low
		}
	}
	return low
}

// textDateLead is how far into a longer block a dateline may start:
// "Posted on October 16, 2023 in Faculty of Marine Studies, ...".
const textDateLead = 48

// textDateSentenceLead is how far into a sentence its dateline may
// start ("WASHINGTON, Dec. 9, 2008 (AP) - The ...").
const textDateSentenceLead = 30

// textDateLine returns the date a block of up to maxWords words states,
// or the date a longer block opens with. A sentence is read for a
// dateline only at its start or after a dash that closes it ("Latest
// update on the situation in Ukraine - June 15 2025."): a date inside it
// is what the report says happened then ("Page was born on April 22,
// 1923, in Nashville"; "The film is scheduled to open November 20,
// 2009"), not when it was published.
func textDateLine(b *textBlock, maxWords int) (time.Time, bool) {
	if textTooFewDateDigits(b) {
		return time.Time{}, false
	}
	return textDateLineRead(b, maxWords)
}

// textTooFewDateDigits reports a block with fewer digits than any date
// textDateLine reads (textDateDigits), as far as its reader counted them
// (textDigitsAtMost).
func textTooFewDateDigits(b *textBlock) bool {
	return textDigitsAtMost(b) < textDateDigits
}

// textDigitsAtMost bounds the digit runes of block b's text, for the
// tests that seek a form made of digits (a date, a ZIP code, a year) only
// where there are enough: its reader's count (textBlock.digits) when the
// reader counted a word (every digit rune is a word rune), its length
// when not. The HTML byline's blocks outside its window are made unread
// (html_byline.go), and a block with no word is short.
func textDigitsAtMost(b *textBlock) int {
	if b.words == 0 {
		return len(b.text)
	}
	return b.digits
}

// textDateDigits is the fewest digits a date textDateLine reads holds:
// every form textParseDate reads has a year's four and a day's one or
// two (the expressions' \d is ASCII), the ISO and numeric forms a
// month's too, and a dotted short date has six. A block's reader counted
// its digit runes (textBlock.digits), and a block with fewer is turned
// away before its text is read: the date searches read some 12 thousand
// blocks of 100 wcxb-dev flat pages, menus and short lines most of them,
// at some 440 instructions each.
const textDateDigits = 5

// textDateLineRead is textDateLine past the digits' count: the forms
// read from the block's text.
func textDateLineRead(b *textBlock, maxWords int) (time.Time, bool) {
	switch {
	case textIsDateSentence(b):
		if t, ok := textParseDate(textLead(b.text, textDateSentenceLead)); ok {
			return t, true
		}
		return textParseDate(textDashTail(b.text))
	case b.words <= maxWords:
		if t, ok := textParseDate(b.text); ok {
			return t, ok
		}
		if t, ok := textSpanishDayDate(b.text); ok {
			return t, ok // text_date_spanish.go
		}
		return textDottedShortDate(b.text)
	}
	return textParseDate(textLead(b.text, textDateLead))
}

// textDottedShortDate reads a line that is only a date written
// "14.11.24": day, month and a two-digit year, each of two digits and
// separated by dots, the European short form (day first, as dotted
// dates are written). It stands alone on its line under a post's
// headline or above it; a version number has a part of one digit or
// more than two ("2.0.48") or no month in its middle, and is refused.
// textParseDate needs a four-digit year, so the form went unread.
func textDottedShortDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) != 8 || s[2] != '.' || s[5] != '.' {
		return time.Time{}, false
	}
	for _, i := range [...]int{0, 1, 3, 4, 6, 7} {
		if !isDigitByte(s[i]) {
			return time.Time{}, false
		}
	}
	t, err := time.Parse("02.01.06", s)
	return t, err == nil
}

// textIsDateSentence reports a block that reads as a sentence of prose,
// ended like one, six words or more, two of them stopwords, and is no
// byline that words its date as a sentence ("Posted by Ann Roe on
// Tuesday, 16 December 2008.", "... posted in Accidents on Friday,
// September 20, 2013.").
func textIsDateSentence(b *textBlock) bool {
	return b.sentEnd && b.words >= 6 && b.stop >= 2 && !textDatelineVerbs.any(b.low)
}

// textDatelineVerbs say that a sentence dates its page. "reviewed by"
// is the medical and legal sites' line under the headline ("Reviewed by
// Ann Roe, Trial Attorney, on December 9, 2024."); read as an update's
// date (textIsUpdated), it counts only where no published date is near.
var textDatelineVerbs = newPhrases([]string{"posted", "published", "updated", "reviewed by"})

// textDashTail returns what follows the last spaced dash of s when it is
// short enough to be a date alone, else "".
func textDashTail(s string) string {
	// Only a dash starting in the last textDateSentenceLead bytes can
	// count, so only they are searched, not the whole block three times
	// (TestTextDashTailMatchesWhole).
	// The last of the three dashes is the first found reading back from
	// the end, space by space: three strings.LastIndex, each a rolling
	// hash over the bytes, took 500 instructions a line.
	t := s[max(0, len(s)-textDateSentenceLead):]
	for i := len(t); ; {
		if i = strings.LastIndexByte(t[:i], ' '); i < 0 {
			return ""
		}
		if rest := t[i:]; strings.HasPrefix(rest, " - ") || strings.HasPrefix(rest, " – ") || strings.HasPrefix(rest, " — ") {
			return rest
		}
	}
}

// textLead is s cut to its first n bytes, on a rune boundary.
func textLead(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "")
}

// textURLMonthRE reads a URL path that states a year and a month but no
// day: /2015/07/slug.
var textURLMonthRE = regexp.MustCompile(`/((?:19|20)\d\d)/(\d\d)/`)

// textInURLMonth returns t, or when the URL's path states a month t is
// not in, the date stated nearest the headline (at from) in that month.
// The site's software writes the month at first publication, so a date
// outside it is an update's ("Last Updated: March 11, 2019" on a
// /2015/07/ page) or another story's; the nearest in it, even a first
// comment's, is the nearest to the published day. Of the 11 wcxb-dev
// articles with such a URL, 10 had a date in its month (all right) and
// one an update's.
func textInURLMonth(url string, t time.Time, blocks []textBlock, from int) time.Time {
	m := textURLMonthRE.FindStringSubmatch(url)
	if m == nil {
		return t
	}
	month, err := time.Parse("2006-01", m[1]+"-"+m[2])
	if err != nil || !t.IsZero() && t.Year() == month.Year() && t.Month() == month.Month() {
		return t
	}
	for i := range textNearest(from, 0, len(blocks)) {
		if blocks[i].words > textDateMaxWords {
			continue
		}
		if u, ok := textParseDate(blocks[i].text); ok && u.Year() == month.Year() && u.Month() == month.Month() {
			return u
		}
	}
	return t
}

// textDateIn reports whether s states a date.
func textDateIn(s string) bool {
	_, ok := textParseDate(s)
	return ok
}

// textParseDate reads the first date s states in one of the common forms.
func textParseDate(s string) (time.Time, bool) {
	year, iso, slash := textYearForms(s)
	if !year {
		return time.Time{}, false
	}
	if iso {
		if m := textISODateIndex(s); m != nil {
			if t, err := time.Parse("2006-1-2", s[m[2]:m[3]]+"-"+s[m[4]:m[5]]+"-"+s[m[6]:m[7]]); err == nil {
				return textStampGluedEarlier(s, m[7], t), true
			}
		}
	}
	if t, ok := textParseMonthDate(s); ok {
		return t, true
	}
	if slash {
		if month, day, year, ok := textSlashDateRead(s); ok {
			if len(month) == 2 && month > "12" {
				month, day = day, month
			}
			if t, err := time.Parse("1 2 2006", month+" "+day+" "+year); err == nil {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// textYearForms is a cheap test before the date expressions, in one pass
// over s: year reports a year 19xx or 20xx (textHasYear), iso one followed,
// after at most one white-space byte, by a separator textISODateRE takes
// after its year (- / . or the first byte of • and –), and slash one
// after a digit and one of - / ., as textSlashDateRE has it. Each
// expression runs only where its form is: on wcxb-dev flat pages the two
// took some 30 thousand instructions a line stating a year, on lines (a
// dated headline's, a long paragraph's) that mostly hold neither form
// (TestTextYearFormsCoverDateREs).
func textYearForms(s string) (year, iso, slash bool) {
	for i := textYearFrom(s, 0); i >= 0; i = textYearFrom(s, i+1) {
		year = true
		iso = iso || textISOFormAt(s, i)
		if i >= 2 && (s[i-1] == '-' || s[i-1] == '/' || s[i-1] == '.') && isDigitByte(s[i-2]) {
			slash = true
		}
		if iso && slash {
			break
		}
	}
	return year, iso, slash
}

// textISOFormAt reports whether the year at s[i:i+4] is followed, after
// at most one white-space byte, by a separator textISODateRE takes after
// its year (textYearForms).
func textISOFormAt(s string, i int) bool {
	j := i + 4
	if j < len(s) && isASCIISpace(s[j]) { // \s?
		j++
	}
	if j < len(s) {
		switch s[j] {
		case '-', '/', '.', 0xe2: // • is e2 80 a2, – is e2 80 93
			return true
		}
	}
	return false
}

// textISODateIndex is textISODateRE.FindStringSubmatchIndex(s). Every
// match's year has the ISO form (textISOFormAt) and opens the match or
// follows its first rune, so no match starts before the byte before the
// first such year; when that byte is ASCII, a rune of its own, the
// expression reads s from there (the year's first digits, 1 or 2, are no
// year's second, so "^" at that byte adds no match). The lines with an
// ISO date are mostly long paragraphs with the date far into them: the
// expression read from their start took 45 thousand instructions a line,
// 3 M of 100 wcxb-dev flat pages' 564 M (TestTextISODateIndexMatchesRE).
//
// A year is taken only where the rest of a match can follow it
// (textISOShapeAt): most lines with a year in the ISO form hold no date
// ("2019 - present", "2020/21"), and the expression, failing, tried
// each of its paths from each of the line's bytes, some 20 thousand
// instructions a line (TestTextISODateIndexMatchesRE).
func textISODateIndex(s string) []int {
	at := textYearFrom(s, 0)
	for at >= 0 && !textISOShapeAt(s, at) {
		at = textYearFrom(s, at+1)
	}
	if at < 0 {
		return nil
	}
	return textSubmatchFrom(textISODateRE, s, at)
}

// textISOShapeAt reports whether textISODateRE's match can go on from
// the year at s[i:i+4] (textISOFormAt and more): each of the
// expression's paths after its year is tried, two numbers of one or two
// digits, each after a separator with a white-space byte or none on
// either side, then a byte that is no digit, or the line's end. The
// rune before the year is not read.
func textISOShapeAt(s string, i int) bool { return textISORestAt(s, i+4, 2) }

// textISORestAt reports whether n more of textISODateRE's separated
// numbers (\s?[-/.•–]\s?(\d\d?)), and then no digit, stand at s[j:].
// Each \s? is tried with its white-space byte (sp 1) and without.
func textISORestAt(s string, j, n int) bool {
	if n == 0 {
		return j == len(s) || !isDigitByte(s[j])
	}
	for sp := range 2 {
		if sp == 0 && !textSpaceAt(s, j) {
			continue
		}
		k := j + 1 - sp
		w := textISOSepWidth(s, k)
		if w == 0 {
			continue
		}
		for sp := range 2 {
			if sp == 0 && !textSpaceAt(s, k+w) {
				continue
			}
			m := k + w + 1 - sp
			if m >= len(s) || !isDigitByte(s[m]) {
				continue
			}
			if m+1 < len(s) && isDigitByte(s[m+1]) && textISORestAt(s, m+2, n-1) || textISORestAt(s, m+1, n-1) {
				return true
			}
		}
	}
	return false
}

// textSpaceAt reports a white-space byte (isASCIISpace, regexp's \s)
// at s[j], which may be past s's end.
func textSpaceAt(s string, j int) bool { return j < len(s) && isASCIISpace(s[j]) }

// textISOSepWidth is the width of textISODateRE's separator at s[k:]
// ("-", "/", ".", "•", "–"), or 0.
func textISOSepWidth(s string, k int) int {
	switch {
	case k >= len(s):
		return 0
	case s[k] == '-' || s[k] == '/' || s[k] == '.':
		return 1
	case strings.HasPrefix(s[k:], "•") || strings.HasPrefix(s[k:], "–"):
		return 3
	}
	return 0
}

// textParseMonthDayYear parses a date from its month's name (any
// spelling textMonth reads), its day's digits and its year's, as
// textDayDateRE's and textYearMonthRE's groups give them: a day the month
// has not (February 30) is no date.
func textParseMonthDayYear(month, day, year string) (time.Time, bool) {
	t, err := time.Parse("Jan 2 2006", textMonth(month)+" "+day+" "+year)
	return t, err == nil
}

// textParseMonthDate reads a date written with a month name.
func textParseMonthDate(s string) (time.Time, bool) {
	if !textHasMonth(s) {
		return time.Time{}, false
	}
	// The expressions but textDayDateRE take a month's name only in
	// title or upper case (textHasCasedMonth), which most lines that
	// textHasMonth passes have not ("summary", "doctor", "may").
	first := textCasedMonthAt(s)
	cased := first >= 0
	if cased {
		if loc := textMonthDateIndex(s, first); loc != nil {
			if t, ok := textMonthDateAt(s, loc); ok {
				return textGluedEarlier(s, loc[1], t), true
			}
		}
	}
	if first := textDayMonthFirst(s); first >= 0 {
		if m := textSubmatchFrom(textDayDateRE, s, first); m != nil {
			if t, ok := textParseMonthDayYear(s[m[4]:m[5]], s[m[2]:m[3]], s[m[6]:m[7]]); ok {
				return t, true
			}
		}
	}
	if !cased {
		return time.Time{}, false
	}
	if first := textYearMonthFirst(s); first >= 0 {
		if m := textSubmatchFrom(textYearMonthRE, s, first); m != nil {
			if t, ok := textParseMonthDayYear(s[m[4]:m[5]], s[m[6]:m[7]], s[m[2]:m[3]]); ok {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// textGluedEarlier returns the earlier of t and a second month-name date
// glued to its year at end ("May 21, 2025April 24, 2025"): a page's
// published and updated dates printed side by side, flattened with no
// space between, in either order, and the published one is never the
// later.
func textGluedEarlier(s string, end int, t time.Time) time.Time {
	return textEarlierOpening(s[end-1:], t) // the year's last digit is the expression's leading byte
}

// textEarlierOpening returns the earlier of t and the month-name date
// rest opens with after its first byte, the one textMonthDateRE's
// leading (?:^|[^A-Z]) takes.
func textEarlierOpening(rest string, t time.Time) time.Time {
	// A match whose month opens at byte 1 starts at 0: a month's name in
	// title or upper case must open there (textCasedMonthAt).
	if len(rest) < 4 || textCasedMonthAt(rest[1:4]) != 0 {
		return t
	}
	loc := textMonthDateRE.FindStringSubmatchIndex(rest)
	if loc == nil || loc[2] != 1 {
		return t
	}
	if u, ok := textMonthDateAt(rest, loc); ok && u.Before(t) {
		return u
	}
	return t
}

// textStampTimeRE is the clock and zone of a machine time stamp, up to
// where a date glued to it starts: "T13:00:39+00:00".
var textStampTimeRE = regexp.MustCompile(`^T\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?`)

// textStampGluedEarlier returns the earlier of t, read from an ISO time
// stamp ending at end in s, and a month-name date glued to the stamp
// ("2024-04-18T13:00:39+00:00March 22nd, 2024"): themes print the
// modified time for machines, hidden, beside the published date shown,
// as textGluedEarlier's pairs are printed.
func textStampGluedEarlier(s string, end int, t time.Time) time.Time {
	if end == len(s) || s[end] != 'T' {
		return t
	}
	clock := textStampTimeRE.FindStringIndex(s[end:])
	if clock == nil || !textHasMonth(s[end+clock[1]:]) {
		return t
	}
	return textEarlierOpening(" "+s[end+clock[1]:], t) // a space leads: a zone may end in "Z"
}

// textSubmatchFrom is re.FindStringSubmatchIndex(s) for a re none of
// whose matches starts before the byte before first: it reads s from that
// byte when it is ASCII, a rune of its own (a byte of a longer sequence
// leaves it to read the whole, as re's classes take a rune), and gives
// the indices in s.
func textSubmatchFrom(re *regexp.Regexp, s string, first int) []int {
	from := 0
	if first > 0 && s[first-1] < utf8.RuneSelf {
		from = first - 1
	}
	loc := re.FindStringSubmatchIndex(s[from:])
	for j := range loc {
		if loc[j] >= 0 {
			loc[j] += from
		}
	}
	return loc
}

// textHasCasedMonth reports whether s has a month's name in title or
// upper case (textCasedMonthAt).
func textHasCasedMonth(s string) bool { return textCasedMonthAt(s) >= 0 }

// textCasedMonthAt is a cheap test before textMonthDateRE and
// textYearMonthRE, true of every string they match: where s first has
// the first three letters of a month's name in title or upper case
// ("Jan", "JAN"), as each of textMonthNames opens, or -1. It reads s
// once, looking further only at the capitals that open a month's name;
// the expressions, unanchored, took some 30 thousand instructions a line
// that textHasMonth let through ("summary", "doctor", "may"), most of
// them long paragraphs with a year and no date
// (TestTextHasCasedMonthCoversREs).
func textCasedMonthAt(s string) int {
	for i := 0; i+3 <= len(s); i++ {
		if !textMonthCapital[s[i]] {
			continue
		}
		a, b := s[i+1], s[i+2]
		if a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z' {
			a, b = a|0x20, b|0x20 // upper case: "JAN"
		} else if a < 'a' || a > 'z' || b < 'a' || b > 'z' {
			continue
		}
		switch uint32(s[i]|0x20)<<16 | uint32(a)<<8 | uint32(b) {
		case 'j'<<16 | 'a'<<8 | 'n', 'f'<<16 | 'e'<<8 | 'b', 'm'<<16 | 'a'<<8 | 'r', 'a'<<16 | 'p'<<8 | 'r', 'm'<<16 | 'a'<<8 | 'y', 'j'<<16 | 'u'<<8 | 'n', 'j'<<16 | 'u'<<8 | 'l', 'a'<<16 | 'u'<<8 | 'g', 's'<<16 | 'e'<<8 | 'p', 'o'<<16 | 'c'<<8 | 't', 'n'<<16 | 'o'<<8 | 'v', 'd'<<16 | 'e'<<8 | 'c':
			return i
		}
	}
	return -1
}

// textMonthCapital marks the capitals that open a month's name.
var textMonthCapital = func() (t [256]bool) {
	for _, c := range "JFMASOND" {
		t[c] = true
	}
	return t
}()

// textHasMonth is a cheap test before the month-name expressions: s has
// three letters that start a month name, in any case.
func textHasMonth(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		switch uint32(s[i]|0x20)<<16 | uint32(s[i+1]|0x20)<<8 | uint32(s[i+2]|0x20) {
		case 'j'<<16 | 'a'<<8 | 'n', 'f'<<16 | 'e'<<8 | 'b', 'm'<<16 | 'a'<<8 | 'r', 'a'<<16 | 'p'<<8 | 'r', 'm'<<16 | 'a'<<8 | 'y', 'j'<<16 | 'u'<<8 | 'n', 'j'<<16 | 'u'<<8 | 'l', 'a'<<16 | 'u'<<8 | 'g', 's'<<16 | 'e'<<8 | 'p', 'o'<<16 | 'c'<<8 | 't', 'n'<<16 | 'o'<<8 | 'v', 'd'<<16 | 'e'<<8 | 'c':
			return true
		}
	}
	return false
}

// textHasYear is a cheap test before the date expressions: every form
// they read has a year 19xx or 20xx.
func textHasYear(s string) bool {
	return textYearFrom(s, 0) >= 0
}

// textYearFrom returns the first j >= i with a year at s[j:j+4]
// (textYearAt), or -1. A year's four bytes are digits, so a byte at i+3
// that is none rules out years at i to i+3 with one look: in lines of
// words most bytes are passed four at a time, not one.
func textYearFrom(s string, i int) int {
	for i+4 <= len(s) {
		if !isDigitByte(s[i+3]) {
			i += 4
			continue
		}
		if textYearAt(s, i) {
			return i
		}
		i++
	}
	return -1
}

// textYearAt reports a year 19xx or 20xx at s[i:i+4], which must be in s.
func textYearAt(s string, i int) bool {
	return (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigitByte(s[i+2]) && isDigitByte(s[i+3])
}

// textMonth turns a month abbreviation of any case into Go's "Jan" form.
func textMonth(s string) string {
	s = strings.ToLower(s[:3])
	return strings.ToUpper(s[:1]) + s[1:]
}
