package extract

import "strings"

// A listicle that shows a screenshot or a chart under each of its items
// credits each picture on a line of its own ("Source: hootsuite.com",
// "Source: Sculpt"). One such line is as often the gold's as not: a
// chart's source stated under it. Three or more on a page are the credits
// of its pictures, and the gold bodies of wcxb-dev leave them out: on its
// flat pages four articles rose (0261, 0105, 1396, 2269), none fell,
// articles even 0.94312 -> 0.94313, odd 0.93974 -> 0.93983
// (docs/quality.md, twenty-eighth session, "Picture sources").

// textSourceRunMin is how many source lines a body must hold before they
// read as its pictures' credits rather than a chart's stated source.
const textSourceRunMin = 3

// textSourceMaxWords is the longest source line: a site's or a maker's
// name, not a sentence that opens with "Source:".
const textSourceMaxWords = 8

// textIsSourceLine reports whether b is a short "Source: <name>" line
// that does not end like a sentence.
func textIsSourceLine(b *textBlock) bool {
	return b.words >= 2 && b.words <= textSourceMaxWords && !b.sentEnd &&
		strings.HasPrefix(b.low, "source:")
}

// textLeaveOutSourceRun marks the kept source lines when the body holds
// textSourceRunMin or more of them.
func textLeaveOutSourceRun(blocks []textBlock, keep, out []bool) {
	var lines []int
	for i := range blocks {
		if keep[i] && textIsSourceLine(&blocks[i]) {
			lines = append(lines, i)
		}
	}
	if len(lines) < textSourceRunMin {
		return
	}
	for _, i := range lines {
		out[i] = true
	}
}
