package sqlite

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/storyfold/storyfold/pipeline"
)

// TestFTSGrowth measures how the full-text index's share of a write grows
// with the index: the bench's synthetic articles written in transactions
// of 256, as Write does (the rows, then one statement filling the index),
// printing the CPU the index statement and commit took an article over
// each 10,240 and so far. It runs only when FTS_GROWTH_N is set (say
// 204800); FTS_GROWTH_AUTOMERGE and FTS_GROWTH_CRISIS set the merge
// options (the store's own when unset). docs/performance.md, twelfth
// session, has the figures.
func TestFTSGrowth(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("FTS_GROWTH_N"))
	if n <= 0 {
		t.Skip("FTS_GROWTH_N not set")
	}
	am, cm := os.Getenv("FTS_GROWTH_AUTOMERGE"), os.Getenv("FTS_GROWTH_CRISIS")
	if am == "" || cm == "" {
		am, cm = "64", "128"
	}
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(pipeline.WriteCorpus(pw, n, pipeline.BenchOptions{Seed: 1})) }()
	sc := bufio.NewScanner(pr)
	sc.Buffer(nil, 1<<20)
	path := filepath.Join(t.TempDir(), "fts.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, q := range []string{
		`CREATE TABLE t (seq INTEGER PRIMARY KEY, title TEXT, body TEXT)`,
		`CREATE VIRTUAL TABLE t_fts USING fts5(title, body, content='t', content_rowid='seq')`,
		`INSERT INTO t_fts(t_fts, rank) VALUES('automerge', ` + am + `)`,
		`INSERT INTO t_fts(t_fts, rank) VALUES('crisismerge', ` + cm + `)`,
	} {
		if _, err := s.db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	const window = 10_240
	done := 0
	var win, total time.Duration
	for done < n {
		tx, err := s.db.Begin()
		if err != nil {
			t.Fatal(err)
		}
		start := done
		for done < start+256 && sc.Scan() {
			var d struct{ Title, Text string }
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				t.Fatal(err)
			}
			done++
			if _, err := tx.Exec(`INSERT INTO t VALUES (?, ?, ?)`, done, d.Title, d.Text); err != nil {
				t.Fatal(err)
			}
		}
		c0 := processCPU()
		if _, err := tx.Exec(`INSERT INTO t_fts(rowid, title, body) SELECT seq, title, body FROM t WHERE seq > ? AND seq <= ?`, start, done); err != nil {
			t.Fatal(err)
		}
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
		d := processCPU() - c0
		win, total = win+d, total+d
		if done%window == 0 {
			fmt.Printf("%8d articles: index CPU µs/article %6.1f over the last %d, %6.1f so far\n",
				done, float64(win.Microseconds())/window, window, float64(total.Microseconds())/float64(done))
			win = 0
		}
		if done == start {
			break
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	hits := 0
	for _, w := range []string{"harbour", "minister", "council", "fire", "police", "storm"} {
		var c int
		if err := s.db.QueryRow(`SELECT count(*) FROM t_fts WHERE t_fts MATCH ?`, w).Scan(&c); err != nil {
			t.Fatal(err)
		}
		hits += c
	}
	fmt.Printf("6 one-word queries: %v, %d hits\n", time.Since(t0), hits)
}

// processCPU is the user and system CPU the process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
