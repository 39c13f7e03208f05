package extract

import (
	"unicode"
	"unicode/utf8"
)

// statedCapital returns h with its first letter capitalised when h opens
// in lower case and a stated title (the JSON-LD headline, og:title or the
// <title>, whole or cut before its site part) is h with that one letter
// capitalised, else h. A headline opens with a capital; a site that sets
// its topic names in lower case ("history of tea") states the title with
// the capital in its <head>, and the gold writes it so. Only the first
// letter may differ: an <h1> in lower case throughout beside a stated
// title in title case is a product name or a style (the gold kept the
// lower case on the one wcxb-dev page, a product), and the wider case
// family splits (docs/quality.md, thirty-third session). On wcxb-dev 1
// more exact article title (odd ids), no other title moved.
func statedCapital(h, tag, og, ld string, site map[string]bool) string {
	first, n := utf8.DecodeRuneInString(h)
	if !unicode.IsLower(first) {
		return h
	}
	want := string(unicode.ToUpper(first)) + h[n:]
	for _, src := range []string{ld, og, tag} {
		if src != "" && (src == want || headPart(src, site) == want) {
			return want
		}
	}
	return h
}
