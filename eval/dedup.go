package eval

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/storyfold/storyfold/dedup"
	"github.com/storyfold/storyfold/extract"
	"github.com/storyfold/storyfold/news"
)

// DedupOptions says which copy-detection set to evaluate and how.
type DedupOptions struct {
	// Set is a JSONL file: ingest records (id, title, published, text or
	// html) with the gold copy group in copy_of. Records with an empty
	// copy_of are each their own group.
	Set string
	// Dedup configures signing and matching.
	Dedup dedup.Options
	// Extractor turns each record into an article body first, as the
	// pipeline does; nil takes text as it is (bare-body sets).
	Extractor *extract.Extractor
	// Worst is how many misses and false matches the report lists.
	Worst int
	// Estimates joins every match the index reports, as a store without
	// bodies would; otherwise each is verified on both bodies
	// (Signer.Verify), as the pipeline does.
	Estimates bool
}

// DefaultDedupOptions returns options for set with the default
// extractor.
func DefaultDedupOptions(set string) DedupOptions {
	return DedupOptions{Set: set, Dedup: dedup.DefaultOptions(),
		Extractor: extract.New(extract.DefaultOptions()), Worst: 10}
}

// DedupPair is a pair of records with how similar dedup found them.
type DedupPair struct {
	A           string  `json:"a"`
	B           string  `json:"b"`
	Variants    string  `json:"variants"`
	Words       [2]int  `json:"words"`
	Jaccard     float64 `json:"jaccard"`
	Containment float64 `json:"containment"`
}

// DedupVariant is the recall of copy pairs whose copy was made one way.
type DedupVariant struct {
	Variant string  `json:"variant"`
	Pairs   int     `json:"pairs"`
	Found   int     `json:"found"`
	Recall  float64 `json:"recall"`
}

// DedupReport is the outcome of a copy-detection evaluation. Pairs are
// counted over the copy groups dedup forms (every match joins two
// groups), against the gold groups.
type DedupReport struct {
	Set          string         `json:"set"`
	Records      int            `json:"records"`
	Skipped      int            `json:"skipped"` // no body: extraction skipped the record
	GoldPairs    int            `json:"gold_pairs"`
	Predicted    int            `json:"predicted_pairs"`
	TruePairs    int            `json:"true_pairs"`
	Precision    float64        `json:"precision"`
	Recall       float64        `json:"recall"`
	F1           float64        `json:"f1"`
	SignPerSec   float64        `json:"signatures_per_second"`
	ByVariant    []DedupVariant `json:"by_variant"`
	Misses       []DedupPair    `json:"misses"`        // gold pairs not joined, least similar first
	FalseMatches []DedupPair    `json:"false_matches"` // matches between different gold groups, most similar first
}

// dedupItem is one record as the evaluation sees it.
type dedupItem struct {
	id, group, variant string
	sig                dedup.Signature
	skipped            bool
}

// Dedup evaluates copy detection on o.Set: it signs every record, adds
// them to one index in file order, querying each before adding it, and
// joins every match.
func Dedup(ctx context.Context, o DedupOptions) (*DedupReport, error) {
	items, bodies, err := dedupRead(ctx, o)
	if err != nil {
		return nil, err
	}
	sg := dedup.NewSigner(o.Dedup)
	start := time.Now()
	for i := range items {
		items[i].sig = sg.Sign(bodies[i])
	}
	signTime := time.Since(start)
	ix := dedup.NewIndex(o.Dedup)
	byID := make(map[string]int, len(items))
	uf := dedupNewUnion(len(items))
	var matched [][2]int
	for i, it := range items {
		if i%256 == 0 && ctx.Err() != nil {
			return nil, fmt.Errorf("evaluate dedup: %w", ctx.Err())
		}
		for _, m := range ix.Query(it.sig) {
			j := byID[m.ID]
			if !m.Exact && !o.Estimates {
				if _, _, ok := sg.Verify(bodies[i], bodies[j]); !ok {
					continue
				}
			}
			uf.join(i, j)
			matched = append(matched, [2]int{j, i})
		}
		byID[it.id] = i
		ix.Add(it.id, it.sig)
	}
	r := dedupScore(items, uf, o)
	r.Set = o.Set
	r.SignPerSec = float64(len(items)) / max(signTime.Seconds(), 1e-9)
	r.FalseMatches = dedupFalseMatches(items, matched, o)
	return r, nil
}

// dedupRead reads o.Set and returns its records with their bodies.
func dedupRead(ctx context.Context, o DedupOptions) ([]dedupItem, []string, error) {
	f, err := os.Open(o.Set)
	if err != nil {
		return nil, nil, fmt.Errorf("read dedup set: %w", err)
	}
	defer f.Close()
	var items []dedupItem
	var bodies []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for line := 1; sc.Scan(); line++ {
		if line%256 == 0 && ctx.Err() != nil {
			return nil, nil, fmt.Errorf("read dedup set: %w", ctx.Err())
		}
		var rec dedupRecord
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, nil, fmt.Errorf("read dedup set %s:%d: %w", o.Set, line, err)
		}
		it := dedupItem{id: rec.ID, group: cmp.Or(rec.CopyOf, "\x00"+rec.ID), variant: rec.Variant}
		body, err := dedupBody(o.Extractor, rec)
		var skip *news.Skip
		if errors.As(err, &skip) {
			it.skipped = true
		} else if err != nil {
			return nil, nil, fmt.Errorf("read dedup set %s:%d: %w", o.Set, line, err)
		}
		items = append(items, it)
		bodies = append(bodies, body)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("read dedup set %s: %w", o.Set, err)
	}
	return items, bodies, nil
}

// dedupBody returns the record's article body: extracted when x is set,
// else the text as it is.
func dedupBody(x *extract.Extractor, rec dedupRecord) (string, error) {
	content, format := rec.Text, news.FormatText
	if rec.HTML != "" {
		content, format = rec.HTML, news.FormatHTML
	}
	if x == nil {
		return content, nil
	}
	p := news.Page{ID: rec.ID, InputID: rec.ID, Title: rec.Title, Format: format, Content: []byte(content)}
	if t, err := time.Parse(time.DateOnly, rec.Published); err == nil {
		p.Published = t
	}
	a, err := x.Extract(p)
	if err != nil {
		return "", err
	}
	return a.Body, nil
}

// dedupUnion is a union-find over record numbers.
type dedupUnion []int

func dedupNewUnion(n int) dedupUnion {
	u := make(dedupUnion, n)
	for i := range u {
		u[i] = i
	}
	return u
}

func (u dedupUnion) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

func (u dedupUnion) join(a, b int) { u[u.find(a)] = u.find(b) }

// dedupPairs returns n(n-1)/2.
func dedupPairs(n int) int { return n * (n - 1) / 2 }

// dedupScore counts pairs within predicted groups, gold groups and both,
// and lists the gold pairs dedup missed.
func dedupScore(items []dedupItem, uf dedupUnion, o DedupOptions) *DedupReport {
	r := &DedupReport{Records: len(items)}
	gold := map[string][]int{}
	pred := map[int]int{}
	cell := map[[2]string]int{}
	for i, it := range items {
		gold[it.group] = append(gold[it.group], i)
		pred[uf.find(i)]++
		cell[[2]string{it.group, fmt.Sprint(uf.find(i))}]++
		if it.skipped {
			r.Skipped++
		}
	}
	for _, g := range gold {
		r.GoldPairs += dedupPairs(len(g))
	}
	for _, n := range pred {
		r.Predicted += dedupPairs(n)
	}
	for _, n := range cell {
		r.TruePairs += dedupPairs(n)
	}
	r.Precision = dedupRatio(r.TruePairs, r.Predicted)
	r.Recall = dedupRatio(r.TruePairs, r.GoldPairs)
	r.F1 = extractF1(r.Precision, r.Recall)
	r.ByVariant, r.Misses = dedupByVariant(items, gold, uf, o)
	slices.SortFunc(r.Misses, func(a, b DedupPair) int {
		return cmp.Or(cmp.Compare(a.Containment, b.Containment), cmp.Compare(a.A+a.B, b.A+b.B))
	})
	r.Misses = r.Misses[:min(len(r.Misses), o.Worst)]
	return r
}

// dedupByVariant returns the recall of gold pairs by how the copy was
// made, and the gold pairs dedup did not join.
func dedupByVariant(items []dedupItem, gold map[string][]int, uf dedupUnion, o DedupOptions) ([]DedupVariant, []DedupPair) {
	byVariant := map[string]*DedupVariant{}
	var misses []DedupPair
	for _, g := range gold {
		for x, i := range g {
			for _, j := range g[x+1:] {
				v := dedupCopyVariant(items[i], items[j])
				if byVariant[v] == nil {
					byVariant[v] = &DedupVariant{Variant: v}
				}
				byVariant[v].Pairs++
				if uf.find(i) == uf.find(j) {
					byVariant[v].Found++
				} else {
					misses = append(misses, dedupPairOf(items[i], items[j], o.Dedup))
				}
			}
		}
	}
	var out []DedupVariant
	for _, v := range byVariant {
		v.Recall = dedupRatio(v.Found, v.Pairs)
		out = append(out, *v)
	}
	slices.SortFunc(out, func(a, b DedupVariant) int { return cmp.Compare(a.Variant, b.Variant) })
	return out, misses
}

// dedupCopyVariant names how a gold pair's copy was made: the variant of
// the record that is not the original.
func dedupCopyVariant(a, b dedupItem) string {
	switch {
	case a.variant == "original":
		return cmp.Or(b.variant, "unlabelled")
	case b.variant == "original":
		return cmp.Or(a.variant, "unlabelled")
	}
	return cmp.Or(a.variant, "unlabelled")
}

// dedupFalseMatches returns the direct matches between different gold
// groups, most similar first.
func dedupFalseMatches(items []dedupItem, matched [][2]int, o DedupOptions) []DedupPair {
	var out []DedupPair
	for _, m := range matched {
		a, b := items[m[0]], items[m[1]]
		if a.group != b.group {
			out = append(out, dedupPairOf(a, b, o.Dedup))
		}
	}
	slices.SortFunc(out, func(a, b DedupPair) int {
		return cmp.Or(cmp.Compare(b.Containment, a.Containment), cmp.Compare(a.A+a.B, b.A+b.B))
	})
	return out[:min(len(out), o.Worst)]
}

func dedupPairOf(a, b dedupItem, o dedup.Options) DedupPair {
	jac, con := dedup.Similarity(a.sig, b.sig, o)
	return DedupPair{A: a.id, B: b.id, Variants: a.variant + "/" + b.variant,
		Words: [2]int{a.sig.Words, b.sig.Words}, Jaccard: jac, Containment: con}
}

func dedupRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// WriteText writes the report for people.
func (r *DedupReport) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "dedup %s: %d records, %d skipped by extraction, signed at %.0f records/s (wall clock)\n", r.Set, r.Records, r.Skipped, r.SignPerSec)
	fmt.Fprintf(&b, "copy pairs: precision %.4f  recall %.4f  F1 %.4f  (gold %d, predicted %d, true %d)\n",
		r.Precision, r.Recall, r.F1, r.GoldPairs, r.Predicted, r.TruePairs)
	fmt.Fprintf(&b, "\nrecall by copy variant:\n")
	for _, v := range r.ByVariant {
		fmt.Fprintf(&b, "  %-20s %5d/%-5d %.4f\n", v.Variant, v.Found, v.Pairs, v.Recall)
	}
	dedupWritePairs(&b, "worst misses (gold copies not joined)", r.Misses)
	dedupWritePairs(&b, "false matches (joined, not copies)", r.FalseMatches)
	_, err := io.WriteString(w, b.String())
	return err
}

func dedupWritePairs(b *strings.Builder, title string, pairs []DedupPair) {
	fmt.Fprintf(b, "\n%s:\n", title)
	if len(pairs) == 0 {
		b.WriteString("  none\n")
	}
	for _, p := range pairs {
		fmt.Fprintf(b, "  %s ~ %s  (%s, %d/%d words)  jaccard %.2f containment %.2f\n",
			p.A, p.B, p.Variants, p.Words[0], p.Words[1], p.Jaccard, p.Containment)
	}
}

// WriteJSON writes the report as one indented JSON object.
func (r *DedupReport) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("write dedup report: %w", err)
	}
	return nil
}
