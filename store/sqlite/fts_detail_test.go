package sqlite

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/storyfold/storyfold/pipeline"
)

// BenchmarkFTSDetail measures what the full-text index costs a store in
// each of FTS5's detail modes: the bench's first 20,000 synthetic articles
// written in transactions of 256, as Write does (the rows, then one
// statement filling the index), with the store's own pragmas and merge
// settings. detail=column and detail=none refuse phrase queries, which is
// why the store keeps "full" (docs/performance.md, eighth session).
func BenchmarkFTSDetail(b *testing.B) {
	var corpus bytes.Buffer
	if err := pipeline.WriteCorpus(&corpus, 20_000, pipeline.BenchOptions{Seed: 1}); err != nil {
		b.Fatal(err)
	}
	type doc struct{ Title, Text string }
	var docs []doc
	sc := bufio.NewScanner(&corpus)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var d doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	for _, detail := range []string{"full", "column", "none"} {
		b.Run(detail, func(b *testing.B) {
			for b.Loop() {
				path := filepath.Join(b.TempDir(), "fts.db")
				s, err := Open(context.Background(), path)
				if err != nil {
					b.Fatal(err)
				}
				db := s.db
				for _, q := range []string{
					`CREATE TABLE t (seq INTEGER PRIMARY KEY, title TEXT, body TEXT)`,
					`CREATE VIRTUAL TABLE t_fts USING fts5(title, body, content='t', content_rowid='seq', detail=` + detail + `)`,
					`INSERT INTO t_fts(t_fts, rank) VALUES('automerge', 16)`,
					`INSERT INTO t_fts(t_fts, rank) VALUES('crisismerge', 32)`,
				} {
					if _, err := db.Exec(q); err != nil {
						b.Fatal(err)
					}
				}
				for i := 0; i < len(docs); i += 256 {
					tx, err := db.Begin()
					if err != nil {
						b.Fatal(err)
					}
					end := min(i+256, len(docs))
					for j := i; j < end; j++ {
						if _, err := tx.Exec(`INSERT INTO t VALUES (?, ?, ?)`, j+1, docs[j].Title, docs[j].Text); err != nil {
							b.Fatal(err)
						}
					}
					if _, err := tx.Exec(`INSERT INTO t_fts(rowid, title, body) SELECT seq, title, body FROM t WHERE seq > ? AND seq <= ?`, i, end); err != nil {
						b.Fatal(err)
					}
					if err := tx.Commit(); err != nil {
						b.Fatal(err)
					}
				}
				if err := s.Close(); err != nil {
					b.Fatal(err)
				}
				if fi, err := os.Stat(path); err == nil {
					b.ReportMetric(float64(fi.Size())/(1<<20), "MB")
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(docs)), "µs/article")
		})
	}
}
