package eval

import (
	"context"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/storyfold/storyfold/extract"
	"github.com/storyfold/storyfold/news"
)

var clusterUpdate = flag.Bool("clusterupdate", false, "rewrite the cluster golden files under testdata/")

func TestClusterScore(t *testing.T) {
	docs := func(events ...string) []ClusterDoc {
		var out []ClusterDoc
		for i, e := range events {
			out = append(out, ClusterDoc{ID: fmt.Sprint(i), Event: e})
		}
		return out
	}
	pred := func(ids ...string) map[string]string {
		m := map[string]string{}
		for i, p := range ids {
			if p != "" {
				m[fmt.Sprint(i)] = p
			}
		}
		return m
	}
	tests := []struct {
		name             string
		docs             []ClusterDoc
		pred             map[string]string
		pp, pr, bp, br   float64
		predicted, golds float64
	}{
		{"perfect", docs("a", "a", "b"), pred("x", "x", "y"), 1, 1, 1, 1, 2, 2},
		{"one lump", docs("a", "a", "b", "b"), pred("x", "x", "x", "x"), 1.0 / 3, 1, 0.5, 1, 1, 2},
		{"singletons", docs("a", "a", "b", "b"), pred("w", "x", "y", "z"), 1, 0, 1, 0.5, 4, 2},
		{"missing prediction is a singleton", docs("a", "a"), pred("x", ""), 1, 0, 1, 0.5, 2, 1},
		{"mixed", docs("a", "a", "a", "b"), pred("x", "x", "y", "y"), 0.5, 1.0 / 3, 0.75, 2.0 / 3, 2, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := ClusterScore(tt.docs, tt.pred)
			got := []float64{s.PairPrecision, s.PairRecall, s.BCubedPrecision, s.BCubedRecall, s.Predicted, s.Gold}
			want := []float64{tt.pp, tt.pr, tt.bp, tt.br, tt.predicted, tt.golds}
			for i := range got {
				if math.Abs(got[i]-want[i]) > 1e-9 {
					t.Errorf("scores %v, want %v", got, want)
					break
				}
			}
			if f := clusterF1(s.PairPrecision, s.PairRecall); math.Abs(f-s.PairF1) > 1e-9 {
				t.Errorf("pair F1 %v, want %v", s.PairF1, f)
			}
		})
	}
}

func TestClusterMeanSpread(t *testing.T) {
	mean, sd := clusterMeanSpread([]ClusterScores{{PairF1: 0.8}, {PairF1: 1.0}})
	if math.Abs(mean.PairF1-0.9) > 1e-9 || math.Abs(sd.PairF1-0.1) > 1e-9 {
		t.Errorf("mean %v sd %v, want 0.9 and 0.1", mean.PairF1, sd.PairF1)
	}
}

// clusterDataDir returns the tuning data's cluster directory, skipping the
// test when it is absent.
func clusterDataDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(dataRoot(t), "cluster")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no cluster tuning data at %s", dir)
	}
	return dir
}

// TestClusterDevSets guards against quality regressions on the tuning
// sets; the floors sit under the figures in docs/quality.md.
func TestClusterDevSets(t *testing.T) {
	dir := clusterDataDir(t)
	for _, tt := range []struct {
		set          string
		bcubed, pair float64
	}{
		{"ecbplus-dev.jsonl", 0.93, 0.91},
		{"gvc-dev.jsonl", 0.97, 0.94},
	} {
		o := DefaultClusterOptions()
		o.Set, o.Shuffle = filepath.Join(dir, tt.set), 1
		r, err := Cluster(context.Background(), o)
		if err != nil {
			t.Fatal(err)
		}
		if r.Mean.BCubedF1 < tt.bcubed || r.Mean.PairF1 < tt.pair {
			var b strings.Builder
			_ = r.WriteText(&b)
			t.Errorf("%s: BCubed F1 %.4f (floor %.2f), pairwise F1 %.4f (floor %.2f)\n%s",
				tt.set, r.Mean.BCubedF1, tt.bcubed, r.Mean.PairF1, tt.pair, b.String())
		}
	}
}

// TestClusterSeeds clusters the five seed pages (after extraction) with the
// stories their aggregators appended under "Related Articles", each fed as
// a document of its own: the seeds must form one story that none of the
// related stories joins, in file order and reversed. The clustering is
// written to testdata/cluster-seeds.golden (-clusterupdate rewrites it).
func TestClusterSeeds(t *testing.T) {
	docs := clusterSeedDocs(t)
	var golden string
	for _, reverse := range []bool{false, true} {
		order := slices.Clone(docs)
		if reverse {
			slices.Reverse(order)
		}
		a, err := DefaultClusterOptions().assign()(context.Background(), order)
		if err != nil {
			t.Fatal(err)
		}
		clusterCheckSeeds(t, docs, a.Stories, reverse)
		if !reverse {
			golden = clusterGolden(docs, a.Stories)
		}
	}
	path := filepath.Join("testdata", "cluster-seeds.golden")
	if *clusterUpdate {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(golden), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -clusterupdate to create it)", err)
	}
	if string(want) != golden {
		t.Errorf("seed clustering changed (review, then -clusterupdate):\n%s", golden)
	}
}

func clusterCheckSeeds(t *testing.T, docs []ClusterDoc, pred map[string]string, reverse bool) {
	t.Helper()
	seedStories := map[string]bool{}
	for _, d := range docs {
		if d.Event == "kursk" {
			seedStories[pred[d.ID]] = true
		}
	}
	if len(seedStories) != 1 {
		t.Errorf("reverse=%v: the seeds form %d stories, want 1:\n%s", reverse, len(seedStories), clusterGolden(docs, pred))
	}
	for _, d := range docs {
		if d.Event != "kursk" && seedStories[pred[d.ID]] {
			t.Errorf("reverse=%v: related story %q joined the seeds' story", reverse, d.Title)
		}
	}
}

// clusterSeedDocs returns the seeds, extracted, and the related stories
// appended to their raw text.
func clusterSeedDocs(t *testing.T) []ClusterDoc {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(files) != 5 {
		t.Fatalf("seeds: %v, %d files", err, len(files))
	}
	x := extract.New(extract.DefaultOptions())
	var docs, related []ClusterDoc
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		a, err := x.Extract(news.Page{ID: id, InputID: id, Content: raw, Format: news.FormatText})
		if err != nil {
			t.Fatalf("extract %s: %v", f, err)
		}
		docs = append(docs, ClusterDoc{ID: id, Title: a.Title, Text: a.Body, Published: a.Published, Event: "kursk"})
		related = append(related, clusterRelated(id, string(raw))...)
	}
	if len(related) < 4 {
		t.Fatalf("found %d related stories in the seeds, want at least 4", len(related))
	}
	return append(docs, related...)
}

// clusterRelated cuts the stories an aggregator appended under "Related
// Articles" out of a flattened page: each is a long block, titled by the
// block before it.
func clusterRelated(id, raw string) []ClusterDoc {
	_, tail, ok := strings.Cut(raw, "\nRelated Articles\n")
	if !ok {
		return nil
	}
	var blocks []string
	for _, b := range strings.Split(tail, "\n") {
		if b = strings.TrimSpace(b); b != "" {
			blocks = append(blocks, b)
		}
	}
	var out []ClusterDoc
	for i := 1; i < len(blocks); i++ {
		if len(blocks[i]) < 500 {
			continue
		}
		title := blocks[i-1]
		out = append(out, ClusterDoc{ID: fmt.Sprintf("%s-related-%d", id, len(out)), Title: title, Text: blocks[i], Event: title})
	}
	return out
}

// clusterGolden writes the stories as readable text: one story a
// paragraph, its documents by event and title, stories in order of their
// first document.
func clusterGolden(docs []ClusterDoc, pred map[string]string) string {
	var order []string
	members := map[string][]string{}
	for _, d := range docs {
		p := pred[d.ID]
		if _, seen := members[p]; !seen {
			order = append(order, p)
		}
		// Seed titles come from extraction, which other work changes; the
		// golden file tracks the clustering only.
		title := d.Title
		if d.Event == "kursk" {
			title = ""
		}
		if len(title) > 80 {
			cut := 80
			for cut > 0 && !utf8.RuneStart(title[cut]) {
				cut--
			}
			title = title[:cut] + "…"
		}
		members[p] = append(members[p], strings.TrimRight(fmt.Sprintf("  %s  [%s] %s", d.ID, clusterShort(d.Event), title), " "))
	}
	var b strings.Builder
	for i, p := range order {
		fmt.Fprintf(&b, "story %d (%d documents)\n%s\n\n", i+1, len(members[p]), strings.Join(members[p], "\n"))
	}
	return b.String()
}

func clusterShort(event string) string {
	if event == "kursk" {
		return "seed"
	}
	return "related"
}

var (
	clusterEvalSet     = flag.String("clusterset", "", "evaluate clustering on this labelled JSONL set and print the report")
	clusterEvalShuffle = flag.Int("clustershuffle", 5, "with -clusterset: random orders to run")
)

// TestClusterEval prints the clustering report for -clusterset, the
// clusterer alone on the raw text (as `storyfold eval cluster --direct`).
func TestClusterEval(t *testing.T) {
	if *clusterEvalSet == "" {
		t.Skip("no -clusterset")
	}
	o := DefaultClusterOptions()
	o.Set, o.Shuffle = *clusterEvalSet, *clusterEvalShuffle
	r, err := Cluster(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := r.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
}

func TestClusterTitle(t *testing.T) {
	long := strings.Repeat("é", 60) // 120 bytes
	tests := []struct {
		d    ClusterDoc
		want string
	}{
		{ClusterDoc{Title: "Given", Text: "body"}, "Given"},
		{ClusterDoc{Text: "http: / / example. com / x\nAshgrove checks into rehab\nbody"}, "Ashgrove checks into rehab"},
		{ClusterDoc{Text: "  first line\nsecond"}, "first line"},
		{ClusterDoc{Title: long}, strings.Repeat("é", 45) + "…"},
	}
	for _, tt := range tests {
		if got := clusterTitle(tt.d); got != tt.want {
			t.Errorf("clusterTitle(%+v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}

// TestClusterWorstTitles checks that the worst-merge list names documents
// by the headline the assignment read, and by their own title or first
// line when it read none.
func TestClusterWorstTitles(t *testing.T) {
	docs := []ClusterDoc{
		{ID: "1", Event: "quay", Text: "http: / / harbour. example / quay\nMONDAY 3 MARCH\nQuay fire body"},
		{ID: "2", Event: "quay", Title: "Quay fire spreads", Text: "body"},
		{ID: "3", Event: "ferry", Text: "Ferry strike called\nbody"},
	}
	a := ClusterAssignment{
		Stories: map[string]string{"1": "s", "2": "s", "3": "s"},
		Titles:  map[string]string{"1": "Fire on the quay"},
	}
	merges, _ := clusterWorst(docs, a, 5)
	if len(merges) != 1 {
		t.Fatalf("%d merges, want 1", len(merges))
	}
	var got []string
	for _, p := range merges[0].Parts {
		got = append(got, p.Titles...)
	}
	slices.Sort(got)
	want := []string{"Ferry strike called", "Fire on the quay", "Quay fire spreads"}
	if !slices.Equal(got, want) {
		t.Errorf("titles %q, want %q", got, want)
	}
}

// PackDates draws events' first reports closer together and keeps each
// event's own spread.
func TestPackDates(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, d) }
	docs := []ClusterDoc{
		{ID: "a1", Event: "a", Published: day(0)},
		{ID: "b1", Event: "b", Published: day(100)},
		{ID: "b2", Event: "b", Published: day(103)},
		{ID: "c1", Event: "c", Published: day(31)},
		{ID: "u", Event: "c"},
	}
	got := PackDates(docs, 10)
	for i, want := range []time.Time{day(0), day(10), day(13), day(3), {}} {
		if !got[i].Published.Equal(want) {
			t.Errorf("%s published %s, want %s", got[i].ID, got[i].Published.Format(time.DateOnly), want.Format(time.DateOnly))
		}
	}
	if !docs[1].Published.Equal(day(100)) {
		t.Error("PackDates changed its input")
	}
}

// TestClusterLowestRun checks that a shuffled evaluation lists the worst
// merges of its lowest run when that is not the first, and no such run
// when the first is the lowest.
func TestClusterLowestRun(t *testing.T) {
	set := filepath.Join(t.TempDir(), "set.jsonl")
	lines := []string{
		`{"id": "q1", "event": "quay", "text": "Fire on the Keel Street quay\nbody"}`,
		`{"id": "q2", "event": "quay", "text": "Quay fire spreads to the sheds\nbody"}`,
		`{"id": "f1", "event": "ferry", "text": "Harbourton ferry strike called\nbody"}`,
		`{"id": "f2", "event": "ferry", "text": "Ferry crews walk out\nbody"}`,
	}
	if err := os.WriteFile(set, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	right := map[string]string{"q1": "s1", "q2": "s1", "f1": "s2", "f2": "s2"}
	oneLump := map[string]string{"q1": "s1", "q2": "s1", "f1": "s1", "f2": "s1"}
	half := map[string]string{"q1": "s1", "q2": "s1", "f1": "s1", "f2": "s2"}
	// runs returns an assignment that gives the i-th call's stories.
	runs := func(stories ...map[string]string) ClusterAssignFunc {
		call := 0
		return func(context.Context, []ClusterDoc) (ClusterAssignment, error) {
			call++
			return ClusterAssignment{Stories: stories[call-1]}, nil
		}
	}
	o := DefaultClusterOptions()
	o.Set, o.Shuffle = set, 3

	o.Assign = runs(right, half, oneLump)
	r, err := Cluster(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	if r.Low == nil || r.Low.Run != 2 {
		t.Fatalf("lowest run %+v, want run 2", r.Low)
	}
	if len(r.WorstMerges) != 0 || len(r.Low.WorstMerges) != 1 || len(r.Low.WorstMerges[0].Parts) != 2 {
		t.Errorf("first run's merges %+v, lowest run's %+v: want none, then the one lump", r.WorstMerges, r.Low.WorstMerges)
	}
	var b strings.Builder
	if err := r.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "worst merges of run 2, the lowest BCubed F1") {
		t.Errorf("report does not name the lowest run:\n%s", b.String())
	}

	o.Assign = runs(oneLump, half, right)
	if r, err = Cluster(context.Background(), o); err != nil {
		t.Fatal(err)
	}
	if r.Low != nil {
		t.Errorf("lowest run %+v listed, but the first run is the lowest", r.Low)
	}
}
