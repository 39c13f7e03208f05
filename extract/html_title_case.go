package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// statedTitleCase returns the stated titles' spelling of title where the
// page states an article (statesArticle), the taken <h1> sets the
// headline in sentence case and every stated title with the same words
// (the JSON-LD headline, og:title, twitter:title, the <title>, cut before
// the site part) sets them in title case, the same way, capitalising two
// or more words the <h1> writes in lower case (titleCased); else title.
// A news or blog template styles the shown headline in sentence case
// while the editor's headline, as the site states it to search engines
// and feeds, is in title case; the gold writes it so on the wcxb-dev
// articles 0158 and 4193 (two sites). statedCapital leaves this family
// alone because it splits over all pages: of the 16 wcxb-dev pages whose
// title differs from a stated title in case only, the <h1>'s spelling is
// the gold on shop pages (collections, products, a service: IKEA,
// Vanguard, Etsy) that state no article, and a stated source in the
// <h1>'s case (og:title on 4598 and 4691) says the site writes the
// headline that way. One capital more ("Review And Approval", "How To")
// is a style of the stated title, not an editor's headline: the gold
// took the <h1> there (0254, 4194). Only the title changes: the headline
// as shown stays the <h1> for the body and byline steps.
func (m *pageMeta) statedTitleCase(title, tag, og, ld string, site map[string]bool) string {
	if title == "" || !m.statesArticle() {
		return title
	}
	want := ""
	for _, src := range []string{ld, og, cleanText(m.meta["twitter:title"]), tag} {
		if src == "" {
			continue
		}
		p := headPart(src, site)
		if !strings.EqualFold(p, title) {
			continue
		}
		if want != "" && p != want {
			return title
		}
		want = p
	}
	if want == "" || !titleCased(title, want) {
		return title
	}
	return want
}

// titleCased reports whether stated, title's words in another case,
// capitalises two or more words that title opens in lower case and
// lowers none that title capitalises.
func titleCased(title, stated string) bool {
	tw, sw := strings.Fields(title), strings.Fields(stated)
	if len(tw) != len(sw) {
		return false
	}
	raised := 0
	for i := range tw {
		t, _ := utf8.DecodeRuneInString(tw[i])
		s, _ := utf8.DecodeRuneInString(sw[i])
		switch {
		case unicode.IsLower(t) && unicode.IsUpper(s):
			raised++
		case unicode.IsUpper(t) && unicode.IsLower(s):
			return false
		}
	}
	return raised >= 2
}
