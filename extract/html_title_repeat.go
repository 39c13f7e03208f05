package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// h1Text is the text of the <h1> n, once where n holds the same text
// twice over in sibling elements: a site sets its logo or headline twice
// inside one <h1>, one copy for wide screens and one for phones (CSS
// shows one), and the text of both read together ("News News") is no
// title. Only whole element children count, so a headline whose words
// repeat ("Bora Bora") in one text stays as it is. On wcxb-dev one page
// (a listing) has such an <h1>.
func h1Text(n *html.Node) string {
	if t, ok := repeatedChildren(n); ok {
		return t
	}
	return nodeText(n)
}

// repeatedChildren returns the text of n's element children when there
// are two or more with text, all with the same text, and n holds no text
// of its own beside them.
func repeatedChildren(n *html.Node) (string, bool) {
	text, count := "", 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return "", false
			}
		case html.ElementNode:
			t := nodeText(c)
			if t == "" {
				continue
			}
			if count > 0 && t != text {
				return "", false
			}
			text, count = t, count+1
		}
	}
	return text, count >= 2
}
