package claims

import (
	"strings"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/textnorm"
)

// sentence is one sentence of one article with what was read from it.
type sentence struct {
	article int    // index of the article in the story
	id      string // article ID
	pos     int    // index in the article; the title is 0 when present
	title   bool
	text    string
	source  string // canonical attribution, after resolving "it said"
	conf    *news.Confidence
	verify  string
	qty     []Match
	terms   map[string]bool
}

// readArticle splits an article (title first) and reads each sentence.
func (x *Extractor) readArticle(i int, a news.Article) []sentence {
	texts := x.split.Sentences(a.Body)
	hasTitle := a.Title != "" && (len(texts) == 0 || !strings.HasPrefix(textnorm.Fold(texts[0]), textnorm.Fold(a.Title)))
	if hasTitle {
		texts = append([]string{strings.TrimSpace(a.Title)}, texts...)
	}
	out := make([]sentence, 0, len(texts))
	last := ""
	for pos, t := range texts {
		src, pronoun := attribution(t)
		if pronoun {
			src = last
		}
		if src != "" {
			last = src
		}
		out = append(out, sentence{
			article: i, id: a.ID, pos: pos, title: hasTitle && pos == 0, text: t,
			source: src, conf: Estimative(t), verify: Verification(t),
			qty: Quantities(t), terms: termSet(t),
		})
	}
	return out
}

func termSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, t := range textnorm.Terms(s) {
		m[t] = true
	}
	return m
}

// dice is the Dice coefficient of two term sets.
func dice(a, b map[string]bool) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	n := 0
	for t := range a {
		if b[t] {
			n++
		}
	}
	return 2 * float64(n) / float64(len(a)+len(b))
}

// genericRoles are vague sources: "UK officials" in a story where the UK
// Ministry of Defence speaks are taken to be the ministry.
var genericRoles = set("intelligence", "officials", "government", "sources")

// resolveSources fills in the story's context: a bare "Ministry of
// Defence" gets the country the story's other sentences give it, and a
// vague source ("the UK", "UK intelligence") becomes the one organisation
// of that country the story quotes most.
func resolveSources(sents []sentence) {
	byOrg := map[string]map[string]int{}     // org → full name → count
	byCountry := map[string]map[string]int{} // country → full name → count
	for _, s := range sents {
		if c, org := splitSource(s.source); c != "" && isOrganisation(org) {
			bump(byOrg, org, s.source)
			bump(byCountry, c, s.source)
		}
	}
	for i := range sents {
		c, rest := splitSource(sents[i].source)
		switch {
		case c == "" && isOrganisation(rest):
			if full := most(byOrg[rest]); full != "" {
				sents[i].source = full
			}
		case c != "" && (rest == "" || genericRoles[rest]):
			if full := most(byCountry[c]); full != "" {
				sents[i].source = full
			}
		}
	}
}

// splitSource splits a canonical source into its country and the rest.
func splitSource(src string) (country, rest string) {
	for _, c := range countries {
		if r, ok := strings.CutPrefix(src, c); ok && (r == "" || r[0] == ' ') {
			return c, strings.TrimSpace(r)
		}
	}
	return "", src
}

func isOrganisation(name string) bool {
	for _, o := range organisations {
		if o == name {
			return true
		}
	}
	return false
}

func bump(m map[string]map[string]int, k, v string) {
	if m[k] == nil {
		m[k] = map[string]int{}
	}
	m[k][v]++
}

// most returns the key with the highest count, the smallest on ties.
func most(m map[string]int) string {
	best, n := "", 0
	for k, c := range m {
		if c > n || c == n && k < best {
			best, n = k, c
		}
	}
	return best
}
