package extract

import "strings"

// A forum's thread flattened without its markup sets the thread's title
// right over a line of the platform's own that no other page states,
// under the site's furniture:
//   - Stack Exchange: the question, the "Ask Question" button and the
//     question's stamp ("Asked 12 years, 1 month ago"), under some
//     ninety lines of the network's menus ("Try new site Try BETA",
//     "About Us Learn more about Stack Overflow the company, and our
//     products", "Ask Ubuntu Meta");
//   - the forums of one host's template (avsforums, watchuseek, mtbr,
//     a Toyota owners' forum, a woodworking forum): the thread's title,
//     then "Jump to Latest" and the count of views and replies;
//   - NodeBB: the topic's title, then its tools collapsed into one line
//     ("Scheduled Pinned Locked Moved General Discussion").
//
// With the URL the slug picks the thread; without it the title model
// took the furniture, a user's card ("410 posts · Joined 2002") or a
// post's controls ("I 1 Reply Last reply Reply Quote 0") on 16 of the
// 20 wcxb-dev flat forum pages that hold such a line, on 14 sites. On
// all 20 the line over it is the thread's title, the gold, and no page
// of another type among the 1,497 states one of the three lines (a news
// page's "Published 6 hours ago" stands under a byline, not under its
// headline: 0382, 0417).

// textThreadMarkMaxWords is the most words a thread's mark holds ("Asked
// 14 years, 10 months ago" is six; NodeBB's tools and a category name,
// "Scheduled Pinned Locked Moved Solved General and Desktop", eight).
const textThreadMarkMaxWords = 12

// textThreadMarkReach is how many of a page's first blocks are read for
// a thread's mark. On the 20 pages above the mark is within the first 55
// lines (NodeBB's on 0549, a Stack Exchange stamp on 0567); the whole
// page read for the stamp alone was 0.56 M instructions of 100 long
// wcxb-dev flat pages' 331 M, for pages whose mark is never so far down.
const textThreadMarkReach = 96

// textTitleOverThreadMark returns the index of the block whose text
// names a thread: the line over the first thread mark (textIsThreadMark)
// among the page's first textThreadMarkReach blocks, past an "Ask
// Question" button between them, when it holds two words or more; else
// at. The first mark is the thread's
// own: Stack Exchange stamps answers "answered …", and the other two
// marks stand once a page. Only the title's text follows: the body,
// byline and date are read around the model's line.
func textTitleOverThreadMark(c *textTitleCandidates, at int) int {
	blocks := c.blocks[:min(len(c.blocks), textThreadMarkReach)]
	for i := 1; i < len(blocks); i++ {
		// The first byte in the loop, before the call: most blocks open
		// with none of the three marks' letters.
		if t := blocks[i].text; t == "" || t[0] != 'A' && t[0] != 'J' && t[0] != 'S' || !textIsThreadMark(&blocks[i]) {
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

// textIsThreadMark reports whether b is a forum platform's line under a
// thread's title: Stack Exchange's stamp ("Asked … ago"), "Jump to
// Latest", or NodeBB's tools ("Scheduled Pinned Locked Moved …"). Most
// blocks are turned away by their word count or first byte. The stamp's
// count follows "Asked " ("Asked 9 days ago"): a headline may open with
// "Asked" and end in "ago".
func textIsThreadMark(b *textBlock) bool {
	if b.words < 3 || b.words > textThreadMarkMaxWords {
		return false
	}
	t := b.text
	switch t[0] {
	case 'A':
		return strings.HasPrefix(t, "Asked ") && isDigitByte(t[len("Asked ")]) && strings.HasSuffix(t, " ago")
	case 'J':
		return t == "Jump to Latest"
	case 'S':
		return strings.HasPrefix(t, "Scheduled Pinned Locked Moved")
	}
	return false
}
