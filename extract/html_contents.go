package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// A contents list is a run of links to the page's own anchors ("#what-is-
// a-heat-pump") set above the story: the jump list of a guide's sections.
// The wcxb-dev gold leaves such a list out when it stands above the
// story's first long paragraph; further down, inside the story, it keeps
// it about as often as it leaves it (docs/quality.md, 2026-12-05).

// contentsLongWords and contentsLongLinks say what the story's first long
// paragraph is: contentsLongWords words or more, under contentsLongLinks
// of them in links, not a heading (the bounds of linkRowLongWords and
// linkRowLongLinks).
const (
	contentsLongWords = linkRowLongWords
	contentsLongLinks = linkRowLongLinks
)

// contentsMinShare is the least share of a contents line's text inside
// links.
const contentsMinShare = 0.5

// dropAnchorContents returns keep without the kept blocks above the body's
// first long paragraph whose text is mostly links and whose links all
// point at anchors on the page itself, when the page states an article
// (stated). Headings stay: a subhead linked to its own anchor (a
// permalink, "#overview") is the story's.
func dropAnchorContents(page []block, words [][]string, keep []bool, stated bool) []bool {
	if !stated {
		return keep
	}
	first := -1
	for i := range page {
		if keep[i] && !page[i].heading && page[i].links < contentsLongLinks && len(words[i]) >= contentsLongWords {
			first = i
			break
		}
	}
	var out []bool
	for i := 0; i < first; i++ {
		if keep[i] && !page[i].heading && page[i].links >= contentsMinShare && anchorsOnly(page[i].node) {
			if out == nil {
				out = append([]bool(nil), keep...)
			}
			out[i] = false
		}
	}
	if out == nil {
		return keep
	}
	return out
}

// anchorsOnly reports whether the links in n, and a link around it, all
// point at an anchor of the page itself (an href "#name"), and there is
// one at least.
func anchorsOnly(n *html.Node) bool {
	if n == nil {
		return false
	}
	seen := false
	for p := n; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.Data == "a" {
			if h := attr(p, "href"); h != "" {
				if !isOwnAnchor(h) {
					return false
				}
				seen = true
			}
		}
	}
	ok := true
	var walk func(c *html.Node)
	walk = func(c *html.Node) {
		for k := c.FirstChild; k != nil && ok; k = k.NextSibling {
			if k.Type == html.ElementNode && k.Data == "a" {
				if h := attr(k, "href"); h != "" {
					if !isOwnAnchor(h) {
						ok = false
						return
					}
					seen = true
				}
			}
			walk(k)
		}
	}
	walk(n)
	return ok && seen
}

// isOwnAnchor reports whether href names an anchor on the page itself: a
// "#" and a name ("#" alone is a script's link).
func isOwnAnchor(href string) bool {
	href = strings.TrimSpace(href)
	return len(href) > 1 && href[0] == '#'
}
