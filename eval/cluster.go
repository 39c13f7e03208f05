package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/storyfold/storyfold/cluster"
)

// ClusterDoc is one labelled document of a clustering set: the ingest JSONL
// fields plus the gold event.
type ClusterDoc struct {
	ID        string    `json:"id"`
	URL       string    `json:"url"`
	Title     string    `json:"title"`
	Published time.Time `json:"published"`
	Text      string    `json:"text"`
	Event     string    `json:"event"`
}

// ClusterAssignFunc assigns each document, taken in the given order, to a
// story. The lead routes it through the real pipeline; ClusterDirect calls
// the cluster package alone.
type ClusterAssignFunc func(ctx context.Context, docs []ClusterDoc) (ClusterAssignment, error)

// ClusterAssignment is what a ClusterAssignFunc returns.
type ClusterAssignment struct {
	// Stories maps document ID → story ID.
	Stories map[string]string
	// Titles maps document ID → the headline the system read for it, for
	// the lists of worst merges and splits; a document without one is
	// shown by its own title or first line.
	Titles map[string]string
}

// ClusterOptions configures Cluster.
type ClusterOptions struct {
	// Set is the labelled JSONL file.
	Set string
	// Shuffle runs the set in this many random orders, instead of file
	// order, and reports the mean and spread.
	Shuffle int
	// Seed seeds the shuffles, so a run can be repeated.
	Seed uint64
	// Assign assigns documents to stories; nil means ClusterDirect with
	// cluster.DefaultOptions.
	Assign ClusterAssignFunc
	// Worst is how many of the worst merges and splits to list.
	Worst int
	// Pack, when over 1, draws the events' dates Pack times closer
	// together (PackDates): the set then stands for a stream with Pack
	// times as many events over the same days.
	Pack float64
	// Undated drops every document's date, as many crawled pages have
	// none.
	Undated bool
}

// DefaultClusterOptions returns the options `storyfold eval cluster` uses.
func DefaultClusterOptions() ClusterOptions {
	return ClusterOptions{Seed: 1, Worst: 5}
}

// assign returns o.Assign, or ClusterDirect with the default options.
func (o ClusterOptions) assign() ClusterAssignFunc {
	if o.Assign != nil {
		return o.Assign
	}
	return ClusterDirect(cluster.DefaultOptions())
}

// ClusterScores are the clustering metrics of one run.
type ClusterScores struct {
	PairPrecision   float64 `json:"pair_precision"`
	PairRecall      float64 `json:"pair_recall"`
	PairF1          float64 `json:"pair_f1"`
	BCubedPrecision float64 `json:"bcubed_precision"`
	BCubedRecall    float64 `json:"bcubed_recall"`
	BCubedF1        float64 `json:"bcubed_f1"`
	Predicted       float64 `json:"predicted_clusters"`
	Gold            float64 `json:"gold_clusters"`
}

// ClusterError is one wrong merge (a predicted story holding several gold
// events) or split (a gold event spread over several predicted stories).
type ClusterError struct {
	// Label is the predicted story (merges) or gold event (splits).
	Label string `json:"label"`
	// WrongPairs counts the document pairs it gets wrong.
	WrongPairs int `json:"wrong_pairs"`
	// Parts are the groups inside it: gold events of a merged story, or
	// predicted stories of a split event.
	Parts []ClusterPart `json:"parts"`
}

// ClusterPart is one group of documents inside a ClusterError.
type ClusterPart struct {
	Label  string   `json:"label"`
	Titles []string `json:"titles"`
}

// ClusterReport is the result of Cluster.
type ClusterReport struct {
	Set  string          `json:"set"`
	Docs int             `json:"docs"`
	Runs []ClusterScores `json:"runs"` // file order, or one per shuffle
	Mean ClusterScores   `json:"mean"`
	// Spread is the standard deviation over Runs.
	Spread      ClusterScores  `json:"spread"`
	WorstMerges []ClusterError `json:"worst_merges"` // of the first run
	WorstSplits []ClusterError `json:"worst_splits"`
	// Low is the run of lowest BCubed F1 when that is not the first: an
	// order that goes wrong is what a spread over shuffles hides, and the
	// first run's lists do not show it.
	Low *ClusterLowRun `json:"lowest_run,omitempty"`
}

// ClusterLowRun is the run of lowest BCubed F1 with its worst merges and
// splits.
type ClusterLowRun struct {
	Run         int            `json:"run"`
	WorstMerges []ClusterError `json:"worst_merges"`
	WorstSplits []ClusterError `json:"worst_splits"`
}

// Cluster reads the labelled set, assigns its documents in file order (or
// in o.Shuffle random orders), and compares each run with the gold events.
func Cluster(ctx context.Context, o ClusterOptions) (*ClusterReport, error) {
	docs, err := ReadClusterSet(o.Set)
	if err != nil {
		return nil, err
	}
	if o.Pack > 1 {
		docs = PackDates(docs, o.Pack)
	}
	if o.Undated {
		for i := range docs {
			docs[i].Published = time.Time{}
		}
	}
	assign := o.assign()
	r := &ClusterReport{Set: o.Set, Docs: len(docs)}
	rng := rand.New(rand.NewPCG(o.Seed, o.Seed^0x5eed))
	order := slices.Clone(docs)
	runs := max(1, o.Shuffle)
	for run := range runs {
		if o.Shuffle > 0 {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		}
		a, err := assign(ctx, order)
		if err != nil {
			return nil, fmt.Errorf("cluster %s (run %d): %w", o.Set, run, err)
		}
		sc := ClusterScore(docs, a.Stories)
		r.Runs = append(r.Runs, sc)
		switch {
		case run == 0:
			r.WorstMerges, r.WorstSplits = clusterWorst(docs, a, o.Worst)
		case sc.BCubedF1 < r.Runs[0].BCubedF1 && (r.Low == nil || sc.BCubedF1 < r.Runs[r.Low.Run].BCubedF1):
			m, sp := clusterWorst(docs, a, o.Worst)
			r.Low = &ClusterLowRun{Run: run, WorstMerges: m, WorstSplits: sp}
		}
	}
	r.Mean, r.Spread = clusterMeanSpread(r.Runs)
	return r, nil
}

// ClusterDirect returns a ClusterAssignFunc that feeds the documents to a
// fresh cluster.Clusterer and calls Maintain at the end, as the pipeline
// does at the end of an ingest run, until nothing moves.
func ClusterDirect(co cluster.Options) ClusterAssignFunc {
	return func(ctx context.Context, docs []ClusterDoc) (ClusterAssignment, error) {
		c := cluster.New(co)
		pred := make(map[string]string, len(docs))
		apply := func(moves []cluster.Move) {
			for _, m := range moves {
				pred[m.ArticleID] = m.To
			}
		}
		for _, d := range docs {
			if err := ctx.Err(); err != nil {
				return ClusterAssignment{}, err
			}
			a := c.Add(cluster.Doc{ID: d.ID, Title: d.Title, Body: d.Text, Published: d.Published})
			pred[d.ID] = a.StoryID
		}
		for range 5 {
			moves := c.Maintain()
			if len(moves) == 0 {
				break
			}
			apply(moves)
		}
		return ClusterAssignment{Stories: pred}, nil
	}
}

// PackDates returns docs with their events' dates drawn k times closer to
// the set's first date. Each event keeps the spread of its own reports
// (a follow-up stays as many days after the first report), but its first
// report moves to first + (its date - first)/k. A dev set of a few hundred
// events over four years then has the density of k times as many events:
// more reports of other events on the same day, which is what a large
// stream of similar events looks like.
func PackDates(docs []ClusterDoc, k float64) []ClusterDoc {
	starts := map[string]time.Time{}
	var first time.Time
	for _, d := range docs {
		if d.Published.IsZero() {
			continue
		}
		if s, ok := starts[d.Event]; !ok || d.Published.Before(s) {
			starts[d.Event] = d.Published
		}
		if first.IsZero() || d.Published.Before(first) {
			first = d.Published
		}
	}
	out := slices.Clone(docs)
	for i, d := range out {
		if d.Published.IsZero() {
			continue
		}
		start := starts[d.Event]
		days := math.Floor(start.Sub(first).Hours() / 24 / k)
		out[i].Published = first.AddDate(0, 0, int(days)).Add(d.Published.Sub(start))
	}
	return out
}

// ReadClusterSet reads a labelled JSONL set. published may be RFC 3339 or
// YYYY-MM-DD.
func ReadClusterSet(path string) ([]ClusterDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open cluster set: %w", err)
	}
	defer f.Close()
	var docs []ClusterDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		d, err := clusterParseDoc(sc.Bytes())
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return docs, nil
}

func clusterParseDoc(b []byte) (ClusterDoc, error) {
	var raw struct {
		ID, URL, Title, Published, Text, Event string
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return ClusterDoc{}, fmt.Errorf("parse document: %w", err)
	}
	if raw.ID == "" || raw.Event == "" {
		return ClusterDoc{}, fmt.Errorf("document without id or event")
	}
	d := ClusterDoc{ID: raw.ID, URL: raw.URL, Title: raw.Title, Text: raw.Text, Event: raw.Event}
	if raw.Published != "" {
		t, err := time.Parse(time.RFC3339, raw.Published)
		if err != nil {
			t, err = time.Parse(time.DateOnly, raw.Published)
		}
		if err != nil {
			return ClusterDoc{}, fmt.Errorf("document %s: published: %w", raw.ID, err)
		}
		d.Published = t
	}
	return d, nil
}

// ClusterScore compares predicted stories (document ID → story ID) with
// the gold events: pairwise precision and recall over document pairs
// (Miranda et al. 2018) and BCubed. A document without a prediction counts
// as a story of its own.
func ClusterScore(docs []ClusterDoc, pred map[string]string) ClusterScores {
	predOf := func(d ClusterDoc) string {
		if p, ok := pred[d.ID]; ok {
			return p
		}
		return "\x00" + d.ID
	}
	cell, predSize, goldSize := map[[2]string]int{}, map[string]int{}, map[string]int{}
	for _, d := range docs {
		p := predOf(d)
		cell[[2]string{p, d.Event}]++
		predSize[p]++
		goldSize[d.Event]++
	}
	pairs := func(n int) float64 { return float64(n) * float64(n-1) / 2 }
	var tp, pp, gp, bp, br float64
	for _, n := range cell {
		tp += pairs(n)
	}
	for _, n := range predSize {
		pp += pairs(n)
	}
	for _, n := range goldSize {
		gp += pairs(n)
	}
	for _, d := range docs {
		n := float64(cell[[2]string{predOf(d), d.Event}])
		bp += n / float64(predSize[predOf(d)])
		br += n / float64(goldSize[d.Event])
	}
	s := ClusterScores{
		PairPrecision: clusterRatio(tp, pp), PairRecall: clusterRatio(tp, gp),
		Predicted: float64(len(predSize)), Gold: float64(len(goldSize)),
	}
	if len(docs) > 0 {
		s.BCubedPrecision, s.BCubedRecall = bp/float64(len(docs)), br/float64(len(docs))
	}
	s.PairF1 = clusterF1(s.PairPrecision, s.PairRecall)
	s.BCubedF1 = clusterF1(s.BCubedPrecision, s.BCubedRecall)
	return s
}

// clusterRatio is a/b, 1 when there is nothing to get wrong (b == 0).
func clusterRatio(a, b float64) float64 {
	if b == 0 {
		return 1
	}
	return a / b
}

func clusterF1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// clusterMeanSpread returns the mean and standard deviation of each score.
func clusterMeanSpread(runs []ClusterScores) (mean, sd ClusterScores) {
	fields := func(s *ClusterScores) []*float64 {
		return []*float64{&s.PairPrecision, &s.PairRecall, &s.PairF1, &s.BCubedPrecision,
			&s.BCubedRecall, &s.BCubedF1, &s.Predicted, &s.Gold}
	}
	m, v := fields(&mean), fields(&sd)
	for i := range m {
		var sum, sq float64
		for _, r := range runs {
			x := *fields(&r)[i]
			sum += x
			sq += x * x
		}
		n := float64(len(runs))
		*m[i] = sum / n
		*v[i] = math.Sqrt(math.Max(0, sq/n-(sum/n)*(sum/n)))
	}
	return mean, sd
}

// clusterWorst lists the n predicted stories that mix gold events with the
// most wrong pairs, and the n gold events split with the most missed pairs.
func clusterWorst(docs []ClusterDoc, a ClusterAssignment, n int) (merges, splits []ClusterError) {
	byPred, byGold := map[string][]ClusterDoc{}, map[string][]ClusterDoc{}
	for _, d := range docs {
		p := a.Stories[d.ID]
		byPred[p] = append(byPred[p], d)
		byGold[d.Event] = append(byGold[d.Event], d)
	}
	title := func(d ClusterDoc) string {
		if t := a.Titles[d.ID]; t != "" {
			d.Title = t
		}
		return clusterTitle(d)
	}
	merges = clusterErrors(byPred, func(d ClusterDoc) string { return d.Event }, title, n)
	splits = clusterErrors(byGold, func(d ClusterDoc) string { return a.Stories[d.ID] }, title, n)
	return merges, splits
}

// clusterErrors returns the n groups whose documents part worst by label,
// counting the pairs across parts; title names a document in the list.
func clusterErrors(groups map[string][]ClusterDoc, label, title func(ClusterDoc) string, n int) []ClusterError {
	var out []ClusterError
	for g, ds := range groups {
		parts := map[string][]string{}
		for _, d := range ds {
			parts[label(d)] = append(parts[label(d)], title(d))
		}
		if len(parts) < 2 {
			continue
		}
		e := ClusterError{Label: g}
		same := 0
		for l, titles := range parts {
			same += len(titles) * (len(titles) - 1) / 2
			e.Parts = append(e.Parts, ClusterPart{Label: l, Titles: titles})
		}
		e.WrongPairs = len(ds)*(len(ds)-1)/2 - same
		slices.SortFunc(e.Parts, func(a, b ClusterPart) int {
			if c := len(b.Titles) - len(a.Titles); c != 0 {
				return c
			}
			return strings.Compare(a.Label, b.Label)
		})
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b ClusterError) int {
		if c := b.WrongPairs - a.WrongPairs; c != 0 {
			return c
		}
		return strings.Compare(a.Label, b.Label)
	})
	return out[:min(n, len(out))]
}

// clusterTitle is a document's title, or when it has none its first line
// that is not an address (ECB+ texts open with their URL).
func clusterTitle(d ClusterDoc) string {
	t := d.Title
	for rest := strings.TrimSpace(d.Text); t == "" && rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if !strings.HasPrefix(line, "http") {
			t = line
		}
	}
	if len(t) > 90 {
		cut := 90
		for cut > 0 && !utf8.RuneStart(t[cut]) {
			cut--
		}
		t = t[:cut] + "…"
	}
	return t
}

// WriteJSON writes the report as one indented JSON object.
func (r *ClusterReport) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("write cluster report: %w", err)
	}
	return nil
}

// WriteText writes the report for people: scores (mean ± sd over the runs
// when there are shuffles), then the worst merges and splits.
func (r *ClusterReport) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "set %s: %d documents, %d runs\n", r.Set, r.Docs, len(r.Runs))
	m, s := r.Mean, r.Spread
	row := func(name string, p, ps, rc, rs, f, fs float64) {
		fmt.Fprintf(&b, "%-9s P %.4f ±%.4f  R %.4f ±%.4f  F1 %.4f ±%.4f\n", name, p, ps, rc, rs, f, fs)
	}
	row("pairwise", m.PairPrecision, s.PairPrecision, m.PairRecall, s.PairRecall, m.PairF1, s.PairF1)
	row("bcubed", m.BCubedPrecision, s.BCubedPrecision, m.BCubedRecall, s.BCubedRecall, m.BCubedF1, s.BCubedF1)
	fmt.Fprintf(&b, "clusters  predicted %.1f ±%.1f  gold %.0f\n", m.Predicted, s.Predicted, m.Gold)
	for i, run := range r.Runs {
		fmt.Fprintf(&b, "  run %d: pairwise F1 %.4f  bcubed F1 %.4f  predicted %.0f\n", i, run.PairF1, run.BCubedF1, run.Predicted)
	}
	clusterWriteErrors(&b, "worst merges (one predicted story, several events)", r.WorstMerges)
	clusterWriteErrors(&b, "worst splits (one event, several predicted stories)", r.WorstSplits)
	if r.Low != nil {
		clusterWriteErrors(&b, fmt.Sprintf("worst merges of run %d, the lowest BCubed F1", r.Low.Run), r.Low.WorstMerges)
		clusterWriteErrors(&b, fmt.Sprintf("worst splits of run %d", r.Low.Run), r.Low.WorstSplits)
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write cluster report: %w", err)
	}
	return nil
}

func clusterWriteErrors(b *strings.Builder, heading string, errs []ClusterError) {
	fmt.Fprintf(b, "%s:\n", heading)
	for _, e := range errs {
		fmt.Fprintf(b, "  %s (%d wrong pairs)\n", e.Label, e.WrongPairs)
		for _, p := range e.Parts {
			fmt.Fprintf(b, "    [%s] %d: %s\n", p.Label, len(p.Titles), strings.Join(p.Titles[:min(3, len(p.Titles))], " | "))
		}
	}
}
