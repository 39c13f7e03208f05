package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A blog's meta line may sign with a first name alone: "Jane March 4,
// 2025 0 Comments" (the name, the date, the comment count). The name
// opening a dated line (textNameOpensDatedLine, text_byline_namedate.go)
// wants a plain name of two words or more, so a one-word signature is
// not read; the comment count ending the line tells it from a heading
// or a sentence that opens with a capitalised word and a date.

// textOneNameCountedLine is the one-word name (textOneName: capitalised,
// letters only, not written in lower case on the page) that opens the
// first block of at most textBylineWords words of the shape name, date,
// comment count; or "". Two such lines of different names give none (a
// list of posts). On wcxb-dev flat pages one more exact author (article
// 0023, odd id); no other page has the shape without an author read
// before it.
//
// The walk is textSoleName's with the count's last word looked for
// first, inlined: through textSoleName each of the 13,400 blocks of 100
// wcxb-dev flat pages cost a call of some 65 instructions, to turn away
// all but a few (forty-seventh session; TestTextOneNameCountedLineWalk
// holds it to textSoleName's walk).
func textOneNameCountedLine(blocks []textBlock) string {
	sole := ""
	for i := range blocks {
		// the last byte first: two suffix tests on every block were
		// some 0.2 M of 100 long wcxb-dev flat pages (fifty-fourth
		// session)
		if t := blocks[i].text; t == "" || t[len(t)-1] != 's' && t[len(t)-1] != 't' ||
			!strings.HasSuffix(t, "Comments") && !strings.HasSuffix(t, "Comment") {
			continue
		}
		got := textCountedLineName(blocks, i)
		if got == "" {
			continue
		}
		if sole != "" && sole != got {
			return ""
		}
		sole = got
	}
	return sole
}

// textCountedLineName is the one word that opens blocks[i]'s line when
// the line goes on with a date right after it and ends with a comment
// count, or "".
func textCountedLineName(blocks []textBlock, i int) string {
	line := blocks[i].text
	if !strings.HasSuffix(line, "Comments") && !strings.HasSuffix(line, "Comment") {
		return "" // most lines, before their words are counted
	}
	if textWordsOver(line, textBylineWords) {
		return ""
	}
	name, rest, ok := strings.Cut(line, " ")
	if !ok || !textEndsWithCommentCount(rest) || !textOneName(name, blocks) {
		return ""
	}
	first, _, _ := strings.Cut(rest, " ")
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsDigit(r) && !isMonth(strings.ToLower(strings.Trim(first, ".,"))) {
		return "" // the date follows the name at once
	}
	if !textDateIn(rest) {
		return ""
	}
	return name
}
