package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/dedup"
	"github.com/storyfold/storyfold/extract"
	"github.com/storyfold/storyfold/news"
)

// dedupSetOut makes TestBuildDedupSet write a set for `storyfold eval
// dedup`: go test ./eval -run TestBuildDedupSet -dedupset /tmp/dev.jsonl
// [-dedupbare]. Sets are never committed.
var (
	dedupSetOut  = flag.String("dedupset", "", "write a dedup evaluation set to this path")
	dedupSetBare = flag.Bool("dedupbare", false, "with -dedupset: bare bodies, no furniture")
	dedupSetSeed = flag.Uint64("dedupseed", 1, "with -dedupset: the set's seed")
)

// dedupData returns the evaluation data directory, skipping the test when
// it is absent.
func dedupData(t *testing.T) string {
	t.Helper()
	root := dataRoot(t)
	if _, err := os.Stat(filepath.Join(root, "extract", "wcxb-dev", "ground-truth")); err != nil {
		t.Skipf("evaluation data not found under %s", root)
	}
	return root
}

func TestBuildDedupSet(t *testing.T) {
	o := DefaultDedupSetOptions(dedupData(t))
	o.Seed = *dedupSetSeed
	o.Furniture = !*dedupSetBare
	if *dedupSetOut == "" {
		o.Bases, o.Clusters = 20, false
	}
	var a, b bytes.Buffer
	n, err := BuildDedupSet(o, &a)
	if err != nil {
		t.Fatal(err)
	}
	if *dedupSetOut != "" {
		if err := os.WriteFile(*dedupSetOut, a.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %d records to %s", n, *dedupSetOut)
		return
	}
	if _, err := BuildDedupSet(o, &b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two builds with one seed differ")
	}
	copies := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(a.String()), "\n") {
		var r dedupRecord
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		if r.Variant != "original" {
			copies[r.CopyOf]++
		}
	}
	if len(copies) != o.Bases || n-o.Bases*o.Copies <= o.Bases {
		t.Errorf("%d records, copies in %d groups, want %d groups of %d", n, len(copies), o.Bases, o.Copies)
	}
}

// TestDedupScoring checks the pair counts on a hand-made set: three
// copies of one article, a teaser, and an unrelated article.
func TestDedupScoring(t *testing.T) {
	body := strings.Repeat("The council met on Tuesday to approve the harbour budget after a long debate among members. ", 3) +
		"Officials said the new wharf would open in the spring, and the fishing fleet welcomed the decision warmly."
	other := "Scientists found a new species of frog in the rainforest near the river, the university said on Monday, after a survey of the region lasting two years and covering many valleys."
	recs := []dedupRecord{
		{ID: "a", Text: body, CopyOf: "g", Variant: "original"},
		{ID: "b", Text: strings.ToUpper(body), CopyOf: "g", Variant: "quotes"},
		{ID: "c", Text: other, CopyOf: "h", Variant: "original"},
		{ID: "d", Text: other + " Unrelated.", Variant: "report"}, // gold says not a copy, dedup will join it: a false match
	}
	var buf bytes.Buffer
	for _, r := range recs {
		b, _ := json.Marshal(r)
		buf.Write(append(b, '\n'))
	}
	path := filepath.Join(t.TempDir(), "set.jsonl")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	o := DedupOptions{Set: path, Dedup: dedup.DefaultOptions(), Worst: 5}
	r, err := Dedup(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	if r.GoldPairs != 1 || r.Predicted != 2 || r.TruePairs != 1 || r.Precision != 0.5 || r.Recall != 1 {
		t.Errorf("got gold %d predicted %d true %d P %.2f R %.2f, want 1 2 1 0.50 1.00",
			r.GoldPairs, r.Predicted, r.TruePairs, r.Precision, r.Recall)
	}
	if len(r.FalseMatches) != 1 || r.FalseMatches[0].A != "c" || r.FalseMatches[0].B != "d" {
		t.Errorf("false matches %+v, want c~d", r.FalseMatches)
	}
	var out strings.Builder
	if err := r.WriteText(&out); err != nil || !strings.Contains(out.String(), "precision 0.5000") {
		t.Errorf("text report %q (%v)", out.String(), err)
	}
}

var (
	dedupEvalSet = flag.String("dedupeval", "", "evaluate dedup on this set and print the report")
	dedupEvalRaw = flag.Bool("dedupraw", false, "with -dedupeval: take text as it is, no extraction")
)

// TestDedupEval runs the harness from go test until the command is wired:
// go test ./eval -run TestDedupEval -dedupeval /tmp/dev.jsonl -v
func TestDedupEval(t *testing.T) {
	if *dedupEvalSet == "" {
		t.Skip("no -dedupeval set")
	}
	o := DefaultDedupOptions(*dedupEvalSet)
	if *dedupEvalRaw {
		o.Extractor = nil
	}
	r, err := Dedup(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := r.WriteText(&out); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
}

// TestDedupSeedsExtracted runs the seeds through extraction and dedup as
// the pipeline does: 000 and 004 are one article, no other pair is.
func TestDedupSeedsExtracted(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(paths) != 5 {
		t.Fatalf("seeds: %v (%d files)", err, len(paths))
	}
	x := extract.New(extract.DefaultOptions())
	o := dedup.DefaultOptions()
	sg := dedup.NewSigner(o)
	ix := dedup.NewIndex(o)
	var got []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(p)[:3]
		a, err := x.Extract(news.Page{ID: name, Content: b, Format: news.FormatText})
		if err != nil {
			t.Fatalf("extract %s: %v", name, err)
		}
		sig := sg.Sign(a.Body)
		for _, m := range ix.Query(sig) {
			got = append(got, m.ID+"~"+name)
		}
		ix.Add(name, sig)
	}
	if want := []string{"000~004"}; !slices.Equal(got, want) {
		t.Errorf("copies %v, want %v", got, want)
	}
}
