package sqlite

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/storyfold/storyfold/pipeline"
)

// BenchmarkFTSDetail measures what the full-text index costs a store in
// each of FTS5's detail modes: the bench's first 20,000 synthetic articles
// written in transactions of 256, as Write does (the rows, then one
// statement filling the index), with the store's own pragmas and merge
// settings (schema 8). detail=column and detail=none refuse phrase queries, which is
// why the store keeps "full" (docs/performance.md, eighth session).
func BenchmarkFTSDetail(b *testing.B) {
	var corpus bytes.Buffer
	if err := pipeline.WriteCorpus(&corpus, 20_000, pipeline.BenchOptions{Seed: 1}); err != nil {
		b.Fatal(err)
	}
	var docs []ftsDoc
	sc := bufio.NewScanner(&corpus)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var d ftsDoc
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
				createFTSTable(b, s.db, detail, "64", "128")
				for i := 0; i < len(docs); i += 256 {
					end := min(i+256, len(docs))
					if _, err := writeFTSBatch(s.db, i, docs[i:end]); err != nil {
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

// ftsDoc is a bench article as the full-text measurements read it.
type ftsDoc struct{ Title, Text string }

// createFTSTable makes the scratch table t and its full-text index t_fts,
// as the store's articles_fts is made, with the given detail mode and
// merge settings.
func createFTSTable(tb testing.TB, db *sql.DB, detail, automerge, crisis string) {
	tb.Helper()
	for _, q := range []string{
		`CREATE TABLE t (seq INTEGER PRIMARY KEY, title TEXT, body TEXT)`,
		`CREATE VIRTUAL TABLE t_fts USING fts5(title, body, content='t', content_rowid='seq', detail=` + detail + `)`,
		`INSERT INTO t_fts(t_fts, rank) VALUES('automerge', ` + automerge + `)`,
		`INSERT INTO t_fts(t_fts, rank) VALUES('crisismerge', ` + crisis + `)`,
	} {
		if _, err := db.Exec(q); err != nil {
			tb.Fatal(err)
		}
	}
}

// writeFTSBatch writes docs as rows from + 1 on, then fills the index
// from them in one statement, in one transaction, as Write does; it
// returns the process CPU the index statement and the commit took.
func writeFTSBatch(db *sql.DB, from int, docs []ftsDoc) (time.Duration, error) {
	tx, err := db.Begin()
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	for j, d := range docs {
		if _, err := tx.Exec(`INSERT INTO t VALUES (?, ?, ?)`, from+j+1, d.Title, d.Text); err != nil {
			return 0, err
		}
	}
	c0 := processCPU()
	if _, err := tx.Exec(`INSERT INTO t_fts(rowid, title, body) SELECT seq, title, body FROM t WHERE seq > ? AND seq <= ?`, from, from+len(docs)); err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	return processCPU() - c0, nil
}
