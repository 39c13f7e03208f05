package web

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

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
// sentence found (see looseIndex). A sentence that overlaps one already
// marked (two claims from one sentence) adds its anchor to that mark.
// Sentences not found are returned as unplaced.
func markClaims(body string, claims []placedClaim) ([][]segment, []placedClaim) {
	paras := splitParagraphs(body)
	spans := make([][]span, len(paras))
	var unplaced []placedClaim
	for _, c := range claims {
		placed := false
		for i, p := range paras {
			if start, end, ok := looseIndex(p, c.Sentence); ok {
				spans[i] = addSpan(spans[i], span{start, end, []string{c.ID}})
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

// looseIndex finds needle in hay the way a reader would: ignoring case,
// the kind of quote or dash, and the kind and amount of whitespace (claim
// sentences come from a sentence splitter that may have turned a
// no-break space into a space). It returns hay's byte range.
func looseIndex(hay, needle string) (start, end int, ok bool) {
	if at := strings.Index(hay, needle); at >= 0 && needle != "" {
		return at, at + len(needle), true
	}
	h, offs := looseRunes(hay)
	n, _ := looseRunes(strings.TrimSpace(needle))
	if len(n) == 0 {
		return 0, 0, false
	}
	for i := 0; i+len(n) <= len(h); i++ {
		if slices.Equal(h[i:i+len(n)], n) {
			last := offs[i+len(n)-1]
			_, size := utf8.DecodeRuneInString(hay[last:])
			return offs[i], last + size, true
		}
	}
	return 0, 0, false
}

// looseRunes folds s rune by rune for looseIndex, collapsing whitespace
// runs to one space, and returns each kept rune's byte offset in s.
func looseRunes(s string) ([]rune, []int) {
	var (
		out  []rune
		offs []int
	)
	for i, r := range s {
		switch {
		case unicode.IsSpace(r):
			if len(out) > 0 && out[len(out)-1] == ' ' {
				continue
			}
			r = ' '
		case strings.ContainsRune("‘’‚‛′`´", r):
			r = '\''
		case strings.ContainsRune("“”„‟″«»", r):
			r = '"'
		case strings.ContainsRune("‐‑‒–—―−", r):
			r = '-'
		default:
			r = unicode.ToLower(r)
		}
		out, offs = append(out, r), append(offs, i)
	}
	return out, offs
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

// titleClaims takes out of claims those whose sentence is the title (a
// headline states the claim), returning their anchors and the rest.
func titleClaims(title string, claims []placedClaim) ([]string, []placedClaim) {
	var (
		ids  []string
		rest []placedClaim
	)
	for _, c := range claims {
		if start, end, ok := looseIndex(title, c.Sentence); ok && start == 0 && end == len(title) {
			ids = append(ids, c.ID)
			continue
		}
		rest = append(rest, c)
	}
	return ids, rest
}
