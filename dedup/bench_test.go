package dedup

import (
	"context"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/textnorm"
)

// benchText is a 3-KB article, the size the signing target is set for.
func benchText() string { return benchArticle(1, 500) }

func BenchmarkWordHashes(b *testing.B) {
	text := benchText()
	b.SetBytes(int64(len(text)))
	var buf []uint64
	defer cpuMetric(b)()
	for b.Loop() {
		buf = textnorm.AppendWordHashes(buf[:0], text)
	}
}

func BenchmarkShingles(b *testing.B) {
	words := textnorm.AppendWordHashes(nil, benchText())
	var buf []uint64
	defer cpuMetric(b)()
	for b.Loop() {
		buf = shingles(buf[:0], words, DefaultOptions().Shingle)
	}
}

func BenchmarkMinHash(b *testing.B) {
	sg := NewSigner(DefaultOptions())
	sh := shingles(nil, textnorm.AppendWordHashes(nil, benchText()), DefaultOptions().Shingle)
	defer cpuMetric(b)()
	for b.Loop() {
		sg.minHash(sh)
	}
}

func BenchmarkSign(b *testing.B) {
	sg := NewSigner(DefaultOptions())
	text := benchText()
	b.SetBytes(int64(len(text)))
	defer cpuMetric(b)()
	for b.Loop() {
		sg.Sign(text)
	}
}

// benchIndex returns an index of n synthetic articles' signatures.
func benchIndex(b *testing.B, n int) (*Index, []Signature) {
	b.Helper()
	o := DefaultOptions()
	sg := NewSigner(o)
	ix := NewIndex(o)
	sigs := make([]Signature, n)
	for i := range sigs {
		sigs[i] = sg.Sign(benchArticle(i, 200))
		ix.Add(benchID(i), sigs[i])
	}
	return ix, sigs
}

// BenchmarkIndexAdd adds distinct articles, starting a new index every
// 20,000.
func BenchmarkIndexAdd(b *testing.B) {
	_, sigs := benchIndex(b, 20_000)
	ix := NewIndex(DefaultOptions())
	defer cpuMetric(b)()
	i := 0
	for b.Loop() {
		if i%len(sigs) == 0 {
			ix = NewIndex(DefaultOptions())
		}
		ix.Add("x", sigs[i%len(sigs)])
		i++
	}
}

// cpuMetric reports the benchmark goroutine's CPU time per op beside the
// wall time, which other processes on a shared machine inflate. Use as
// defer cpuMetric(b)() before the loop.
func cpuMetric(b *testing.B) func() {
	runtime.LockOSThread()
	start := cpuNow()
	return func() {
		b.ReportMetric(float64(cpuNow()-start)/float64(b.N), "cpu-ns/op")
		runtime.UnlockOSThread()
	}
}

func BenchmarkIndexQuery(b *testing.B) {
	ix, sigs := benchIndex(b, 20_000)
	rng := rand.New(rand.NewPCG(1, 1))
	defer cpuMetric(b)()
	for b.Loop() {
		ix.Query(sigs[rng.IntN(len(sigs))])
	}
}

func BenchmarkVerify(b *testing.B) {
	ix, sigs := benchIndex(b, 2)
	q := make([]uint16, len(sigs[1].Min))
	for i, v := range sigs[1].Min {
		q[i] = digest(v)
	}
	defer cpuMetric(b)()
	for b.Loop() {
		estimate(ix.agreement(0, q), sigs[1].Shingles, int(ix.sizes[0]))
	}
}

func BenchmarkSharedPassages(b *testing.B) {
	text := benchText()
	words := strings.Fields(text)
	other := strings.Join(words[100:300], " ")
	defer cpuMetric(b)()
	for b.Loop() {
		SharedPassages(text, other, DefaultOptions())
	}
}

// benchN makes TestBenchRun print Bench's table for that many articles,
// until `storyfold bench dedup` is wired:
// go test ./dedup -run TestBenchRun -benchn 1000000 -v -timeout 1h
var benchN = flag.Int("benchn", 0, "run Bench over this many synthetic articles")

func TestBenchRun(t *testing.T) {
	if *benchN == 0 {
		t.Skip("no -benchn")
	}
	var out strings.Builder
	if err := Bench(context.Background(), DefaultBenchOptions(*benchN), &out); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
}

// TestBenchSmall runs Bench end to end on a few articles.
func TestBenchSmall(t *testing.T) {
	bo := DefaultBenchOptions(300)
	bo.Queries = 50
	var out strings.Builder
	if err := Bench(context.Background(), bo, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "100.0%") {
		t.Errorf("not every near copy was found:\n%s", out.String())
	}
}

func BenchmarkSignSeed(b *testing.B) {
	text, err := os.ReadFile(filepath.Join("..", "testdata", "seeds", "004_43e1812782b6ef6d.txt"))
	if err != nil {
		b.Skip(err)
	}
	sg := NewSigner(DefaultOptions())
	b.SetBytes(int64(len(text)))
	defer cpuMetric(b)()
	for b.Loop() {
		sg.Sign(string(text))
	}
}

func BenchmarkWordHashesSeed(b *testing.B) {
	text, err := os.ReadFile(filepath.Join("..", "testdata", "seeds", "004_43e1812782b6ef6d.txt"))
	if err != nil {
		b.Skip(err)
	}
	b.SetBytes(int64(len(text)))
	var buf []uint64
	for b.Loop() {
		buf = textnorm.AppendWordHashes(buf[:0], string(text))
	}
}
