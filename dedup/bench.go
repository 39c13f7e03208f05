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
// 100k, 1M and bo.N articles, the signing rate, the mean insert cost since
// the last checkpoint, the mean query cost, the share of queries that found
// their article, the index's bytes per article and the Go heap. Queries
// are near copies (the first 20 words cut) of random indexed articles, so
// each verifies a real match. Texts are made from the article number and
// dropped at once: memory is the index's.
func Bench(ctx context.Context, bo BenchOptions, w io.Writer) error {
	sg := NewSigner(bo.Options)
	ix := NewIndex(bo.Options)
	fmt.Fprintf(w, "%10s %10s %10s %10s %8s %10s %8s\n", "articles", "sign/s", "insert", "query", "found", "bytes/art", "heap MB")
	var signTime, insertTime time.Duration
	last := 0
	for i := 0; i < bo.N; i++ {
		if i%1024 == 0 && ctx.Err() != nil {
			return fmt.Errorf("bench dedup at %d articles: %w", i, ctx.Err())
		}
		text, id := benchArticle(i, bo.Words), benchID(i)
		t0 := time.Now()
		sig := sg.Sign(text)
		t1 := time.Now()
		ix.Add(id, sig)
		signTime += t1.Sub(t0)
		insertTime += time.Since(t1)
		if n := i + 1; n == bo.N || n == 10_000 || n == 100_000 || n == 1_000_000 {
			q, found := benchQueries(bo, sg, ix, n)
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			fmt.Fprintf(w, "%10d %10.0f %10s %10s %7.1f%% %10d %8d\n", n,
				float64(n)/signTime.Seconds(), insertTime/time.Duration(n-last),
				q, 100*found, ix.Bytes()/n, ms.HeapAlloc>>20)
			last, insertTime = n, 0
		}
	}
	return nil
}

func benchArticle(i, words int) string {
	return synthArticle(rand.New(rand.NewPCG(uint64(i), 0x5eed)), words)
}

func benchID(i int) string { return fmt.Sprintf("a%07d", i) }

// benchQueries returns the mean time of bo.Queries queries for near
// copies of random articles among the first n, and the share that found
// their article.
func benchQueries(bo BenchOptions, sg *Signer, ix *Index, n int) (time.Duration, float64) {
	rng := rand.New(rand.NewPCG(uint64(n), 1))
	var total time.Duration
	found := 0
	for range bo.Queries {
		i := rng.IntN(n)
		words := strings.Fields(benchArticle(i, bo.Words))
		sig := sg.Sign(strings.Join(words[min(20, len(words)):], " "))
		t0 := time.Now()
		ms := ix.Query(sig)
		total += time.Since(t0)
		for _, m := range ms {
			if m.ID == benchID(i) {
				found++
				break
			}
		}
	}
	return total / time.Duration(max(1, bo.Queries)), float64(found) / float64(max(1, bo.Queries))
}
