package claims

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/claims")

// loadSeeds reads the hand-cut seed articles: first line the title, then
// the body.
func loadSeeds(t testing.TB) []news.Article {
	t.Helper()
	files, err := filepath.Glob("../testdata/claims/seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed bodies: %v", err)
	}
	var arts []news.Article
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		title, body, _ := strings.Cut(string(b), "\n")
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		arts = append(arts, news.Article{ID: id, Title: title, Body: body})
	}
	return arts
}

func TestSeedsGolden(t *testing.T) {
	x := New(DefaultOptions())
	claims, summary := x.Ledger(loadSeeds(t))
	var got bytes.Buffer
	if err := WriteLedger(&got, claims, summary); err != nil {
		t.Fatal(err)
	}
	golden := "../testdata/claims/seeds.golden"
	if *update {
		if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("read golden (run with -update): %v", err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("ledger differs from %s; run go test ./claims -run TestSeedsGolden -update and review the diff\n%s", golden, got.String())
	}
}
