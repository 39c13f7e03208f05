package extract

import (
	"strings"
	"unicode/utf8"
)

// Several writers named on one line between the headline and the date
// ("Jane Roe, Ed Poe & Al Moe" / "Nov 25th, 2025"), with no label: the
// gold keeps the list as the page writes it. textNameUnderHeadline
// reads one name there (nameLike's four words at most).

// textNameListJoins set the names of a list apart, longest first.
var textNameListJoins = []string{", and ", ", ", " & ", " and "}

// textNameListUnderHeadline is the list of names (textIsNameList) on one
// of the two lines under the headline at, with a date line under it
// (textDatePastLabel), or "". The second line is read past any line
// (a standfirst or a section label).
func textNameListUnderHeadline(blocks []textBlock, at int) string {
	return textTextAt(blocks, textLineUnder(blocks, at, false, func(i int) bool {
		return textIsNameList(blocks[i].text, blocks) && textDatePastLabel(blocks, i, 1, true)
	}))
}

// textIsNameList reports whether t is two names or more joined by
// commas, "&" or "and", each a plain name (textPlainName) with no
// stopword and a word the page does not write in lower case
// (textCommonWords: a heading's "Pest Control & Home Services" is no
// list of names). One word may be: a reader's comment thanks "Jane roe".
//
// The line is turned away first where no join stands within reach of
// its first name (textNameListJoinNear): the lines under a headline are
// mostly its standfirst and the body's paragraphs, whose joins the three
// searches over the whole line and the four of the first name's cut
// found far into it, 0.13 M instructions of the 88 lines read on 100
// long wcxb-dev flat pages (fifty-seventh session;
// TestTextIsNameListMatchesPlain holds it to textIsNameListRead).
func textIsNameList(t string, blocks []textBlock) bool {
	return textNameListJoinNear(t) && textIsNameListRead(t, blocks)
}

// textIsNameListRead is textIsNameList without the look near the start.
func textIsNameListRead(t string, blocks []textBlock) bool {
	if !strings.Contains(t, ", ") && !strings.Contains(t, " & ") && !strings.Contains(t, " and ") {
		return false
	}
	n := 0
	for rest := t; rest != ""; n++ {
		name, next := rest, ""
		for _, join := range textNameListJoins {
			if k := strings.Index(rest, join); k >= 0 && k < len(name) {
				name, next = rest[:k], rest[k+len(join):]
			}
		}
		if !textPlainName(name) || textOddNameWords(name) || textCommonWords(name, blocks) {
			return false
		}
		rest = next
	}
	return n >= 2
}

// textNameListJoinLen is the longest of textNameListJoins.
const textNameListJoinLen = len(", and ")

// textNameListJoinNear reports whether a join of textNameListJoins ends
// by the fifth field's start of t plus textNameListJoinLen bytes: the
// first name of a list is a plain name of at most four fields
// (nameLike), so the join after it starts by that field's start. A byte
// past ASCII before it (a space strings.Fields may cut at) leaves the
// whole of t to be searched.
func textNameListJoinNear(t string) bool {
	end, n, in := len(t), 0, false
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			break
		}
		if asciiSpace(c) {
			in = false
			continue
		}
		if !in {
			if in, n = true, n+1; n == 5 {
				end = i
				break
			}
		}
	}
	head := t[:min(len(t), end+textNameListJoinLen)]
	return strings.Contains(head, ", ") || strings.Contains(head, " & ") || strings.Contains(head, " and ")
}

// textCommonWords reports whether every word of name is written in lower
// case on the page (textLowerOnPage).
func textCommonWords(name string, blocks []textBlock) bool {
	for w := range strings.FieldsSeq(name) {
		if !textLowerOnPage(strings.ToLower(w), blocks) {
			return false
		}
	}
	return true
}
