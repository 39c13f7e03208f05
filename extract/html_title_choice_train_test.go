package extract

import (
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/storyfold/storyfold/eval/goldpage"
	"github.com/storyfold/storyfold/textnorm"
)

var titleChoiceDump = flag.String("titlechoicedump", "", "write the <h1>/stated pairs as JSON lines to this file")

var titleChoiceTrain = flag.Bool("titlechoice", false, "fit the <h1>/stated title chooser on wcxb-dev and print its weights")

// titlePair is one page where the <h1>'s title and the stated title
// differ once folded: its features and which of the two is the gold's.
type titlePair struct {
	id               int
	kind             string
	f                [titleChoiceFeatures]float64
	h1Ok, statedOk   bool
	h1, stated, gold string
}

// titlePairs reads every wcxb-dev page and returns its <h1>/stated
// pairs, and the number of article pages.
func titlePairs(t *testing.T, set string) ([]titlePair, map[string]int) {
	misses := make(map[string]int)
	paths, _ := filepath.Glob(filepath.Join(set, "ground-truth", "*.json"))
	var mu sync.Mutex
	var out []titlePair
	devEach(len(paths), func(i int) {
		g, err := goldpage.Read(paths[i])
		if err != nil {
			t.Fatal(err)
		}
		sid := strings.TrimSuffix(filepath.Base(paths[i]), ".json")
		id, _ := strconv.Atoi(sid)
		doc, err := hdevDecode(t, set, sid)
		if err != nil || strings.TrimSpace(g.GroundTruth.Title) == "" {
			return
		}
		root, err := parsePage(doc)
		if err != nil {
			t.Fatal(err)
		}
		m := readMeta(root)
		src := m.headlineSources(g.URL)
		same := func(a string) bool {
			return strings.Join(strings.Fields(g.GroundTruth.Title), " ") == strings.Join(strings.Fields(textnorm.RepairMojibake(a)), " ")
		}
		if g.Internal.PageType.Primary == "article" {
			k := titleMissKind(m, src, g.URL, same)
			mu.Lock()
			misses[k]++
			mu.Unlock()
		}
		h := m.bestH1(src.tag, src.og, src.ld, src.site)
		if h == "" {
			return
		}
		title := m.statedWithNumber(h, src.tag, src.og, src.ld, src.site)
		st := m.statedBest(src)
		if st == "" || foldTitle(st) == foldTitle(title) {
			return
		}
		p := titlePair{id: id, kind: g.Internal.PageType.Primary, f: m.titleChoiceVector(title, st, src, g.URL),
			h1Ok: same(title), statedOk: same(st), h1: title, stated: st, gold: g.GroundTruth.Title}
		mu.Lock()
		out = append(out, p)
		mu.Unlock()
	})
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out, misses
}

// titleMissKind names where an article's gold title is among the
// sources when pickTitle misses it.
func titleMissKind(m *pageMeta, src headlineSources, pageURL string, same func(string) bool) string {
	title := m.pickTitle(pageURL)
	if same(title) {
		return "exact"
	}
	h := m.bestH1(src.tag, src.og, src.ld, src.site)
	st := m.statedBest(src)
	switch {
	case h != "" && same(st):
		return "miss: <h1> taken, the stated title (statedBest) the gold"
	case h == "" && slices.ContainsFunc(m.h1, func(x string) bool { return same(dropPermalink(cleanText(x))) }):
		return "miss: stated taken (<h1> refused), an <h1> the gold"
	case h != "" && slices.ContainsFunc(m.h1, func(x string) bool { return same(dropPermalink(cleanText(x))) }):
		return "miss: an <h1> as written the gold (shaped or another taken)"
	}
	for _, s := range []string{src.ld, src.og, src.tag, cleanText(m.meta["twitter:title"])} {
		if s != "" && (same(headPart(s, src.site)) || same(s)) {
			return "miss: another stated source (whole or its head part) the gold"
		}
	}
	return "miss: gold in no source as is"
}

// fitTitleChoice fits the logistic model on the pairs in (articles
// only) where exactly one side is the gold's, by gradient descent with
// a small L2 penalty (not on the bias).
func fitTitleChoice(ps []titlePair, in func(int) bool) [titleChoiceFeatures]float64 {
	var w [titleChoiceFeatures]float64
	var xs []titlePair
	for _, p := range ps {
		if p.kind == "article" && in(p.id) && p.h1Ok != p.statedOk {
			xs = append(xs, p)
		}
	}
	const lambda, rate = 0.001, 0.5
	for range 4000 {
		var g [titleChoiceFeatures]float64
		for _, p := range xs {
			y := b2f(p.statedOk)
			q := 1 / (1 + math.Exp(-titleChoiceOdds(&p.f, &w)))
			for k := range g {
				g[k] += (q - y) * p.f[k]
			}
		}
		for k := range w {
			reg := lambda * w[k]
			if k == 0 {
				reg = 0
			}
			w[k] -= rate * (g[k]/float64(len(xs)) + reg)
		}
	}
	return w
}

// scoreTitleChoice counts, over the pairs of kind in the set, the
// titles gained and lost against always taking the <h1>'s.
func scoreTitleChoice(ps []titlePair, w *[titleChoiceFeatures]float64, kind string, in func(int) bool) (gain, loss int) {
	for _, p := range ps {
		if p.kind != kind || !in(p.id) || titleChoiceOdds(&p.f, w) <= 0 {
			continue
		}
		if p.statedOk && !p.h1Ok {
			gain++
		}
		if p.h1Ok && !p.statedOk {
			loss++
		}
	}
	return gain, loss
}

// TestHTMLTitleChoiceTrain fits titleChoiceWeights: the census of the
// <h1>/stated pairs, the 2-fold fit by page id parity (fit on one half,
// scored on the other), the in-sample counts, and the weights fitted on
// all pages.
func TestHTMLTitleChoiceTrain(t *testing.T) {
	if !*titleChoiceTrain {
		t.Skip("fits the <h1>/stated chooser; run with -titlechoice")
	}
	if _, err := os.Stat(filepath.Join(*htmlDevSet, "ground-truth")); err != nil {
		t.Skipf("no set: %v", err)
	}
	ps, misses := titlePairs(t, *htmlDevSet)
	for _, k := range slices.Sorted(maps.Keys(misses)) {
		fmt.Printf("// articles: %-66s %3d\n", k, misses[k])
	}
	if *titleChoiceDump != "" {
		f, err := os.Create(*titleChoiceDump)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range ps {
			b, _ := json.Marshal(map[string]any{"id": p.id, "kind": p.kind, "f": p.f[:], "h1ok": p.h1Ok, "stok": p.statedOk, "h1": p.h1, "st": p.stated, "gold": p.gold})
			fmt.Fprintln(f, string(b))
		}
		f.Close()
	}
	even := func(id int) bool { return id%2 == 0 }
	odd := func(id int) bool { return id%2 == 1 }
	all := func(int) bool { return true }
	census := map[string][4]int{}
	for _, p := range ps {
		c := census[p.kind]
		switch {
		case p.h1Ok:
			c[0]++
		case p.statedOk:
			c[1]++
		default:
			c[2]++
		}
		c[3]++
		census[p.kind] = c
	}
	kinds := []string{"article", "collection", "documentation", "forum", "listing", "product", "service"}
	for _, k := range kinds {
		c := census[k]
		fmt.Printf("// census %-13s pairs %3d: <h1> right %3d, stated right %3d, neither %3d\n", k, c[3], c[0], c[1], c[2])
	}
	for _, p := range ps {
		if p.kind == "article" && p.statedOk {
			fmt.Printf("// stated %04d %q over <h1> %q\n", p.id, p.stated, p.h1)
		}
	}
	for _, h := range []struct {
		name      string
		fit, test func(int) bool
	}{{"even->odd", even, odd}, {"odd->even", odd, even}, {"even->even", even, even}, {"odd->odd", odd, odd}, {"all->all", all, all}} {
		w := fitTitleChoice(ps, h.fit)
		var line []string
		for _, k := range kinds {
			g, l := scoreTitleChoice(ps, &w, k, h.test)
			if g+l > 0 || k == "article" {
				line = append(line, fmt.Sprintf("%s +%d -%d", k, g, l))
			}
		}
		fmt.Printf("// fitted %s: %s\n", h.name, strings.Join(line, ", "))
		if h.name == "all->all" {
			textPrintWeights("titleChoiceWeights", "titleChoiceFeatures", w[:])
		}
	}
}
