package extract

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A byline flattened to the writer's name opening the line of its date,
// with no "By": "Jane Roe Published 10:19am 19 December 2025", "Jane Roe
// 02 Feb 2026 Reviews 7 Comments" (a blog's meta line: name, date,
// category, comment count). The label or the comment count tells the
// line from a heading that opens with two capitalised words.

// textNameOpensDatedLine is the name such a line opens with and the
// date it states (as textDatedInlineByline gives them), or "" and "";
// year tells what the block's reading found of the line's year.
//
// The label or the comment count is looked for first (textMayOpenDatedLine),
// in a line of any length: most lines read here are a page's dated
// paragraphs, which textInlineByline lets through by their year, and
// their count of words (textWordsOver, some 630 instructions a line), the
// name's run and its test (textNameRun, textPlainName) cost 0.65 M of the
// reading's 0.81 M over 786 lines of 100 long wcxb-dev flat pages
// (forty-eighth session, docs/quality/text-extraction-3.md);
// TestTextNameOpensDatedLineGate holds it to the reading without the gate
// (textNameOpensDatedLineRead).
func textNameOpensDatedLine(line string, year textLineYear) (name, stamp string) {
	if !textMayOpenDatedLine(line) {
		return "", ""
	}
	return textNameOpensDatedLineRead(line, year)
}

// textMayOpenDatedLine reports whether line holds "Published" or
// "Posted", or ends with "Comment" or "Comments" before its white space:
// a line textNameOpensDatedLineRead names a writer on holds its label
// after the name or ends with its comment count. Both labels open with a
// capital P, rare in prose, so the line is searched for that byte.
func textMayOpenDatedLine(line string) bool {
	for k := 0; ; k++ {
		i := strings.IndexByte(line[k:], 'P')
		if i < 0 {
			break
		}
		if k += i; strings.HasPrefix(line[k:], "Published") || strings.HasPrefix(line[k:], "Posted") {
			return true
		}
	}
	t := strings.TrimRightFunc(line, unicode.IsSpace)
	return strings.HasSuffix(t, "Comments") || strings.HasSuffix(t, "Comment")
}

// textNameOpensDatedLineRead is textNameOpensDatedLine without the gate
// on its label and its comment count.
func textNameOpensDatedLineRead(line string, year textLineYear) (name, stamp string) {
	if r, _ := utf8.DecodeRuneInString(line); !unicode.IsUpper(r) || !year.in(line) || textWordsOver(line, textBylineWords) {
		return "", "" // a name opens the line with a capital
	}
	name = textNameRun(line, false)
	for _, label := range [2]string{" Published", " Posted"} {
		if k := strings.Index(name, label); k > 0 {
			name = name[:k] // the run reads the label as a capitalised word
		}
	}
	if !textPlainName(name) || strings.Count(name, " ") > 2 {
		return "", ""
	}
	rest := strings.TrimLeft(line[len(name):], " ")
	if after, ok := textCutPublishLabel(rest); ok {
		rest = after
	} else if !textEndsWithCommentCount(rest) {
		return "", ""
	}
	words := strings.Fields(rest)
	if r, _ := utf8.DecodeRuneInString(rest); len(words) == 0 || !unicode.IsDigit(r) && !isMonth(strings.ToLower(strings.Trim(words[0], ".,"))) {
		return "", "" // the date follows the name or its label at once
	}
	d, ok := textParseDate(rest)
	if !ok {
		return "", ""
	}
	return name, d.Format(time.DateOnly)
}

// textCutPublishLabel is s after a "Published" or "Posted" label that
// opens it (a colon and "on" allowed), and whether one did.
func textCutPublishLabel(s string) (string, bool) {
	for _, label := range [2]string{"Published", "Posted"} {
		if after, ok := strings.CutPrefix(s, label); ok {
			after = strings.TrimLeft(after, ": ")
			after = strings.TrimPrefix(after, "on ")
			return after, true
		}
	}
	return s, false
}

// textEndsWithCommentCount reports whether s ends with a comment count
// ("7 Comments", "1 Comment").
func textEndsWithCommentCount(s string) bool {
	w := strings.Fields(s)
	if len(w) < 2 || w[len(w)-1] != "Comments" && w[len(w)-1] != "Comment" {
		return false
	}
	n := w[len(w)-2]
	return strings.IndexFunc(n, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}
