package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parsePage parses an HTML document as the extractors read it: with the
// <noscript> copy of a script-drawn shell read (parseNoscript) and the
// segments a streaming renderer sent late put in their places
// (placeStreamed).
func parsePage(doc string) (*html.Node, error) {
	root, err := parseNoscript(doc)
	if err == nil && streams(doc) {
		placeStreamed(root)
	}
	return root, err
}

// parseNoscript parses an HTML document, reading a <noscript> copy of
// the page when that is where the page's text is. A parser
// that runs scripts (browsers, and html.Parse by default) reads a
// <noscript> element as raw text. Some sites (Discourse and Flarum
// forums, other pages a script draws) send an empty shell whose only copy
// of the page is inside a <noscript> for readers without scripts, so all
// that any extractor found there was markup shown as text. When the
// body's <noscript> elements hold more words than the rest of it (and at
// least noscriptMinWords), the page is parsed as a reader without scripts
// sees it and those elements are unwrapped. On wcxb-dev that is 19 forum
// pages (their bodies had been markup or nothing) and no other page.
func parseNoscript(doc string) (*html.Node, error) {
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		return nil, err
	}
	shown, raw := bodyWords(root)
	if raw <= shown {
		// raw counts the markup as words too, so it is never below the
		// words it holds: no second parse for most pages.
		return root, nil
	}
	alt, err := html.ParseWithOptions(strings.NewReader(doc), html.ParseOptionEnableScripting(false))
	if err != nil {
		return root, nil
	}
	shown, hidden := bodyWords(alt)
	if hidden <= shown || hidden < noscriptMinWords {
		return root, nil
	}
	unwrapNoscript(alt)
	return alt, nil
}

// noscriptMinWords is the fewest words a <noscript> copy of the page must
// hold to be read: a shell whose only text is a note asking for scripts
// ("You need to enable JavaScript to run this app.") has no body to give.
// A bound, not tuned: the 19 forum shells on wcxb-dev hold 313 words or
// more.
const noscriptMinWords = 50

// bodyWords counts the words of the text under <body>: those outside any
// <noscript> and those inside one.
// Scripts, styles and templates hold no words. Where a parser running
// scripts left a <noscript>'s content as one text child, that is counted
// whole, markup and all.
func bodyWords(root *html.Node) (shown, hidden int) {
	var walk func(n *html.Node, inBody, inNoscript bool)
	walk = func(n *html.Node, inBody, inNoscript bool) {
		switch {
		case n.Type == html.TextNode:
			if !inBody {
				return
			}
			if words := fieldCount(n.Data); inNoscript {
				hidden += words
			} else {
				shown += words
			}
			return
		case n.Type != html.ElementNode && n.Type != html.DocumentNode:
			return
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template:
			return
		case atom.Body:
			inBody = true
		case atom.Noscript:
			inNoscript = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inBody, inNoscript)
		}
	}
	walk(root, false, false)
	return shown, hidden
}

// fieldCount is len(strings.Fields(s)) without building the slice: every
// text node of every page is counted.
func fieldCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiSpace(c) // unicode.IsSpace's ASCII spaces, without the call
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// unwrapNoscript replaces every <noscript> under <body> by its children.
func unwrapNoscript(root *html.Node) {
	var found []*html.Node
	var walk func(n *html.Node, inBody bool)
	walk = func(n *html.Node, inBody bool) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			inBody = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if inBody && c.Type == html.ElementNode && c.DataAtom == atom.Noscript {
				found = append(found, c)
			}
			walk(c, inBody)
		}
	}
	walk(root, false)
	for _, ns := range found {
		moveChildrenBefore(ns, ns)
		ns.Parent.RemoveChild(ns)
	}
}
