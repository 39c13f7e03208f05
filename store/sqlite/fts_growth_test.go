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
	createFTSTable(t, s.db, "full", am, cm)
	if hs := os.Getenv("FTS_GROWTH_HASHSIZE"); hs != "" {
		if _, err := s.db.Exec(`INSERT INTO t_fts(t_fts, rank) VALUES('hashsize', ` + hs + `)`); err != nil {
			t.Fatal(err)
		}
	}
	const window = 10_240
	done := 0
	var win, total time.Duration
	batch := make([]ftsDoc, 0, 256)
	for done < n {
		batch = batch[:0]
		for len(batch) < 256 && sc.Scan() {
			var d ftsDoc
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				t.Fatal(err)
			}
			batch = append(batch, d)
		}
		if len(batch) == 0 {
			break
		}
		d, err := writeFTSBatch(s.db, done, batch)
		if err != nil {
			t.Fatal(err)
		}
		done += len(batch)
		win, total = win+d, total+d
		if done%window == 0 {
			fmt.Printf("%8d articles: index CPU µs/article %6.1f over the last %d, %6.1f so far\n",
				done, float64(win.Microseconds())/window, window, float64(total.Microseconds())/float64(done))
			win = 0
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
