package extract

import "golang.org/x/net/html"

// An author box is the writer's card a template sets under (or over) the
// story: a name, a title, a line or two of biography, links to the
// writer's page. Templates name it by a class or id part
// (authorBoxParts: Elementor's "elementor-author-box", "author-bio",
// "author-section"); the wcxb-dev gold leaves it out. On the 793 wcxb-dev
// articles, the kept blocks under these names are out of the gold on four
// sites (0253 aihr, 0385 digit, 0353 and 4090 Elementor, 151 words) and
// in it nowhere; eval extract --mode html, articles 0.96567 -> 0.96571
// (even ids 0.965166 -> 0.965170, odd 0.96617 -> 0.96625), no other page
// moved (docs/quality/html-extraction.md, forty-ninth session).
var authorBoxParts = []string{
	"author-box", "author-bio", "author-section", "author-info", "author-card",
	"author-details", "author_detail", "author_box", "author_bio", "authorbox",
	"about-author", "about-the-author", "bio-box",
}

// authorBoxMaxWords is the most kept words an author box holds to go: a
// card, not a column of the writer's posts.
const authorBoxMaxWords = 150

// dropAuthorBoxes returns blocks without those inside an element named
// as an author box (authorBoxParts) whose kept blocks hold
// authorBoxMaxWords words or fewer. It runs on the final body, after the
// tail steps: dropped earlier, the box no longer ends the story, and a
// disclaimer the tail steps cut after it came back (4090).
func dropAuthorBoxes(blocks []block) []block {
	near := map[*html.Node]*html.Node{}
	box := make([]*html.Node, len(blocks))
	size := map[*html.Node]int{}
	for i, b := range blocks {
		if b.node == nil {
			continue
		}
		if e := nearestWhere(b.node, near, isAuthorBox); e != nil {
			box[i] = e
			size[e] += len(blockWordsOf(b))
		}
	}
	if len(size) == 0 {
		return blocks
	}
	var out []block
	for i, b := range blocks {
		if box[i] == nil || size[box[i]] > authorBoxMaxWords {
			out = append(out, b)
		}
	}
	return out
}

// isAuthorBox reports an element whose class or id names an author box.
// It runs on every ancestor of every block, so a name holding neither
// "author" nor "bio" (which every part holds) is refused before the
// parts are sought one by one (11.5 M of the 40 HTML pages' 7,434 M
// without the gate).
func isAuthorBox(e *html.Node) bool {
	class, id := classAndID(e)
	if !mayNameAuthorBox(class) && !mayNameAuthorBox(id) {
		return false
	}
	return namesAuthorBox(class) || namesAuthorBox(id)
}

// namesAuthorBox reports a class or id holding one of authorBoxParts as
// a whole part.
func namesAuthorBox(s string) bool {
	for _, p := range authorBoxParts {
		if hasNamePart(s, p) {
			return true
		}
	}
	return false
}

// mayNameAuthorBox reports whether s holds "author" or "bio" in any
// case, as every one of authorBoxParts does.
func mayNameAuthorBox(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		switch s[i] | 0x20 {
		case 'a':
			if i+6 <= len(s) && equalFoldASCII(s[i:i+6], "author") {
				return true
			}
		case 'b':
			if equalFoldASCII(s[i:i+3], "bio") {
				return true
			}
		}
	}
	return false
}
