package extract

import "strings"

// A byline of one word on a long line: "by Amanda · Dec 20, 2025 at 3:00
// am · One comment so far" (wcxb-dev 0461, a book blog's headline block),
// where the date, the time and the comment count run the line past
// textDateBylineWords. textBylineName reads a one-word name only on
// shorter lines, since a long line opening "By …" is as often a
// sentence ("By focusing on the ferries …"); a sentence does not go on
// from its first word after "by" with a byline's separator, so one
// there marks the byline whatever the line's length.

// textBylineHandleBeforeSeparator is textBylineHandle's name when a
// separator (textBylineSeparators) follows it, else "".
func textBylineHandleBeforeSeparator(t string, blocks []textBlock) string {
	_, after, _ := strings.Cut(textBylineLabelRest(t), " ")
	if !textOpensWithSeparator(after) {
		return ""
	}
	return textBylineHandle(t, blocks)
}

// textOpensWithSeparator reports whether s opens with one of
// textBylineSeparators.
func textOpensWithSeparator(s string) bool {
	return strings.HasPrefix(s, "|") || strings.HasPrefix(s, "•") || strings.HasPrefix(s, "·")
}
