package extract

import (
	"github.com/storyfold/storyfold/internal/hashtab"
)

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
// which read the cards it would take: body, the count of the body's words
// the section walks read, is brought up to the blocks that stay now
// (textBodyCounts.sync) when a section is first weighed.
func textLeaveOutOffTopicTail(blocks []textBlock, keep, out []bool, body *textBodyCounts) {
	var tail textTailTally
	defer tail.release()
	// On the stack: grown block by block, the list of staying blocks was
	// 4 to 5 growths a long page (0.24 M of 100 long wcxb-dev flat pages'
	// Extract, fifty-third session); a longer body grows it still.
	var room [128]int
	stay := room[:0]
	words := 0
	lo, hi := textInSpan(keep, out) // the span of the blocks kept and not out (text_nextkept.go)
	for i := lo; i < hi; i++ {
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
			!tail.offTopic(blocks, keep, out, stay, k, body) {
			continue
		}
		// The first such section decides; under a last paragraph as new
		// to the body as it is, it is an item of a list of items.
		if textAboveOnTopic(blocks, keep, out, stay[:k], body) {
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

// textTailTally counts the content words of the blocks that stay from a
// closing section's opening line to the body's end, and reads those of
// the body above it as the whole body's (whole) less the section's, as
// textLeaveOutOffTopicTail moves that line down the body: counted once,
// at the first line read, then moved from the section to the body above
// paragraph by paragraph. Counting the section and the whole body anew
// for each line was 9 M of the 17 M this step cost over 100 wcxb-dev flat
// pages (282 counts, 3,940 paragraphs read again); counting the body
// above the section as a table of its own read the body a second time
// on most pages, after the section walks (textBodyCounts), 3.7 M
// (docs/quality.md, "Text speed, round fifty").
type textTailTally struct {
	counts *hashtab.Map[int32] // each content word of the section, with its count; nil until read
	whole  *hashtab.Map[int32] // each content word of the body, with its count (the caller's textBodyCounts)
	at     int                 // the section's opening line, an index into the staying blocks
	// total is the section's content words, each time it occurs; used
	// those of them the body above the section holds, each time it
	// occurs in the section.
	total, used int
}

// offTopic reports whether the blocks that stay from stay[k] to the end
// hold textOffTopicWords content words or more, under textOffTopicUsed
// of which (each time it occurs) the body above stay[k] holds. Each call
// after the first must give a k no lower than the last, and the blocks
// must stay as they did at the first (body is brought up to them then).
func (t *textTailTally) offTopic(blocks []textBlock, keep, out []bool, stay []int, k int, body *textBodyCounts) bool {
	if t.counts == nil {
		t.whole = body.sync(blocks, keep, out)
		t.counts = textWordCounts(blocks, keep, out, stay[k], len(blocks), body)
		for _, j := range stay[k:] {
			for _, key := range body.keysOf(&blocks[j]) {
				t.total++
				in, _ := t.counts.Get(key)
				if n, _ := t.whole.Get(key); n > in {
					t.used++
				}
			}
		}
	} else {
		for _, j := range stay[t.at:k] {
			t.moveUp(body.keysOf(&blocks[j]))
		}
	}
	t.at = k
	return t.total >= textOffTopicWords && float64(t.used) < textOffTopicUsed*float64(t.total)
}

// moveUp takes one occurrence of each of keys, a paragraph's words,
// from the section to the body above: a word new to the body above makes
// its other occurrences in the section used; one the body above held
// already takes a used occurrence away.
func (t *textTailTally) moveUp(keys []uint64) {
	for _, key := range keys {
		n, _ := t.counts.Ref(key)
		*n--
		t.total--
		if all, _ := t.whole.Get(key); all > *n+1 { // the body above held it
			t.used--
		} else {
			t.used += int(*n)
		}
	}
}

// release gives the section's counts back to textSectionCountsPool (the
// body's are the caller's).
func (t *textTailTally) release() {
	if t.counts != nil {
		textSectionCountsPool.Put(t.counts)
	}
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
