package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// A run of link-only list items is most often a related-stories box, a
// category menu or a contents list, and dropLinkLists takes it. Inside a
// story, with the story going on under it, it is as often the story's
// own list: the courses a round-up names, the sources of an essay, the
// gear a packing guide links to, a travel blog's other guides it
// recommends. On the wcxb-dev articles (census of the kept runs
// dropLinkLists took, 2026-12-07) the runs followed by a paragraph of the
// story, less contents lists, held 1,917 words in the gold against 560
// outside it; the runs that end the body 102 against 930. storyLinkList
// keeps such a run on a page that states an article unless it is the
// story's contents (links to the page's own sections, or items that
// repeat its subheads) or bare numbers (a star rating's 1 to 5): eval
// extract --mode html, articles 0.96525 -> 0.96545 on the even ids and
// 0.96626 -> 0.96642 on the odd, no page type down (docs/quality/
// html-extraction.md, fifty-fifth session).

// storyProseWords is the least words of the paragraph that must follow
// the run in the body for the story to go on under it: a sentence of the
// story's, not a label or a button. 40 gave articles 0.96531 / 0.96646
// (even / odd ids) against 20's 0.96545 / 0.96642.
const storyProseWords = 20

// storyLinkList reports whether the run bs[i:j] of link-only list items
// is a list inside the story: a paragraph of storyProseWords words or
// more, not a heading, a list item or mostly link text, follows it in
// the body, and under half of its items are contents entries
// (contentsEntry) or bare numbers.
func storyLinkList(bs []block, i, j int) bool {
	heads := map[string]bool{}
	for _, b := range bs {
		if b.heading {
			heads[entryKey(b)] = true
		}
	}
	contents, bare := 0, 0
	for _, b := range bs[i:j] {
		if linksToSection(b.node) || heads[entryKey(b)] {
			contents++
		}
		if !strings.ContainsFunc(b.text, unicode.IsLetter) {
			bare++
		}
	}
	if 2*contents >= j-i || 2*bare >= j-i {
		return false
	}
	for _, b := range bs[j:] {
		if !b.heading && !b.item && b.links < 0.5 && len(blockWordsOf(b)) >= storyProseWords {
			return true
		}
	}
	return false
}

// entryKey is b's words without the leading section numbers a contents
// entry carries ("2.1 Cherry blossom time" is the subhead "Cherry
// blossom time").
func entryKey(b block) string {
	w := blockWordsOf(b)
	for len(w) > 0 && strings.Trim(w[0], "0123456789") == "" {
		w = w[1:]
	}
	return strings.Join(w, " ")
}

// linksToSection reports whether a link in n, or around it, points at a
// section by its fragment ("#where-to-stay", "/guide/#costs"): a
// contents entry, on this page or written with its address.
func linksToSection(n *html.Node) bool {
	if n == nil {
		return false
	}
	for p := n; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.Data == "a" && hasFragment(attr(p, "href")) {
			return true
		}
	}
	return holdsSectionLink(n)
}

// holdsSectionLink reports whether a link under n has a fragment.
func holdsSectionLink(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == "a" && hasFragment(attr(c, "href")) || holdsSectionLink(c) {
			return true
		}
	}
	return false
}

// hasFragment reports whether href names a fragment: a "#" and a name.
func hasFragment(href string) bool {
	i := strings.IndexByte(href, '#')
	return i >= 0 && i < len(href)-1
}
