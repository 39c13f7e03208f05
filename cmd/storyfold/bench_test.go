package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// run runs the storyfold command line in this process and returns what it
// wrote to stdout.
func run(t *testing.T, args ...string) string {
	t.Helper()
	root := newRoot()
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetArgs(args)
	if err := root.ExecuteContext(context.Background()); err != nil {
		t.Fatalf("storyfold %s: %v", strings.Join(args, " "), err)
	}
	return out.String()
}

// partition returns the stories of a store as sorted lists of their
// articles' titles and dates, sorted: what was grouped with what, whatever
// the IDs.
func partition(t *testing.T, db string) []string {
	t.Helper()
	var out []string
	sc := bufio.NewScanner(strings.NewReader(run(t, "stories", "--db", db, "--json")))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var st struct {
			Articles []struct {
				Title     string `json:"title"`
				Published string `json:"published"`
			} `json:"articles"`
		}
		if err := json.Unmarshal(sc.Bytes(), &st); err != nil {
			t.Fatal(err)
		}
		var titles []string
		for _, a := range st.Articles {
			titles = append(titles, a.Title+" @ "+a.Published)
		}
		slices.Sort(titles)
		out = append(out, strings.Join(titles, " | "))
	}
	slices.Sort(out)
	return out
}

// TestBenchCorpusFromFile writes bench ingest's corpus as JSONL and
// ingests it from the file: the stories are those of the generator's own
// run, and a file shorter than --n ends the benchmark at its end.
func TestBenchCorpusFromFile(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	const n = 60
	if err := os.WriteFile(corpus, []byte(run(t, "bench", "corpus", "--n", "60", "--spread", "4")), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(corpus)
	if err != nil {
		t.Fatal(err)
	}
	if lines := bytes.Count(b, []byte("\n")); lines != n {
		t.Fatalf("the corpus has %d lines, want %d", lines, n)
	}

	generated, fromFile := filepath.Join(dir, "gen.db"), filepath.Join(dir, "file.db")
	run(t, "bench", "ingest", "--n", "60", "--spread", "4", "--db", generated)
	out := run(t, "bench", "ingest", "--n", "100", "--from", corpus, "--db", fromFile)
	if !strings.Contains(out, "total 60 articles") {
		t.Fatalf("bench ingest --from did not stop at the file's end:\n%s", out)
	}
	want, got := partition(t, generated), partition(t, fromFile)
	if len(want) < 2 || len(want) == n {
		t.Fatalf("the generated corpus makes %d stories of %d articles: it cannot show grouping", len(want), n)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("stories from the file differ from the generator's:\n got %q\nwant %q", got, want)
	}
}

func TestWithCheckpoint(t *testing.T) {
	cps := []int{1_000, 10_000, 100_000}
	for _, tt := range []struct {
		at   int
		want []int
	}{
		{500, []int{500, 1_000, 10_000, 100_000}},
		{10_000, []int{1_000, 10_000, 100_000}},
		{20_000, []int{1_000, 10_000, 20_000, 100_000}},
		{200_000, []int{1_000, 10_000, 100_000, 200_000}},
	} {
		if got := withCheckpoint(cps, tt.at); !slices.Equal(got, tt.want) {
			t.Errorf("withCheckpoint(%v, %d) = %v, want %v", cps, tt.at, got, tt.want)
		}
	}
}
