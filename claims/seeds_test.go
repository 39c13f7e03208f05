package claims

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
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

// TestSeedsLedger checks the facts issue 6 asks the seed ledger to show.
func TestSeedsLedger(t *testing.T) {
	arts := loadSeeds(t)
	claims, summary := New(DefaultOptions()).Ledger(arts)
	find := func(desc string, ok func(news.Claim) bool) news.Claim {
		t.Helper()
		for _, c := range claims {
			if ok(c) {
				return c
			}
		}
		t.Fatalf("no claim: %s", desc)
		return news.Claim{}
	}
	qty := func(c news.Claim, low float64) bool { return c.Quantity != nil && c.Quantity.Low == low }

	c := find("more than 6,000 casualties", func(c news.Claim) bool { return qty(c, 6000) })
	if len(c.Sources) != 5 || c.Quantity.Qualifier != "more than" || c.AttributedTo != "UK Ministry of Defence" ||
		c.Confidence == nil || c.Confidence.Term != "highly likely" || c.Confidence.Low != 0.8 || c.Confidence.High != 0.9 {
		t.Errorf("6,000 claim = %+v", c)
	}
	c = find("about 11,000 troops", func(c news.Claim) bool { return qty(c, 11000) })
	if len(c.Sources) != 5 || c.Status != news.ClaimAgree || !hasMention(c, 10000, 12000, "US, South Korea, Ukraine intelligence officials") {
		t.Errorf("11,000 claim = %+v", c)
	}
	c = find("around 3,000 additional troops", func(c news.Claim) bool { return qty(c, 3000) })
	if c.Quantity.Qualifier != "around" || c.AttributedTo != "South Korea authorities" || !strings.Contains(c.Subject, "additional") {
		t.Errorf("3,000 claim = %+v", c)
	}
	c = find("one million losses", func(c news.Claim) bool { return qty(c, 1e6) })
	if c.Status != news.ClaimSingle || len(c.Sources) != 1 || c.Sources[0] != "002" {
		t.Errorf("one million claim = %+v", c)
	}
	find("attritional assaults, almost certainly", func(c news.Claim) bool {
		return c.Kind == "assessment" && c.Confidence != nil && c.Confidence.Term == "almost certainly" && strings.Contains(c.Text, "attritional")
	})
	for _, id := range []string{"001", "003"} {
		find("verification note of "+id, func(c news.Claim) bool {
			return c.Kind == "verification" && len(c.Sources) == 1 && c.Sources[0] == id
		})
	}
	if len(summary) < 2 || len(summary) > 3 {
		t.Fatalf("summary has %d sentences, want 2 or 3", len(summary))
	}
	for _, s := range summary {
		if len(s.Sources) < 2 || !inSomeArticle(arts, s.Text) {
			t.Errorf("summary sentence %q: sources %v, want two or more and text taken from an article", s.Text, s.Sources)
		}
	}
}

func hasMention(c news.Claim, low, high float64, by string) bool {
	for _, m := range c.Mentions {
		if m.Quantity != nil && m.Quantity.Low == low && m.Quantity.High == high && m.AttributedTo == by {
			return true
		}
	}
	return false
}

func inSomeArticle(arts []news.Article, s string) bool {
	for _, a := range arts {
		if strings.Contains(strings.Join(strings.Fields(a.Body), " "), s) {
			return true
		}
	}
	return false
}

func BenchmarkSentences(b *testing.B) {
	arts := loadSeeds(b)
	sp, err := NewSplitter()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			sp.Sentences(a.Body)
		}
	}
}

func BenchmarkQuantities(b *testing.B) {
	arts := loadSeeds(b)
	sp, err := NewSplitter()
	if err != nil {
		b.Fatal(err)
	}
	var sents []string
	for _, a := range arts {
		sents = append(sents, sp.Sentences(a.Body)...)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			Quantities(s)
		}
	}
}

func BenchmarkLedger(b *testing.B) {
	arts := loadSeeds(b)
	x := New(DefaultOptions())
	b.ReportAllocs()
	for b.Loop() {
		x.Ledger(arts)
	}
}

func TestUniqueAmong(t *testing.T) {
	claims := []news.Claim{
		{Sources: []string{"000", "004"}},
		{Sources: []string{"002"}},
		{Sources: []string{"000", "001"}},
	}
	if got := Unique(claims); len(got) != 1 || len(got["002"]) != 1 {
		t.Errorf("Unique = %v, want only 002's claim", got)
	}
	got := UniqueAmong(claims, map[string]string{"004": "000"})
	if len(got["000"]) != 1 || got["000"][0] != 0 || len(got["002"]) != 1 {
		t.Errorf("UniqueAmong = %v, want claim 0 for 000 (its copy 004 folded in) and claim 1 for 002", got)
	}
}

func TestProseSentence(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"The ministry said North Korea has deployed troops.", true},
		{"“Rates have almost certainly been sustained,” the statement said.", true},
		{"'The total casualties amount to more than half,' the ministry said.", true},
		{"— Power for towns to charge fees for food trucks.", false},
		{"North Korean leader Kim Jong Un meeting with Sergei Shoigu in Pyongyang ( EPA )", false},
		{"• Five things to know", false},
	}
	for _, tt := range tests {
		if got := proseSentence(tt.in); got != tt.want {
			t.Errorf("proseSentence(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func FuzzLedger(f *testing.F) {
	f.Add("North Korea suffered more than 6,000 casualties, the UK said.", "It said 6,000 troops.\n\nNo evidence was provided.")
	f.Add("", "according to , (MoD) said: 'x'.")
	f.Add("Two of the 10,000-12,000 troops.More than half of them", "— list item\n\n“Almost certainly,” it said.")
	x := New(DefaultOptions())
	f.Fuzz(func(t *testing.T, a, b string) {
		arts := []news.Article{{ID: "a", Title: a, Body: b}, {ID: "b", Body: a + "\n\n" + b}}
		claims, summary := x.Ledger(arts)
		for _, c := range claims {
			if len(c.Sources) == 0 || len(c.Sources) == 1 != (c.Status == news.ClaimSingle) {
				t.Fatalf("inconsistent claim %+v", c)
			}
		}
		for _, s := range summary {
			if len(s.Sources) < 2 {
				t.Fatalf("summary sentence with sources %v", s.Sources)
			}
		}
	})
}

// TestLedgerConcurrent runs one Extractor from several goroutines, as the
// pipeline does; run it with -race.
func TestLedgerConcurrent(t *testing.T) {
	arts := loadSeeds(t)
	x := New(DefaultOptions())
	want, _ := x.Ledger(arts)
	var wg sync.WaitGroup
	got := make([]int, 4)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, _ := x.Ledger(arts)
			got[i] = len(c)
		}()
	}
	wg.Wait()
	for i, n := range got {
		if n != len(want) {
			t.Errorf("goroutine %d: %d claims, want %d", i, n, len(want))
		}
	}
}
