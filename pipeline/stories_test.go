package pipeline

import (
	"testing"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
)

// The ledger takes originals before copies when it must cut, and lists
// what it keeps in ingest order whatever order the store returned.
func TestLedgerArticlesOriginalsFirstThenIngestOrder(t *testing.T) {
	rec := func(id string, seq int64, copyOf string) store.ArticleRecord {
		return store.ArticleRecord{Seq: seq, Article: news.Article{ID: id}, DuplicateOf: copyOf}
	}
	recs := []store.ArticleRecord{
		rec("c", 3, ""), rec("copy-of-c", 1, "c"), rec("a", 5, ""), rec("b", 2, ""),
	}
	got := ledgerArticles(recs, 3)
	var ids []string
	for _, a := range got {
		ids = append(ids, a.ID)
	}
	want := []string{"b", "c", "a"}
	if len(ids) != len(want) {
		t.Fatalf("got %v, want %v", ids, want)
	}
	for i := range want {
		if ids[i] != want[i] {
			t.Fatalf("got %v, want %v", ids, want)
		}
	}
}
