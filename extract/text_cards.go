package extract

import (
	"regexp"
	"strings"
	"unicode"
)

// Teaser cards under the article: the site's other posts, each a title, a
// line with its writer's name and its date, and a blurb ("Andrew Snavely
// 2 March,2026", "12/19/2025 • Mises Wire • Richard McDaniel"). The block
// model keeps their blurbs as prose and often the rest with them; the
// article's own dated lines stand at its head, not in its last half.
// Figures: docs/quality.md, "Teaser cards under the flat body" (thirty-first
// session).
const (
	textCardMinCards  = 2  // cards in a run, from the first one on
	textCardTitleMin  = 4  // a card's title: words
	textCardTitleMax  = 15 //
	textCardStampMax  = 10 // the writer-and-date line: words at most
	textCardBlurbMin  = 8  // the blurb under it: words at least
	textCardBodyShare = 0.5
)

// textCardDateRE finds a day and a month's name either way round, or a
// numeric date (12/19/2025, 2025-12-19), anywhere in a short line.
var textCardDateRE = regexp.MustCompile(`(?i)\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d{1,2}\b|\d{1,2}\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,2}/\d{1,2}/\d{2,4}\b|\d{4}-\d{2}-\d{2}\b)`)

// textCardRangeRE is a range of numbers ("June 10–11", "9-12"): an event's
// dates, as a programme lists them, not a post's.
var textCardRangeRE = regexp.MustCompile(`\d\s*[–-]\s*\d`)

// textLeaveOutTeaserCards marks the body from the first teaser card in its
// last half on, when textCardMinCards cards or more follow: the paragraphs
// that stay, read in order, a title, a line with a name and a date, and a
// blurb. Run last, on what stays.
func textLeaveOutTeaserCards(blocks []textBlock, keep, out []bool) {
	at := textStayingBlocks(blocks, keep, out)
	total := 0
	for _, i := range at {
		total += blocks[i].words
	}
	seen, first, cards := 0, -1, 0
	for k, i := range at {
		if first < 0 && float64(seen) < textCardBodyShare*float64(total) {
			seen += blocks[i].words
			continue
		}
		if k > 0 && k+1 < len(at) && textIsTeaserCard(&blocks[at[k-1]], &blocks[i], &blocks[at[k+1]]) {
			if first < 0 {
				first = k - 1
			}
			cards++
		}
	}
	if cards < textCardMinCards {
		return
	}
	for _, i := range at[first:] {
		out[i] = true
	}
}

// textStayingBlocks lists the blocks that go into the body (textStays),
// in one allocation: most of a page's blocks may stay.
func textStayingBlocks(blocks []textBlock, keep, out []bool) []int {
	at := make([]int, 0, len(blocks))
	for i := textNextKept(keep, 0); i < len(blocks); i = textNextKept(keep, i+1) { // text_nextkept.go
		if textStays(blocks, keep, out, i) {
			at = append(at, i)
		}
	}
	return at
}

// textIsTeaserCard reports a teaser card's title, its writer-and-date
// line and its blurb.
func textIsTeaserCard(title, stamp, blurb *textBlock) bool {
	return blurb.words >= textCardBlurbMin && title.words >= textCardTitleMin && title.words <= textCardTitleMax &&
		textIsCardStamp(stamp) && !strings.HasSuffix(strings.TrimSpace(title.text), ".") && !textOpensNumbered(title.text)
}

// textIsCardStamp reports a short line that is no sentence, with a date
// and a name of two capitalised words that are no month's: a post's
// writer and day. A colon (a label: "Location: …") or a range of days
// (an event's) makes it none.
func textIsCardStamp(b *textBlock) bool {
	// textCardDateRE needs a digit: most short lines have none, and the
	// expression, unanchored and folding case, is dear (some 44 M
	// instructions over 100 wcxb-dev flat pages when it ran on them all).
	if b.words == 0 || b.words > textCardStampMax || b.digits == 0 || b.sentEnd || strings.ContainsRune(b.text, ':') {
		return false
	}
	return textMayHoldCardDate(b.text) && textCardDateMatch(b.text) && !textCardRangeRE.MatchString(b.text) && textHasTwoCapitalNames(b.text)
}

// textMayHoldCardDate is a cheap test before textCardDateRE, true of
// every line it matches: a numeric date holds a slash or a dash between
// two digits, and a named one a month's first three letters in any case
// (textCardMonthPieces) and a digit. The expression, unanchored and
// folding case, took some 48 thousand instructions a line on the short
// dated lines that reach it, and on 100 wcxb-dev flat pages it matched
// none of them (docs/quality.md, "Text speed by session", round
// twenty-eight); a slash or a dash anywhere still let lines such as
// "Keep 1 copy off-site" and "GE Profile … All-In-One" through (0.55 M
// there, none a match; forty-second session).
func textMayHoldCardDate(s string) bool {
	return textHoldsDigitsAround(s, '/') || textHoldsDigitsAround(s, '-') ||
		strings.ContainsAny(s, "0123456789") && hasFoldPiece(s, textCardMonthPieces)
}

// textCardMonthPieces open the months' names of textCardDateRE, for
// hasFoldPiece; "sep" is "ep", since the expression folds the "s" to the
// long s (ſ) too.
var textCardMonthPieces = newFoldPieces("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "ep", "oct", "nov", "dec")

// textHasTwoCapitalNames reports two words in a row, each a capital and
// lower-case letters, neither a month's name: a person's name.
func textHasTwoCapitalNames(s string) bool {
	prev := false
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		name := len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' && strings.ToLower(w[1:]) == w[1:] && !isMonth(strings.ToLower(w))
		if name && prev {
			return true
		}
		prev = name
	}
	return false
}

// textOpensNumbered reports a line that opens with a number and "." or ")":
// a listicle's item, not a teaser's title.
func textOpensNumbered(s string) bool {
	i := textLeadingDigits(s)
	return i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')')
}
