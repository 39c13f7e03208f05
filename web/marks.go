package web

import (
	"fmt"
	"sort"
	"strings"

	"github.com/storyfold/storyfold/news"
)

// placedClaim is a claim's sentence in one article.
type placedClaim struct {
	N        int
	ID       string // the anchor, "claim-N"
	Sentence string
}

// claimsOf lists the sentences article id contributes to the story's claims.
func claimsOf(st news.Story, id string) []placedClaim {
	var out []placedClaim
	for i, c := range st.Claims {
		for _, m := range c.Mentions {
			if m.ArticleID == id && strings.TrimSpace(m.Sentence) != "" {
				out = append(out, placedClaim{N: i + 1, ID: fmt.Sprintf("claim-%d", i+1), Sentence: m.Sentence})
			}
		}
	}
	return out
}

// span is a marked stretch of one paragraph.
type span struct {
	start, end int
	ids        []string
}

// markClaims splits body into paragraphs of segments, marking each claim
// sentence found verbatim. A sentence that overlaps one already marked
// (two claims from one sentence) adds its anchor to that mark. Sentences
// not found are returned as unplaced.
func markClaims(body string, claims []placedClaim) ([][]segment, []placedClaim) {
	paras := splitParagraphs(body)
	spans := make([][]span, len(paras))
	var unplaced []placedClaim
	for _, c := range claims {
		placed := false
		for i, p := range paras {
			if at := strings.Index(p, c.Sentence); at >= 0 {
				spans[i] = addSpan(spans[i], span{at, at + len(c.Sentence), []string{c.ID}})
				placed = true
				break
			}
		}
		if !placed {
			unplaced = append(unplaced, c)
		}
	}
	out := make([][]segment, len(paras))
	for i, p := range paras {
		out[i] = segmentsOf(p, spans[i])
	}
	return out, unplaced
}

func addSpan(spans []span, s span) []span {
	for i, o := range spans {
		if s.start < o.end && o.start < s.end {
			spans[i].ids = append(spans[i].ids, s.ids...)
			return spans
		}
	}
	spans = append(spans, s)
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	return spans
}

func segmentsOf(p string, spans []span) []segment {
	var out []segment
	at := 0
	for _, s := range spans {
		if s.start > at {
			out = append(out, segment{Text: p[at:s.start]})
		}
		out = append(out, segment{Text: p[s.start:s.end], Mark: true, IDs: s.ids})
		at = s.end
	}
	if at < len(p) {
		out = append(out, segment{Text: p[at:]})
	}
	return out
}

// splitParagraphs splits an article body at blank lines (news.Article's
// paragraph separator), dropping empty paragraphs.
func splitParagraphs(body string) []string {
	var out []string
	for p := range strings.SplitSeq(strings.ReplaceAll(body, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
