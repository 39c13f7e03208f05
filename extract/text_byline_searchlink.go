package extract

import (
	"slices"
	"strings"
)

// A scholarly archive's author list (PubMed Central's layout): each
// author's name set alone, set again over the affiliation, then a search
// link "Find articles by NAME", the marks and the next author's name on
// the line after it ("1, Jaeeun Lee"). No line holds the list, and every
// name stands alone in a block the byline readings take for a menu's or a
// card's, so they read none; the search link is what says these names are
// the article's authors. The name must also stand alone within the few
// blocks over its link: a link to a search page naming someone the page
// does not set as a name of its own is no author line. The gold joins the
// names by ", " (wcxb-dev 4055, 4063).

// textSearchLinkLead opens an author's search link.
const textSearchLinkLead = "Find articles by "

// textSearchLinkReach is how many blocks over its link an author's name
// is looked for: the name, the name again and the affiliation.
const textSearchLinkReach = 4

// textSearchLinkAuthors are the names of the page's author search links
// (textSearchLinkName), in page order, each once, joined by ", "; or "".
func textSearchLinkAuthors(blocks []textBlock) string {
	var names []string
	for i := range blocks {
		b := &blocks[i]
		// Necessary: a short block opening on the link's first letter.
		if b.words > 10 || b.text[0] != 'F' {
			continue
		}
		if name := textSearchLinkName(blocks, i); name != "" && !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	return strings.Join(names, ", ")
}

// textSearchLinkName is the name block i links to ("Find articles by
// Jaeeun Lee"), when it is a plain name (textPlainName) the page also
// sets alone within textSearchLinkReach blocks over it; else "".
func textSearchLinkName(blocks []textBlock, i int) string {
	name, ok := strings.CutPrefix(blocks[i].text, textSearchLinkLead)
	if !ok || !textPlainName(name) {
		return ""
	}
	for j := i - 1; j >= max(0, i-textSearchLinkReach); j-- {
		if blocks[j].text == name {
			return name
		}
	}
	return ""
}
