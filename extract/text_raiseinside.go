package extract

import (
	"regexp"
	"strings"
)

// A sure article's raised bar (textRaiseBar) drops short lines the block
// model kept only just. Inside the body it leaves, between the first and
// last blocks it keeps, many of those lines are the article's own: a
// section's headings over their paragraphs, a list's items, a card's
// specifications ("Key features: …"). The same holes on a forum or a
// comment thread are each post's header (a login and its repeat, a rank,
// a date, "#7"), which the raised bar is there to drop: a page whose
// holes hold one gets none back (textHolesHavePostHeader).

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
// took from keep (was is keep before it) between the first and last
// blocks it left kept, unless a hole there holds a post's header.
func textKeepRaisedInside(blocks []textBlock, keep, was []bool) {
	first, last := textKeptBounds(keep)
	if first < 0 || textHolesHavePostHeader(blocks, keep, first, last) {
		return
	}
	// Above the first paragraph the holes are the site's top bar and the
	// headline's surroundings (an old docs site's "This site is no longer
	// updated", its menu), not the article's sections.
	for first < last && !(keep[first] && textIsProseSentence(&blocks[first])) {
		first++
	}
	prev := first
	for j := first + 1; j <= last; j++ {
		if !keep[j] {
			continue
		}
		n := 0
		for i := prev + 1; i < j; i++ {
			n += textBool(textRaisedBack(&blocks[i], was[i]))
		}
		if n <= textRaiseInsideHole && j-prev-1 <= textRaiseInsideLines && !textHoleHasContents(blocks[prev+1:j]) {
			for i := prev + 1; i < j; i++ {
				keep[i] = keep[i] || textRaisedBack(&blocks[i], was[i])
			}
		}
		prev = j
	}
}

// textRaisedBack reports a line the raised bar dropped (was kept) that
// may come back: short and stated once on the page.
func textRaisedBack(b *textBlock, was bool) bool {
	return was && b.words < textRaiseInsideWords && b.dup == 0 && !b.action
}

// textClockRE finds a time of day ("5:09 PM", "12:06:18", "at 4:26").
// A listing's short age at a line's end ("Newark, DE · 11d", "3h") is one
// too.
var textClockRE = regexp.MustCompile(`\b\d{1,2}:\d\d\b|(?:^|[\s·])\d{1,3}\s?(?:s|m|h|d|w|min|mins|hr|hrs)$`)

// textPostNumberRE reads a post's number alone on its line ("#7", "# 12").
var textPostNumberRE = regexp.MustCompile(`^#\s?\d{1,5}$`)

// textHolesHavePostHeader reports whether a line of keep's holes between
// first and last reads as a forum post's or a comment's header: a date
// (textDateLine, a relative one, a time of day), a post's number, or a
// name stated twice in a row ("MacroMan" over "– MacroMan"), one of the
// two in the hole.
func textHolesHavePostHeader(blocks []textBlock, keep []bool, first, last int) bool {
	for i := first + 1; i < last; i++ {
		if keep[i] {
			continue
		}
		b := &blocks[i]
		if b.words > textRaiseInsideWords {
			continue
		}
		t := strings.TrimSpace(b.text)
		if textPostNumberRE.MatchString(t) || textPosterLabelRE.MatchString(b.low) {
			return true
		}
		if textClockRE.MatchString(t) {
			return true
		}
		if _, ok := textDateLine(b, textRaiseInsideWords); ok {
			return true
		}
		low := strings.ToLower(t)
		if textAgoUnitsRE.MatchString(low) || textDayWordRE.MatchString(low) || textYearlessRE.MatchString(t) {
			return true
		}
		name := strings.TrimLeft(t, "–—-@ ")
		if name != "" && (textSameName(blocks[i-1].text, name) || textSameName(blocks[i+1].text, name)) {
			return true
		}
	}
	return false
}

// textSameName reports whether line s states name, a dash or an at sign
// before it or not.
func textSameName(s, name string) bool {
	return strings.TrimLeft(strings.TrimSpace(s), "–—-@ ") == name
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
