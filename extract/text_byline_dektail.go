package extract

import "strings"

// A trade paper sets its byline in the standfirst's paragraph, so that
// flattening runs the two together: "The chain is positioning for growth
// beyond the U.S. By Jane Roe on Dec. 19, 2025" under the headline. The
// line is a standfirst's length, past textBylineWords, and the "By" is
// not at its start, so no byline reading sees it.

// textBylineEndsDek is the name of a dated byline (textDekTailByline)
// that ends one of the two lines under the headline at; or "".
func textBylineEndsDek(blocks []textBlock, at int) string {
	name := ""
	textLineUnder(blocks, at, false, func(i int) bool {
		name = textDekTailByline(textLastLine(blocks[i].text), blocks)
		return name != ""
	})
	return name
}

// textDekTailByline is the name in the sentence "By Jane Roe on <date>"
// (or "By Jane Roe, <date>", "By Jane Roe | <date>") that ends line after
// a sentence's end; or "". What follows the name, its separator trimmed,
// must state a date (textDateIn) in at most textDateBylineWords words:
// a sentence that opens with "By" ("By March the boats will run …")
// names nobody. A name of words all written in lower case on the page
// is none either (textCommonWords).
func textDekTailByline(line string, blocks []textBlock) string {
	k := textDekTailByAt(line)
	if k < 0 {
		return ""
	}
	tail := line[k+2:]
	m := textBylineMatch(tail)
	if m == nil {
		return ""
	}
	name := textCutDateTail(m[1], tail)
	j := strings.Index(tail, name)
	if name == "" || j < 0 {
		return ""
	}
	rest := strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(tail[j+len(name):], " ,|-–—·"), "on "), " ")
	if len(strings.Fields(rest)) > textDateBylineWords || !textDateIn(rest) {
		return ""
	}
	if !textPlainName(name) || textOddNameWords(name) || textCommonWords(name, blocks) {
		return ""
	}
	return name
}

// textDekTailByAt is where line's last ". By ", "! By " or "? By " opens,
// or -1. The line is a standfirst's paragraph, often a long one, and
// seldom holds " By ": its occurrences are found by the forward search,
// vectorised, and the last one after a sentence's end is kept. The three
// backward searches it replaces read every byte of the line each, some
// 2,260 instructions a search: 0.57 M over the 84 lines under the
// headline that 100 wcxb-dev flat pages read (fiftieth session).
// TestTextDekTailByAtMatchesLastIndex holds it to the three searches.
func textDekTailByAt(line string) int {
	k := -1
	for from := 0; ; {
		j := strings.Index(line[from:], " By ")
		if j < 0 {
			return k
		}
		if j += from; j > 0 && (line[j-1] == '.' || line[j-1] == '!' || line[j-1] == '?') {
			k = j - 1
		}
		// A " By " that overlaps this one opens at its last space, after
		// its "y", no sentence's end: the search goes on past it.
		from = j + len(" By ")
	}
}
