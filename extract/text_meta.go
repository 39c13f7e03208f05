package extract

import (
	"iter"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/zeebo/xxh3"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/textnorm"
)

// textHeader is what a leading "date 2025-06-16 ..." line states; some
// scrapers put the crawl's date in front of the page (seeds 003, 004).
type textHeader struct {
	published time.Time
	// rest is true when the header line went on with page text, kept as
	// block 0.
	rest bool
}

var textHeaderRE = regexp.MustCompile(`^(?i:date)[:\s]+(\d{4}-\d{2}-\d{2})\b\s*`)

// textReadHeader strips a leading date header from the first block and
// returns what it stated.
func textReadHeader(blocks []textBlock) textHeader {
	var h textHeader
	if len(blocks) == 0 {
		return h
	}
	m := textHeaderRE.FindStringSubmatchIndex(blocks[0].text)
	if m == nil {
		return h
	}
	t, err := time.Parse("2006-01-02", blocks[0].text[m[2]:m[3]])
	if err != nil {
		return h
	}
	h.published = t
	rest := blocks[0].text[m[1]:]
	if rest == "" {
		blocks[0].cue = textCueDrop
		return h
	}
	dup := blocks[0].dup
	blocks[0] = textNewBlock(rest)
	blocks[0].dup = dup
	h.rest = true
	return h
}

// textMeta is the metadata the text states.
type textMeta struct {
	title     string
	titleAt   int // block index of the title, -1 when none
	published time.Time
	publisher string
	author    string
}

// textTitleWindow is how many blocks above the body are searched for the
// headline; textTitleBelow how many into it. wcxb-dev headlines sit within
// 60 blocks above the body's start on nearly all pages, but a span that
// starts in a menu of described links puts the headline far below its
// start. Widening 60/40 to 100/80 took wcxb-dev flat article titles from
// 561 to 567 of 791 with the shipped weights, and from 555 to 562 with
// weights refitted on one half and scored on the other
// (TestTextTitleTrain); 150 above or 200 below gained nothing more. It
// costs about 5% of text extraction time.
const (
	textTitleWindow = 100
	textTitleBelow  = 80
)

// textFindMeta finds the title, date and publisher around the body
// [first, last); clean reports a clean body. The title model's vectors
// are in s's room, or new when s is nil.
func textFindMeta(p news.Page, blocks []textBlock, first, last int, h textHeader, clean bool, s *textScratch) textMeta {
	m := textMeta{titleAt: -1, published: h.published}
	anchor := first // where the date is looked for: the headline, or the best guess at it
	if h.rest && textIsHeadline(&blocks[0]) {
		m.title, m.titleAt, anchor = textTitleText(&blocks[0]), 0, 0
	} else {
		var best int
		m.titleAt, best = textFindTitle(p, blocks, first, last, clean, s)
		if m.titleAt >= 0 {
			m.title = textTitleCutTail(textTitleUndated(textTitleText(&blocks[m.titleAt])), blocks, m.titleAt)
			m.title = textTitleStatedTwice(m.title, blocks, m.titleAt)
		}
		if best >= 0 {
			anchor = best
		}
	}
	m.title = narrowFullwidth(m.title) // as the HTML path's cleanText does
	if m.published.IsZero() {
		m.published, _ = urlDate(p.URL)
	}
	if m.published.IsZero() {
		var at int
		m.published, at = textFindDate(blocks, anchor, first, last)
		m.published = textSlashOrder(blocks, at, m.published)
	}
	if h.published.IsZero() {
		m.published = textInURLMonth(p.URL, m.published, blocks, anchor)
	}
	if m.published.IsZero() {
		m.published = textFindRelativeDate(blocks, anchor, first, p.Fetched)
	}
	m.publisher = textFindPublisher(blocks)
	m.author = textFindAuthor(blocks, min(max(m.titleAt, 0), first), first)
	if m.author == "" && m.titleAt > first+textAuthorWindow/2 {
		// The headline sits inside the body's span, under a standfirst or
		// a menu the span starts in: its byline is under it, not at first.
		m.author = textFindAuthor(blocks, m.titleAt, m.titleAt)
	}
	if m.author == "" {
		m.author = textAuthorBox(blocks, first, last)
	}
	if m.author == "" && m.titleAt >= 0 {
		m.author = textNameUnderHeadline(blocks, m.titleAt)
	}
	return m
}

// textAuthorBox is the name under a byline label in the body or just
// below it ("Written by" / "Jane Roe" in an author box at the
// article's end), or "".
func textAuthorBox(blocks []textBlock, first, last int) string {
	for i := first; i < min(len(blocks)-1, last+textAuthorWindow); i++ {
		if blocks[i].words > 3 {
			continue
		}
		if name := textLabelledByline(blocks, i); nameLike(name) {
			return name
		}
	}
	return ""
}

// textIsHeadline reports whether a block reads like a headline: a few
// words, no cue, not a sentence ending in a full stop.
func textIsHeadline(b *textBlock) bool {
	if b.cue != textCueNone || b.words < 3 || b.words > 30 {
		return false
	}
	// Corpora tokenised word by word space their quotes out ("... when
	// they were young. ''"): the full stop is inside them all the same.
	// A line that ends on an opening quote ("has the final say ``") was
	// cut inside a sentence.
	if strings.HasSuffix(b.text, "``") {
		return false
	}
	end := strings.TrimRightFunc(b.text, func(r rune) bool { return textIsCloseQuote(r) || r == ' ' })
	return !strings.HasSuffix(end, ".") && !strings.HasSuffix(end, ":")
}

// textIsByline reports whether s reads as a byline or a breadcrumb rather
// than a headline: "By …", "By: …" (a GVC dev report's title was "by: Dave
// Faherty Updated: …"), "Written by …", "Posted …", or a line holding a
// breadcrumb's ">", "»" or "›".
//
// Only the prefix whose first letter s opens with is compared (no other
// rune folds to b, w or p), and the three marks are found in one pass
// over the bytes: the title candidates ask it of the lines around each
// of them, and the three case-blind comparisons and three searches took
// some 650 instructions a line (TestTextIsBylineMatchesPlain).
func textIsByline(s string) bool {
	if s != "" {
		switch s[0] | 0x20 {
		case 'b':
			if textHasLowerPrefix(s, "by ") || textHasLowerPrefix(s, "by:") {
				return true
			}
		case 'w':
			if textHasLowerPrefix(s, "written by") {
				return true
			}
		case 'p':
			if textHasLowerPrefix(s, "posted ") {
				return true
			}
		}
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '>':
			return true
		case 0xbb: // » is c2 bb
			if i >= 1 && s[i-1] == 0xc2 {
				return true
			}
		case 0xba: // › is e2 80 ba
			if i >= 2 && s[i-2] == 0xe2 && s[i-1] == 0x80 {
				return true
			}
		}
	}
	return false
}

// textBodyWords returns the content words of the body's opening, read
// with sc; the caller puts the set back (putHashSet).
func textBodyWords(blocks []textBlock, first, last int, sc *textnorm.WordScanner) *hashSet {
	words := getHashSet(textTitleBodyWords)
	n := 0
	for i := first; i < last && n < textTitleBodyWords; i++ {
		if blocks[i].words < textProseBlockWords {
			continue
		}
		for sc.Reset(blocks[i].text); sc.Next(); {
			n++
			if w := sc.Word(); !textnorm.IsStopwordBytes(w) {
				words.add(xxh3.Hash(w))
			}
		}
	}
	return words
}

// textBodyOverlap is the share of a block's content words found in the
// body's opening, read with sc.
func textBodyOverlap(s string, body *hashSet, sc *textnorm.WordScanner) float64 {
	hit, n := 0, 0
	for sc.Reset(s); sc.Next(); {
		if w := sc.Word(); !textnorm.IsStopwordBytes(w) {
			n++
			if body.has(xxh3.Hash(w)) {
				hit++
			}
		}
	}
	return float64(hit) / float64(n+1)
}

// textSlugWords returns the words of the last path segment of url.
func textSlugWords(url string) map[string]bool {
	url = strings.TrimRight(url, "/")
	i := strings.LastIndexByte(url, '/')
	if i < 0 || strings.Count(url, "/") < 3 {
		return nil
	}
	words := make(map[string]bool)
	for _, w := range textnorm.Words(url[i+1:]) {
		words[w] = true
	}
	return words
}

// textSlugRecall is the share of the URL slug's words found in a block.
func textSlugRecall(s string, slug map[string]bool) float64 {
	if len(slug) == 0 {
		return 0
	}
	hit := 0
	seen := make(map[string]bool)
	for _, w := range textnorm.Words(s) {
		if slug[w] && !seen[w] {
			seen[w] = true
			hit++
		}
	}
	return float64(hit) / float64(len(slug))
}

// textSlugOverlap is the share of a block's words found in the URL slug.
func textSlugOverlap(s string, slug map[string]bool) float64 {
	if len(slug) == 0 {
		return 0
	}
	words := textnorm.Words(s)
	hit := 0
	for _, w := range words {
		if slug[w] {
			hit++
		}
	}
	return float64(hit) / float64(len(words)+1)
}

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
func textOpensByline(b *textBlock) bool {
	s := b.text
	return textHasLowerPrefix(s, "by ") && !b.sentEnd || textHasLowerPrefix(s, "written by ") || textHasLowerPrefix(s, "posted ")
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
	low := strings.TrimLeft(b.low, " :*|•")
	low = strings.TrimPrefix(low, "originally ")
	low = strings.TrimPrefix(low, "date ")
	return strings.HasPrefix(low, "published") || strings.HasPrefix(low, "posted on")
}

// textIsUpdated reports whether a block opens by saying its date is
// an update ("Last updated: Nov 21, 2024", "Last update: …"), which the
// published date near it is not.
func textIsUpdated(b *textBlock) bool {
	low := strings.TrimLeft(b.low, " :*|•")
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
// alone, with no digit in it, that says what block i's date is.
func textLabelAbove(blocks []textBlock, i int, says func(*textBlock) bool) bool {
	if i == 0 {
		return false
	}
	b := &blocks[i-1]
	return b.words <= textLabelAboveWords && !strings.ContainsAny(b.text, "0123456789") && says(b)
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
	t := s[max(0, len(s)-textDateSentenceLead):]
	i := max(strings.LastIndex(t, " - "), strings.LastIndex(t, " – "), strings.LastIndex(t, " — "))
	if i < 0 {
		return ""
	}
	return t[i:]
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
		if m := textISODateRE.FindStringSubmatchIndex(s); m != nil {
			if t, err := time.Parse("2006-1-2", s[m[2]:m[3]]+"-"+s[m[4]:m[5]]+"-"+s[m[6]:m[7]]); err == nil {
				return textStampGluedEarlier(s, m[7], t), true
			}
		}
	}
	if t, ok := textParseMonthDate(s); ok {
		return t, true
	}
	if slash {
		if m := textSlashDateRE.FindStringSubmatch(s); m != nil {
			month, day := m[1], m[2]
			if len(month) == 2 && month > "12" {
				month, day = day, month
			}
			if t, err := time.Parse("1 2 2006", month+" "+day+" "+m[3]); err == nil {
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
		if j := i + 4; j < len(s) {
			if c := s[j]; c == ' ' || '\t' <= c && c <= '\r' { // \s? (\s is [\t\n\f\r ])
				j++
			}
			if j < len(s) {
				switch s[j] {
				case '-', '/', '.', 0xe2: // • is e2 80 a2, – is e2 80 93
					iso = true
				}
			}
		}
		if i >= 2 && (s[i-1] == '-' || s[i-1] == '/' || s[i-1] == '.') && isDigitByte(s[i-2]) {
			slash = true
		}
		if iso && slash {
			break
		}
	}
	return year, iso, slash
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
	if m := textDayDateRE.FindStringSubmatch(s); m != nil {
		if t, err := time.Parse("Jan 2 2006", textMonth(m[2])+" "+m[1]+" "+m[3]); err == nil {
			return t, true
		}
	}
	if !cased {
		return time.Time{}, false
	}
	if m := textYearMonthRE.FindStringSubmatch(s); m != nil {
		if t, err := time.Parse("Jan 2 2006", textMonth(m[2])+" "+m[3]+" "+m[1]); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// textMonthDateAt parses the textMonthDateRE match at loc in s.
func textMonthDateAt(s string, loc []int) (time.Time, bool) {
	t, err := time.Parse("Jan 2 2006", textMonth(s[loc[2]:loc[3]])+" "+s[loc[4]:loc[5]]+" "+s[loc[6]:loc[7]])
	return t, err == nil
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

// textMonthDateIndex is textMonthDateRE.FindStringSubmatchIndex(s) for s
// whose first month's name in title or upper case opens at first
// (textCasedMonthAt): no match starts before the byte before it, so when
// that byte is ASCII, a rune of its own, the expression reads s from
// there, not from its start; a byte of a longer sequence before the
// month leaves it to read the whole (its [^A-Z] takes a rune). The lines
// that pass textCasedMonthAt are mostly long paragraphs with a month's
// name far into them (TestTextMonthDateIndexMatchesRE).
func textMonthDateIndex(s string, first int) []int {
	from := 0
	if first > 0 && s[first-1] < utf8.RuneSelf {
		from = first - 1
	}
	loc := textMonthDateRE.FindStringSubmatchIndex(s[from:])
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

var (
	textCopyrightRE = regexp.MustCompile(`^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*)?(?:-\s*(?:19|20)\d\d\s*)?([A-Z][\w.&' -]{1,60}?)[\s.,]*(?:all rights reserved.*)?$`)
	textAgoRE       = regexp.MustCompile(`^([A-Z][\w .&'-]{1,40}?)\s*` + textAgoTime)
)

// textFindPublisher returns the outlet the text names: a copyright line
// ("©2025 Bloomberg L.P.") or an aggregator's source line
// ("Independent6 hours ago").
func textFindPublisher(blocks []textBlock) string {
	for _, b := range blocks {
		copyright := strings.HasPrefix(b.low, "©") || strings.HasPrefix(b.low, "(c") || strings.HasPrefix(b.low, "copyright")
		if b.words > textAgoMaxWords || !(copyright || strings.HasSuffix(b.text, " ago")) {
			continue
		}
		if m := textAgoRE.FindStringSubmatch(b.text); m != nil {
			return strings.TrimSpace(m[1])
		}
		if m := textCopyrightRE.FindStringSubmatch(b.text); m != nil {
			return strings.TrimSpace(m[1])
		}
	}
	return ""
}

// textBylineRE reads a byline: "By Jane Doe", "Written by Jane Doe and
// ...", "ByMarisa Okonjo" (glued by flattening), "Author: Jane Doe".
var textBylineRE = regexp.MustCompile(`^(?:[Ww]ritten [Bb]y|[Pp]osted [Bb]y|[Bb]y|BY|[Aa]uthor)[:\s]*(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){1,3})`)

// The byline expressions run on every short line around the title; each
// is tried only on lines that hold what it needs, tested byte by byte: a
// run of an expression costs more than reading the line, and most lines
// are not bylines.

// textBylineMatch is textBylineRE's submatches in s, or nil: a match
// opens with "Written by", "Posted by", "By" or "Author".
func textBylineMatch(s string) []string {
	if s == "" || !strings.ContainsRune("WwPpBbAa", rune(s[0])) {
		return nil
	}
	return textBylineRE.FindStringSubmatch(s)
}

// textDatedBylineMatch is textDatedBylineRE's submatches in s when s
// also holds a year, or nil: a match holds " by" or " By".
func textDatedBylineMatch(s string) []string {
	if !textHasYear(s) || !strings.Contains(s, " by") && !strings.Contains(s, " By") {
		return nil
	}
	return textDatedBylineRE.FindStringSubmatch(s)
}

// textNameDateMatch is textNameDateRE's submatches in s, or nil: a match
// holds a year and a month name.
func textNameDateMatch(s string) []string {
	if !textHasYear(s) || !textHasMonth(s) {
		return nil
	}
	return textNameDateRE.FindStringSubmatch(s)
}

// textBylineWords is the longest block or line read for a byline with
// its label or date ("Published: Mar 8, 2024 · Modified: May 19, 2025 by
// Jane Roe · This post may contain affiliate links", "By Jane Roe, Home
// Security Expert & Ed Poe, Home Security Expert Last Updated on Feb 27,
// 2026"): such bylines run past textDateBylineWords, the bar for the
// other forms. On wcxb-dev flat articles 16 words gave 3 more exact
// authors, 20 and 24 words 9 (3 on even page ids, 6 on odd), none lost.
const textBylineWords = 20

// textAuthorWindow is how many blocks around the title are read for a
// byline.
const textAuthorWindow = 8

// textFindAuthor returns the name in the byline nearest the top of the
// article (the title at from, the body at first), or "".
func textFindAuthor(blocks []textBlock, from, first int) string {
	// Menu and section lines look like names ("Get Started", "HR
	// Strategy"): a name's words are not written in lower case elsewhere
	// on the page (textMenuWords). Under a byline label the label says
	// what the line is, and a team or an outlet may be named in common
	// words ("By" / "The Harbour Desk Team"): only a call to action
	// ("Find Jobs"), glued menu words and words in lower case (a form's
	// field) are kept out there.
	for i := max(0, from-textAuthorWindow); i < min(len(blocks), first+textAuthorWindow); i++ {
		if name := textBylineInLines(blocks[i].text, blocks); name != "" {
			return name
		}
		if blocks[i].words > textBylineWords {
			continue
		}
		if name := textBylineName(blocks[i].text, blocks[i].words, blocks); name != "" {
			return name
		}
		if blocks[i].words > textDateBylineWords {
			continue
		}
		if name := textLabelledByline(blocks, i); name != "" {
			return name
		}
		if name := textSeparatedName(blocks[i].text, blocks); name != "" {
			return name
		}
	}
	// A name on its own line beside the byline's date, or before the date
	// on one line ("Jane Doe", "October 14, 2025"; "Jane Doe October 14,
	// 2025"), or before a job under the headline ("Jane Doe Senior Editor").
	lo, hi := max(0, from-textAuthorWindow/2), min(len(blocks), from+textAuthorWindow/2+1)
	for i := lo; i < hi; i++ {
		if i == from {
			continue
		}
		name := ""
		if m := textNameDateMatch(blocks[i].text); m != nil {
			name = m[1]
		} else if textPlainName(blocks[i].text) && textBesideDate(blocks, i, from) {
			name = blocks[i].text
		} else if blocks[i].words <= textDateBylineWords && (i == from+1 || textBesideDate(blocks, i, from)) {
			name = textNameBeforeJob(blocks[i].text)
		}
		if name != "" && !textMenuWords(name, blocks) {
			return name
		}
	}
	return ""
}

// textNameUnderHeadline is the name line between the headline at block
// at and a date line, below the headline or above it, or "": the
// byline's place ("Harbour Dental Care" under the headline, "July 27,
// 2025" under it). There a name's words may be common words the page
// writes in lower case ("Ann Green", "Harbour Dental Care", "Keel Street
// Team"), which textFindAuthor refuses (textMenuWords); a section label
// is also set there ("HR Strategy"), so it is read only when nothing else
// names the writer. On wcxb-dev flat articles 3 more exact authors (1 on
// even page ids, 2 on odd), none lost; one article with no author before
// took a section label, one forum a poster's line, one product a
// teaser's heading. A name of one word is read too (textOneName).
func textNameUnderHeadline(blocks []textBlock, at int) string {
	for _, i := range [2]int{at + 1, at - 1} {
		j := i + i - at // the line past the name
		if j < 0 || j >= len(blocks) {
			continue
		}
		t := blocks[i].text
		_, date := textDateLine(&blocks[j], textDateBylineWords)
		if date && (textPlainName(t) && !textOddNameWords(t) || textOneName(t, blocks)) {
			return t
		}
	}
	return ""
}

// textPlainName reports a name (nameLike) with no digit in it: a line's
// "Jane Roe", not "Jane Roe 3 Comments" or a code.
func textPlainName(s string) bool {
	return nameLike(s) && !strings.ContainsFunc(s, unicode.IsDigit)
}

// textOneName reports whether t is one capitalised word that can name a
// writer alone ("Kev", "Stefan", a firm's name) where a byline's name
// sits: letters only, no stopword, weekday, month or job word, and not
// written in lower case on the page (a section: "Travel", "Recipes").
// Between the headline and its date it gave wcxb-dev flat articles 4
// more exact authors (2 on even page ids, 2 on odd), none lost; forums
// 1 more, and 4 forum threads with no author before took a poster's
// name beside a post's date (one whose gold names nobody).
func textOneName(t string, blocks []textBlock) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) || strings.ContainsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) }) {
		return false
	}
	low := strings.ToLower(t)
	return !textOddNameWord(t) && !isMonth(low) && !jobWords[low] && !textLowerOnPage(low, blocks)
}

// textBylineName is the name a byline line t of n words gives ("By Jane
// Roe", "October 11, 2023 by Jane Roe"), or "". A line over
// textDateBylineWords words is read only for a capitalised name after
// its label: a one-word handle there is as often a sentence's "By
// focusing on …".
func textBylineName(t string, n int, blocks []textBlock) string {
	if m := textBylineMatch(t); m != nil {
		return textCoAuthors(textUnglueName(textCutDateTail(m[1], t)), t)
	}
	if m := textDatedBylineMatch(t); m != nil {
		return textUnglueName(m[1])
	}
	if n > textDateBylineWords {
		return ""
	}
	return textBylineHandle(t, blocks)
}

// textCoJoins join co-authors in a byline, longest first.
var textCoJoins = []string{", and ", " and ", " & ", ", "}

// textCoAuthors is name, read from byline t, with the co-authors t lists
// after it ("By Jane Roe and Ed Poe", "Written by Jane Roe, Ed Poe, and
// Al Moe"): the byline expression stops at a name's fourth word or at a
// word in lower case, and the gold keeps the list as the page writes it.
// After a comma a co-author reads as a name (nameLike): "Jane Roe, MS,
// RD" lists credentials, "Jane Roe, Senior Editor" a job. A co-author
// ends the byline or comes before the next.
func textCoAuthors(name, t string) string {
	j := strings.Index(t, name)
	if j < 0 {
		return name
	}
	end, caps := j+len(name), !strings.ContainsFunc(name, unicode.IsLower)
	for {
		rest, next := t[end:], ""
		for _, join := range textCoJoins {
			if after, ok := strings.CutPrefix(rest, join); ok {
				next = textNameRun(after, caps)
				if join == ", " && !nameLike(next) || !textCoListGoesOn(after[len(next):]) {
					next = "" // "Jane Roe, MS", "Jane Roe, Senior Editor", "JANE ROE and ED POEAssociated Press"
				}
				if next != "" {
					end += len(join) + len(next)
				}
				break
			}
		}
		if next == "" {
			return t[j:end]
		}
	}
}

// textCoListGoesOn reports whether what follows a co-author's name, s,
// ends the byline or joins the next name: a name that runs on into
// other words was cut from a longer or glued one.
func textCoListGoesOn(s string) bool {
	return strings.HasPrefix(s, ",") || strings.HasPrefix(s, " and ") || strings.HasPrefix(s, " & ") || textBylineEnds(s)
}

// textNameRun is the run of up to four capitalised words s opens with,
// ending at a comma or at a word with a full stop that is no initial
// ("Jane Roe, DVM. Reviewed by …"); with caps, of words in capitals
// only, as a byline writes all its names in one case ("JANE ROE and ED
// POEAssociated Press": the last is glued to the next word).
func textNameRun(s string, caps bool) string {
	end := 0
	for k, w := range strings.Fields(s) {
		core := strings.TrimRight(w, ",;")
		if k == 4 || !textNameWord(core, caps) {
			break
		}
		_, size := utf8.DecodeRuneInString(core)
		end += strings.Index(s[end:], core) + len(core)
		if core != w || strings.HasSuffix(core, ".") && len(core) > size+1 {
			break
		}
	}
	return s[:end]
}

// textNameWord reports whether w can be a word of a name in a byline: it
// opens with a capital, holds only letters, full stops, apostrophes and
// hyphens, and, with caps, no lower-case letter.
func textNameWord(w string, caps bool) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || caps && strings.ContainsFunc(w, unicode.IsLower) {
		return false
	}
	return !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' && r != '\'' && r != '-' })
}

// textBylineLabelPrefixes open a byline that may name its writer by one
// word.
var textBylineLabelPrefixes = []string{"by", "written by", "posted by", "author:"}

// textBylineHandle is the one word a byline line t names after its label
// ("by jsteinhardt", "By: ShawnHymel | December 16, 2025", "Posted by
// BeauHD on Friday …", "By Clay"): a login or a first name, which
// textBylineRE, wanting two capitalised words, leaves. A byline's name
// ends the line or comes before a separator, a date or " on "/" in "; a
// sentence goes on in words ("By clicking below you …"), and a filter
// names a word the page writes in lower case ("By Topic": textLowerOnPage;
// a login in lower case is written so in the byline itself).
func textBylineHandle(t string, blocks []textBlock) string {
	word, after, _ := strings.Cut(textBylineLabelRest(t), " ")
	if name := textUnglueName(word); name != word {
		word, after = name, word[len(name):] // "thegrangehallFebruary 16, 2026"
	}
	if !textHandleWord(word) || !textBylineEnds(after) || textLowerOnPage(textLowerCapital(word), blocks) {
		return ""
	}
	return word
}

// textBylineLabelRest is what follows the last of
// textBylineLabelPrefixes that opens t in any case, with a space or a
// colon after it (any after "author:"), or "". The labels are ASCII, so
// a case-blind prefix test (textHasLowerPrefix) answers without lowering
// the line, which cost an allocation for each short line read as a
// byline. Unlike lowering, it does not read the dotted İ as an i
// ("Wrİtten by"): no English label is written so.
func textBylineLabelRest(t string) string {
	rest := ""
	for _, label := range textBylineLabelPrefixes {
		if !textHasLowerPrefix(t, label) {
			continue
		}
		if after := t[len(label):]; label == "author:" || after != "" && (after[0] == ' ' || after[0] == ':') {
			rest = strings.TrimLeft(after, ": ")
		}
	}
	return rest
}

// textHandleWord reports whether w can be a writer's one-word name: a
// login or a first name ("jsteinhardt", "BeauHD", "Clay"), not a
// stopword or a month ("By the …", "By May 2025").
func textHandleWord(w string) bool {
	if len(w) < 2 || !strings.ContainsFunc(w, unicode.IsLetter) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '.' && r != '-' {
			return false
		}
	}
	low := strings.ToLower(w)
	return !textnorm.IsStopword(low) && !isMonth(low)
}

// textLowerCapital is w lower-cased when it opens with a capital, else "",
// which no page word equals.
func textLowerCapital(w string) string {
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
		return strings.ToLower(w)
	}
	return ""
}

// textBylineEnds reports whether what follows a byline's name, s, ends
// the byline: nothing, a separator, a date, or its place and time ("on
// Friday", "in Workshop").
func textBylineEnds(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasPrefix(s, "on ") || strings.HasPrefix(s, "in ") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsDigit(r) || strings.ContainsRune("|•·—–-/", r) {
		return true
	}
	first, _, _ := strings.Cut(s, " ")
	return isMonth(strings.ToLower(strings.Trim(first, ".,")))
}

// textBylineSeparators set a byline's parts apart on one line.
const textBylineSeparators = "•|·"

// textHasBylineSeparator is strings.ContainsAny(t, textBylineSeparators)
// by three forward searches: ContainsAny decodes t rune by rune and looks
// each up in the set, some 1,600 instructions a block (textFindAuthor
// asks it of every block near the top). The bytes of "•" and "·" open
// with a lead byte, which no other character's sequence holds, so a
// byte search finds them where ContainsAny does.
func textHasBylineSeparator(t string) bool {
	return strings.IndexByte(t, '|') >= 0 || strings.Contains(t, "•") || strings.Contains(t, "·")
}

// textSeparatedName is the name among the parts of a byline line t that
// separators set apart, a date or a reading time among them ("Jane Roe •
// March 4, 2025", "Jane Roe | Senior Writer | July 2, 2025", "March 4,
// 2025 · 9 min · Jane Roe"), or "": the part that reads as a name
// (nameLike) in words the page does not write in lower case
// (textMenuWords: "Travel Tips | March 4, 2025" is a section's). A
// part may name the post's category after the name ("Mar 4, 2025 • Jane
// Roe in Project Management"): it is cut at " in " (1 wcxb-dev flat
// article gained, none lost, no other page changed).
func textSeparatedName(t string, blocks []textBlock) string {
	if !textHasBylineSeparator(t) || !textDateIn(t) && !strings.Contains(t, "min read") {
		return ""
	}
	for part := range strings.FieldsFuncSeq(t, func(r rune) bool { return strings.ContainsRune(textBylineSeparators, r) }) {
		part, _, _ = strings.Cut(strings.TrimSpace(part), " in ") // "Jane Roe in Project Management"
		if textPlainName(part) && !textMenuWords(part, blocks) {
			return part
		}
	}
	return ""
}

// textBylineInLines is the name a short later line of a longer block
// bylines: flattening joins a headline and the byline under it into one
// block ("Ten Walks Around Harbourton\nby Jane Roe"), and the block's
// own start is no byline. A block of several lines is read line by line
// from its first: a byline may open a block that is too long to be read
// whole ("By Jane Roe • March 4, 2025 • 11 min read\ngit version-control
// …", its tags joined under it).
func textBylineInLines(t string, blocks []textBlock) string {
	rest, ok := t, strings.Contains(t, "\n")
	for ok {
		var line string
		line, rest, ok = strings.Cut(rest, "\n")
		if n := len(strings.Fields(line)); n <= textBylineWords {
			if name := textBylineName(line, n, blocks); name != "" {
				return name
			}
		}
	}
	return ""
}

// textCutDateTail cuts the byline's date from a name read out of line t
// when the name ends inside it: "By Jane Roe April 12, 2024" reads "Jane
// Roe April", and a month before a number is the date's (authorTail).
func textCutDateTail(name, t string) string {
	if j := strings.Index(t, name); j >= 0 {
		if k := authorTail(t[j:]); k > 0 && k < len(name) {
			return strings.TrimRight(name[:k], " ")
		}
	}
	return name
}

// textBesideDate reports whether a block next to block i (other than the
// title at from) is a date line or a reading time ("9 min read").
func textBesideDate(blocks []textBlock, i, from int) bool {
	for _, step := range [2]int{-1, 1} {
		j := i + step
		if j >= 0 && j < len(blocks) && textIsSeparator(blocks[j].text) {
			j += step // "Jane Roe", "•", "March 4, 2025"
		}
		if j >= 0 && j < len(blocks) && j != from {
			if _, ok := textDateLine(&blocks[j], textDateBylineWords); ok || strings.Contains(blocks[j].low, "min read") || textIsBylineStamp(&blocks[j]) {
				return true
			}
		}
	}
	return i+1 < len(blocks) && textIsJobLine(&blocks[i+1])
}

// textIsBylineStamp reports whether a block is a byline's short stamp
// that states no year: a day of the month ("Jan 4", "Dec 10"), a reading
// time ("8 min") or an update label whose date is on the next line
// ("Last Updated:").
func textIsBylineStamp(b *textBlock) bool {
	if b.words > 3 {
		return false
	}
	w := strings.Fields(strings.ToLower(b.text))
	switch {
	case len(w) == 2 && isMonth(strings.Trim(w[0], ".")) && textIsDay(w[1]):
		return true
	case len(w) >= 2 && isDigitByte(w[0][0]) && (w[1] == "min" || w[1] == "mins" || w[1] == "minutes"):
		return true
	}
	return strings.HasPrefix(b.low, "last updated") || strings.HasPrefix(b.low, "updated")
}

// textIsDay reports whether w is a day of the month as a byline writes
// it ("4", "23,", "4th"), not a year ("Jan 2019": a forum's join date).
func textIsDay(w string) bool {
	w = strings.TrimRight(w, ".,stndrh")
	return len(w) >= 1 && len(w) <= 2 && isDigitByte(w[0]) && isDigitByte(w[len(w)-1])
}

// textIsSeparator reports whether a line is only a separator a byline
// sets between its parts ("•", "|", "·").
func textIsSeparator(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && strings.Trim(s, "•|·-–—/") == ""
}

// textNameBeforeJob is the name that opens line t when a job title
// follows it on the same line ("Jane Roe Senior Editor", "Jane
// RoeFounder at Harbour Homes", "Jane Roe, Print Managing Editor"), or
// "": the byline's name and job set on one line, where nameLike refuses
// the whole. Read under the headline or beside a date; on wcxb-dev flat
// articles 3 more exact authors (2 on even page ids, 1 on odd), none
// lost, no other page's author changed.
func textNameBeforeJob(t string) string {
	w := strings.Fields(textUnglueJob(t))
	for k := 2; k < len(w) && k <= 4; k++ {
		if jobWords[strings.ToLower(strings.Trim(w[k], ",|-–"))] {
			name, _, _ := strings.Cut(strings.Join(w[:k], " "), ",") // "Jane Roe, Print Managing Editor"
			if textPlainName(name) {
				return name
			}
			return ""
		}
	}
	return ""
}

// textUnglueJob sets a space before a job word glued to the name
// ("RoeFounder").
func textUnglueJob(t string) string {
	r := []rune(t)
	for j := textGlueAt(r, 2); j > 0; j = textGlueAt(r, j+1) {
		end := j
		for end < len(r) && unicode.IsLetter(r[end]) {
			end++
		}
		if jobWords[strings.ToLower(string(r[j:end]))] {
			return string(r[:j]) + " " + string(r[j:])
		}
	}
	return t
}

// textIsJobLine reports whether a block is a writer's job title on a line
// of its own under the name ("Senior Editor", "Co-founder of Harbourton
// Homes"): at most six words, one a job word.
func textIsJobLine(b *textBlock) bool {
	if b.words > 6 || b.sentEnd {
		return false
	}
	for w := range strings.FieldsSeq(b.text) {
		if jobWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// textBylineLabels are the lines that flattening leaves alone above the
// author's name ("By", "Written by", "Article written by:").
var textBylineLabels = map[string]bool{"by": true, "written by": true, "author": true, "authors": true,
	"article written by": true, "posted by": true, "words by": true, "article by": true}

// textLabelledName is the name on the line after a byline label at block
// i (the block, or its last line: textLastLine): a short line that starts
// with a capital, or "". A dated line under the label reads with it as
// one byline ("By" / "Jane Roe on Dec. 13, 2025"). The two gave wcxb-dev
// flat articles 5 more exact authors (1 on even page ids, 4 on odd),
// none lost.
func textLabelledName(blocks []textBlock, i int) string {
	if i+1 >= len(blocks) || !textIsBylineLabel(blocks[i].text) {
		return ""
	}
	next := &blocks[i+1]
	if r, _ := utf8.DecodeRuneInString(next.text); next.words > 6 || !unicode.IsUpper(r) {
		return ""
	}
	if _, date := textDateLine(next, textDateBylineWords); date {
		// "By" / "Jane Roe on Dec. 13, 2025": the label and its dated line
		// read as one byline.
		if m := textBylineMatch("By " + next.text); m != nil {
			if name := textCutDateTail(m[1], next.text); nameLike(name) {
				return name
			}
		}
		return ""
	}
	line, _, _ := strings.Cut(next.text, "\n") // "Jane Roe\naverage reading time:"
	return textUnglueName(line)
}

// textLastLine is the last line of a block's text, trimmed of spaces and
// a colon: a byline label flattening joined under the headline ("Harbour
// Ferries Return\nby") is read as one alone. It reads the text, not the
// block's lowered start (low), which is cut at textPhraseWindow bytes: a
// cut line ("\nbypass") would read "by".
func textLastLine(text string) string {
	if k := strings.LastIndexByte(text, '\n'); k >= 0 {
		text = text[k+1:]
	}
	return strings.TrimRight(strings.TrimSpace(text), ":")
}

// textBylineLabelMax is the length of the longest of textBylineLabels
// (TestTextBylineLabelMax).
const textBylineLabelMax = len("article written by")

// textIsBylineLabel reports whether the last line of text, lowered
// (textLastLine), is one of textBylineLabels. A line over four times the
// longest label's length is none, as a rune's lower case takes at least a
// quarter of its bytes (the Kelvin sign's three lower to 'k'): it is not
// lowered, where lowering every block's last line, a paragraph most
// often, was a sixth of a long flattened page's allocations.
//
// An ASCII line is lowered on the stack (its lower case is as long as
// it), and one longer than the longest label is none: lowering the lines
// with a capital into new strings was a ninth of a flattened page's
// allocations (docs/quality.md, text speed, seventeenth round).
func textIsBylineLabel(text string) bool {
	line := textLastLine(text)
	if len(line) > 4*textBylineLabelMax {
		return false
	}
	if !textIsASCII(line) {
		return textBylineLabels[strings.ToLower(line)]
	}
	if len(line) > textBylineLabelMax {
		return false
	}
	var room [textBylineLabelMax]byte
	return textBylineLabels[string(textAppendLower(room[:0], line))]
}

// textIsASCII reports whether s is all ASCII.
func textIsASCII(s string) bool {
	for i := range len(s) {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// textLowerWords reports whether a word of name opens in lower case,
// other than a surname's particle ("van der Merwe"): a search form's
// field under an "Author" label ("Date within"), not a name.
func textLowerWords(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !textNameParticles[w] {
			return true
		}
	}
	return false
}

// textNameParticles are the lower-case words inside people's names.
var textNameParticles = map[string]bool{"van": true, "der": true, "den": true, "de": true, "von": true,
	"da": true, "di": true, "del": true, "la": true, "le": true, "du": true, "bin": true, "al": true}

// textLabelledByline is textLabelledName's name when the line reads as
// one: no cue (a box's heading, "Recent Posts"), no call to action
// ("Find Jobs"), no glued menu words and no word in lower case; or "".
func textLabelledByline(blocks []textBlock, i int) string {
	name := textLabelledName(blocks, i)
	if name == "" || blocks[i+1].cue != textCueNone || blocks[i+1].action || textGluedWords(name) || textLowerWords(name) {
		return ""
	}
	return name
}

// textGluedWords reports whether a word of name is words that flattening
// glued together ("ChecklistsJust", a menu's items run into one).
func textGluedWords(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if textGlueAt([]rune(w), 3) > 0 {
			return true
		}
	}
	return false
}

// textMenuWords reports whether any word of name, lowered, is written so
// on the page (textLowerOnPage), is a stopword or a weekday ("No
// Comments", "Released Wednesday"), or is glued menu words
// ("OfficeOrganizingPapers").
func textMenuWords(name string, blocks []textBlock) bool {
	for _, w := range strings.Fields(name) {
		if textOddNameWord(w) || textLowerOnPage(strings.ToLower(w), blocks) {
			return true
		}
	}
	return false
}

// textOddNameWords reports whether a word of name is no name's word
// (textOddNameWord).
func textOddNameWords(name string) bool {
	for _, w := range strings.Fields(name) {
		if textOddNameWord(w) {
			return true
		}
	}
	return false
}

// textOddNameWord reports a word no name holds: a stopword, a weekday's
// whole name ("Sun" is a surname too), "today's", or words glued by
// flattening ("ChecklistsJust").
func textOddNameWord(w string) bool {
	low := strings.ToLower(w)
	return textnorm.IsStopword(low) || len(low) > 3 && isWeekday(low) || low == "today's" || textGlueAt([]rune(w), 3) > 0
}

// textWordPunct is what is trimmed from a page's words before they are
// compared with a name's.
const textWordPunct = ".,;:!?()\"'’“”"

// textLowerOnPage reports whether w, in lower case, is one of the page's
// words (runs between spaces, textWordPunct trimmed) written in lower
// case. It searches for w rather than collecting the page's words: a set
// of them cost 5% of flattened-page extraction time, for the one or two
// names a page asks about.
func textLowerOnPage(w string, blocks []textBlock) bool {
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) {
		return false
	}
	for i := range blocks {
		t := blocks[i].text
		for k := range occurrences(t, w) {
			start, end := k, k+len(w)
			for start > 0 {
				r, n := utf8.DecodeLastRuneInString(t[:start])
				if unicode.IsSpace(r) {
					break
				}
				start -= n
			}
			for end < len(t) {
				r, n := utf8.DecodeRuneInString(t[end:])
				if unicode.IsSpace(r) {
					break
				}
				end += n
			}
			if strings.Trim(t[start:end], textWordPunct) == w {
				return true
			}
		}
	}
	return false
}

// textGlueAt is the first index from j on where a capital follows a
// lower-case letter inside the word r, two words glued by flattening,
// leaving out a capital after a surname prefix ("MacLeod"); -1 if none.
func textGlueAt(r []rune, j int) int {
	for ; j < len(r); j++ {
		if unicode.IsUpper(r[j]) && unicode.IsLower(r[j-1]) && !textNamePrefix[string(r[:j])] {
			return j
		}
	}
	return -1
}

// textNamePrefix are surname prefixes a capital follows inside one name
// ("MacLeod", "VanDyke", "DelRay").
var textNamePrefix = map[string]bool{"Mac": true, "Van": true, "Von": true, "Des": true, "Del": true, "Della": true}

var (
	textNameDateRE = regexp.MustCompile(`^(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){1,2}),? (?:` + textMonthNames + `)\.? \d{1,2},? (?:19|20)\d\d\b`)
)

// textDatedBylineRE reads a byline that opens with its date or a
// "Published" label and names the author after " by ": "October 11,
// 2023 by Jane Doe", "Published August 7, 2023 by Jane Doe". Only lines
// that also hold a year are read so, which keeps "Photo by" credits and
// sentences out.
var textDatedBylineRE = regexp.MustCompile(`^(?:[Pp]ublished|[Pp]osted|[Uu]pdated|[Oo]n|\p{Lu}\p{Ll}+\.? \d|\d)[^\n]{0,40}? [Bb]y:? (\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){1,3})`)

// textGlueLabels are the words, beside month names, that flattening
// glues to a byline's name or leaves after it ("Jane DoeIn Budget Travel",
// "Jane DoePublished", "Jane Doe UpdatedJanuary 3"). True marks those
// also cut when they stand alone after the name: "Tom May" and
// "Audiophile On" are names.
var textGlueLabels = map[string]bool{"published": true, "updated": true, "posted": true,
	"reviewed": true, "last": true, "in": true, "on": false}

// textGlueWord reports whether s starts with a glue word: a label or a
// month name, up to the next capital or non-letter.
func textGlueWord(s string) bool {
	end := len(s)
	for i, r := range s {
		if i > 0 && (unicode.IsUpper(r) || !unicode.IsLetter(r)) {
			end = i
			break
		}
	}
	w := strings.ToLower(s[:end])
	_, label := textGlueLabels[w]
	return label || isMonth(w)
}

// textUnglueName cuts a byline's name where flattening glued the next
// word to it, at a capital that starts a glue word ("Jane DoeMar 5", not
// "Ann SanSone"), and before a label standing on its own after the name.
func textUnglueName(name string) string {
	words := strings.Fields(name)
	for i, w := range words {
		if i > 0 && textGlueLabels[strings.ToLower(w)] {
			return strings.Join(words[:i], " ")
		}
		r := []rune(w)
		for j := textGlueAt(r, 2); j > 0; j = textGlueAt(r, j+1) {
			if textGlueWord(string(r[j:])) {
				// what is left may end in a glue word: "Doe UpdatedJanuary"
				return textUnglueName(strings.Join(append(words[:i:i], string(r[:j])), " "))
			}
		}
	}
	return name
}
