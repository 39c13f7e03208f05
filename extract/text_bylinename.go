package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyfold/storyfold/textnorm"
)

// Where textNameUnderHeadline finds the byline's name: the line past it
// may be a label before the date, and a standfirst may stand between the
// headline and the name.

// textDekWords is the fewest words of the standfirst textNameUnderDek
// reads between the headline and the name: a menu's entry or a label
// there ("More about Notion" over "Add Alternatives") is no standfirst.
const textDekWords = 8

// textNameUnderDek reports whether the line under the headline at at is a
// standfirst, and a name under it is read as the byline's ("How Rates
// Rose" / "A look at the year's loans, month by month" / "Ann Roe" /
// "March 3, 2025"). On wcxb-dev flat articles 3 more exact authors (odd
// page ids), none lost.
func textNameUnderDek(blocks []textBlock, at int) bool {
	return at+2 < len(blocks) && blocks[at+1].words >= textDekWords
}

// textLineUnder is the first of the two lines under block at (a
// headline) for which is holds, or -1: the place the flat byline
// readings past the headline look. With dek the second line is read only
// past a standfirst (textNameUnderDek); without, a section label or any
// line may stand between.
func textLineUnder(blocks []textBlock, at int, dek bool, is func(i int) bool) int {
	if at < 0 {
		return -1
	}
	for i := at + 1; i <= at+2 && i < len(blocks); i++ {
		if i == at+2 && dek && !textNameUnderDek(blocks, at) {
			break
		}
		if is(i) {
			return i
		}
	}
	return -1
}

// textTextAt is block i's text, or "" for i < 0 (textLineUnder's miss).
func textTextAt(blocks []textBlock, i int) string {
	if i < 0 {
		return ""
	}
	return blocks[i].text
}

// textDatePastLabel reports whether a date line follows the name at i,
// the next line in the direction step (1 down, -1 up), or, when label,
// the one past it with a label of at most textUnsureLabel words between
// ("Ann Roe" / "Marketing" / "August 26, 2025"; "Ann Roe, Editor" / "•" /
// "Friday, December 19, 2025"): a byline's section, a bullet or a
// tag set apart by flattening. The label was read on wcxb-dev flat
// articles for 4 more exact authors (3 on even page ids, 1 on odd), none
// lost; one forum thread with no author before took a quote's label.
// The next line may also be a byline's stamp with no year
// (textIsBylineStamp: "Ann" / "Jan 23"): 1 more (even), nothing else
// moved.
func textDatePastLabel(blocks []textBlock, i, step int, label bool) bool {
	j := i + step
	if j < 0 || j >= len(blocks) {
		return false
	}
	if _, date := textDateLine(&blocks[j], textDateBylineWords); date || textIsBylineStamp(&blocks[j]) {
		return true
	}
	k := j + step
	if !label || k < 0 || k >= len(blocks) || blocks[j].words > textUnsureLabel {
		return false
	}
	_, date := textDateLine(&blocks[k], textDateBylineWords)
	return date
}

// textBrandNameWords is the most words of a name textBrandName reads.
const textBrandNameWords = 3

// textBrandName reports a firm's or a team's name that textPlainName and
// textOneName refuse: capitalised words of letters with at most one
// capital inside each (a brand's camel case, "ServiceTitan", "EcoCult
// Staff", which the glue test takes for words run together), or a job's
// word the gold takes for a team's byline ("Staff"). Words the page
// writes in lower case, stopwords and months are no name's; a run of
// menu entries glued together has more capitals inside. Only between the
// headline and its date (textNameUnderHeadline): on wcxb-dev flat
// articles 4 more exact authors (2 on even page ids, 2 on odd), none
// lost; one article with no author before took two glued place names.
func textBrandName(t string, blocks []textBlock) bool {
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > textBrandNameWords {
		return false
	}
	for _, w := range words {
		low := strings.ToLower(w)
		if textInnerCapitals(w) > 1 || textnorm.IsStopword(low) || isMonth(low) || textLowerOnPage(low, blocks) {
			return false
		}
	}
	return true
}

// textInnerCapitals is how many upper-case letters w holds after its
// first, or more than one when w does not open with a capital or holds
// a rune that is no letter.
func textInnerCapitals(w string) int {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return 2
	}
	k := 0
	for _, r := range w[n:] {
		switch {
		case !unicode.IsLetter(r):
			return 2
		case unicode.IsUpper(r):
			k++
		}
	}
	return k
}
