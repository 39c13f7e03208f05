package extract

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/storyfold/storyfold/eval/goldpage"
	"github.com/storyfold/storyfold/news"
)

// The flat-text path is tuned on the wcxb-dev flat files, which one
// flattener wrote (one line per block element). Users feed text from other
// scrapers; TestTextFlattenDev re-flattens each wcxb-dev HTML page in other
// styles and scores the text path on them, to see how much of the figure
// belongs to that one flattener.

var (
	textFlatten     = flag.String("textflatten", "", "score the text path on wcxb-dev pages re-flattened in these styles (comma-separated: lines, links, paras; all: every style)")
	textFlattenLoss = flag.Int("textflatten-loss", 0, "with -textflatten, list this many articles that lose most against the wcxb flat file, per style")
	// textFlattenOut lays each style out as a set of its own, for
	// storyfold eval extract --set DIR/STYLE to list what it missed.
	textFlattenOut = flag.String("textflatten-out", "", "with -textflatten, write each style's text to DIR/STYLE/flat, beside a link to the gold")
)

// flatStyle is one way a scraper writes a page's text.
type flatStyle string

const (
	// flatLines is one line per block element, as the wcxb flat files are:
	// the check that this flattener reads pages as theirs does.
	flatLines flatStyle = "lines"
	// flatLinks is seed 001's scraper: a line break before each link
	// inside running text and a space after the link's text.
	flatLinks flatStyle = "links"
	// flatParas is the page's text with a blank line between block
	// elements and no line break inside them.
	flatParas flatStyle = "paras"
)

// flatBlockTags end the line (or paragraph) before and after them.
var flatBlockTags = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "body": true,
	"caption": true, "dd": true, "details": true, "dialog": true, "div": true, "dl": true,
	"dt": true, "fieldset": true, "figcaption": true, "figure": true, "footer": true,
	"form": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"header": true, "hgroup": true, "hr": true, "li": true, "main": true, "nav": true,
	"ol": true, "option": true, "p": true, "pre": true, "section": true, "summary": true,
	"table": true, "td": true, "th": true, "tr": true, "ul": true,
}

// flatSkipTags hold no text a reader sees.
var flatSkipTags = map[string]bool{
	"head": true, "iframe": true, "noscript": true, "script": true, "style": true,
	"svg": true, "template": true,
}

// flatWriter gathers one page's text in one style.
type flatWriter struct {
	style flatStyle
	out   strings.Builder
	line  strings.Builder
}

// flatten writes root's visible text in style.
func flatten(root *html.Node, style flatStyle) string {
	w := &flatWriter{style: style}
	w.walk(root)
	w.end()
	return w.out.String()
}

func (w *flatWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		if flatSkipTags[n.Data] {
			return
		}
		switch {
		case n.Data == "br" && w.style == flatParas:
			w.text(" ")
			return
		case n.Data == "br":
			w.end()
			return
		case n.Data == "a" && w.style == flatLinks:
			w.end()
			w.children(n)
			w.line.WriteString(" ")
			return
		case flatBlockTags[n.Data]:
			w.end()
			w.children(n)
			w.end()
			return
		}
	}
	w.children(n)
}

func (w *flatWriter) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

// text adds s to the line with its white space collapsed, as a browser
// shows it.
func (w *flatWriter) text(s string) {
	if s == "" {
		return
	}
	if isASCIISpace(s[0]) {
		w.line.WriteString(" ")
	}
	w.line.WriteString(strings.Join(strings.Fields(s), " "))
	if isASCIISpace(s[len(s)-1]) {
		w.line.WriteString(" ")
	}
}

// end closes the current line; paragraphs are set apart by a blank line.
func (w *flatWriter) end() {
	// Fields keeps the space flatLinks sets after a link: it falls
	// between two words.
	s := strings.Join(strings.Fields(w.line.String()), " ")
	w.line.Reset()
	if s == "" {
		return
	}
	if w.out.Len() > 0 {
		w.out.WriteString("\n")
		if w.style == flatParas {
			w.out.WriteString("\n")
		}
	}
	w.out.WriteString(s)
}

// flatScore is one page's precision and recall in one reading.
type flatScore struct {
	id      int
	article bool
	p, r, f float64
}

// TestTextFlattenDev scores the text path on wcxb-dev as flattened by
// the set (flat/) and by flatten in each asked style, overall and on each
// half (even and odd page ids). It only runs with -textflatten.
func TestTextFlattenDev(t *testing.T) {
	if *textFlatten == "" {
		t.Skip("scores other flatteners' text; run with -textflatten all")
	}
	set := textDataDir(t, filepath.Join("extract", "wcxb-dev"))
	styles := []flatStyle{flatLines, flatLinks, flatParas}
	if *textFlatten != "all" {
		styles = nil
		for _, s := range strings.Split(*textFlatten, ",") {
			styles = append(styles, flatStyle(s))
		}
	}
	paths, err := filepath.Glob(filepath.Join(set, "ground-truth", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	readings := append([]flatStyle{"wcxb"}, styles...)
	for _, s := range styles {
		textFlattenSet(t, set, s)
	}
	scores := make([][]flatScore, len(readings))
	for k := range scores {
		scores[k] = make([]flatScore, len(paths))
	}
	x := New(DefaultOptions())
	devEach(len(paths), func(i int) {
		for k, s := range textFlattenPage(t, x, set, paths[i], readings) {
			scores[k][i] = s
		}
	})
	for k, r := range readings {
		fmt.Printf("%-6s articles %s  all %s\n", r, flatSummary(scores[k], true), flatSummary(scores[k], false))
	}
	for k := 1; k < len(readings) && *textFlattenLoss > 0; k++ {
		flatListLoss(readings[k], scores[0], scores[k], *textFlattenLoss)
	}
}

// textFlattenPage scores one page in every reading.
func textFlattenPage(t *testing.T, x *Extractor, set, path string, readings []flatStyle) []flatScore {
	g, err := goldpage.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	id := strings.TrimSuffix(filepath.Base(path), ".json")
	num, err := strconv.Atoi(id)
	if err != nil {
		t.Fatalf("page id %s: %v", id, err)
	}
	out := make([]flatScore, len(readings))
	var root *html.Node
	for k, r := range readings {
		var text []byte
		if r == "wcxb" {
			if text, err = os.ReadFile(filepath.Join(set, "flat", id+".txt")); err != nil {
				t.Fatal(err)
			}
		} else {
			if root == nil {
				root = textFlattenParse(t, set, id)
			}
			text = []byte(flatten(root, r))
			if *textFlattenOut != "" {
				if err := os.WriteFile(filepath.Join(*textFlattenOut, string(r), "flat", id+".txt"), text, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
		a, _ := x.Extract(news.Page{ID: id, URL: g.URL, Format: news.FormatText, Content: text})
		s := flatScore{id: num, article: g.Type() == "article"}
		s.p, s.r, s.f = hdevScore(g.GroundTruth.MainContent, a.Body)
		out[k] = s
	}
	return out
}

// textFlattenSet makes the set -textflatten-out asks for style, if any.
func textFlattenSet(t *testing.T, set string, style flatStyle) {
	if *textFlattenOut == "" {
		return
	}
	dir := filepath.Join(*textFlattenOut, string(style))
	if err := os.MkdirAll(filepath.Join(dir, "flat"), 0o755); err != nil {
		t.Fatal(err)
	}
	gold, err := filepath.Abs(filepath.Join(set, "ground-truth"))
	if err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "ground-truth")
	if _, err := os.Lstat(link); err == nil {
		return
	}
	if err := os.Symlink(gold, link); err != nil {
		t.Fatal(err)
	}
}

// textFlattenParse reads and parses one wcxb-dev HTML page.
func textFlattenParse(t *testing.T, set, id string) *html.Node {
	doc, err := hdevDecode(t, set, id)
	if err != nil {
		t.Fatal(err)
	}
	root, err := parsePage(doc)
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// flatSummary is F1 of mean precision and mean recall, as the eval
// reports it, over all pages and over the even and odd halves.
func flatSummary(scores []flatScore, articles bool) string {
	var sum [3][3]float64 // all, even, odd × p, r, n
	for _, s := range scores {
		if articles && !s.article {
			continue
		}
		for _, h := range []int{0, 1 + s.id%2} {
			sum[h][0] += s.p
			sum[h][1] += s.r
			sum[h][2]++
		}
	}
	var f [3]float64
	for h := range sum {
		if n := sum[h][2]; n > 0 {
			p, r := sum[h][0]/n, sum[h][1]/n
			if p+r > 0 {
				f[h] = 2 * p * r / (p + r)
			}
		}
	}
	return fmt.Sprintf("%.4f (even %.4f, odd %.4f)", f[0], f[1], f[2])
}

// flatListLoss lists the n articles whose F1 falls most from the wcxb
// reading to style's, with the total fall.
func flatListLoss(style flatStyle, base, got []flatScore, n int) {
	type loss struct {
		id   int
		fall float64
		p, r float64
	}
	var ls []loss
	var lost, won float64
	for i := range base {
		if !base[i].article {
			continue
		}
		d := base[i].f - got[i].f
		if d > 0 {
			lost += d
		} else {
			won -= d
		}
		ls = append(ls, loss{base[i].id, d, got[i].p - base[i].p, got[i].r - base[i].r})
	}
	sort.Slice(ls, func(i, j int) bool { return ls[i].fall > ls[j].fall })
	fmt.Printf("%s: articles lose %.2f page-units of F1 against wcxb, win %.2f\n", style, lost, won)
	for _, l := range ls[:min(n, len(ls))] {
		fmt.Printf("  %04d F1 %+.3f (P %+.3f, R %+.3f)\n", l.id, -l.fall, l.p, l.r)
	}
}

// TestFlattenStyles checks that the harness writes each style as its
// scraper would.
func TestFlattenStyles(t *testing.T) {
	const page = `<html><head><title>Harbourton</title><script>var x;</script></head><body>` +
		`<h1>Keel Street reopens</h1><p>The council said <a href="/m">Mill Lane</a>'s <b>bridge</b> is safe.<br>Traffic returns.</p>` +
		`<ul><li><a href="/n">News</a></li></ul></body></html>`
	root, err := parsePage(page)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		style flatStyle
		want  string
	}{
		{flatLines, "Keel Street reopens\nThe council said Mill Lane's bridge is safe.\nTraffic returns.\nNews"},
		{flatLinks, "Keel Street reopens\nThe council said\nMill Lane 's bridge is safe.\nTraffic returns.\nNews"},
		{flatParas, "Keel Street reopens\n\nThe council said Mill Lane's bridge is safe. Traffic returns.\n\nNews"},
	} {
		if got := flatten(root, c.style); got != c.want {
			t.Errorf("%s:\ngot  %q\nwant %q", c.style, got, c.want)
		}
	}
}
