package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store/sqlite"
)

var loadSeconds = flag.Int("load-seconds", 8, "how long TestServeLoad runs (docs/reliability.md uses 60)")

// freeAddr returns a loopback address with a port nobody listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// startServe runs `storyfold serve` as a child and waits until it answers.
func startServe(t *testing.T, bin, db, addr string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(bin, "serve", "--db", db, "--addr", addr)
	var logs bytes.Buffer
	cmd.Stderr = &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		resp, err := http.Get("http://" + addr + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return cmd
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	cmd.Process.Kill()
	t.Fatalf("serve did not come up on %s:\n%s", addr, logs.String())
	return nil
}

// TestServeLoad runs concurrent readers and writers against a real
// `storyfold serve` on loopback for a bounded time, then stops it with
// SIGTERM while writes are in flight: no request may fail, and every write
// the server acknowledged must be in the store afterwards.
func TestServeLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a server under load; skipped with -short")
	}
	bin := buildBinary(t)
	db, addr := filepath.Join(t.TempDir(), "load.db"), freeAddr(t)
	srv := startServe(t, bin, db, addr)
	base := "http://" + addr
	ctx, stop := context.WithTimeout(context.Background(), time.Duration(*loadSeconds)*time.Second)
	defer stop()

	var (
		mu      sync.Mutex
		lat     = map[string][]time.Duration{}
		acked   []string
		failure []string
		next    int
	)
	record := func(kind string, d time.Duration, err error) {
		mu.Lock()
		defer mu.Unlock()
		lat[kind] = append(lat[kind], d)
		if err != nil {
			failure = append(failure, fmt.Sprintf("%s: %v", kind, err))
		}
	}
	client := &http.Client{Timeout: 30 * time.Second}
	var wg sync.WaitGroup
	for range 2 { // writers: batches of 8 records
		wg.Go(func() {
			for ctx.Err() == nil {
				mu.Lock()
				from := next
				next += 8
				mu.Unlock()
				var body bytes.Buffer
				for i := from; i < from+8; i++ {
					body.Write(syntheticRecord(i))
				}
				t0 := time.Now()
				ids, err := postBatch(client, base, &body)
				record("POST /v1/articles", time.Since(t0), err)
				mu.Lock()
				acked = append(acked, ids...)
				mu.Unlock()
			}
		})
	}
	for r := range 4 { // readers
		wg.Go(func() {
			paths := []string{"/v1/stories?limit=20", "/", "/v1/search?q=officials", "/healthz", "/metrics"}
			for i := 0; ctx.Err() == nil; i++ {
				p := paths[(i+r)%len(paths)]
				t0 := time.Now()
				err := get(client, base+p)
				record("GET "+p, time.Since(t0), err)
			}
		})
	}
	wg.Wait()
	// Graceful shutdown with a write in flight: it must either be answered
	// and stored, or refused; never acknowledged and lost.
	var last sync.WaitGroup
	last.Go(func() {
		var body bytes.Buffer
		for i := 1_000_000; i < 1_000_008; i++ {
			body.Write(syntheticRecord(i))
		}
		if ids, err := postBatch(client, base, &body); err == nil {
			mu.Lock()
			acked = append(acked, ids...)
			mu.Unlock()
		}
	})
	time.Sleep(5 * time.Millisecond)
	srv.Process.Signal(syscall.SIGTERM)
	last.Wait()
	if err := srv.Wait(); err != nil {
		t.Fatalf("serve exited with %v after SIGTERM", err)
	}
	if len(failure) > 0 {
		t.Fatalf("%d failed requests, first: %s", len(failure), failure[0])
	}
	reportLatencies(t, lat, time.Duration(*loadSeconds)*time.Second)
	checkAcked(t, db, acked)
}

// postBatch posts JSONL and returns the input ids the server acknowledged.
func postBatch(c *http.Client, base string, body io.Reader) ([]string, error) {
	resp, err := c.Post(base+"/v1/articles", "application/x-ndjson", body)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("status %d: %s", resp.StatusCode, b)
	}
	var out struct {
		Outcomes []news.Outcome `json:"outcomes"`
	}
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, fmt.Errorf("decode %s: %w", b, err)
	}
	var ids []string
	for _, o := range out.Outcomes {
		if o.Skip == nil {
			ids = append(ids, o.InputID)
		}
	}
	return ids, nil
}

func get(c *http.Client, url string) error {
	resp, err := c.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, resp.Body)
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: status %d", url, resp.StatusCode)
	}
	return nil
}

func reportLatencies(t *testing.T, lat map[string][]time.Duration, window time.Duration) {
	kinds := make([]string, 0, len(lat))
	for k := range lat {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for _, k := range kinds {
		ds := lat[k]
		slices.Sort(ds)
		t.Logf("%-28s %6d requests %7.1f/s  p50 %8s  p99 %8s", k, len(ds), float64(len(ds))/window.Seconds(),
			ds[len(ds)/2].Round(10*time.Microsecond), ds[len(ds)*99/100].Round(10*time.Microsecond))
	}
}

func checkAcked(t *testing.T, db string, acked []string) {
	t.Helper()
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ids := storedInputIDs(t, st)
	for _, id := range acked {
		if ids[id] != 1 {
			t.Fatalf("acknowledged %s is stored %d times", id, ids[id])
		}
	}
	t.Logf("%d acknowledged articles, all stored once", len(acked))
}

// `storyfold ingest` saves the clusterer's state when it ends, and so
// does `storyfold serve` when SIGTERM stops it after an ingest through
// the API: the next start takes the stories up from it.
func TestStateSavedOnStop(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary; skipped with -short")
	}
	ctx := context.Background()
	bin := buildBinary(t)
	dir := t.TempDir()
	db, in := filepath.Join(dir, "state.db"), filepath.Join(dir, "in.jsonl")
	var records bytes.Buffer
	for i := range 12 {
		records.Write(syntheticRecord(i))
	}
	if err := os.WriteFile(in, records.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(bin, "ingest", "--db", db, in).CombinedOutput(); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	state := func() []byte {
		t.Helper()
		st, err := sqlite.Open(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		data, err := st.State(ctx, "cluster")
		if err != nil {
			t.Fatalf("no current clusterer state in the store: %v", err)
		}
		return data
	}
	afterIngest := state()

	addr := freeAddr(t)
	srv := startServe(t, bin, db, addr)
	var body bytes.Buffer
	for i := 12; i < 20; i++ {
		body.Write(syntheticRecord(i))
	}
	if _, err := postBatch(&http.Client{Timeout: 30 * time.Second}, "http://"+addr, &body); err != nil {
		t.Fatal(err)
	}
	srv.Process.Signal(syscall.SIGTERM)
	if err := srv.Wait(); err != nil {
		t.Fatalf("serve exited with %v after SIGTERM", err)
	}
	if bytes.Equal(state(), afterIngest) {
		t.Error("serve did not save the state of the articles posted to it")
	}
}
