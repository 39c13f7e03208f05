package extract

import "strings"

// The bounds of textKeepClosedLists: a run of at most textClosedListMaxItems
// lines of at most textClosedListItemMaxWords words each.
const (
	textClosedListMaxItems     = 30
	textClosedListItemMaxWords = 12
)

// textKeepClosedLists brings back a list the body lost between two of its
// own paragraphs: a staying line that ends with a colon ("The kit we
// packed:", "Overview:"), then a run of short lines none of which stays,
// then a staying paragraph again. A flattened list or table is a line an
// item, which the block model, fitted on lines alone, drops; the list's
// lead-in and the prose under it stay, so the lines between are the
// article's. textKeepLeadInLists reads lead-ins before the leave-out steps,
// only clauses with a stopword and runs of at most textListMaxItems, and
// keeps a list closed by a dropped block too; this step, run last, on the
// paragraphs that stay, takes any lead-in and a longer run, since the
// paragraph under the run closes it: a site's widget under a label ("Share
// this:") is followed by more of the site, which does not stay. Lines a
// leave-out step marked stay out. The guards keep a site's widgets out:
// the lead-in is one line of two words or more not in capitals (a theme's
// "section_link-3:", a shop's "BACK TO MY SHOP:"), the run is 2 to 30
// lines of at most 12 words, under a third of them stated elsewhere on
// the page (a price box's "Retailer" / "Price" / "Check", a mover's card
// "Licensed" / "Insured"), and the line under it closes the list
// (textClosesList). On the wcxb-dev flat pages articles 0.9421041 ->
// 0.9421437 (even ids +0.0000320, odd +0.0000475), all pages +0.0000605,
// 10 pages up and none down (docs/quality.md, thirty-first session).
func textKeepClosedLists(blocks []textBlock, keep, out []bool) {
	prev := -1
	for i := textNextKept(keep, 0); i < len(blocks); i = textNextKept(keep, i+1) { // text_nextkept.go
		if !textStays(blocks, keep, out, i) {
			continue
		}
		if prev >= 0 && i-prev > 1 && textIsColonLeadIn(&blocks[prev]) && textClosesList(&blocks[i]) && textIsShortRun(blocks[prev+1:i]) {
			for k := prev + 1; k < i; k++ {
				keep[k] = true
			}
		}
		prev = i
	}
}

// textIsColonLeadIn reports whether b ends with a colon on one line.
func textIsColonLeadIn(b *textBlock) bool {
	t := b.text
	return len(t) > 0 && t[len(t)-1] == ':' && strings.Contains(t, " ") && !strings.Contains(t, "\n") && strings.ToUpper(t) != t
}

// textIsShortRun reports whether run is a list's items: at most
// textClosedListMaxItems lines of at most textClosedListItemMaxWords words.
func textIsShortRun(run []textBlock) bool {
	if len(run) < textListMinItems || len(run) > textClosedListMaxItems {
		return false
	}
	repeated := 0
	for k := range run {
		if run[k].words > textClosedListItemMaxWords {
			return false
		}
		if run[k].dup > 0 {
			repeated++
		}
	}
	return 3*repeated < len(run)
}

// textClosesList reports whether b, the staying block under a run, reads
// as the article going on: a paragraph longer than an item, a sentence or
// a heading (half its words capitalised or more). A short line in sentence
// case under a run is one more control of a form ("Show reviews in
// selected display order" under a filter's options).
func textClosesList(b *textBlock) bool {
	return b.words > textClosedListItemMaxWords || b.sentEnd || 2*b.caps >= b.words
}
