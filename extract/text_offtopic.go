package extract

// A site closes many a page with a section of its own under the article:
// its other posts' titles, its services, a form's fields, a record's
// bibliographic tools. Such a section opens on a short line that ends no
// sentence, and its words are mostly not the article's: the body above it
// uses few of them. textLeaveOutApartSections reads the closing section
// too, but only up to textUnsureShare (a twentieth) of the body and under
// a site's footer; this step reads a longer section, with a stricter bar
// on its words, counted every time they occur rather than once each.
// The bars below were set by hand on the wcxb-dev flat pages; the
// thirty-fifth session's "Flat precision" section of docs/quality.md
// records what the first build (a section of two paragraphs, no figure
// or listing guard) cost listings.
const (
	// textOffTopicFrom is the share of the body's paragraphs above which
	// the section's opening line must stand.
	textOffTopicFrom = 0.6
	// textOffTopicParagraphs is the fewest paragraphs a body must hold
	// for its closing section to be read.
	textOffTopicParagraphs = 8
	// textOffTopicHeadWords is the most words of the line that opens the
	// section.
	textOffTopicHeadWords = 12
	// textOffTopicShare is the largest share of the body's words the
	// section may hold.
	textOffTopicShare = 0.2
	// textOffTopicWords is the fewest content words (textContentKeys,
	// each time it occurs) the section must hold: fewer tell nothing of
	// what it is about.
	textOffTopicWords = 15
	// textOffTopicUsed is the share of the section's content words the
	// body above it uses under which the section is not the article's.
	textOffTopicUsed = 0.2
	// textOffTopicMin is the fewest paragraphs of the section, its
	// opening line among them.
	textOffTopicMin = 3
)

// textLeaveOutOffTopicTail marks the body's closing section when the
// body above it uses under textOffTopicUsed of its content words: from
// the first line in the body's last paragraphs (past textOffTopicFrom of
// them) of at most textOffTopicHeadWords words that ends no sentence and
// holds no figure (a teaser card's date, a count, a price: a listing's
// items open so), opening a section of textOffTopicMin paragraphs or
// more that holds at most textOffTopicShare of the body's words and
// textOffTopicWords content words or more, to the body's end. The first
// such line decides: when the body's last paragraph above it is itself
// apart from the body above (textIsApart), the page is a list of items
// each new to the others, and nothing goes. Only on a page the page
// model does not doubt (the caller's test). On the wcxb-dev flat pages
// articles 0.94323 -> 0.94335 (even ids +0.00024, odd +0.00002), all
// pages 0.80116 -> 0.80127 (even +0.00023, odd +0.00001), 4 pages up
// (an archive's bibliographic tools, a shop's expired promotion, a
// school's programme menu, a service's cookie choices), none down
// (docs/quality.md, thirty-fifth session). Run after the steps for teasers,
// which read the cards it would take, it counts the body's words itself.
func textLeaveOutOffTopicTail(blocks []textBlock, keep, out []bool) {
	var body textBodyCounts
	defer body.release()
	var stay []int
	words := 0
	for i := range blocks {
		if textStays(blocks, keep, out, i) {
			stay = append(stay, i)
			words += blocks[i].words
		}
	}
	n := len(stay)
	if n < textOffTopicParagraphs {
		return
	}
	from := int(textOffTopicFrom * float64(n))
	sec := 0 // the words from stay[k] to the body's end
	for _, i := range stay[from:] {
		sec += blocks[i].words
	}
	for k := from; k <= n-textOffTopicMin; k++ {
		if k > from {
			sec -= blocks[stay[k-1]].words
		}
		if !textOpensOffTopic(&blocks[stay[k]]) || float64(sec) > textOffTopicShare*float64(words) ||
			!textTailOffTopic(blocks, keep, out, stay[k], &body) {
			continue
		}
		// The first such section decides; under a last paragraph as new
		// to the body as it is, it is an item of a list of items.
		if textAboveOnTopic(blocks, keep, out, stay[:k], &body) {
			for _, i := range stay[k:] {
				out[i] = true
			}
		}
		return
	}
}

// textOpensOffTopic reports whether b may open a closing section: a line
// of at most textOffTopicHeadWords words that holds no figure (a teaser
// card's date, a count, a price: a listing's items open so) and ends no
// statement.
func textOpensOffTopic(b *textBlock) bool {
	return b.words > 0 && b.words <= textOffTopicHeadWords && b.digits == 0 && !textEndsStatement(b.text)
}

// textEndsStatement reports whether s ends on a full stop, a question or
// an exclamation mark. Unlike textEndsSentence a colon ends none: a
// section's heading may end on one ("Our services:").
func textEndsStatement(s string) bool {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ' ', '\t':
			continue
		case '.', '!', '?':
			return true
		}
		return false
	}
	return false
}

// textTailOffTopic reports whether the blocks that stay from lo to the
// end hold textOffTopicWords content words or more, under
// textOffTopicUsed of which (each time it occurs) the body above lo
// holds.
func textTailOffTopic(blocks []textBlock, keep, out []bool, lo int, body *textBodyCounts) bool {
	all := body.read(blocks, keep, out)
	tail := textWordCounts(blocks, keep, out, lo, len(blocks), &body.sc)
	defer textCountsPool.Put(tail)
	total, used := 0, 0
	for j := lo; j < len(blocks); j++ {
		if !textStays(blocks, keep, out, j) {
			continue
		}
		textBlockKeys(&blocks[j], &body.sc, func(k uint64) {
			total++
			in, _ := tail.Get(k)
			if n, _ := all.Get(k); n > in {
				used++
			}
		})
	}
	return total >= textOffTopicWords && float64(used) < textOffTopicUsed*float64(total)
}

// textAboveOnTopic reports whether the last paragraph of
// textUnsureWords words or more among above (the staying blocks over a
// closing section) uses the words of the body above it (textIsApart
// says no): an article's last paragraph takes up what it discussed,
// where a listing's last items are as new to the body as the one under
// them.
func textAboveOnTopic(blocks []textBlock, keep, out []bool, above []int, body *textBodyCounts) bool {
	for k := len(above) - 1; k >= 0; k-- {
		if i := above[k]; blocks[i].words >= textUnsureWords {
			return !textIsApart(blocks, keep, out, i, true, body)
		}
	}
	return false
}
