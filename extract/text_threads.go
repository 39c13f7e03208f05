package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Readers' comments under a flattened article read as prose, and with no
// heading the span cues know ("12 Comments", "Leave a Reply") over them
// the block model keeps them as body. A blog's thread heads its comments
// in one of a few layouts; one reader (keepTo) walks down from the body's
// start to the page's first head in a layout, and that head alone
// decides: the body ends there when the layout's gates pass, and the
// layout cuts nothing otherwise. docs/quality.md, "Text extraction": the
// fourth stop ("Name says") and the thirty-second session (stamps).

// textThreadLayout is one way a thread heads its comments, with what the
// page above its first head must show for the thread to leave the body.
type textThreadLayout struct {
	maxWords int                                  // a head's words at most
	isHead   func(blocks []textBlock, i int) bool // block i, short enough, heads a comment
	opens    *regexp.Regexp                       // the first head's line is a reader's, not a post's (nil: any)
	minWords int                                  // kept prose the first head stands under at least
	reach    int                                  // a second head follows within reach blocks (0: not asked)
	name     bool                                 // a short line right over the first head, the writer's name, goes too
	// ends holds the bytes a head's line can end in: a line ending in
	// another is no head, and isHead is not asked (textThreadLineEnds).
	ends *[256]bool
}

// textSaysThread: "Jane Roe says:" (a name of up to four words) over
// "July 14, 2015 at 4:30 pm". On the wcxb-dev flat article pages 284
// such heads stand before text the gold body leaves out and 1 before
// text it keeps; forum pages, whose posts are their body, head posts
// otherwise ("jdoe said:") and hold none.
var textSaysThread = textThreadLayout{maxWords: 6, isHead: textIsCommentHead, ends: textThreadLineEnds("sS:")}

// textStampThread: a name over a stamp with the clock time ("Emma" over
// "December 18, 2025, 9:59 pm"), a name run into its stamp ("AmySeptember
// 11, 2008 at 2:06 PM") or "Posted by: John at December 18, 2025 05:48
// PM": 10 words at most. A forum's posts carry the same stamps, and their
// gold bodies keep the posts; so the thread leaves only from under an
// article. The first stamp must head a comment (textThreadHeadRE: a
// question-and-answer site's "asked Feb 11, 2011 at 23:49" and a forum's
// "Joined: Mon Jul 24, 2017 9:28 am" name no writer) under 300 words of
// kept prose: on the wcxb-dev flat pages forum threads cut at their
// second stamp stood under 150 to 261 words of their first posts (at
// 150, two forums lost their posts: 2826 −0.52, 1177 −0.02), and the
// shortest article above a thread that left the body was 380 words
// (4456, held out only; at 500 it stays). A second stamp must follow
// within 30 blocks: a comment, its reply buttons and the next head.
var textStampThread = textThreadLayout{maxWords: 10, isHead: textIsThreadStamp, opens: textThreadHeadRE, minWords: 300, reach: 30, name: true,
	ends: textThreadLineEnds("0123456789 mM.")}

// textKeepToComments ends the body at a "Name says" thread.
func textKeepToComments(blocks []textBlock, first int, keep []bool) {
	textSaysThread.keepTo(blocks, first, keep)
}

// textKeepToThread ends the body at a thread of stamped comments.
func textKeepToThread(blocks []textBlock, first int, keep []bool) {
	textStampThread.keepTo(blocks, first, keep)
}

// keepTo drops every block from the page's first head at or after the
// body's start (first), when the layout's gates pass.
func (l *textThreadLayout) keepTo(blocks []textBlock, first int, keep []bool) {
	words := 0 // kept prose above the head
	for i := max(first, 0); i < len(blocks); i++ {
		if !l.mayHead(&blocks[i]) || !l.isHead(blocks, i) { // heads, with its gate inlined
			if l.minWords > 0 && keep[i] && textProse(&blocks[i]) {
				words += blocks[i].words
			}
			continue
		}
		if words < l.minWords || l.opens != nil && !l.opens.MatchString(blocks[i].text) || l.reach > 0 && !l.headWithin(blocks, i+1, i+l.reach) {
			return
		}
		if l.name && i > 0 && blocks[i-1].words <= textMenuLabelWords && !blocks[i-1].sentEnd {
			i-- // the writer's name over the head
		}
		clear(keep[i:])
		return
	}
}

// heads reports whether block i heads a comment.
func (l *textThreadLayout) heads(blocks []textBlock, i int) bool {
	return l.mayHead(&blocks[i]) && l.isHead(blocks, i)
}

// mayHead reports whether b is short enough to head a comment and ends
// in a byte a head ends in. Most blocks are longer than a head, and the
// test of their words spares them isHead; most short lines end in a
// letter no head ends in (a menu's item, a heading, a name), and the
// test of their last byte spares them the rest: the calls of isHead
// were 2.5 M of 100 long wcxb-dev flat pages' 387 M instructions, 30
// thousand short lines, a few dozen of them heads
// (TestTextThreadHeadsMatchPlain).
func (l *textThreadLayout) mayHead(b *textBlock) bool {
	return b.words <= l.maxWords && l.ends[textLastByte(b.text)]
}

// textLastByte is the last byte of s, 0 when s is empty.
func textLastByte(s string) byte {
	if s == "" {
		return 0
	}
	return s[len(s)-1]
}

// textThreadLineEnds is the set of the bytes of ends, for
// textThreadLayout.ends. A "Name says" head ends in "says" or "says:"
// (strings.EqualFold folds no other byte to an ASCII s in the last of its
// five bytes: 'ſ' is two). A stamp ends as textThreadStampRE's
// `\d{2} ?(?:[ap]\.?m\.?)?$` does, (?i) folding m to M only: in a digit,
// a space, "m", "M" or a full stop.
func textThreadLineEnds(ends string) *[256]bool {
	var set [256]bool
	for i := range len(ends) {
		set[ends[i]] = true
	}
	return &set
}

// headWithin reports whether a block of blocks[from:to+1] heads a comment.
func (l *textThreadLayout) headWithin(blocks []textBlock, from, to int) bool {
	for j := from; j < len(blocks) && j <= to; j++ {
		if l.heads(blocks, j) {
			return true
		}
	}
	return false
}

// textIsCommentHead reports whether block i, a short line of two words
// or more, ends in "says" (or "says:") with a date line right under it.
func textIsCommentHead(blocks []textBlock, i int) bool {
	b := &blocks[i]
	if b.words < 2 || i+1 >= len(blocks) {
		return false
	}
	s := strings.TrimSuffix(b.text, ":")
	if len(s) < 5 || !strings.EqualFold(s[len(s)-5:], " says") {
		return false
	}
	return textIsDateOnly(&blocks[i+1])
}

// textThreadStampRE matches a line that ends in a day with its clock time
// ("Dec 18, 2025, 9:46 pm", "September 11, 2008 at 2:06 PM",
// "December 16, 2025 11:15 AM", "Oct 16, 2010 at 21:58").
var textThreadStampRE = regexp.MustCompile(`(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4},?(?: at)? \d{1,2}:\d{2} ?(?:[ap]\.?m\.?)?$`)

// textThreadHeadRE matches a stamp that heads a comment: before the date
// nothing, or a name of up to four capitalised words, run into the date
// or not, behind "Posted by" and before "at" when the blog says so.
var textThreadHeadRE = regexp.MustCompile(`^(?:Posted by:? )?(?:[A-Z][\pL'.-]*\s?){0,4}?(?:at )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)`)

// textIsThreadStamp reports whether block i, a short line, ends in a day
// with its clock time. textEndsInClock runs first: the expression, with
// its month searched from every byte, cost the flat path a sixth of its
// instructions when it ran on every short line with a colon.
func textIsThreadStamp(blocks []textBlock, i int) bool {
	b := &blocks[i]
	return !b.sentEnd && textEndsInClock(b.text) && textYearBeforeClock(b.text) &&
		textThreadStampRE.MatchString(textThreadStampTail(b.text))
}

// textThreadStampTail is the part of s every match of textThreadStampRE
// lies in, so that the expression, unanchored at its start, is not tried
// at every byte of a long line (docs/quality.md, "Text speed, round
// thirty-six": the lines that reach it are mostly short, and it spares
// little, 0.1 M of 100 wcxb-dev flat pages' instructions). A match is a run of
// letters (the month's name; (?i)[a-z] takes 'ſ' and the Kelvin sign,
// bytes of longer sequences) and after it at most textThreadStampAfter
// bytes, none a letter but those of " at" and "a.m.". So an ASCII byte
// that is no letter, textThreadStampAfter+1 bytes or more before s's
// end, lies in no match, and the part after the last such byte holds
// every match; the expression has no ^ or \b, so the part holds no match
// s does not (TestTextThreadStampTailMatchesRE).
func textThreadStampTail(s string) string {
	for j := len(s) - textThreadStampAfter - 1; j >= 0; j-- {
		if c := s[j] | 0x20; s[j] < utf8.RuneSelf && (c < 'a' || c > 'z') {
			return s[j+1:]
		}
	}
	return s
}

// textThreadStampAfter is the most bytes a match of textThreadStampRE
// holds after its month's name: `\.? \d{1,2},? \d{4},?(?: at)?
// \d{1,2}:\d{2} ?(?:[ap]\.?m\.?)?`, 1+1+2+1+1+4+1+3+1+2+1+2+1+4.
const textThreadStampAfter = 25

// textYearBeforeClock reports whether s, for which textEndsInClock holds,
// has before its clock what textThreadStampRE asks there: a year of four
// digits, then maybe a comma and " at", a space and the hour's one or two
// digits (`\d{4},?(?: at)? \d{1,2}:`). The expression cost some 51,000
// instructions a line, and most short lines that end in a clock are
// opening hours ("Tuesday 3:15-5:15pm", "Mondays, 9:00-10:30 AM"), 11
// of the 14 a pass over 50 wcxb-dev flat pages (docs/quality.md, "Text
// speed, round forty-eight"). It reads backwards from the clock's colon,
// and refuses no line the expression matches
// (TestTextYearBeforeClockCoversStamp).
func textYearBeforeClock(s string) bool {
	tail := max(len(s)-len(":00 a.m."), 0)
	i := tail + strings.LastIndexByte(s[tail:], ':') // the clock's colon, s[i-1] a digit
	j := i - 1                                       // the hour's first digit
	if j > 0 && isDigitByte(s[j-1]) {
		j--
	}
	if j < 1 || s[j-1] != ' ' {
		return false
	}
	j-- // the space before the hour
	if j >= 3 && s[j-3] == ' ' && s[j-2]|0x20 == 'a' && s[j-1]|0x20 == 't' {
		j -= 3 // " at", in any case
	}
	if j > 0 && s[j-1] == ',' {
		j--
	}
	return j >= 4 && isDigitByte(s[j-1]) && isDigitByte(s[j-2]) && isDigitByte(s[j-3]) && isDigitByte(s[j-4])
}

// textEndsInClock reports whether s could end as textThreadStampRE asks:
// a digit, a colon and two digits, then at most " a.m." (five bytes). So
// the clock's colon, the line's last, stands in its last eight bytes, and
// only they are searched.
func textEndsInClock(s string) bool {
	tail := max(len(s)-len(":00 a.m."), 0)
	i := tail + strings.LastIndexByte(s[tail:], ':') // tail-1: none
	return i >= tail && i > 0 && i+3 <= len(s) && isDigitByte(s[i-1]) && isDigitByte(s[i+1]) && isDigitByte(s[i+2])
}
