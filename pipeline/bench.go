package pipeline

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/storyfold/storyfold/news"
)

// BenchOptions configures Bench.
type BenchOptions struct {
	// N is the number of synthetic articles to ingest.
	N int
	// Checkpoints are the article counts at which a line is printed.
	Checkpoints []int
	// Seed makes the synthetic corpus reproducible.
	Seed uint64
	// Spread interleaves this many events, so an event's reports arrive
	// Spread articles apart, as a story grows over hours in a real feed;
	// 0 or 1 sends each event's reports one after another.
	Spread int
	// Pages, when set, is where the articles come from instead of the
	// generator (a JSONL file read by package ingest, say): the run then
	// counts reading and decoding the input as an ingest does. Bench stops
	// early when it closes.
	Pages <-chan news.Page
	// AfterWindow, when set, is called with the articles ingested so far
	// after each checkpoint's line is printed: the CLI starts a CPU
	// profile there, so a late window can be profiled without the early.
	AfterWindow func(done int) error
}

// Bench ingests N synthetic articles through the whole pipeline into p's
// store, as text pages, and prints at each checkpoint the rate over the
// last window, the cost per article (wall and process CPU time) and memory.
// The corpus has the shape of news: events reported by about five outlets
// each, with their own names, numbers and dates, a tenth of the articles
// republished copies, over a Zipf vocabulary.
func Bench(ctx context.Context, p *Pipeline, o BenchOptions, w io.Writer) error {
	gen := newSynth(o.Seed)
	gen.spread = o.Spread
	fmt.Fprintf(w, "%10s %12s %12s %14s %10s %12s\n", "articles", "articles/s", "µs/article", "CPU µs/article", "heap MB", "peak RSS MB")
	done, start := 0, time.Now()
	for _, cp := range append(o.Checkpoints, o.N) {
		if cp > o.N || cp <= done {
			continue
		}
		from, t0, cpu0 := done, time.Now(), cpuTime()
		stats, err := p.Run(ctx, func(ctx context.Context, emit func(news.Page) error) error {
			for i := from; i < cp; i++ {
				pg := news.Page{}
				if o.Pages == nil {
					pg = gen.page(i)
				} else if next, ok := <-o.Pages; ok {
					pg = next
				} else {
					cp = i // the input ended: this window is the last
					break
				}
				if err := emit(pg); err != nil {
					return err
				}
			}
			return nil
		}, nil)
		if err != nil {
			return fmt.Errorf("bench ingest to %d: %w", cp, err)
		}
		if cp == from {
			break
		}
		if stats.Ingested != cp-from {
			return fmt.Errorf("bench ingest to %d: %d of %d articles ingested (%v skipped)", cp, stats.Ingested, cp-from, stats.Skipped)
		}
		el, cpu := time.Since(t0), cpuTime()-cpu0
		done = cp
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		n := float64(cp - from)
		fmt.Fprintf(w, "%10d %12.0f %12.1f %14.1f %10.0f %12.0f\n", cp, n/el.Seconds(),
			float64(el.Microseconds())/n, float64(cpu.Microseconds())/n, float64(ms.HeapAlloc)/(1<<20), peakRSSMB())
		if o.AfterWindow != nil {
			if err := o.AfterWindow(done); err != nil {
				return err
			}
		}
	}
	fmt.Fprintf(w, "total %d articles in %s\n", done, time.Since(start).Round(time.Millisecond))
	return nil
}

// WriteCorpus writes the first n articles Bench would generate as JSONL
// records in ingest's input format (id, title, text, published), so the
// same corpus can be ingested from a file as a crawler's output is:
// storyfold bench corpus, then storyfold ingest or bench ingest --from.
func WriteCorpus(w io.Writer, n int, o BenchOptions) error {
	gen := newSynth(o.Seed)
	gen.spread = o.Spread
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	for i := range n {
		pg := gen.page(i)
		if err := enc.Encode(corpusRecord{
			ID: pg.InputID, Title: pg.Title, Text: string(pg.Content), Published: pg.Published.Format(time.RFC3339),
		}); err != nil {
			return fmt.Errorf("write corpus record %d: %w", i, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write corpus: %w", err)
	}
	return nil
}

// corpusRecord is one JSONL line of WriteCorpus.
type corpusRecord struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published"`
}

// cpuTime is the CPU time the process has used, user and system: on a
// shared machine it measures the work where wall time measures the load.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// peakRSSMB reads the process's peak resident set size (Linux), or 0.
func peakRSSMB() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			var kb float64
			fmt.Sscanf(strings.TrimSpace(rest), "%f", &kb)
			return kb / 1024
		}
	}
	return 0
}

// synth makes a reproducible news-shaped corpus: article i is a function
// of i and the seed alone, so a benchmark can resume at any index.
type synth struct {
	seed   uint64
	spread int // events interleaved; see BenchOptions.Spread
}

func newSynth(seed uint64) *synth { return &synth{seed: seed} }

const synthPerEvent = 5

// page returns the i-th article to arrive.
func (g *synth) page(i int) news.Page {
	if w := g.spread; w > 1 {
		// Blocks of w events: the block's k-th reports of its events
		// arrive together, then the (k+1)-th.
		block, off := i/(w*synthPerEvent), i%(w*synthPerEvent)
		event, k := block*w+off%w, off/w
		return g.report(event*synthPerEvent + k)
	}
	return g.report(i)
}

// report returns report i%synthPerEvent of event i/synthPerEvent.
func (g *synth) report(i int) news.Page {
	event := i / synthPerEvent
	ev := rand.New(rand.NewPCG(g.seed, uint64(event)))
	rng := rand.New(rand.NewPCG(g.seed^0x9e3779b97f4a7c15, uint64(i)))
	zipf := rand.NewZipf(rng, 1.1, 2, 49_999)
	// Names are capitalised, as in news: the clusterer tells events apart
	// by their names, and lower-case names left only the day's date and
	// the Zipf words to go by, merging same-day events into stories of
	// up to 150 articles.
	place, person := capitalise(synthName(ev.Uint64())), capitalise(synthName(ev.Uint64()))
	// Numbers are what they are in news: a count from tens to a million
	// (small ones common), and a few more facts of the event (an age, a
	// year, an amount, a time) that its reports repeat. A count drawn
	// evenly from 10..5010 as the only number made every number rare yet
	// shared by several unrelated events, and on that alone 45% of the
	// articles joined another event's story on arrival and were split
	// off again (docs/performance.md, "A news-shaped stream").
	count := int(10 * math.Exp(ev.Float64()*math.Log(1e5)))
	facts := [...]string{
		fmt.Sprintf("aged %d", 18+ev.IntN(60)),
		fmt.Sprintf("since %d", 2010+ev.IntN(15)),
		fmt.Sprintf("costing $%d", int(100*math.Exp(ev.Float64()*math.Log(1e4)))),
		fmt.Sprintf("at %d:%02d", 1+ev.IntN(12), ev.IntN(60)),
	}
	day := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(event) * 10 * time.Minute)
	var b strings.Builder
	lead := fmt.Sprintf("%s officials in %s said %d people were affected on %s.", person, place, count, day.Format("January 2"))
	b.WriteString(lead)
	src, own := rng, i // the article's own wording
	if i%10 == 9 {
		// A republished copy: the event's first article's text.
		own = event * synthPerEvent
		src = rand.New(rand.NewPCG(g.seed^0x9e3779b97f4a7c15, uint64(own)))
		zipf = rand.NewZipf(src, 1.1, 2, 49_999)
	}
	for s := 0; s < 25; s++ {
		b.WriteString(" ")
		if s%8 == 7 {
			b.WriteString("\n\n")
		}
		if s%5 == 0 {
			fmt.Fprintf(&b, "%s %s", place, person)
		}
		if s%4 == 1 {
			fmt.Fprintf(&b, " %s", facts[(s/4+own)%len(facts)])
		}
		for k := 0; k < 12+src.IntN(8); k++ {
			b.WriteString(" ")
			b.WriteString(synthName(zipf.Uint64()))
		}
		b.WriteString(".")
	}
	body := b.String()
	return news.Page{
		ID: fmt.Sprintf("bench-%d-%09d", g.seed, i), InputID: fmt.Sprintf("bench-%09d", i), Origin: "bench",
		Title:     fmt.Sprintf("%s: %d affected in %s", place, count, strings.ToLower(synthName(uint64(i)))),
		Published: day.Add(time.Duration(i%synthPerEvent) * time.Hour),
		Format:    news.FormatText, Content: []byte(body),
	}
}

// synthName is word number k: a pronounceable string unique per k.
func synthName(k uint64) string {
	const cons, vows = "bcdfghjklmnprstvwz", "aeiou"
	var b [32]byte
	n := 0
	for n < 30 {
		b[n] = cons[k%18]
		k /= 18
		b[n+1] = vows[k%5]
		k /= 5
		n += 2
		if k == 0 {
			break
		}
	}
	return string(b[:n])
}

// capitalise upper-cases the first letter of an ASCII word.
func capitalise(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return string(w[0]-'a'+'A') + w[1:]
}
