package pipeline

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/storyfold/storyfold/ingest"
	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
	"github.com/storyfold/storyfold/store/sqlite"
)

var update = flag.Bool("update", false, "rewrite golden files")

const seedDir = "../testdata/seeds"

func openStore(t *testing.T) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func testOptions() Options {
	o := DefaultOptions()
	o.Workers = 2
	o.BatchSize = 3 // several batches over the seeds, so batch edges are exercised
	o.Now = func() time.Time { return time.Date(2025, 6, 17, 12, 0, 0, 0, time.UTC) }
	return o
}

func run(t *testing.T, st *sqlite.Store, inputs ...string) Stats {
	t.Helper()
	ctx := context.Background()
	p, err := New(ctx, st, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	var outs []news.Outcome
	stats, err := p.Run(ctx, func(ctx context.Context, emit func(news.Page) error) error {
		return ingest.Read(ctx, inputs, ingest.DefaultOptions(), emit)
	}, func(o news.Outcome) { outs = append(outs, o) })
	if err != nil {
		t.Fatal(err)
	}
	if len(outs) != stats.Read {
		t.Fatalf("%d outcomes for %d records", len(outs), stats.Read)
	}
	return stats
}

// TestSeedsEndToEnd runs the five seed pages through every stage into a
// real SQLite file: one story, 000 a copy of 004, the other three
// independent reports, and a headline although 004 has no title line.
func TestSeedsEndToEnd(t *testing.T) {
	st := openStore(t)
	stats := run(t, st, seedDir)
	if stats.Ingested != 5 || stats.Copies != 1 || stats.SkippedTotal() != 0 {
		t.Fatalf("stats = %+v, want 5 ingested, 1 copy, none skipped", stats)
	}
	stories, err := st.Stories(context.Background(), store.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(stories) != 1 {
		t.Fatalf("got %d stories, want 1:\n%s", len(stories), report(stories))
	}
	s := stories[0]
	byInput := map[string]news.StoryArticle{}
	for _, a := range s.Articles {
		byInput[a.InputID[:3]] = a
	}
	if got, want := byInput["000"].DuplicateOf, byInput["004"].ID; got != want {
		t.Errorf("000 duplicate_of = %q, want 004's id %q", got, want)
	}
	for _, k := range []string{"001", "002", "003", "004"} {
		if d := byInput[k].DuplicateOf; d != "" {
			t.Errorf("%s duplicate_of = %q, want none", k, d)
		}
	}
	if len(s.Headline) < 20 {
		t.Errorf("headline %q is not a real headline", s.Headline)
	}
	golden(t, "../testdata/pipeline/seeds.golden", report(stories))
}

// TestIngestTwiceChangesNothing: the same inputs again are all known.
func TestIngestTwiceChangesNothing(t *testing.T) {
	st := openStore(t)
	run(t, st, seedDir)
	before, err := st.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	again := run(t, st, seedDir)
	if again.Known != 5 || again.Ingested != 0 {
		t.Fatalf("second run = %+v, want all 5 known", again)
	}
	after, err := st.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(before) != fmt.Sprint(after) {
		t.Fatalf("counts changed: %+v → %+v", before, after)
	}
}

// TestBadFilesAmongSeeds: a binary and an empty file are skipped with a
// reason and cost none of the good pages.
func TestBadFilesAmongSeeds(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(seedDir)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "image.txt"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "empty.html"), []byte(" \n\t\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	st := openStore(t)
	stats := run(t, st, dir)
	if stats.Ingested != 5 || stats.Skipped[news.SkipBinary] != 1 || stats.Skipped[news.SkipEmpty] != 1 {
		t.Fatalf("stats = %+v, want 5 ingested, one binary and one empty skip", stats)
	}
	c, err := st.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if c.Skipped[news.SkipBinary] != 1 || c.Skipped[news.SkipEmpty] != 1 {
		t.Fatalf("stored skips = %v", c.Skipped)
	}
}

// report renders stories for a person: the golden file is reviewed as a diff.
func report(stories []news.Story) string {
	var b strings.Builder
	for _, s := range stories {
		names := map[string]string{}
		for _, a := range s.Articles {
			names[a.ID] = a.InputID
		}
		fmt.Fprintf(&b, "story: %s\n", s.Headline)
		arts := append([]news.StoryArticle(nil), s.Articles...)
		sort.Slice(arts, func(i, j int) bool { return arts[i].InputID < arts[j].InputID })
		for _, a := range arts {
			fmt.Fprintf(&b, "  %s | %s | %s | %s", a.InputID, a.Publisher, dayOf(a.Published), a.Title)
			if a.DuplicateOf != "" {
				fmt.Fprintf(&b, " | copy of %s", names[a.DuplicateOf])
			}
			b.WriteString("\n")
		}
		for _, c := range s.Claims {
			var srcs []string
			for _, id := range c.Sources {
				srcs = append(srcs, names[id][:3])
			}
			sort.Strings(srcs)
			fmt.Fprintf(&b, "  claim [%s] %s {%s}\n", c.Status, c.Text, strings.Join(srcs, ","))
		}
	}
	return b.String()
}

func dayOf(t time.Time) string {
	if t.IsZero() {
		return "undated"
	}
	return t.Format("2006-01-02")
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run with -update to create it): %v", err)
	}
	if string(want) != got {
		t.Errorf("%s differs (run go test -update and review the diff):\n--- got\n%s--- want\n%s", path, got, want)
	}
}
