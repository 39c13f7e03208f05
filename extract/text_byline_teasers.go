package extract

import "slices"

// textTeaserWriters is how many different writers the byline lines of
// the byline window must name to be a teaser rail's: a related stories'
// rail or a section's list sets a byline under each story's heading
// ("Coqodaq Is Here to Make Fried Chicken …" / "By Mahira Rivers" /
// "Resy Spotlight", five such over and under wcxb-dev 4340's headline,
// itself a teaser's), and none of them is the page's writer. Measured on
// wcxb-dev flat pages, with and without the URL: at 3, an article's
// wrong name (4340) and two other pages' (3015 listing, 3033 service
// without the URL; three sites) go to none, no name moves otherwise; at
// 2, a writer and an editor (4475's "Author:" / "Edited By:") or a post
// and its comments count as a rail: 0122 and 0461 (articles) and 4087
// (forum) lose their right names, for one made right (0270).
const textTeaserWriters = 3

// textTeaserAbove is how far above the headline the rail's writers are
// counted: twice the byline window. A rail of cards over the headline
// runs past the window's top: wcxb-dev 0270 (amateurphotographer.co.uk)
// sets "by Geoff Harris", "by Claire Gillo" and "by Andy Westlake" under
// three cards over its headline, the window holding the last two, and
// read "Claire Gillo" (gold "Joshua Waller", the name beside the date
// under the headline, which the walk after the bylines reads). Counted
// from twice the window, over every wcxb-dev flat page with and without
// the URL, 0270 alone moves (its name right, its name line out of the
// body, 0.9737 → 0.9741).
const textTeaserAbove = 2 * textAuthorWindow

// textWindowByline is the name a byline line of block i gives: a later
// line of the block's (textBylineInLines), or the whole block when it is
// short enough to be a byline (textBylineName), or "".
//
// Only a block of several lines (textBlock.lines, set where the reader
// joined lines) is read line by line: textBylineInLines searched every
// block of the byline window and of a teaser rail for a line break
// first, 0.2 M instructions of 2,388 blocks over 100 long wcxb-dev flat
// pages, nearly all of one line (fifty-seventh session;
// TestTextWindowBylineMatchesPlain).
func textWindowByline(blocks []textBlock, i int) string {
	if blocks[i].lines {
		if name := textBylineInLines(blocks[i].text, blocks); name != "" {
			return name
		}
	}
	return textWholeByline(blocks, i)
}

// textWholeByline is the name block i gives read whole, when it is
// short enough to be a byline (textBylineName), or "".
func textWholeByline(blocks []textBlock, i int) string {
	if blocks[i].words > textBylineWords {
		return ""
	}
	return textBylineName(blocks[i].text, blocks[i].words, blocks)
}

// textTeaserBylines reports whether the byline lines of blocks[lo:hi]
// name textTeaserWriters different writers or more: a teaser rail's.
// The readings after the byline lines (a label over the name, a name
// beside the date) still read the window.
func textTeaserBylines(blocks []textBlock, lo, hi int) bool {
	var seen [textTeaserWriters]string
	return textTeaserWritersIn(blocks, lo, hi, &seen, 0) >= textTeaserWriters
}

// textTeaserBylinesPast is textTeaserBylines(blocks, top, hi) for
// textFindAuthor's window [lo, hi), whose blocks from lo to at gave no
// byline line and block at gave name: those are not read again, and the
// rest of the rail, over the window and under at, is read around them.
// Which writers a rail names, not in what order, makes it one, so the
// count is the same. Read again, the window's blocks were some 0.2 M of
// the rail's 0.8 M instructions over 100 long wcxb-dev flat pages
// (fifty-seventh session; TestTextTeaserBylinesPastMatchesPlain).
func textTeaserBylinesPast(blocks []textBlock, top, lo, at, hi int, name string) bool {
	seen := [textTeaserWriters]string{name}
	n := textTeaserWritersIn(blocks, top, lo, &seen, 1)
	return textTeaserWritersIn(blocks, at+1, hi, &seen, n) >= textTeaserWriters
}

// textTeaserWritersIn adds to the n writers in seen those the byline
// lines of blocks[lo:hi] name, until textTeaserWriters, and returns how
// many seen holds.
func textTeaserWritersIn(blocks []textBlock, lo, hi int, seen *[textTeaserWriters]string, n int) int {
	for i := lo; i < hi && n < textTeaserWriters; i++ {
		name := textWindowByline(blocks, i)
		if name != "" && !slices.Contains(seen[:n], name) {
			seen[n] = name
			n++
		}
	}
	return n
}
