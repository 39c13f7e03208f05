package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// React's streaming server rendering (Next.js's app router and others)
// sends the parts of a page that load slowly after the rest: each in a
// hidden <div id="S:…"> at the end of <body>, with a script that moves it
// into its place once it has arrived. A reader that runs no scripts finds
// those parts after the page's footer, outside the article's element, so
// the block model drops the article's later sections as furniture (on
// wcxb-dev a stock guide whose last seven companies were all streamed).
// placeStreamed does what the scripts do.

// streamedCalls are the scripts' calls that move a segment: $RS(segment,
// placeholder) puts it before the placeholder <template id="P:…">;
// $RC(boundary, segment), and $RR with the same first two arguments
// (React 19, a boundary waiting for styles), put it in place of the
// loading fallback of the boundary whose <template id="B:…"> follows the
// boundary's opening comment.
var streamedCalls = []string{`$RS("`, `$RC("`, `$RR("`}

// streams reports whether a document may hold streamed segments: React
// writes every placeholder and boundary as <template id="P:…"> or
// <template id="B:…">. The tree is walked for them only then; one search
// of the document, under a hundredth of the time its parse takes.
func streams(doc string) bool {
	const open = `<template id="`
	for {
		i := strings.Index(doc, open)
		if i < 0 {
			return false
		}
		doc = doc[i+len(open):]
		if len(doc) > 1 && (doc[0] == 'P' || doc[0] == 'B') && doc[1] == ':' {
			return true
		}
	}
}

// streamedMove is one call: which segment goes where.
type streamedMove struct {
	call           string // one of streamedCalls
	segment, place string // element ids
}

// placeStreamed moves every streamed segment into its place, in the
// order the page's scripts move them.
func placeStreamed(root *html.Node) {
	ids := map[string]*html.Node{}
	var moves []streamedMove
	var segments []string // the segments' ids, in page order
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if id := attr(n, "id"); len(id) > 2 && id[1] == ':' {
				ids[id] = n
				if id[0] == 'S' && n.DataAtom == atom.Div {
					segments = append(segments, id)
				}
			}
			if n.DataAtom == atom.Script && n.FirstChild != nil {
				moves = append(moves, streamedMoves(n.FirstChild.Data)...)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	moves = append(moves, unnamedMoves(segments, moves, ids)...)
	for _, m := range moves {
		seg, place := ids[m.segment], ids[m.place]
		if seg == nil || place == nil || seg.Parent == nil || place.Parent == nil {
			continue
		}
		seg.Parent.RemoveChild(seg)
		if m.call == `$RS("` {
			moveChildrenBefore(seg, place)
			place.Parent.RemoveChild(place)
			continue
		}
		moveChildrenBefore(seg, clearFallback(place))
	}
}

// unnamedMoves are the moves of the segments no call names, as
// pages saved without their scripts keep them: each goes where React's
// ids put the segment of the same number, before the placeholder
// "P:<n>", else in place of the fallback of boundary "B:<n>" (every call
// on wcxb-dev pairs a segment with the placeholder or boundary of its own
// number).
func unnamedMoves(segments []string, named []streamedMove, ids map[string]*html.Node) []streamedMove {
	moved := map[string]bool{}
	for _, m := range named {
		moved[m.segment] = true
	}
	var out []streamedMove
	for _, s := range segments {
		if moved[s] {
			continue
		}
		n := s[2:]
		switch {
		case isTemplate(ids["P:"+n]):
			out = append(out, streamedMove{call: `$RS("`, segment: s, place: "P:" + n})
		case isTemplate(ids["B:"+n]):
			out = append(out, streamedMove{call: `$RC("`, segment: s, place: "B:" + n})
		}
	}
	return out
}

func isTemplate(n *html.Node) bool { return n != nil && n.DataAtom == atom.Template }

// streamedMoves reads the calls that move segments in a script's text,
// in the order they run.
func streamedMoves(script string) []streamedMove {
	var out []streamedMove
	for rest := script; ; {
		i := strings.Index(rest, "$R")
		if i < 0 {
			return out
		}
		rest = rest[i:]
		call := streamedCall(rest)
		if call == "" {
			rest = rest[2:]
			continue
		}
		rest = rest[len(call):]
		first, second, ok := twoQuoted(rest)
		if !ok {
			continue
		}
		m := streamedMove{call: call, segment: first, place: second}
		if call != `$RS("` {
			m.segment, m.place = second, first
		}
		out = append(out, m)
	}
}

// streamedCall is the one of streamedCalls s opens with, or "".
func streamedCall(s string) string {
	for _, c := range streamedCalls {
		if strings.HasPrefix(s, c) {
			return c
		}
	}
	return ""
}

// twoQuoted reads `a","b"` at the start of s: a call's first two string
// arguments, its opening quote already read.
func twoQuoted(s string) (a, b string, ok bool) {
	a, rest, ok := strings.Cut(s, `","`)
	if !ok || strings.ContainsAny(a, `"(),`) {
		return "", "", false
	}
	b, _, ok = strings.Cut(rest, `"`)
	if !ok || strings.ContainsAny(b, `(),`) {
		return "", "", false
	}
	return a, b, true
}

// clearFallback removes a boundary's loading fallback, from its
// <template> to the comment that closes the boundary ("/$" at the same
// depth), and returns the node the segment goes before: that comment, or
// the template itself when the boundary's comments are not where React
// puts them.
func clearFallback(tmpl *html.Node) *html.Node {
	open := tmpl.PrevSibling
	if open == nil || open.Type != html.CommentNode {
		return tmpl
	}
	end := tmpl.NextSibling
	for depth := 0; end != nil; end = end.NextSibling {
		if end.Type != html.CommentNode {
			continue
		}
		if end.Data == "/$" {
			if depth == 0 {
				break
			}
			depth--
		} else if end.Data == "$" || end.Data == "$?" || end.Data == "$!" {
			depth++
		}
	}
	if end == nil {
		return tmpl
	}
	for n := tmpl; n != end; {
		next := n.NextSibling
		n.Parent.RemoveChild(n)
		n = next
	}
	return end
}

// moveChildrenBefore moves from's children before the node at.
func moveChildrenBefore(from, at *html.Node) {
	for c := from.FirstChild; c != nil; {
		next := c.NextSibling
		from.RemoveChild(c)
		at.Parent.InsertBefore(c, at)
		c = next
	}
}
