package extract

// The bounds of textLeaveOutDatedTeasers: at least textDatedTeaserMin date
// lines, one every 2 to textDatedTeaserMaxPeriod paragraphs.
const (
	textDatedTeaserMin       = 3
	textDatedTeaserMaxPeriod = 4
)

// textLeaveOutDatedTeasers marks a run of dated teaser cards under the
// article: a site lists its other posts as cards of a title, a blurb and
// the post's date on a line of its own ("Mar 3, 2026"), and the model keeps
// the cards, whose blurbs read as prose. The cards show as date lines at a
// fixed period: at least three staying bare dates (textIsBareDate), each
// the same number (2 to 4) of staying paragraphs after the one before. Two
// tests keep what the gold keeps. The dates are not in time order (the
// newest post first, or mixed): a diary's or a timeline's dated entries,
// which are the article, run forward. And the run stands under a body at
// least as long as itself: where the cards are the page's body from its
// top (a listing, an archive), they are what the page is about. The cards
// between the first and last date go, with the paragraphs of one card
// next to the run when they have the same shape (titles and prose lines in
// the same places) as a card inside it. Run last, on the paragraphs that
// stay.
func textLeaveOutDatedTeasers(blocks []textBlock, keep, out []bool) {
	stay := textStayingBlocks(blocks, keep, out)
	var dates []int // the places in stay of the date lines
	for k, i := range stay {
		if textIsBareDate(&blocks[i]) {
			dates = append(dates, k)
		}
	}
	if len(dates) < textDatedTeaserMin {
		return
	}
	// Only a run from the page's first date line: a run after other
	// date lines is one part of a list of dated entries (a listing's,
	// an archive's), which the gold keeps.
	if z := textDatedRunEnd(dates, 0); z+1 >= textDatedTeaserMin {
		textLeaveOutDatedRun(blocks, out, stay, dates[:z+1])
	}
}

// textDatedRunEnd returns the last index of the run of date lines that
// starts at dates[a] and goes on at one period of 2 to
// textDatedTeaserMaxPeriod staying paragraphs; a when there is none.
func textDatedRunEnd(dates []int, a int) int {
	p := dates[a+1] - dates[a]
	if p < 2 || p > textDatedTeaserMaxPeriod {
		return a
	}
	z := a + 1
	for z+1 < len(dates) && dates[z+1]-dates[z] == p {
		z++
	}
	return z
}

// textLeaveOutDatedRun marks one run of dated cards (run: places in stay
// of its date lines, at one period) when its dates go back in time somewhere
// and the body above it is at least as long as the run.
func textLeaveOutDatedRun(blocks []textBlock, out []bool, stay, run []int) {
	if !textDatesGoBack(blocks, stay, run) {
		return
	}
	p := run[1] - run[0]
	from, to := run[0], run[len(run)-1] // places in stay, both marked
	switch {
	case textCardShaped(blocks, stay, from-(p-1), run[0]+1, p-1):
		from -= p - 1 // each card ends on its date
	case textCardShaped(blocks, stay, to+1, run[0]+1, p-1):
		to += p - 1 // each card opens on its date
	}
	above, inside := 0, 0
	for k := range stay[:from] {
		above += blocks[stay[k]].words
	}
	for k := from; k <= to; k++ {
		inside += blocks[stay[k]].words
	}
	if above < inside {
		return
	}
	for k := from; k <= to; k++ {
		out[stay[k]] = true
	}
}

// textDatesGoBack reports whether a date of the run is earlier than the
// one before it: a list of posts, newest first, not dated entries in order.
func textDatesGoBack(blocks []textBlock, stay, run []int) bool {
	prev, _ := textParseDate(blocks[stay[run[0]]].text)
	for _, k := range run[1:] {
		d, _ := textParseDate(blocks[stay[k]].text)
		if d.Before(prev) {
			return true
		}
		prev = d
	}
	return false
}

// textCardShaped reports whether the n staying paragraphs from place at
// exist and have the shape of the n from place card, paragraph by
// paragraph: a title (a short line, textIsCardTitle) where the card has
// one, a longer line where it has one.
func textCardShaped(blocks []textBlock, stay []int, at, card, n int) bool {
	if at < 0 || at+n > len(stay) {
		return false
	}
	for k := range n {
		if textIsCardTitle(&blocks[stay[at+k]]) != textIsCardTitle(&blocks[stay[card+k]]) {
			return false
		}
	}
	return true
}

// textIsCardTitle reports whether b reads as a card's title: at most
// textCardTitleMaxWords words. A title may end as a sentence does ("How
// to stand properly at your desk?"), so only its length tells it from a
// blurb, which a card cuts at some 25 words or more.
func textIsCardTitle(b *textBlock) bool {
	return b.words <= textCardTitleMaxWords
}

// textCardTitleMaxWords is the longest line textIsCardTitle reads as a
// card's title.
const textCardTitleMaxWords = 20

// textIsBareDate reports whether b is a date and nothing else, its month
// named ("Mar 3, 2026", "12 November 2025"): a card's date. A date with
// other words ("Written by Sam on Jul 5th 2022", "Trustpilot, 2.23.2025")
// is a review's or a testimonial's, which a shop's or a service's gold
// keeps.
func textIsBareDate(b *textBlock) bool {
	return b.words <= 3 && b.caps == 1 && textHasCasedMonth(b.text) && textIsDateOnly(b)
}
