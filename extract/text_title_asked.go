package extract

import "strings"

// A Stack Exchange question flattened without its markup sets the
// question's title over the site's "Ask Question" button and the
// question's stamp ("Asked 12 years, 1 month ago", then "Modified …"
// and "Viewed …"), under some ninety lines of the network's furniture
// ("Try new site Try BETA", "About Us Learn more about Stack Overflow
// the company, and our products", "Ask Ubuntu Meta"). With the URL the
// slug picks the question; without it the title model took the
// furniture on 8 of the 12 wcxb-dev flat forum pages that hold the
// stamp, on six sites (0172 cooking, 0360 travel, 0564 stackoverflow,
// 0567 askubuntu, 1177 electronics, 2828 serverfault, 4309 and 4310
// stackoverflow). On all 12 the line over the stamp (the button between
// them) is the gold title, and no other page of the 1,497 states a line
// "Asked … ago" (a news page's "Published 6 hours ago" stands under a
// byline, not under its headline: 0382, 0417).

// textAskedMaxWords is the most words a question's stamp holds ("Asked
// 14 years, 10 months ago" is six).
const textAskedMaxWords = 8

// textTitleOverAskedStamp returns the index of the block whose text
// names a question page: the line over the page's first question stamp
// (textIsAskedStamp), past an "Ask Question" button between them, when
// it holds two words or more; else at. The stamp is the question's own:
// answers are stamped "answered …", and the page states "Asked" once.
// Only the title's text follows: the body, byline and date are read
// around the model's line.
func textTitleOverAskedStamp(c *textTitleCandidates, at int) int {
	for i := 1; i < len(c.blocks); i++ {
		if !textIsAskedStamp(&c.blocks[i]) {
			continue
		}
		q := i - 1
		if q > 0 && c.blocks[q].text == "Ask Question" {
			q--
		}
		if c.blocks[q].words < 2 {
			return at
		}
		return q
	}
	return at
}

// textIsAskedStamp reports whether b is a question's stamp: "Asked …
// ago" in a few words. Most blocks are turned away by their first byte.
func textIsAskedStamp(b *textBlock) bool {
	t := b.text
	return len(t) > 10 && t[0] == 'A' && b.words <= textAskedMaxWords &&
		strings.HasPrefix(t, "Asked ") && strings.HasSuffix(t, " ago")
}
