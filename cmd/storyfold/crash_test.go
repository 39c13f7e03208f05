package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/storyfold/storyfold/store"
	"github.com/storyfold/storyfold/store/sqlite"
)

// buildBinary builds storyfold once for the tests that run it as a child.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "storyfold")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

// syntheticRecord returns JSONL record i of a corpus of distinct
// articles, four to an event.
func syntheticRecord(i int) []byte {
	words := strings.Fields(`police council minister storm river bridge hospital school election court
		budget strike festival museum airport factory harbour village senator mayor doctors farmers
		teachers flood fire crash protest report inquiry contract vote market union`)
	rng := rand.New(rand.NewPCG(1, uint64(i)))
	event := i / 4
	var body strings.Builder
	fmt.Fprintf(&body, "Officials in Town%d said the %s affected %d residents on day %d.", event, words[event%len(words)], 100+event, event%28+1)
	for s := 0; s < 12; s++ {
		body.WriteString(" The")
		for k := 0; k < 14; k++ {
			body.WriteString(" " + words[rng.IntN(len(words))])
		}
		fmt.Fprintf(&body, " number %d.", rng.IntN(1_000_000))
	}
	rec := map[string]string{"id": fmt.Sprintf("rec-%05d", i), "title": fmt.Sprintf("Town%d %s report %d", event, words[event%len(words)], i), "text": body.String()}
	b, _ := json.Marshal(rec)
	return append(b, '\n')
}

// writeSyntheticJSONL writes records 0..n-1.
func writeSyntheticJSONL(t *testing.T, path string, n int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	for i := range n {
		w.Write(syntheticRecord(i))
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
}

// TestCrashSafety kills an ingest with SIGKILL at random moments: the store
// must always open, every record acknowledged before the kill must be there
// exactly once, and re-running the ingest must complete it without
// duplicates.
func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and kills it repeatedly; skipped with -short")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	input, db := filepath.Join(dir, "in.jsonl"), filepath.Join(dir, "crash.db")
	const total = 3000
	writeSyntheticJSONL(t, input, total)
	rng := rand.New(rand.NewPCG(7, 7))
	kills := 10
	for k := range kills {
		acked := ingestUntilKilled(t, bin, db, input, time.Duration(rng.IntN(700))*time.Millisecond)
		st, err := sqlite.Open(context.Background(), db)
		if err != nil {
			t.Fatalf("kill %d: store does not open: %v", k, err)
		}
		ids := storedInputIDs(t, st)
		st.Close()
		for i := range acked {
			id := fmt.Sprintf("rec-%05d", i)
			if ids[id] != 1 {
				t.Fatalf("kill %d: acknowledged record %s stored %d times", k, id, ids[id])
			}
		}
		t.Logf("kill %d: %d acknowledged, %d stored", k, acked, len(ids))
	}
	out, err := exec.Command(bin, "ingest", "--db", db, input).CombinedOutput()
	if err != nil {
		t.Fatalf("final ingest: %v\n%s", err, out)
	}
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ids := storedInputIDs(t, st)
	for i := range total {
		if n := ids[fmt.Sprintf("rec-%05d", i)]; n != 1 {
			t.Fatalf("after the final run rec-%05d is stored %d times", i, n)
		}
	}
	stale, err := st.StaleStories(context.Background())
	if err != nil || len(stale) != 0 {
		t.Fatalf("stale stories after recovery: %v %v", stale, err)
	}
}

// ingestUntilKilled runs an ingest, kills it with SIGKILL d after its
// first acknowledgement (or lets it finish) and returns how many records
// it had acknowledged. Timing from the first acknowledgement rather than
// from the start puts every kill inside the ingest, not in its start-up,
// however long restoring a growing store takes.
func ingestUntilKilled(t *testing.T, bin, db, input string, d time.Duration) int {
	t.Helper()
	cmd := exec.Command(bin, "ingest", "--ack-lines", "--batch", "64", "--db", db, input)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	started, acks := make(chan struct{}), make(chan int, 1)
	go func() {
		last := 0
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if n, ok := strings.CutPrefix(sc.Text(), "committed "); ok {
				if last == 0 {
					close(started)
				}
				last, _ = strconv.Atoi(n)
			}
		}
		if last == 0 {
			close(started)
		}
		acks <- last
	}()
	<-started
	timer := time.AfterFunc(d, func() { cmd.Process.Signal(syscall.SIGKILL) })
	defer timer.Stop()
	acked := <-acks // the pipe closes when the process exits or is killed
	cmd.Wait()
	return acked
}

func storedInputIDs(t *testing.T, st *sqlite.Store) map[string]int {
	t.Helper()
	ids := map[string]int{}
	err := st.EachArticle(context.Background(), func(r store.ArticleRecord) error {
		ids[r.InputID]++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return ids
}
