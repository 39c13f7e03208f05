package extract

import "strings"

// A byline flattened to a bare name set twice under the headline, with
// no date beside it: an avatar's caption over the name's link ("How
// Rates Rose" / "Ann Roe" / "Ann Roe" / "Reviewed by …"). The repeat is
// what tells the name from a heading over a paragraph ("Key Takeaways",
// "Recent Posts"), which a single bare line does not.

const (
	// textBareReach is how many lines under the headline the repeated
	// name is looked for: a share button or a "By" may come between.
	textBareReach = 5
	// textBareCoReach is how far under the name a second name on a
	// line of its own marks a list of co-writers, whose first alone is
	// no byline.
	textBareCoReach = 8
)

// textNameTwice is the first plain name (textPlainName, no word the page
// writes in lower case) set on two lines in a row within textBareReach
// lines under the headline at at, or "" — also when another name is
// given twice within textBareCoReach lines under it (co-writers' cards:
// "Ann Roe" / "Ann Roe" / an affiliation / "1, Ben Lee" / "Ben Lee").
func textNameTwice(blocks []textBlock, at int) string {
	return textLineTwice(blocks, at, func(i int) bool { return textRepeatedName(blocks, i) })
}

// textLineTwice is the first line at i within textBareReach lines under
// the headline at at that named(i) takes as a byline set twice, or "":
// also when the lines after it do not go on as a byline's
// (textBylineGoesOn) or a co-writer's card follows (textCoWriterBelow).
func textLineTwice(blocks []textBlock, at int, named func(i int) bool) string {
	if at < 0 {
		return ""
	}
	for i := at + 1; i <= at+textBareReach && i+1 < len(blocks); i++ {
		if named(i) {
			if !textBylineGoesOn(blocks, i+2) || textCoWriterBelow(blocks, i) {
				return ""
			}
			return blocks[i].text
		}
	}
	return ""
}

// textRepeatedName reports whether the line at i is a plain name the
// next line repeats.
func textRepeatedName(blocks []textBlock, i int) bool {
	t := blocks[i].text
	return t == blocks[i+1].text && textPlainName(t) && !strings.Contains(t, ":") && !textMenuWords(t, blocks)
}

// textBylineGoesOn reports whether the lines from j, under a name set
// twice, go on as a byline's or an article's do: the first is a
// paragraph (textDekWords words or more), or it or the next is a date
// line ("Reviewed by …" / "Last Updated: August 5, 2025"). A facet's or
// a sort box's label set twice ("Subject Area", "Sort By:") is followed
// by a menu's short entries.
func textBylineGoesOn(blocks []textBlock, j int) bool {
	if j >= len(blocks) {
		return false
	}
	if blocks[j].words >= textDekWords {
		return true
	}
	for k := j; k < min(len(blocks), j+2); k++ {
		if _, date := textDateLine(&blocks[k], textDateBylineWords); date {
			return true
		}
	}
	return false
}

// textCoWriterBelow reports whether, within textBareCoReach lines under
// the name set twice at i, another plain name stands on a line of its
// own and ends a second line there too: a co-writer's card. A badge's
// words on a line of their own ("Expert Reviewed") are not given twice.
func textCoWriterBelow(blocks []textBlock, i int) bool {
	end := min(len(blocks), i+2+textBareCoReach)
	for j := i + 2; j < end; j++ {
		t := blocks[j].text
		if t == blocks[i].text || !textPlainName(t) || textMenuWords(t, blocks) {
			continue
		}
		for k := i + 2; k < end; k++ {
			if k != j && strings.HasSuffix(blocks[k].text, " "+t) {
				return true
			}
		}
	}
	return false
}
