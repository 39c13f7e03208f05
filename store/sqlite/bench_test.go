package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
)

// BenchmarkWriteBatch measures one 256-article transaction of 3 KB bodies,
// the pipeline's default batch, including the FTS5 index update.
func BenchmarkWriteBatch(b *testing.B) {
	s, err := Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	body := strings.Repeat("North Korean soldiers fought alongside Russian forces in Kursk, officials said. ", 40)
	seq := int64(0)
	b.SetBytes(256 * int64(len(body)))
	for b.Loop() {
		var batch store.Batch
		for range 256 {
			seq++
			batch.Articles = append(batch.Articles, store.ArticleRecord{
				Article: news.Article{ID: fmt.Sprintf("a%d", seq), Title: "Kursk casualties", Body: body,
					Format: news.FormatText, Seen: time.Unix(seq, 0)},
				Seq: seq, StoryID: fmt.Sprintf("s%d", seq/5), Signature: make([]byte, 300), Words: 480,
			})
		}
		if err := s.Write(context.Background(), batch); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(seq), "µs/article")
}
