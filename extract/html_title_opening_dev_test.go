package extract

import (
	"flag"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/storyfold/storyfold/eval/goldpage"
	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/textnorm"
)

// The opening harness asks of the HTML path's <h1>/stated coin flips
// (pages where the title taken and the stated title, pickTitle without
// any <h1>, differ once folded) the evidence the flat path's
// textTitleAtOpening reads: where each candidate stands against the
// extracted body's first paragraph, whether a date or byline stands
// beside it, whether it is stated twice, whether the <h1> shares an
// element with the body (an <article> or <main>, or one a few levels
// up). It prints, by page type, how many pairs with each piece of
// evidence had the <h1>'s title right, the stated one right, or neither
// (docs/quality/html-extraction.md, "HTML titles: the `<h1>`/stated
// coin flips asked the flat path's opening evidence", forty-first
// session):
//
//	go test ./extract -run 'TestHTMLTitleOpening$' -htmlopening -htmlcache DIR -v
var htmlOpening = flag.Bool("htmlopening", false, "count the <h1>/stated title pairs on wcxb-dev by the opening's evidence")

// openingFar is how many blocks over the body's first paragraph an <h1>
// stands when it is counted as far from the opening.
const openingFar = 8

// openingPair is one coin flip: which side the gold takes and the
// evidence that is true of the page.
type openingPair struct {
	kind, right string
	odd         bool // an odd page id: the half the pair is in
	evidence    []string
}

func TestHTMLTitleOpening(t *testing.T) {
	if !*htmlOpening {
		t.Skip("pass -htmlopening")
	}
	set := htmlDevSetDir(t)
	paths, _ := filepath.Glob(filepath.Join(set, "ground-truth", "*.json"))
	o := DefaultOptions()
	o.Format, o.KeepNonArticles = news.FormatHTML, true
	x := New(o)
	openingReport(devGather(len(paths), func(i int) (openingPair, bool) { return openingOne(t, x, set, paths[i]) }))
}

// openingOne reads one page's pair and its evidence; ok is false where
// the page has no gold title, does not decode, or its two titles agree.
func openingOne(t *testing.T, x *Extractor, set, path string) (openingPair, bool) {
	g, err := goldpage.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	gold := strings.Join(strings.Fields(g.GroundTruth.Title), " ")
	id := strings.TrimSuffix(filepath.Base(path), ".json")
	doc, err := hdevDecode(t, set, id)
	if gold == "" || err != nil {
		return openingPair{}, false
	}
	root, err := parsePage(doc)
	if err != nil {
		t.Fatal(err)
	}
	m := readMeta(root)
	shown, title := m.pickHeadline(g.URL)
	h1 := m.h1
	m.h1 = nil
	stated := m.pickTitle(g.URL)
	m.h1 = h1
	if title == "" || stated == "" || foldTitle(title) == foldTitle(stated) {
		return openingPair{}, false
	}
	p := openingPair{kind: g.Internal.PageType.Primary, right: "neither", odd: strings.IndexByte("13579", id[len(id)-1]) >= 0}
	switch gold {
	case strings.Join(strings.Fields(title), " "):
		p.right = "h1"
	case strings.Join(strings.Fields(stated), " "):
		p.right = "stated"
	}
	a, _ := x.extractRoot(news.Page{URL: g.URL, Format: news.FormatHTML}, root, cachedCandidates(*htmlDevCache, id))
	page := renderBlocks(root)
	first, _, _ := strings.Cut(a.Body, "\n\n")
	body := titleBlock(page, first)
	at, st := titleBlock(page, shown), titleBlock(page, stated)
	add := func(ok bool, name string) {
		if ok {
			p.evidence = append(p.evidence, name)
		}
	}
	add(st >= 0, "the stated title shown as a block")
	add(st >= 0 && st < body && (at < 0 || at > body || st > at), "the stated title nearer the body's first paragraph")
	add(openingDated(page, at), "a date beside the <h1>")
	add(at >= 0 && visibleByline(page, shown, "") != "", "a byline under the <h1>")
	add(at >= 0 && (at > 0 && page[at-1].text == page[at].text || at+1 < len(page) && page[at+1].text == page[at].text), "the <h1> twice in a row")
	n := openingSources(m, g.URL, stated)
	add(n >= 3, "the stated title stated by 3+ sources")
	add(openingSources(m, g.URL, shown) == 0, "the <h1> stated by no source")
	far := at >= 0 && body >= 0 && body-at > openingFar
	add(far, "the <h1> 9+ blocks over the body")
	add(far && n >= 3, "the <h1> 9+ blocks over, the stated by 3+ sources")
	if at >= 0 && body >= 0 {
		up := openingLevelsUp(page[at].node, page[body].node)
		add(up >= 0 && up <= 3, "the <h1> and the body's opening 3 levels apart or less")
		add(openingSection(page[at].node) != nil && openingSection(page[at].node) == openingSection(page[body].node), "the <h1> and the body's opening in one <article>/<main>")
	}
	p.evidence = append(p.evidence, "every pair")
	return p, true
}

// openingDated reports whether a block from two over block at to four
// under it holds a date (firstDateIn) in under 120 bytes: a dateline.
func openingDated(page []block, at int) bool {
	if at < 0 {
		return false
	}
	for i := max(0, at-2); i < min(len(page), at+5); i++ {
		if i != at && len(page[i].text) < 120 {
			if _, ok := firstDateIn(textnorm.Words(splitGlued(page[i].text))); ok {
				return true
			}
		}
	}
	return false
}

// openingSources counts the stated sources (the <title>, og:title,
// twitter:title, the JSON-LD headline), each cut before its site part,
// that equal title once folded.
func openingSources(m *pageMeta, pageURL, title string) int {
	host := m.innerHost(pageURL)
	tag := dropHostLead(cleanText(m.titleTag), host)
	og := dropHostLead(cleanText(m.meta["og:title"]), host)
	ld := ""
	if a := m.ldArticle(); a != nil {
		ld = ldString(a["headline"])
	}
	site := m.siteNames(tag, og, ld)
	n := 0
	for _, src := range []string{tag, og, dropHostLead(cleanText(m.meta["twitter:title"]), host), ld} {
		if src != "" && foldTitle(headPart(src, site)) == foldTitle(title) {
			n++
		}
	}
	return n
}

// openingReport prints, for articles (by half) and for the other page
// types, each piece of evidence with the pairs' count by which side was
// right.
func openingReport(pairs []openingPair) {
	type key struct{ group, evidence string }
	counts := make(map[key]map[string]int)
	var order []key
	for _, p := range pairs {
		group := "other"
		switch {
		case p.kind == "article" && p.odd:
			group = "art-odd"
		case p.kind == "article":
			group = "art-even"
		}
		for _, e := range p.evidence {
			k := key{group, e}
			if counts[k] == nil {
				counts[k] = make(map[string]int)
				order = append(order, k)
			}
			counts[k][p.right]++
		}
	}
	sort.Slice(order, func(i, j int) bool {
		if order[i].group != order[j].group {
			return order[i].group < order[j].group
		}
		return order[i].evidence < order[j].evidence
	})
	for _, k := range order {
		c := counts[k]
		fmt.Printf("%-8s %-58s h1 %3d stated %3d neither %3d\n", k.group, k.evidence, c["h1"], c["stated"], c["neither"])
	}
}

// openingLevelsUp returns how many parents up from a the nearest element
// holding b too is, or -1.
func openingLevelsUp(a, b *html.Node) int {
	for n, up := a, 0; n != nil; n, up = n.Parent, up+1 {
		for c := b; c != nil; c = c.Parent {
			if c == n {
				return up
			}
		}
	}
	return -1
}

// openingSection returns the nearest <article> or <main> holding n, or nil.
func openingSection(n *html.Node) *html.Node {
	for ; n != nil; n = n.Parent {
		if n.Type == html.ElementNode && (n.Data == "article" || n.Data == "main") {
			return n
		}
	}
	return nil
}
