package dedup

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"strings"
	"time"
)

// synthArticle returns an article of about n words in paragraphs of 40 to
// 80 words, drawn from a Zipf-distributed vocabulary of 50,000 made-up
// words so that, as in news, a few words are everywhere and most are rare.
func synthArticle(rng *rand.Rand, n int) string {
	zipf := rand.NewZipf(rng, 1.1, 2, 49_999)
	var b strings.Builder
	b.Grow(n * 7)
	para := 40 + rng.IntN(41)
	for i := range n {
		switch {
		case i == 0:
		case i%para == 0:
			b.WriteString(".\n\n")
			para = 40 + rng.IntN(41)
		default:
			b.WriteByte(' ')
		}
		synthWord(&b, zipf.Uint64())
	}
	b.WriteByte('.')
	return b.String()
}

// synthWord writes word number k: a pronounceable string, unique per k.
func synthWord(b *strings.Builder, k uint64) {
	const cons, vows = "bcdfghjklmnprstvwz", "aeiou"
	for {
		b.WriteByte(cons[k%18])
		k /= 18
		b.WriteByte(vows[k%5])
		k /= 5
		if k == 0 {
			return
		}
	}
}

// BenchOptions configures Bench.
type BenchOptions struct {
	// N is the number of articles to index.
	N int
	// Words is the length of each synthetic article; 500 words make
	// about 3 KB.
	Words int
	// Queries is the number of queries timed at each checkpoint.
	Queries int
	// Options configures the signer and index.
	Options Options
}

// DefaultBenchOptions returns options for n articles.
func DefaultBenchOptions(n int) BenchOptions {
	return BenchOptions{N: n, Words: 500, Queries: 2000, Options: DefaultOptions()}
}

// Bench signs and indexes bo.N synthetic articles and writes, at 10k,
// 20k, 50k, 100k ... and bo.N articles, the signing rate, the mean insert cost since
// the last checkpoint, the mean query cost, the share of queries that found
// their article, the index's bytes per article and the Go heap. Queries
// are near copies (the first 20 words cut) of random indexed articles, so
// each verifies a real match. Articles are made in batches from their
// number and dropped: memory is the index's. Costs are the bench
// goroutine's CPU time where the system reports it (Linux), so other
// processes on a busy machine do not inflate them; elsewhere wall time.
func Bench(ctx context.Context, bo BenchOptions, w io.Writer) error {
	runtime.LockOSThread() // so the thread's CPU clock is the bench's
	defer runtime.UnlockOSThread()
	sg := NewSigner(bo.Options)
	ix := NewIndex(bo.Options)
	fmt.Fprintf(w, "%10s %10s %10s %10s %8s %10s %8s\n", "articles", "sign/s", "insert", "query", "found", "bytes/art", "heap MB")
	var signTime, insertTime time.Duration
	last := 0
	texts := make([]string, 0, 1024)
	sigs := make([]Signature, 0, 1024)
	for i := 0; i < bo.N; {
		if ctx.Err() != nil {
			return fmt.Errorf("bench dedup at %d articles: %w", i, ctx.Err())
		}
		// A batch ends at the next checkpoint.
		end := min(bo.N, i+cap(texts), benchNextCheckpoint(i))
		texts, sigs = texts[:0], sigs[:0]
		for k := i; k < end; k++ {
			texts = append(texts, benchArticle(k, bo.Words))
		}
		t0 := cpuNow()
		for _, text := range texts {
			sigs = append(sigs, sg.Sign(text))
		}
		t1 := cpuNow()
		for k, sig := range sigs {
			ix.Add(benchID(i+k), sig)
		}
		signTime += t1 - t0
		insertTime += cpuNow() - t1
		i = end
		if i == bo.N || i == benchNextCheckpoint(i-1) {
			q, found := benchQueries(bo, sg, ix, i)
			runtime.GC() // report the live heap, not garbage awaiting collection
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			fmt.Fprintf(w, "%10d %10.0f %10s %10s %7.1f%% %10d %8d\n", i,
				float64(i)/signTime.Seconds(), insertTime/time.Duration(i-last),
				q, 100*found, ix.Bytes()/i, ms.HeapAlloc>>20)
			last, insertTime = i, 0
		}
	}
	return nil
}

// benchNextCheckpoint returns the first checkpoint after i: 10k, 20k,
// 50k, 100k, 200k, 500k, 1M and so on.
func benchNextCheckpoint(i int) int {
	for decade := 10_000; ; decade *= 10 {
		for _, m := range []int{1, 2, 5} {
			if c := m * decade; c > i {
				return c
			}
		}
	}
}

func benchArticle(i, words int) string {
	return synthArticle(rand.New(rand.NewPCG(uint64(i), 0x5eed)), words)
}

func benchID(i int) string { return fmt.Sprintf("a%07d", i) }

// benchQueries returns the mean cost of bo.Queries queries for near
// copies of random articles among the first n, and the share that found
// their article.
func benchQueries(bo BenchOptions, sg *Signer, ix *Index, n int) (time.Duration, float64) {
	rng := rand.New(rand.NewPCG(uint64(n), 1))
	want := make([]int, bo.Queries)
	sigs := make([]Signature, bo.Queries)
	for q := range sigs {
		want[q] = rng.IntN(n)
		words := strings.Fields(benchArticle(want[q], bo.Words))
		sigs[q] = sg.Sign(strings.Join(words[min(20, len(words)):], " "))
	}
	found := 0
	t0 := cpuNow()
	for q, sig := range sigs {
		for _, m := range ix.Query(sig) {
			if m.ID == benchID(want[q]) {
				found++
				break
			}
		}
	}
	total := cpuNow() - t0
	return total / time.Duration(max(1, bo.Queries)), float64(found) / float64(max(1, bo.Queries))
}
