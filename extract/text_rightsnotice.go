package extract

import "strings"

// A rights notice without the copyright mark: a line that says "All
// rights reserved" (a caption's rights, "University of Sussex. All
// rights reserved, DACS 2024."; a trademark's or a site's notice,
// "SQLAlchemy is a trademark of Michael Bayer. … All rights reserved.";
// a firm's disclaimer closed by its rights), a line that holds "(c)"
// and a year ("… (c) 2025 American Modern Insurance Group"), a short
// line that opens "Copyright" and holds a year ("Copyright Sam Bossley
// 2012-2025. CC BY-NC 4.0."). textIsCopyrightLine reads the "©" forms;
// these are the same notices typed without the mark. Over the wcxb-dev
// flat pages the flat path keeps such lines on seven sites (articles of
// five, a manual, a product page), the gold bodies none of them.
//
// What it must not touch: "(c)" is also a list's third item ("(c) It is
// not obvious that any given pointer is valid.", a forum post the gold
// keeps), so a year follows it; "Copyright" opens a heading or a
// sentence on the law ("Copyright Office Weighs In on AI Training",
// "Copyright license", "Copyright in the maps passed to the board in
// 1950."), so the line holds a year standing alone, is short and has
// no word in lower case; a sentence quoting a notice inside an article's paragraph
// ("… the note read 'all rights reserved' …") is as rare as it reads,
// and a paragraph longer than textRightsNoticeMaxWords stays.

// textRightsNoticeMaxWords is the most words a rights notice has: the
// longest, a firm's disclaimer closed by its rights, runs to 88, and an
// insurer's closed by "(c) 2025 …" after its terms' address to 94 (90
// kept it; 100 and 120 move no other wcxb-dev flat page).
const textRightsNoticeMaxWords = 100

// textCopyrightYearMaxWords is the most words a line opening
// "Copyright" with a year has.
const textCopyrightYearMaxWords = 12

// textIsRightsNotice reports whether s, one line of words words (with no
// web address when it is short enough to be a caption, as
// textIsCopyrightLine asks), is a rights notice typed without the
// copyright mark:
// it holds "all rights reserved" (letters in either case), or "(c)" or
// "(C)" at its start or after a space with a space and a year after
// it, or it opens "Copyright " and holds a year standing alone
// (hasLoneYear) in at most textCopyrightYearMaxWords words, none of
// them lower case (textLowerWords). keys are the line's content words
// as its reader kept them (textBlock.keys), nil when not known; digits
// its digit runes as the same reader counted them (textBlock.digits),
// read only when keys is not nil.
func textIsRightsNotice(s string, words, digits int, keys []uint64) bool {
	if words > textRightsNoticeMaxWords {
		return false
	}
	if words <= textCopyrightYearMaxWords && strings.HasPrefix(s, "Copyright ") && hasLoneYear(s) && !textLowerWords(s) {
		return true
	}
	if textMayHoldMarkYear(digits, keys) && textHasRightsMarkYear(s) {
		return true
	}
	return textMayHoldRightsWord(keys) && textHasFoldedASCIIAt(s, "all rights reserved", textRightsReservedRare)
}

// textRightsKey is the content key (textContentKey) of "rights".
var textRightsKey = textContentKeyPlain([]byte("rights"))

// textMayHoldRightsWord is false only when keys, a line's content words
// as its reader kept them (nil: not known), lack "rights". In "all
// rights reserved" the word stands between two spaces, so in any case
// of its letters it is a \w token of its own, "rights" lowered: six
// letters and no stopword, a content word whose key the reader keeps.
// Looking through a line's keys (some 86 instructions a line) is
// cheaper than the phrase's search, two passes of IndexByte for 'v' and
// 'V' and a stop at each 'v', some 330 instructions a line over the
// 7,796 kept one-line blocks of 100 long wcxb-dev flat pages that reach
// it (2.59 M; fifty-first session, docs/quality/text-extraction-3.md).
// TestTextRightsWordGateMatchesSearch holds it to the search.
//
// The keys are compared four at a time: the plain loop paid its index's
// step, its bound's test and a load of the key from memory for each key
// (six instructions; some 0.72 M over those blocks, about 15 keys a
// line), where four compares with the key held in a register share one
// step and one test (fifty-eighth session,
// docs/quality/text-extraction-5.md). TestTextRightsWordLoopMatchesPlain
// holds it to the plain loop.
func textMayHoldRightsWord(keys []uint64) bool {
	if keys == nil {
		return true
	}
	r := textRightsKey
	for len(keys) >= 4 {
		if keys[0] == r || keys[1] == r || keys[2] == r || keys[3] == r {
			return true
		}
		keys = keys[4:]
	}
	for _, k := range keys {
		if k == r {
			return true
		}
	}
	return false
}

// textMayHoldMarkYear is false only when a line its page's reader read
// (keys not nil) holds fewer digits than a year has: the year after
// "(c) " is four ASCII digits in a row (textYearAt), one \w token whose
// digits the reader counts (textBlock.digits, every word that is no
// stopword nor long word of letters, neither of which holds a digit).
// A block read without keys (nil: textNewBlock's, or the HTML path's
// byline blocks, built of their text alone) is searched as before. The '('
// search it spares cost 0.76 M over the 7,796 kept one-line blocks of
// 100 long wcxb-dev flat pages that reached it (fifty-first session,
// docs/quality/text-extraction-3.md); TestTextRightsMarkYearGateMatchesSearch
// holds it to the search alone.
func textMayHoldMarkYear(digits int, keys []uint64) bool {
	return keys == nil || digits >= len("2025")
}

// textRightsReservedRare is where "all rights reserved" holds its rarest
// letter, the 'v': textIsRightsNotice asks it of every kept one-line
// block, and looking from each 'a' of a long paragraph was most of its cost.
const textRightsReservedRare = 16

// textRightsMarkAt reports whether s holds "(c) " or "(C) " at i.
func textRightsMarkAt(s string, i int) bool {
	return i+4 <= len(s) && s[i] == '(' && (s[i+1] == 'c' || s[i+1] == 'C') && s[i+2] == ')' && s[i+3] == ' '
}

// textHasRightsMarkYear reports whether s holds "(c) " or "(C) " at its
// start or after a space, with a year (textYearAt) after it. It looks at
// each '(' of the line once, where a search for each of the two marks
// was two passes over every kept one-line block
// (TestTextRightsMarkYearMatchesIndex holds it to the two searches).
func textHasRightsMarkYear(s string) bool {
	for k := 0; ; {
		i := strings.IndexByte(s[k:], '(')
		if i < 0 {
			return false
		}
		i += k
		if !textRightsMarkAt(s, i) {
			k = i + 1
			continue
		}
		if (i == 0 || s[i-1] == ' ') && i+8 <= len(s) && textYearAt(s, i+4) {
			return true
		}
		k = i + len("(c) ")
	}
}
