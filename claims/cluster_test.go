package claims

import (
	"bufio"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// loadEvents groups a cluster data set's articles by their gold event.
func loadEvents(t testing.TB, path string) map[string][]news.Article {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	events := map[string][]news.Article{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var d struct{ ID, Title, Text, Event string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		events[d.Event] = append(events[d.Event], news.Article{ID: d.ID, Title: d.Title, Body: d.Text})
	}
	return events
}

// TestLedgerOnClusterData builds the ledger of every gold story in the
// cluster data and checks that it is consistent: statuses match source
// counts, every source and mention is one of the story's articles.
func TestLedgerOnClusterData(t *testing.T) {
	dir := dataDir(t)
	x := New(DefaultOptions())
	status := map[news.ClaimStatus]int{}
	stories, claims := 0, 0
	for _, set := range []string{"ecbplus-dev", "gvc-dev"} {
		events := loadEvents(t, filepath.Join(dir, "cluster", set+".jsonl"))
		keys := make([]string, 0, len(events))
		for k := range events {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			arts := events[k]
			cs, summary := x.Ledger(arts)
			stories++
			claims += len(cs)
			for _, c := range cs {
				status[c.Status]++
				checkClaim(t, set+"/"+k, arts, c)
			}
			for _, s := range summary {
				if len(s.Sources) < DefaultOptions().SummaryMinSources {
					t.Errorf("%s/%s: summary sentence with %d sources", set, k, len(s.Sources))
				}
			}
		}
	}
	t.Logf("%d stories, %d claims: %d agree, %d differ, %d single", stories, claims,
		status[news.ClaimAgree], status[news.ClaimDiffer], status[news.ClaimSingle])
}

func checkClaim(t *testing.T, story string, arts []news.Article, c news.Claim) {
	ids := map[string]bool{}
	for _, a := range arts {
		ids[a.ID] = true
	}
	single := len(c.Sources) == 1
	if len(c.Sources) == 0 || single != (c.Status == news.ClaimSingle) || c.Text == "" {
		t.Errorf("%s: inconsistent claim %+v", story, c)
	}
	for _, s := range c.Sources {
		if !ids[s] {
			t.Errorf("%s: claim source %s is not a story article", story, s)
		}
	}
	for _, m := range c.Mentions {
		if !contains(c.Sources, m.ArticleID) {
			t.Errorf("%s: mention of %s outside the claim's sources", story, m.ArticleID)
		}
	}
}

// BenchmarkLedgerCluster builds the ledger of every gold story in the
// cluster data: real wire and web text, unlike the hand-cut seeds.
func BenchmarkLedgerCluster(b *testing.B) {
	dir := dataDir(b)
	var stories [][]news.Article
	for _, set := range []string{"ecbplus-dev", "gvc-dev"} {
		events := loadEvents(b, filepath.Join(dir, "cluster", set+".jsonl"))
		keys := make([]string, 0, len(events))
		for k := range events {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			stories = append(stories, events[k])
		}
	}
	x := New(DefaultOptions())
	b.ReportAllocs()
	for b.Loop() {
		for _, arts := range stories {
			x.Ledger(arts)
		}
	}
}

// BenchmarkLedgerStream rebuilds every gold story's ledger as each of its
// articles arrives, as storyfold serve does when reports come apart,
// with the readings kept between ledgers and without.
func BenchmarkLedgerStream(b *testing.B) {
	dir := dataDir(b)
	var stories [][]news.Article
	for _, set := range []string{"ecbplus-dev", "gvc-dev"} {
		events := loadEvents(b, filepath.Join(dir, "cluster", set+".jsonl"))
		keys := slices.Sorted(maps.Keys(events))
		for _, k := range keys {
			stories = append(stories, events[k])
		}
	}
	for _, keep := range []int{DefaultOptions().CachedArticles, 0} {
		b.Run(fmt.Sprint("kept=", keep), func(b *testing.B) {
			o := DefaultOptions()
			o.CachedArticles = keep
			b.ReportAllocs()
			for b.Loop() {
				x := New(o) // each pass starts with nothing kept
				for _, arts := range stories {
					for k := 1; k <= len(arts); k++ {
						x.Ledger(arts[:k])
					}
				}
			}
		})
	}
}
