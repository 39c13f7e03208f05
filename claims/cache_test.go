package claims

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// ledgerText renders a ledger for comparison.
func ledgerText(t *testing.T, x *Extractor, arts []news.Article) string {
	t.Helper()
	claims, summary := x.Ledger(arts)
	var b bytes.Buffer
	if err := WriteLedger(&b, claims, summary); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestReadCacheSameLedger grows the seed story one article at a time, as
// a stream rebuilds it, and checks that every ledger built from kept
// readings is the one built from none; then that an article stored again
// with other words under its ID is read again.
func TestReadCacheSameLedger(t *testing.T) {
	seeds := loadSeeds(t)
	o := DefaultOptions()
	o.CachedArticles = 0
	fresh := New(o)
	cached := New(DefaultOptions())
	for n := 1; n <= len(seeds); n++ {
		for range 2 { // the second build reads every article from the cache
			if got, want := ledgerText(t, cached, seeds[:n]), ledgerText(t, fresh, seeds[:n]); got != want {
				t.Fatalf("%d articles: the ledger from kept readings differs\n got: %s\nwant: %s", n, got, want)
			}
		}
	}
	for _, a := range seeds {
		if cached.cache.get(keyOf(a)) == nil {
			t.Fatalf("%s was read more than once but not kept", a.ID)
		}
	}
	// The first seed again, its figures changed.
	changed := append([]news.Article(nil), seeds...)
	changed[0].Body = strings.NewReplacer("0", "7", "1", "8").Replace(changed[0].Body)
	if changed[0].Body == seeds[0].Body {
		t.Fatal("the first seed has no figures to change")
	}
	if got, want := ledgerText(t, cached, changed), ledgerText(t, fresh, changed); got != want {
		t.Fatalf("an article with new words was not read again\n got: %s\nwant: %s", got, want)
	}
}

// TestReadCacheKeepsOnSecondRead checks that an article is kept the second
// time it is read, not the first, and that the cache stays within its
// bound.
func TestReadCacheKeepsOnSecondRead(t *testing.T) {
	o := DefaultOptions()
	o.CachedArticles = 8
	x := New(o)
	a := news.Article{ID: "a", Title: "Harbourton flood", Body: "Officials said 120 homes in Keel Street were flooded on Monday."}
	x.Ledger([]news.Article{a})
	if x.cache.get(keyOf(a)) != nil {
		t.Fatal("an article read once was kept")
	}
	x.Ledger([]news.Article{a})
	if x.cache.get(keyOf(a)) == nil {
		t.Fatal("an article read twice was not kept")
	}
	keep := func(i int) {
		b := news.Article{ID: fmt.Sprint("b", i), Body: fmt.Sprintf("Officials said %d homes were flooded.", i)}
		x.Ledger([]news.Article{b})
		x.Ledger([]news.Article{b})
	}
	for i := range 4 { // the fourth starts a new generation: a is in the older
		keep(i)
	}
	if _, ok := x.cache.old[keyOf(a)]; !ok {
		t.Fatal("the test meant a to be in the older generation")
	}
	if x.cache.get(keyOf(a)) == nil {
		t.Fatal("an article of the older generation was not found")
	}
	for i := 4; i < 40; i++ {
		keep(i)
	}
	if n := len(x.cache.cur) + len(x.cache.old); n > o.CachedArticles {
		t.Fatalf("the cache holds %d articles, more than its bound of %d", n, o.CachedArticles)
	}
	if n := len(x.cache.once.cur) + len(x.cache.once.old); n > 4*o.CachedArticles {
		t.Fatalf("the cache remembers %d hashes, more than its bound of %d", n, 4*o.CachedArticles)
	}
}

// TestTitleNotClaimText checks that a claim stands on a body sentence
// rather than a headline stating the same figure: headlines clip words.
func TestTitleNotClaimText(t *testing.T) {
	arts := []news.Article{
		{ID: "a", Title: "120 homes flooded in Harbourton", Body: "120 homes were flooded in Harbourton on Monday, the worst flood on Keel Street in a decade."},
		{ID: "b", Title: "Harbourton: 120 homes flooded", Body: "The river rose overnight and 120 homes were flooded in Harbourton, mostly on Keel Street."},
	}
	for _, keep := range []int{DefaultOptions().CachedArticles, 0} {
		o := DefaultOptions()
		o.CachedArticles = keep
		x := New(o)
		for range 2 { // read, then kept
			claims, _ := x.Ledger(arts)
			if len(claims) == 0 {
				t.Fatal("no claim read from the flood reports")
			}
			for _, c := range claims {
				if c.Text == arts[0].Title || c.Text == arts[1].Title {
					t.Errorf("claim %q stands on a headline", c.Text)
				}
			}
		}
	}
}
