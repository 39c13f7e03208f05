package extract

import (
	"regexp"
	"strings"
)

// Readers' comments under a flattened article are often headed by the
// writer's name and a stamp with the clock time, not by "Name says"
// (textKeepToComments): "Emma" over "December 18, 2025, 9:59 pm", a name
// run into its stamp ("AmySeptember 11, 2008 at 2:06 PM", a blog host's
// thread) or "Posted by: John at December 18, 2025 05:48 PM". The block
// model keeps some of those comments, the long ones that read like the
// article's prose; each model it was refitted on a half of wcxb-dev kept
// others (docs/quality.md, "Text extraction", thirty-second session).
//
// A forum's posts carry the same stamps, and their gold bodies keep the
// posts; so the thread cuts only under an article: the page's first
// stamp must stand under textThreadMinWords words of kept prose and head
// a comment (a name, or nothing, before the date), and a second stamp
// must follow within textThreadReach blocks. A question-and-answer
// site's first stamp ("asked Feb 11, 2011 at 23:49") and a forum's
// ("Joined: Mon Jul 24, 2017 9:28 am") name no writer, and a forum's
// first post stands right under its first stamp.

// textThreadMinWords is the kept prose a thread must stand under. On the
// wcxb-dev flat pages forum threads cut at their second stamp stood under
// 150 to 261 words of their first posts (at 150, two forums lost their
// posts: 2826 −0.52, 1177 −0.02); the shortest article above a thread
// that left the body was 380 words (4456, held out only; at 500 it
// stays). 300 sits between.
const textThreadMinWords = 300

// textThreadReach is how many blocks under a thread's first stamp its
// second stands at most: a comment, its reply buttons and the next head.
const textThreadReach = 30

// textThreadStampMaxWords is the longest stamp line: a writer's name of
// up to four words, "Posted by:", the date and the clock time.
const textThreadStampMaxWords = 10

// textThreadStampRE matches a line that ends in a day with its clock time
// ("Dec 18, 2025, 9:46 pm", "September 11, 2008 at 2:06 PM",
// "December 16, 2025 11:15 AM", "Oct 16, 2010 at 21:58").
var textThreadStampRE = regexp.MustCompile(`(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4},?(?: at)? \d{1,2}:\d{2} ?(?:[ap]\.?m\.?)?$`)

// textThreadHeadRE matches a stamp that heads a comment: before the date
// nothing, or a name of up to four capitalised words, run into the date
// or not, behind "Posted by" and before "at" when the blog says so.
var textThreadHeadRE = regexp.MustCompile(`^(?:Posted by:? )?(?:[A-Z][\pL'.-]*\s?){0,4}?(?:at )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)`)

// textIsThreadStamp reports whether b is a short line ending in a day
// with its clock time. textEndsInClock runs first: the expression, with
// its month searched from every byte, cost the flat path a sixth of its
// instructions when it ran on every short line with a colon.
func textIsThreadStamp(b *textBlock) bool {
	return b.words <= textThreadStampMaxWords && !b.sentEnd && textEndsInClock(b.text) &&
		textThreadStampRE.MatchString(b.text)
}

// textEndsInClock reports whether s could end as textThreadStampRE asks:
// a digit, a colon and two digits, then at most " a.m." (five bytes).
// The clock's colon is the line's last, since the tail holds none.
func textEndsInClock(s string) bool {
	i := strings.LastIndexByte(s, ':')
	return i > 0 && i+3 <= len(s) && len(s)-(i+3) <= len(" a.m.") &&
		isDigitByte(s[i-1]) && isDigitByte(s[i+1]) && isDigitByte(s[i+2])
}

// textKeepToThread drops every block from the head of a thread of
// readers' comments under the article: the page's first stamp at or
// after the body's start (textIsThreadStamp), when it heads a comment
// (textThreadHeadRE), stands under textThreadMinWords words of kept
// prose and has a second stamp within textThreadReach blocks under it.
// A short line right above the stamp is the writer's name, and goes too.
func textKeepToThread(blocks []textBlock, first int, keep []bool) {
	words := 0
	for i := max(first, 0); i < len(blocks); i++ {
		b := &blocks[i]
		if !textIsThreadStamp(b) {
			if keep[i] && textProse(b) {
				words += b.words
			}
			continue
		}
		if words < textThreadMinWords || !textThreadHeadRE.MatchString(b.text) || !textStampWithin(blocks, i+1, i+textThreadReach) {
			return
		}
		if i > 0 && blocks[i-1].words <= textMenuLabelWords && !blocks[i-1].sentEnd {
			i-- // the writer's name over the stamp
		}
		clear(keep[i:])
		return
	}
}

// textStampWithin reports whether a block of blocks[from:to+1] is a
// thread's stamp.
func textStampWithin(blocks []textBlock, from, to int) bool {
	for j := from; j < len(blocks) && j <= to; j++ {
		if textIsThreadStamp(&blocks[j]) {
			return true
		}
	}
	return false
}
