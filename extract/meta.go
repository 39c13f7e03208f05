package extract

import (
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what one walk over a document gathers for the metadata: the
// candidates each field is chosen from, in the page's own words.
type pageMeta struct {
	titleTag  string            // <title>
	lang      string            // <html lang>
	canonical string            // <link rel=canonical>
	meta      map[string]string // <meta> by lower-cased name/property/itemprop, first value wins
	h1        []string          // text of the first few <h1>
	heads     []string          // text of the first few <h2>..<h6>
	times     []string          // datetime of the first few <time>
	ld        []map[string]any  // JSON-LD objects, @graph flattened
}

// maxH1, maxTimes bound what the walk keeps: the headline and the date
// are near the top, and pages with hundreds of <time> are listings.
// Bounds, not tuned values.
const maxH1, maxTimes, maxHeads = 4, 8, 8

// readMeta walks root once and gathers its metadata candidates.
func readMeta(root *html.Node) *pageMeta {
	m := &pageMeta{meta: make(map[string]string)}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if !m.visit(n) {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return m
}

// visit records n and reports whether its children need walking.
func (m *pageMeta) visit(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html:
		m.lang = attr(n, "lang")
	case atom.Title:
		if m.titleTag == "" && !inSVG(n) {
			m.titleTag = nodeText(n)
		}
		return false
	case atom.Meta:
		m.visitMeta(n)
	case atom.Link:
		if m.canonical == "" && strings.EqualFold(attr(n, "rel"), "canonical") {
			m.canonical = strings.TrimSpace(attr(n, "href"))
		}
	case atom.H1:
		if len(m.h1) < maxH1 {
			if t := h1Text(n); t != "" && !runsTogether(n) {
				m.h1 = append(m.h1, t)
			}
		}
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		if len(m.heads) < maxHeads {
			if t := nodeText(n); t != "" {
				m.heads = append(m.heads, t)
			}
		}
	case atom.Time:
		if dt := strings.TrimSpace(attr(n, "datetime")); dt != "" && len(m.times) < maxTimes {
			m.times = append(m.times, dt)
		}
	case atom.Script:
		if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
			m.visitLD(nodeText(n))
		}
		return false
	case atom.Style, atom.Noscript, atom.Template, atom.Svg:
		return false
	}
	return true
}

func (m *pageMeta) visitMeta(n *html.Node) {
	content := strings.TrimSpace(attr(n, "content"))
	if content == "" {
		content = strings.TrimSpace(attr(n, "datetime"))
	}
	if content == "" {
		return
	}
	for _, key := range []string{"property", "name", "itemprop", "http-equiv"} {
		k := strings.ToLower(strings.TrimSpace(attr(n, key)))
		if k == "" {
			continue
		}
		if _, ok := m.meta[k]; !ok {
			m.meta[k] = html.UnescapeString(content)
		}
	}
}

// visitLD parses one JSON-LD script and keeps its objects, @graph members
// flattened. A script that does not parse is ignored: pages often carry
// broken JSON-LD beside good metadata.
func (m *pageMeta) visitLD(src string) {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(src)), &v); err != nil {
		return
	}
	var add func(v any, depth int)
	add = func(v any, depth int) {
		if depth > 3 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				add(e, depth+1)
			}
		case map[string]any:
			m.ld = append(m.ld, x)
			if g, ok := x["@graph"]; ok {
				add(g, depth+1)
			}
			if me, ok := x["mainEntity"]; ok {
				add(me, depth+1)
			}
		}
	}
	add(v, 0)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func inSVG(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Svg {
			return true
		}
	}
	return false
}

// nodeText is n's text with whitespace folded. Inline elements join
// their neighbours without a space ("Planning C<span>ycle</span>" is one
// word); other elements are set apart.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		inline := true
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
		case html.ElementNode:
			if n.DataAtom == atom.Style || n.DataAtom == atom.Noscript && n.Parent != nil && n.Parent.DataAtom != atom.Head || unshown(n) {
				return
			}
			inline = inlineElement(n.DataAtom)
		}
		if !inline {
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if !inline {
			b.WriteByte(' ')
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

// unshown reports an element whose text is no part of a heading's
// words: one the page marks hidden (a tooltip waiting to be opened) and a
// button ("Copy item path" beside a documentation page's <h1>).
func unshown(n *html.Node) bool {
	if n.DataAtom == atom.Button {
		return true
	}
	for _, a := range n.Attr {
		if a.Key == "hidden" {
			return true
		}
	}
	return false
}

// runsTogether reports an element whose text runs two words together
// where one inline element ends and the next begins, a lower-case letter
// then a capital ("Notion Alternatives<span class=block>Top Tools"): the
// page sets the parts on lines of their own by CSS, which the text
// loses, and the joined text is no headline. A word split by markup
// ("C<span>ycle</span>") goes on in lower case and is not counted.
func runsTogether(n *html.Node) bool {
	prev := ' '
	found := false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if found {
			return
		}
		switch n.Type {
		case html.TextNode:
			if n.Data == "" {
				return
			}
			first, _ := utf8.DecodeRuneInString(n.Data)
			if unicode.IsLower(prev) && unicode.IsUpper(first) {
				found = true
			}
			prev, _ = utf8.DecodeLastRuneInString(n.Data)
			return
		case html.ElementNode:
			if n.DataAtom == atom.Style || n.DataAtom == atom.Noscript {
				return
			}
		}
		block := n.Type == html.ElementNode && !inlineElement(n.DataAtom)
		if block { // a block's text starts and ends a line of its own
			prev = ' '
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			prev = ' '
		}
	}
	walk(n)
	return found
}

// inlineElement reports the elements that run on inside a line of text.
func inlineElement(a atom.Atom) bool {
	switch a {
	case atom.A, atom.Abbr, atom.B, atom.Bdi, atom.Bdo, atom.Cite, atom.Code, atom.Data, atom.Dfn,
		atom.Em, atom.I, atom.Kbd, atom.Mark, atom.Q, atom.S, atom.Samp, atom.Small, atom.Span,
		atom.Strong, atom.Sub, atom.Sup, atom.Time, atom.U, atom.Var, atom.Font:
		return true
	}
	return false
}
