package extract

// The labels of a page's widgets that a flattened page leaves as lines of
// their own among an article's: a pop-up's or a menu's close button, a
// picture's placeholder, a caption's or a section's switch, a code box's
// copy button, a shop tile's quick look. On the HTML path each is a button
// or an image's alternative text and leaves with them; the flat text
// gives only the word, which the block models keep where it sits between
// kept paragraphs. textLeaveOut takes them out (textIsApparatus).

// textWidgetMaxLen is the longest line, in bytes, textIsWidgetLabel reads:
// the longest label it knows ("toggle caption") with a few bytes of
// arrows or bullets around it. Most lines are longer and stop at this
// one comparison.
const textWidgetMaxLen = 20

// textWidgetLabelMaxWords is the most words a label textIsWidgetLabel
// knows has ("close modal", "toggle caption").
const textWidgetLabelMaxWords = 2

// textIsWidgetLabel reports whether b is, letters compared, only a
// widget's label: "Close" (a pop-up's, a menu's), "Close modal", "Close
// dialog", "Collapse", "Expand", "Image" (a picture's placeholder),
// "Toggle caption", "Copy" (a code box's button), "Quick view",
// "Quickview" and "View fullsize". On the wcxb-dev flat pages the head's
// bodies kept some 170 such lines on about 25 pages (a dozen articles),
// the gold bodies none of them. The gold keeps "Close" on four pages
// (two services, a product, a documentation page), and the head kept
// one of them: the documentation page's "close", an event's name. A
// one-word label in lower case is taken for such a name and stays (a
// button's label is capitalised). Not "Previous" and "Next" alone (a
// series' links; textLeaveOutArrowPairs takes a bare pair), nor "Show
// more" and "More", which the gold keeps on collections and
// documentation pages (docs/quality.md, thirty-third session).
func textIsWidgetLabel(b *textBlock) bool {
	if len(b.text) > textWidgetMaxLen || b.words == 0 || b.words > textWidgetLabelMaxWords {
		return false
	}
	if b.words == 1 && opensLowerASCII(trimToLetters(b.text)) {
		return false // "close": an event's or a method's name, no button's label
	}
	switch trimToLetters(b.low) {
	case "close", "close modal", "close dialog", "collapse", "expand", "image", "toggle caption", "copy",
		"quick view", "quickview", "view fullsize":
		return true
	}
	return false
}

// textArrowMaxLen is the longest line, in bytes, textIsArrowLabel reads:
// "Previous" with arrows or bullets around it.
const textArrowMaxLen = 14

// textLeaveOutArrowPairs marks a carousel's or a slide show's two arrows:
// a kept "Previous" (or "Prev") line right above a kept "Next" line,
// arrows around them and all. A series' links to its other posts name the
// posts ("Previous" with a title under it), and one arrow alone may be
// such a link, so it stays; two bare arrows in a row lead nowhere a
// reader follows. Review round-ups set such a pair under each gallery
// between their sections. On the wcxb-dev flat pages 29 pages hold a
// pair, the gold bodies of one (a documentation page, whose pairs the
// head's body leaves out); the head's bodies kept 21 pairs on 7 pages
// (five articles of two sites, two services) (docs/quality.md,
// thirty-third session).
func textLeaveOutArrowPairs(blocks []textBlock, keep, out []bool) {
	// A pair opens on a kept line: the walk steps over the dropped ones
	// (text_nextkept.go), which were most of its 0.62 M on 100 long
	// wcxb-dev flat pages.
	for i := textNextKept(keep, 0); i+1 < len(blocks); i = textNextKept(keep, i+1) {
		// The byte lengths first: most lines are longer, and the test
		// stops them before a call. A long line below is in neither of
		// the two pairs it could close or open, so the walk steps over it
		// (each line's length read once, not twice).
		if len(blocks[i+1].text) > textArrowMaxLen {
			i++
			continue
		}
		if len(blocks[i].text) > textArrowMaxLen || !keep[i+1] ||
			!textIsArrowLabel(&blocks[i], "previous", "prev") || !textIsArrowLabel(&blocks[i+1], "next", "next") {
			continue
		}
		out[i], out[i+1] = true, true
		i++
	}
}

// textIsArrowLabel reports whether b is, letters compared, only the word
// a or b: an arrow's label.
func textIsArrowLabel(blk *textBlock, a, b string) bool {
	if len(blk.text) > textArrowMaxLen || blk.words != 1 {
		return false
	}
	w := trimToLetters(blk.low)
	return w == a || w == b
}
