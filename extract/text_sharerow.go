package extract

import "strings"

// A share bar flattened to one line: "SMS Facebook Twitter Email" under a
// news report, "twitter facebook" under each story of a news aggregator's
// front page. A bar of one button a line is read by textIsShareButton
// for the title; on one line, its buttons joined by spaces, the body's
// steps kept it. Over the 1,497 wcxb-dev flat pages the flat body keeps
// such a line on three pages of two sites (a newspaper, an aggregator's
// article and forum pages, 28 lines) and the gold keeps none: a
// platform table's "X, Facebook" (0262) is the article's own, and its
// comma keeps it (only spaces join a bar's buttons).

// textShareRowMaxBytes bounds a share row: the longest seen is 26 bytes,
// and a bar of six buttons fits.
const textShareRowMaxBytes = 48

// textShareRowWords are the buttons a share row joins, lower case.
var textShareRowWords = map[string]bool{
	"share": true, "sms": true, "facebook": true, "twitter": true, "x": true, "email": true,
	"pinterest": true, "whatsapp": true, "linkedin": true, "reddit": true, "print": true,
	"tweet": true, "messenger": true, "telegram": true, "flipboard": true,
}

// textShareLabels are the labels of one share button that name nothing
// but the button, compared whole and lower-cased: a lone "Tweet" under a
// newsletter's article, "Copy the link" under a marketing blog's,
// "ShareThis" over a travel magazine's. A lone "Print", "Email", "X" or
// "LinkedIn" is no such label: the gold keeps them as a manual's words
// and a table's cells (wcxb-dev 0262, 0663, 0666).
var textShareLabels = map[string]bool{
	"tweet": true, "copy the link": true, "copy link": true, "copy url": true, "sharethis": true,
	"share this": true, "pin it": true,
}

// textIsShareRow reports whether b is one line of at least two share
// buttons, two of them different, joined by spaces only, or one button's
// own label (textShareLabels).
func textIsShareRow(b *textBlock) bool {
	if b.lines || len(b.text) > textShareRowMaxBytes || len(b.low) != len(b.text) {
		return false
	}
	if b.low != "" && textShareLabelSet.mayHold(b.low) && textShareLabels[b.low] {
		return true
	}
	if b.words < 2 {
		return false
	}
	// The words are cut from the line one at a time, not split into a
	// slice: the split's allocation cost some 2 M of the 100 long wcxb-dev
	// flat pages' 400 M instructions. A double space leaves an empty word,
	// which names no button, as the split's did.
	n, first, differs := 0, "", false
	for rest, more := b.low, true; more; n++ {
		var w string
		w, rest, more = strings.Cut(rest, " ")
		if w == "" || !textShareRowSet.mayHold(w) || !textShareRowWords[w] {
			return false
		}
		if n == 0 {
			first = w
		} else if w != first {
			differs = true
		}
	}
	return n == b.words && differs
}

// A line the widget step asks of every staying block short enough is
// seldom a share row: its first word names no button. The maps were
// looked up for each such line, its whole text among the labels and its
// first word among the buttons (5,398 lookups, 0.73 M instructions of the
// 100 long wcxb-dev flat pages of BenchmarkTextWCXB); a word's first byte
// and length, looked up in the sets' tables (textShortWords.mayHold),
// turn most away first: the test 1.18 -> 0.46 M (fifty-sixth session,
// docs/quality/text-extraction-5.md). TestTextShareShapesMatchMaps holds
// the gate to the maps.
var (
	textShareRowSet   = newTextShortWords(textShareRowWords)
	textShareLabelSet = newTextShortWords(textShareLabels)
)
