package eval

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/storyfold/storyfold/eval/goldpage"
	"github.com/storyfold/storyfold/textnorm"
)

// DedupSetOptions says how BuildDedupSet makes a copy-detection set.
type DedupSetOptions struct {
	// Data is the evaluation data directory, holding WCXB-style page sets
	// (extract/*/ with ground-truth/ and flat/, such as extract/wcxb-dev)
	// and cluster/*.jsonl; a held-out directory of the same layout builds
	// a held-out set.
	Data string
	// Seed makes the set reproducible: the same data and seed give the
	// same records.
	Seed uint64
	// Bases is how many WCXB articles get copies; the other eligible
	// articles join as singletons. 0 means half of them.
	Bases int
	// Copies is how many copies each base gets.
	Copies int
	// MinWords is the shortest gold body a WCXB article may have to be
	// used.
	MinWords int
	// Furniture wraps each copy in another page's site furniture and
	// makes each original its own flattened page; without it records
	// are bare bodies, which measures dedup alone.
	Furniture bool
	// MaxFurnitureWords caps the furniture a page may lend: WCXB holds
	// pages with thousands of words of comments around a short body,
	// more than aggregators wrap around a copy (the seeds carry 150 to
	// 1,100 words).
	MaxFurnitureWords int
	// Clusters adds the reports in cluster/*.jsonl as hard negatives:
	// different reports of one event, each its own group unless
	// dedupSyndicated says they are one article.
	Clusters bool
}

// DefaultDedupSetOptions returns the options the figures in
// docs/performance.md were made with.
func DefaultDedupSetOptions(data string) DedupSetOptions {
	return DedupSetOptions{Data: data, Seed: 1, Copies: 2, MinWords: 120, Furniture: true, MaxFurnitureWords: 1200, Clusters: true}
}

// dedupRecord is one line of a dedup set: the ingest JSONL fields plus the
// gold copy group and, for reading reports, how the record was made.
type dedupRecord struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	Text      string `json:"text,omitempty"`
	HTML      string `json:"html,omitempty"`
	CopyOf    string `json:"copy_of"`
	Variant   string `json:"variant,omitempty"`
}

// dedupPage is a WCXB article: its gold body and flattened page.
type dedupPage struct {
	id, title, date string
	paras           []string
	flat            []string // the flattened page's lines
	head, tail      []string // its furniture before and after the body; nil when the body was not found
}

// BuildDedupSet writes a copy-detection set as JSONL to w and returns the
// number of records. Copies of a WCXB article are made by the variants
// in dedupVariants; see DedupSetOptions for the rest.
func BuildDedupSet(o DedupSetOptions, w io.Writer) (int, error) {
	dirs, err := filepath.Glob(filepath.Join(o.Data, "extract", "*", "ground-truth"))
	if err != nil || len(dirs) == 0 {
		return 0, fmt.Errorf("build dedup set: no extract/*/ground-truth under %s", o.Data)
	}
	slices.Sort(dirs)
	var pages []*dedupPage
	for i, d := range dirs {
		ps, err := dedupLoadPages(filepath.Dir(d), o.MinWords)
		if err != nil {
			return 0, err
		}
		for _, p := range ps {
			if i > 0 { // page numbers restart in each set
				p.id = filepath.Base(filepath.Dir(d)) + "-" + p.id
			}
		}
		pages = append(pages, ps...)
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0xd0d0))
	rng.Shuffle(len(pages), func(i, j int) { pages[i], pages[j] = pages[j], pages[i] })
	bases := o.Bases
	if bases <= 0 || bases > len(pages) {
		bases = len(pages) / 2
	}
	var donors []*dedupPage
	for _, p := range pages {
		furniture := len(textnorm.Words(strings.Join(p.head, " ") + " " + strings.Join(p.tail, " ")))
		if p.head != nil && (o.MaxFurnitureWords <= 0 || furniture <= o.MaxFurnitureWords) {
			donors = append(donors, p)
		}
	}
	var recs []dedupRecord
	for i, p := range pages {
		recs = append(recs, dedupOriginal(p, o.Furniture))
		if i >= bases {
			continue
		}
		for c := range o.Copies {
			recs = append(recs, dedupCopy(rng, p, pages, donors, c, o.Furniture))
		}
	}
	dedupJoinPages(recs, pages)
	if o.Clusters {
		cl, err := dedupClusterRecords(o.Data)
		if err != nil {
			return 0, err
		}
		recs = append(recs, cl...)
	}
	// Shuffle so that copies do not always arrive after their original.
	rng.Shuffle(len(recs), func(i, j int) { recs[i], recs[j] = recs[j], recs[i] })
	return len(recs), dedupWriteSet(w, recs)
}

// dedupWriteSet writes records as JSONL.
func dedupWriteSet(w io.Writer, recs []dedupRecord) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			return fmt.Errorf("write dedup set: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write dedup set: %w", err)
	}
	return nil
}

func dedupOriginal(p *dedupPage, furniture bool) dedupRecord {
	r := dedupRecord{ID: "w" + p.id, Title: p.title, Published: p.date, CopyOf: "w" + p.id, Variant: "original"}
	r.Text = strings.Join(p.paras, "\n\n")
	if furniture {
		r.Text = strings.Join(p.flat, "\n")
	}
	return r
}

// dedupVariants are the ways a republisher changes an article, applied
// one or two at a time.
var dedupVariants = []string{"quotes", "drop", "teaser", "retitle"}

// dedupCopy makes copy c of p: one or two variants, then, with
// furniture, a headline and another page's furniture around the body.
func dedupCopy(rng *rand.Rand, p *dedupPage, pages, donors []*dedupPage, c int, furniture bool) dedupRecord {
	r := dedupRecord{ID: fmt.Sprintf("w%s-c%d", p.id, c), Title: p.title, Published: p.date, CopyOf: "w" + p.id}
	paras := slices.Clone(p.paras)
	kinds := []string{dedupVariants[rng.IntN(len(dedupVariants))]}
	if rng.IntN(2) == 0 {
		kinds = append(kinds, dedupVariants[rng.IntN(len(dedupVariants))])
	}
	slices.Sort(kinds)
	kinds = slices.Compact(kinds)
	for _, k := range kinds {
		switch k {
		case "quotes":
			paras = dedupSwapQuotes(paras)
		case "drop":
			if len(paras) >= 3 {
				i := 1 + rng.IntN(len(paras)-1)
				paras = slices.Delete(paras, i, i+1)
			}
		case "teaser":
			paras = dedupTeaser(paras)
		case "retitle":
			r.Title = pages[rng.IntN(len(pages))].title
		}
	}
	r.Variant = strings.Join(kinds, "+")
	r.Text = strings.Join(paras, "\n\n")
	if furniture && len(donors) > 0 {
		d := donors[rng.IntN(len(donors))]
		if d == p && len(donors) > 1 {
			d = donors[(slices.Index(donors, d)+1)%len(donors)]
		}
		head := strings.Join(d.head, "\n")
		r.Text = head + "\n\n" + r.Title + "\n\n" + r.Text + "\n\n" + strings.Join(d.tail, "\n")
	}
	return r
}

// dedupTeaser keeps the first paragraphs up to a third of the words, as
// a partner site's teaser does, and adds the link text teasers carry.
func dedupTeaser(paras []string) []string {
	total := 0
	for _, p := range paras {
		total += len(textnorm.Words(p))
	}
	n, words := 0, 0
	for n < len(paras) && words < total/3 {
		words += len(textnorm.Words(paras[n]))
		n++
	}
	return append(slices.Clone(paras[:max(n, 1)]), "Continue reading the full story on the original site.")
}

// dedupSwapQuotes makes typographic quotes straight, and straight quotes
// typographic, the way republishing pipelines do.
func dedupSwapQuotes(paras []string) []string {
	out := make([]string, len(paras))
	for i, p := range paras {
		var b strings.Builder
		open := true
		for j, r := range p {
			switch r {
			case '\u2018', '\u2019':
				r = '\''
			case '\u201C', '\u201D':
				r = '"'
			case '"':
				r = map[bool]rune{true: '\u201C', false: '\u201D'}[open]
				open = !open
			case '\'':
				// An apostrophe between letters stays an apostrophe.
				if j > 0 && j+1 < len(p) && p[j-1] != ' ' && p[j+1] != ' ' {
					r = '\u2019'
				}
			}
			b.WriteRune(r)
		}
		out[i] = b.String()
	}
	return out
}

// dedupLoadPages reads the WCXB articles whose gold body has at least
// minWords words, in file order.
func dedupLoadPages(dir string, minWords int) ([]*dedupPage, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "ground-truth", "*.json"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("read dedup pages: no ground truth under %s (%v)", dir, err)
	}
	slices.Sort(paths)
	var pages []*dedupPage
	for _, path := range paths {
		p, err := dedupLoadPage(dir, path)
		if err != nil {
			return nil, err
		}
		if p != nil && len(textnorm.Words(strings.Join(p.paras, " "))) >= minWords {
			pages = append(pages, p)
		}
	}
	return pages, nil
}

// dedupLoadPage reads one WCXB page; nil when it is not an article.
func dedupLoadPage(dir, path string) (*dedupPage, error) {
	g, err := goldpage.Read(path)
	if err != nil {
		return nil, fmt.Errorf("read dedup page: %w", err)
	}
	if g.Type() != "article" {
		return nil, nil
	}
	id := strings.TrimSuffix(filepath.Base(path), ".json")
	flat, err := os.ReadFile(filepath.Join(dir, "flat", id+".txt"))
	if err != nil {
		return nil, fmt.Errorf("read dedup page: %w", err)
	}
	p := &dedupPage{id: id, title: g.GroundTruth.Title, date: g.GroundTruth.PublishDate}
	for _, para := range strings.Split(g.GroundTruth.MainContent, "\n\n") {
		if para = strings.TrimSpace(para); para != "" {
			p.paras = append(p.paras, para)
		}
	}
	p.flat = strings.Split(string(flat), "\n")
	p.head, p.tail = dedupFurniture(p.flat, p.paras)
	return p, nil
}

// dedupFurniture returns the flattened page's lines before the gold
// body's first paragraph and after its last, or nils when either cannot
// be found.
func dedupFurniture(flat, paras []string) (head, tail []string) {
	if len(paras) == 0 {
		return nil, nil
	}
	key := func(s string, fromEnd bool) string {
		s = textnorm.Fold(s)
		if len(s) > 40 {
			if fromEnd {
				return s[len(s)-40:]
			}
			return s[:40]
		}
		return s
	}
	first, last := key(paras[0], false), key(paras[len(paras)-1], true)
	start, end := -1, -1
	for i, line := range flat {
		f := textnorm.Fold(line)
		if start < 0 && strings.Contains(f, first) {
			start = i
		}
		if start >= 0 && strings.Contains(f, last) {
			end = i
		}
	}
	if start < 0 || end < start {
		return nil, nil
	}
	return slices.Clone(flat[:start]), slices.Clone(flat[end+1:])
}

// dedupClusterRecords reads cluster/*.jsonl as records, each report its
// own copy group unless dedupSyndicated joins it to another.
func dedupClusterRecords(data string) ([]dedupRecord, error) {
	paths, err := filepath.Glob(filepath.Join(data, "cluster", "*.jsonl"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("read cluster reports: none under %s (%v)", data, err)
	}
	slices.Sort(paths)
	var recs []dedupRecord
	for _, path := range paths {
		byEvent, err := dedupReadEvents(path)
		if err != nil {
			return nil, err
		}
		for _, ev := range byEvent {
			dedupSyndicated(ev)
			recs = append(recs, ev...)
		}
	}
	return recs, nil
}

// dedupReadEvents reads a cluster JSONL file grouped by gold event, in
// file order.
func dedupReadEvents(path string) ([][]dedupRecord, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read cluster reports: %w", err)
	}
	defer f.Close()
	index := map[string]int{}
	var out [][]dedupRecord
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for line := 1; sc.Scan(); line++ {
		var d struct {
			ID, Title, Published, Text string
			Event                      any
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("read cluster reports %s:%d: %w", path, line, err)
		}
		ev := fmt.Sprint(d.Event)
		i, ok := index[ev]
		if !ok {
			i = len(out)
			index[ev] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], dedupRecord{ID: "c" + d.ID, Title: d.Title, Published: d.Published,
			Text: d.Text, CopyOf: "c" + d.ID, Variant: "report"})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read cluster reports %s: %w", path, err)
	}
	return out, nil
}

// dedupSyndicated puts reports of one event that are one article
// republished into one copy group (dedupSameArticle says which).
func dedupSyndicated(ev []dedupRecord) {
	texts := make([]string, len(ev))
	for i, r := range ev {
		texts[i] = r.Text
	}
	for _, p := range dedupSameArticle(texts) {
		dedupJoin(ev, ev[p[0]].CopyOf, ev[p[1]].CopyOf)
	}
}

// dedupSameArticle returns the pairs of texts that are one article, by
// their exact word 5-shingle sets. Looking at every overlapping pair of
// reports of one event in the cluster dev files, those where the shorter
// has 80% of its shingles in the longer, or the Jaccard similarity is 0.6
// or more, are wire copies: the AP Klitschko story at ESPN, CBC and the
// Times of India, a one-sentence lead of the Woodburn bomb story, five
// identical GVC pages. Pairs between 0.5 and 0.8 containment are rewrites
// (a Reuters Greece story retold) and stay apart. WCXB dev holds such
// pairs too: one page crawled under two URLs, one site's terms pages.
func dedupSameArticle(texts []string) [][2]int {
	sizes := make([]int, len(texts))
	postings := map[uint64][]int32{}
	for i, t := range texts {
		set := slices.Compact(slices.Sorted(slices.Values(textnorm.Shingles(textnorm.Words(t), 5))))
		sizes[i] = len(set)
		for _, h := range set {
			postings[h] = append(postings[h], int32(i))
		}
	}
	// Intersections by walking the postings: only pairs that share a
	// shingle are counted, instead of all n^2/2 pairs.
	inter := map[[2]int32]int{}
	for _, p := range postings {
		for x, a := range p {
			for _, b := range p[x+1:] {
				inter[[2]int32{a, b}]++
			}
		}
	}
	var out [][2]int
	for pair, n := range inter {
		a, b := sizes[pair[0]], sizes[pair[1]]
		jac := float64(n) / float64(a+b-n)
		if float64(n)/float64(min(a, b)) >= 0.8 || jac >= 0.6 {
			out = append(out, [2]int{int(pair[0]), int(pair[1])})
		}
	}
	slices.SortFunc(out, func(x, y [2]int) int { return cmp.Or(cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1])) })
	return out
}

// dedupJoinPages puts the records of WCXB pages that are one article
// (dedupSameArticle on their gold bodies) into one copy group.
func dedupJoinPages(recs []dedupRecord, pages []*dedupPage) {
	texts := make([]string, len(pages))
	for i, p := range pages {
		texts[i] = strings.Join(p.paras, "\n\n")
	}
	for _, p := range dedupSameArticle(texts) {
		dedupJoin(recs, "w"+pages[p[0]].id, "w"+pages[p[1]].id)
	}
}

// dedupJoin relabels group b as group a.
func dedupJoin(ev []dedupRecord, a, b string) {
	for k := range ev {
		if ev[k].CopyOf == b {
			ev[k].CopyOf = a
		}
	}
}
