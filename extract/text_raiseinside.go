package extract

import (
	"regexp"
	"strings"

	"github.com/storyfold/storyfold/textnorm"
)

// A sure article's raised bar (textRaiseBar) drops short lines the block
// model kept only just. Inside the body it leaves, between the first and
// last blocks it keeps, many of those lines are the article's own: a
// section's headings over their paragraphs, a list's items, a card's
// specifications ("Key features: …"). The same holes on a forum or a
// comment thread are each post's header (a login and its repeat, a rank,
// a date, "#7"), which the raised bar is there to drop: a page whose
// holes hold one gets none back (textHolesHavePostHeader). A hole that
// is a site's navigation or a shop's card gives none back either
// (textHoleGivesBack).

// textRaiseInsideWords is the length under which a line the raised bar
// dropped comes back when it lies inside the body that bar leaves.
const textRaiseInsideWords = 15

// textRaiseInsideHole is the most lines a hole may give back: a longer
// run is a site's list (an error index under a reference page), not a
// section's headings or a card's lines.
const textRaiseInsideHole = 20

// textRaiseInsideLines is the longest hole, in lines, that gives any back:
// a longer one is a site's navigation inside the body's bounds (a
// reference page's index of 261 lines under its article).
const textRaiseInsideLines = 40

// textKeepRaisedInside keeps again the short lines (under
// textRaiseInsideWords words, stated once on the page) that textRaiseBar
// cleared (cut, nil when it did not run) between the first and last
// blocks keep holds, unless a hole there holds a post's header. It runs
// after the doubted sentences are dropped (textDropDoubtedIn): a cookie
// notice the model doubts, under a docs page's footer menus, is then no
// bound of a hole.
func textKeepRaisedInside(blocks []textBlock, keep, cut []bool) {
	if cut == nil {
		return
	}
	first, last := textKeptBounds(keep)
	if first < 0 || !textAnyRaisedBack(blocks, cut, first, last) || textHolesHavePostHeader(blocks, keep, first, last) {
		return
	}
	// Above the first paragraph the holes are the site's top bar and the
	// headline's surroundings (an old docs site's "This site is no longer
	// updated", its menu), not the article's sections.
	for first < last && !(keep[first] && textIsOpeningParagraph(&blocks[first])) {
		first++
	}
	prev := first
	for j := first + 1; j <= last; j++ {
		if !keep[j] {
			continue
		}
		n := 0
		for i := prev + 1; i < j; i++ {
			n += textBool(textRaisedBack(&blocks[i], cut[i]))
		}
		// A hole with no line to give back keeps what it kept whatever its
		// guards say: asked of every hole, most of them none between two
		// kept paragraphs, the guards cost some 1.2 M of 100 long wcxb-dev
		// flat pages' instructions for 30 holes that gave back of 2,134
		// (fifty-sixth session; TestTextKeepRaisedInsideMatchesPlain).
		if n > 0 && textHoleGivesBack(blocks[prev:j+1], n) {
			for i := prev + 1; i < j; i++ {
				keep[i] = keep[i] || textRaisedBack(&blocks[i], cut[i])
			}
		}
		prev = j
	}
}

// textIsOpeningParagraph reports whether a kept line may be the first
// paragraph, under which the raised bar's holes give back: a sentence of
// prose (textIsProseSentence), but no banner's two sentences run
// together ("We want to hear from you!Take our survey!").
func textIsOpeningParagraph(b *textBlock) bool {
	return textIsProseSentence(b) && !textSentencesRunTogether(b.text)
}

// textAnyRaisedBack reports whether a line between first and last may
// come back (textRaisedBack). Most pages have none, and the post
// header's search over their holes' lines (textHolesHavePostHeader, a
// handful of expressions a line) is then not made: it cost 38 M of 100
// wcxb-dev flat pages' 470 M instructions when asked of every page.
func textAnyRaisedBack(blocks []textBlock, cut []bool, first, last int) bool {
	for i := first + 1; i < last; i++ {
		if textRaisedBack(&blocks[i], cut[i]) {
			return true
		}
	}
	return false
}

// textRaisedBack reports a line the raised bar cleared (cut) that may
// come back: short, stated once on the page and no call to act.
func textRaisedBack(b *textBlock, cut bool) bool {
	return cut && b.words < textRaiseInsideWords && b.dup == 0 && !b.action
}

// textHoleGivesBack reports whether a hole, span without its first and
// last lines (the kept lines that bound it), may give back its back
// lines: at most textRaiseInsideHole of them in a hole of at most
// textRaiseInsideLines lines, and the hole is none of a table of
// contents (textHoleHasContents), a promotion's box
// (textHoleHasCallToAct), other posts' teaser cards
// (textHoleHasCardByline), the comments' start (textHoleHasCommentsHead),
// a menu's entries run into one line (textHoleHasMenuRow), a flattened
// table (textHoleIsGluedTable) or a shop's card (textHoleIsCard).
func textHoleGivesBack(span []textBlock, back int) bool {
	hole := span[1 : len(span)-1]
	if back > textRaiseInsideHole || len(hole) > textRaiseInsideLines {
		return false
	}
	for _, site := range [...]func([]textBlock) bool{
		textHoleHasContents, textHoleHasCallToAct, textHoleHasCardByline,
		textHoleHasCommentsHead, textHoleHasMenuRow, textHoleIsGluedTable,
	} {
		if site(hole) {
			return false
		}
	}
	// The card's price, and the person's job or bio, may be a bounding line.
	return !textHoleIsCard(span) && !textHoleHasPersonCard(span)
}

// textHoleHasCallToAct reports a hole of two lines or more whose last
// line is a call to act ("Download now", "Contact us"): a promotion's box
// set between the kept lines (a salary guide's title, its pitch, then
// its button), whose short lines are the box's, not the article's. Any
// call to act in the hole was too broad: an article's steps hold them
// (wcxb-dev flat articles -0.00014; docs/quality/text-extraction.md,
// "Flat recall, `textKeepRaisedInside`", fortieth session).
func textHoleHasCallToAct(hole []textBlock) bool {
	return len(hole) > 1 && hole[len(hole)-1].action
}

// textCardBylineRE reads a teaser card's byline: a name and the day, the
// year last ("Andrew Snavely 12 February,2026", "Jane Doe · March 3,
// 2025").
var textCardBylineRE = regexp.MustCompile(`(?i)^(?:[a-z][\pL'.-]*\s){1,4}[·|,–-]?\s?(?:\d{1,2}\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s\d{1,2})?,?\s?\d{4}$`)

// textHoleHasCardByline reports a hole that holds a teaser card's byline
// (textCardBylineRE): the other posts' cards under an article, each a
// title and a name with the day in the hole, and a pitch the model kept
// bounding it. textHolesHavePostHeader's date lines do not read a day
// run into its year ("February,2026").
func textHoleHasCardByline(hole []textBlock) bool {
	for i := range hole {
		// The year's four digits gate the expression.
		if hole[i].words <= 8 && hole[i].digits >= 4 && textCardBylineRE.MatchString(strings.TrimSpace(hole[i].text)) {
			return true
		}
	}
	return false
}

// textCommentsHeadRE reads a comment section's heading or its call
// ("Reader Comments", "Post a Comment", "3 comments").
var textCommentsHeadRE = regexp.MustCompile(`(?i)\bcomments?\b`)

// textHoleHasCommentsHead reports a hole that holds a short line naming
// the comments (textCommentsHeadRE), no sentence: the article has ended
// above it, and the lines around it (the last teaser titles, "Post a
// comment →") are the page's, bounded below by a reader's comment.
func textHoleHasCommentsHead(hole []textBlock) bool {
	for i := range hole {
		if hole[i].words <= 8 && !hole[i].sentEnd && textHasFoldedASCII(hole[i].text, "comment") && textCommentsHeadRE.MatchString(hole[i].text) {
			return true
		}
	}
	return false
}

// textSentencesRunTogether reports a line that holds two sentences
// flattening ran together without a space ("Take our survey!Go to
// react.dev", textnorm.AppendUnglued): a banner's or a box's lines.
func textSentencesRunTogether(s string) bool {
	var room [2]string
	return len(textnorm.AppendUnglued(room[:0], s)) > 1
}

// textClockRE finds a time of day ("5:09 PM", "12:06:18", "at 4:26").
// A listing's short age at a line's end ("Newark, DE · 11d", "3h") is one
// too.
var textClockRE = regexp.MustCompile(`\b\d{1,2}:\d\d\b|(?:^|[\s·])\d{1,3}\s?(?:s|m|h|d|w|min|mins|hr|hrs)$`)

// textMayHoldClock is true of every line textClockRE matches: a time of
// day is a digit, a colon and a digit, and an age ends with its unit's
// letters right after a digit or a digit and one white space. The lines
// of the holes that reach the expression hold a digit ("1 Reaction",
// "$7 at Amazon", "20 May 2025"), and it took some 17 thousand
// instructions on each, 0.75 M of 100 wcxb-dev flat pages' 420 M for no
// match (forty-second session; TestTextMayHoldClockCoversRE).
func textMayHoldClock(t string) bool {
	if textHoldsDigitsAround(t, ':') {
		return true
	}
	j := len(t)
	for j > 0 && t[j-1] >= 'a' && t[j-1] <= 'z' {
		j--
	}
	switch t[j:] {
	case "s", "m", "h", "d", "w", "min", "mins", "hr", "hrs":
	default:
		return false
	}
	if j > 1 && isASCIISpace(t[j-1]) {
		j--
	}
	return j > 0 && isDigitByte(t[j-1])
}

// textHoldsDigitsAround reports whether s holds c with an ASCII digit
// right before and right after it ("5:09", "10/12", "2025-06").
func textHoldsDigitsAround(s string, c byte) bool {
	for k := strings.IndexByte(s, c); k >= 0; {
		if k > 0 && k+1 < len(s) && isDigitByte(s[k-1]) && isDigitByte(s[k+1]) {
			return true
		}
		n := strings.IndexByte(s[k+1:], c)
		if n < 0 {
			return false
		}
		k += 1 + n
	}
	return false
}

// textPostNumberRE reads a post's number alone on its line ("#7", "# 12").
var textPostNumberRE = regexp.MustCompile(`^#\s?\d{1,5}$`)

// textHolesHavePostHeader reports whether a line of keep's holes between
// first and last reads as a forum post's or a comment's header: a date
// (textDateLine, a relative one, a time of day), a post's number, a
// poster's profile line (textPosterLabelRE), or a name stated twice in a
// row ("MacroMan" over "– MacroMan"), one of the two in the hole.
func textHolesHavePostHeader(blocks []textBlock, keep []bool, first, last int) bool {
	for i := first + 1; i < last; i++ {
		if keep[i] {
			continue
		}
		b := &blocks[i]
		if b.words > textRaiseInsideWords {
			continue
		}
		// Each expression is asked only of a line that holds what every
		// match needs (a digit, "#", a colon, "ago", "day"): asked of every
		// line they cost 26 M of 100 wcxb-dev flat pages' instructions
		// (TestTextHolesPostHeaderGates holds the gates to the plain form).
		t := strings.TrimSpace(b.text)
		digits := b.digits > 0
		if digits && strings.HasPrefix(t, "#") && textPostNumberRE.MatchString(t) ||
			strings.IndexByte(b.low, ':') >= 0 && textPosterLabelRE.MatchString(b.low) {
			return true
		}
		if digits && textMayHoldClock(t) && textClockRE.MatchString(t) {
			return true
		}
		if _, ok := textDateLine(b, textRaiseInsideWords); ok {
			return true
		}
		if textLineIsRelativeDate(t, digits) {
			return true
		}
		name := strings.TrimLeft(t, textNameMarks)
		if name != "" && (textSameName(blocks[i-1].text, name) || textSameName(blocks[i+1].text, name)) {
			return true
		}
	}
	return false
}

// textLineIsRelativeDate reports a line that states a relative or
// yearless date ("3 days ago", "Yesterday at 4:26 PM", "March 5 at 9:00"),
// digits telling whether it holds a digit.
func textLineIsRelativeDate(t string, digits bool) bool {
	if digits && textYearlessRE.MatchString(t) {
		return true
	}
	if !textHasFoldedASCII(t, "ago") && !textHasFoldedASCII(t, "day") {
		return false
	}
	low := strings.ToLower(t)
	return textAgoUnitsRE.MatchString(low) || textDayWordRE.MatchString(low)
}

// textHasFoldedASCII reports whether s holds w (lower-case ASCII
// letters, the first not k or s) in any case: at each place IndexByte
// finds w's first letter, in lower case and then in upper, one
// strings.EqualFold. Only ASCII bytes fold to the first letter (the
// Kelvin sign and the long s fold to k and s), so no place is missed; a
// later letter may still match a rune beyond ASCII, as EqualFold
// allows. The raised bar's hole guards ask it of short lines, a
// post-list sentence's test of every line ending in a colon, where a
// byte loop over a long sentence was some five instructions a byte
// (TestTextHasFoldedASCIIMatchesLoop holds it to the byte loop).
func textHasFoldedASCII(s, w string) bool {
	return textHasFoldedASCIIAt(s, w, 0)
}

// textHasFoldedASCIIAt is textHasFoldedASCII looking for w's letter at
// index at (a lower-case ASCII letter, not k or s) rather than its
// first: a caller whose word opens on a common letter ("all rights
// reserved", whose 'a' a long line holds every few bytes) names a rare
// one ('v'). A match is as many runes as w's bytes, so all ASCII (the
// runes that fold to k and s are longer than a byte), and its byte at
// at is that letter in one case or the other: no place is missed
// (TestTextHasFoldedASCIIAtMatchesFirst).
//
// For the same reason each byte of a match is w's byte in one case or
// the other, so its byte with the case bit (0x20) set is w's: the letters
// on either side of the one found are asked so before the fold, which
// turns away most places ("have", "over" for the 'v' of "reserved") for
// a few instructions where the fold's call was some sixty
// (docs/quality/text-extraction-2.md, "Text speed", forty-fifth session).
func textHasFoldedASCIIAt(s, w string, at int) bool {
	for _, c := range [...]byte{w[at], w[at] - ('a' - 'A')} {
		for k := at; k+len(w)-at <= len(s); k++ {
			i := strings.IndexByte(s[k:len(s)-len(w)+at+1], c)
			if i < 0 {
				break
			}
			k += i
			if at > 0 && s[k-1]|0x20 != w[at-1]|0x20 || at+1 < len(w) && s[k+1]|0x20 != w[at+1]|0x20 {
				continue
			}
			if strings.EqualFold(s[k-at:k-at+len(w)], w) {
				return true
			}
		}
	}
	return false
}

// textNameMarks are what a post's header may set before a name it
// repeats ("– MacroMan", "@MacroMan"): dashes, an at sign, spaces.
const textNameMarks = "–—-@ "

// textSameName reports whether line s states name, a dash or an at sign
// before it or not (textNameMarks).
func textSameName(s, name string) bool {
	return strings.TrimLeft(strings.TrimSpace(s), textNameMarks) == name
}

// textPosterLabelRE reads a poster's profile line under a forum post's
// name ("Posts: 133", "Joined: Mar 2019").
var textPosterLabelRE = regexp.MustCompile(`^(posts|joined|messages|reputation)\s*:\s*\S`)

// textHoleHasContents reports a hole that holds a table of contents'
// heading ("Contents" over "1 Installation", "1.1 USE flags"): its
// entries are the page's navigation, which the gold leaves out.
func textHoleHasContents(hole []textBlock) bool {
	for i := range hole {
		if textIsContentsHeading(&hole[i]) {
			return true
		}
	}
	return false
}

// textMenuRowWords is the fewest words of a menu's entries run into one
// line (textHoleHasMenuRow): "Why Go Use Cases Case Studies", "Student
// Services Overview Academic Information …". On wcxb-dev flat pages 5,
// 9 and 12 words pass the body bar as well (articles +0.00026, +0.00025,
// +0.00022); 7 is the best (+0.00026; docs/quality/text-extraction.md,
// "Flat recall, `textRaiseBar`: try E kept", fortieth session).
const textMenuRowWords = 7

// textHoleHasMenuRow reports a hole that holds a menu's entries run into
// one line by flattening: textMenuRowWords words or more, four in five of
// them capitalised, no sentence's end anywhere in it. A section's
// heading is shorter or holds stopwords; on a docs site's footer or a
// mega menu the line stands among the entries' other lines, which the
// raised bar's hole would give back.
func textHoleHasMenuRow(hole []textBlock) bool {
	for i := range hole {
		b := &hole[i]
		if b.words >= textMenuRowWords && !b.sentEnd && b.marks == 0 && 5*b.caps >= 4*b.words {
			return true
		}
	}
	return false
}

// textHoleIsGluedTable reports a hole that is a two-column table
// flattened without a space between each label and its value
// ("FormatHardcover", "Item Height0.9 in", a book's specifications on a
// shop's page): three of its lines or more, and half of them, run a
// label into its value (textGluedLabel). A brand's camel case
// ("JavaScript", "GitHub") is one line among a list's others.
func textHoleIsGluedTable(hole []textBlock) bool {
	n := 0
	for i := range hole {
		n += textBool(textGluedLabel(hole[i].text))
	}
	return n >= 3 && 2*n >= len(hole)
}

// textGluedLabel reports a word of s that runs a label of three letters
// or more into its value: a capital after a lower-case letter
// (textGluedWords, the author readings' test: "FormatHardcover",
// "AuthorJ.") or a digit after three letters, the last two lower-case
// ("Height0.9", "Weight12").
func textGluedLabel(s string) bool {
	return textGluedRead(s, true)
}

// textHoleIsCard reports a hole whose lines, or the two kept lines that
// bound it (span), hold a price alone on its line (at most three words,
// textCountPrices): a shop's or a course's card, whose name, code and
// options ("BUSA-40950", "Units: 3.50") the raised bar cut.
func textHoleIsCard(span []textBlock) bool {
	for i := range span {
		b := &span[i]
		if b.words <= 3 && textMayHoldPrice(b) && textCountPrices(b.text) > 0 {
			return true
		}
	}
	return false
}
