package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A copyright notice's holder: the words after a "©" and its year or
// years ("© 2010–2025 Esprit Barbecue"). Two readings ask whether a name
// is the holder, each with its own ending: the title's owner test
// (textNamesOwner) takes the holder's opening words, letter case aside,
// with more words after ("The Hechinger Report" in "© 2025 The Hechinger
// Report Powered by Newspack"); the personal site's owner
// (textSiteOwnerName) wants the name whole and then the line's end, a
// full stop or a comma ("© 2025 Cassidy Williams. This site is open
// source!", not "© 2025 Jane Roe Studio"). Each read the notice once
// with helpers of its own until the forty-seventh session
// (docs/quality/text-extraction-3.md): the byline's reading found the
// name first and looked back for a "©" or "Copyright" with only digits,
// dashes, spaces and the letters of "Copyright" between, so it took a
// notice with no mark ("Copyright 2025 Jane Roe") and odd words ("©
// 1991 to Game Informer"); it now reads forward from each "©" as the
// title's does, the word "Copyright" after the mark passed over ("©
// Copyright 2025 Levine Music"), and a name set before its notice
// ("Interactive Media Ltd. • … © Copyright Interactive Media Ltd..")
// is read at the notice. The same output over every wcxb-dev flat page
// with and without its URL; no page's site owner moved (three named),
// nor the title's owner test of any block of up to twelve words.

// textHolderEnding is how the holder must end after the name.
type textHolderEnding uint8

const (
	// textHolderOpens: the name's words, compared without letter case,
	// are the holder's first words; more may follow.
	textHolderOpens textHolderEnding = iota
	// textHolderWhole: the holder is the name as written, then the
	// line's end, a full stop or a comma.
	textHolderWhole
)

// textCopyrightNames reports whether a "©" in t, after its year or years,
// names name as its holder with the given ending. The mark is found by
// its lead byte (textIndexCopyright): the title's test searches every
// block of a page read without its URL, and strings.Index cost 3.5 M of
// the 100 long wcxb-dev flat pages' 399 M instructions.
func textCopyrightNames(t, name string, end textHolderEnding) bool {
	return textCopyrightNamesFrom(t, textIndexCopyright(t), name, end)
}

// textCopyrightNamesFrom is textCopyrightNames with t's first mark at k,
// -1 for none: a caller that searches every block (textNamesOwner) looks
// for the mark itself and calls only at one, as most blocks hold none.
// Called for each block, the reader cost 0.7 M more of the 100 long
// wcxb-dev flat pages' 400.8 M instructions.
func textCopyrightNamesFrom(t string, k int, name string, end textHolderEnding) bool {
	if name == "" {
		return false
	}
	for ; k >= 0; k = textIndexCopyright(t) {
		t = t[k+len("©"):]
		holder := textAfterCopyrightYears(t)
		switch end {
		case textHolderOpens:
			if textWordsOpen(holder, name) {
				return true
			}
		case textHolderWhole:
			// "© Copyright 2025 Levine Music": the word is no holder's.
			// The title's reading keeps it, as a notice taken for a
			// headline opens with it.
			if rest, ok := strings.CutPrefix(holder, "Copyright"); ok {
				holder = textAfterCopyrightYears(rest)
			}
			if after, ok := strings.CutPrefix(holder, name); ok && (after == "" || after[0] == '.' || after[0] == ',') {
				return true
			}
		}
	}
	return false
}

// textAfterCopyrightYears returns s, the text after a "©", past what a
// notice sets between the mark and its holder: spaces, years and dashes
// ("2025 ", "2010-2025 ", "2010 – 2025 ", "2025 - "). A number of other
// than four digits is no year: it may open the holder's name. The
// title's reading took one year or one range and left a dash after it in
// the holder, where its word comparison passed over it.
func textAfterCopyrightYears(s string) string {
	for {
		s = strings.TrimLeft(s, " \t")
		switch {
		case textLeadingDigits(s) == 4:
			s = s[4:]
		case strings.HasPrefix(s, "-"):
			s = s[1:]
		case strings.HasPrefix(s, "–"):
			s = s[len("–"):]
		default:
			return s
		}
	}
}

// textLeadingDigits returns how many ASCII digits s opens with.
func textLeadingDigits(s string) int {
	n := 0
	for n < len(s) && isDigitByte(s[n]) {
		n++
	}
	return n
}

// textWordsOpen reports whether s has a word and its words, compared
// without letter case, are the first words of text; a word is a run of
// letters and digits.
func textWordsOpen(text, s string) bool {
	ti, si, n := 0, 0, 0
	for {
		ss, se := textNextWord(s, si)
		if ss < 0 {
			return n > 0
		}
		ts, te := textNextWord(text, ti)
		if ts < 0 || !strings.EqualFold(text[ts:te], s[ss:se]) {
			return false
		}
		ti, si, n = te, se, n+1
	}
}

// textNextWord returns the bounds of the first run of letters and digits
// in s at or after i; -1, -1 when there is none.
func textNextWord(s string, i int) (start, end int) {
	start = -1
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			return start, i
		}
		i += n
	}
	if start < 0 {
		return -1, -1
	}
	return start, len(s)
}
