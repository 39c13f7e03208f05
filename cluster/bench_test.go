package cluster

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"
)

// synth makes a reproducible stream of synthetic reports: each event has
// its own names, words, numbers and day; each report mixes them with words
// drawn from a Zipf-distributed background vocabulary.
type synth struct {
	rng  *rand.Rand
	zipf *rand.Zipf
}

func newSynth(seed uint64) *synth {
	rng := rand.New(rand.NewPCG(seed, 7))
	return &synth{rng: rng, zipf: rand.NewZipf(rng, 1.1, 2, 50_000)}
}

// word spells n as a pronounceable pseudo-word.
func word(n uint64) string {
	const cons, vows = "bcdfghklmnprstvz", "aeiou"
	var b strings.Builder
	for {
		b.WriteByte(cons[n%16])
		n /= 16
		b.WriteByte(vows[n%5])
		n /= 5
		if n == 0 {
			return b.String()
		}
	}
}

// doc returns report i of event (about 180 words).
func (s *synth) doc(i, event int) Doc {
	var b strings.Builder
	ev := uint64(event)*40 + 60_000
	day := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, event/20)
	for w := range 180 {
		switch r := s.rng.IntN(100); {
		case r < 6:
			fmt.Fprintf(&b, "%s %s ", strings.ToUpper(word(ev + uint64(s.rng.IntN(5)))[:1])+word(ev + uint64(s.rng.IntN(5)))[1:], "said")
		case r < 8:
			fmt.Fprintf(&b, "%d ", 10+event%997+s.rng.IntN(3))
		case r < 30:
			b.WriteString(word(ev+5+uint64(s.rng.IntN(35))) + " ")
		default:
			b.WriteString(word(s.zipf.Uint64()) + " ")
		}
		if w%20 == 19 {
			b.WriteString(". ")
		}
	}
	return Doc{ID: fmt.Sprintf("d%d", i), Title: word(ev) + " " + word(ev+6), Body: b.String(), Published: day}
}

// stream returns n reports, about four per event, events in rough time order.
func (s *synth) stream(n int) []Doc {
	out := make([]Doc, n)
	for i := range out {
		out[i] = s.doc(i, i/4+s.rng.IntN(3))
	}
	return out
}

// BenchmarkAdd measures Add, with Maintain every 50 articles, after the
// clusterer holds `held` articles; the cost per article should stay flat
// as held grows. The rechecks while the count doubles (maybeRecheck) fall
// in the fill, not in the measure, unless b.N doubles the count.
func BenchmarkAdd(b *testing.B) {
	for _, held := range []int{1_000, 10_000, 50_000} {
		b.Run(fmt.Sprintf("held=%d", held), func(b *testing.B) {
			s := newSynth(1)
			c := New(DefaultOptions())
			for i, d := range s.stream(held) {
				c.Add(d)
				if i%50 == 49 {
					c.Maintain()
				}
			}
			next := s.stream(b.N + held)[held:]
			b.ResetTimer()
			for i := range b.N {
				c.Add(next[i])
				if i%50 == 49 {
					c.Maintain()
				}
			}
		})
	}
}

// BenchmarkCandidates measures candidate retrieval from the index alone.
func BenchmarkCandidates(b *testing.B) {
	s := newSynth(2)
	c := New(DefaultOptions())
	for _, d := range s.stream(10_000) {
		c.Add(d)
	}
	f := c.voc.featuresOf(Prepare(s.doc(0, 500), c.o))
	skip := func(int32) bool { return false }
	b.ResetTimer()
	for range b.N {
		c.idx.lookup(c.keys(&f), c.keyWeight, c.o.MaxCandidates, skip)
	}
}

// BenchmarkScore measures scoring one article against one story.
func BenchmarkScore(b *testing.B) {
	s := newSynth(3)
	c := New(DefaultOptions())
	for _, d := range s.stream(2_000) {
		c.Add(d)
	}
	f := c.featuresOf(Prepare(s.doc(0, 100), c.o))
	st := c.stories[c.docs["d400"]]
	b.ResetTimer()
	for range b.N {
		c.score(&f, st)
	}
}

// BenchmarkFeatures measures turning an article into features: preparing
// it (Prepare, which the pipeline's workers do) and looking its words up.
func BenchmarkFeatures(b *testing.B) {
	s := newSynth(4)
	d := s.doc(0, 1)
	c := New(DefaultOptions())
	b.SetBytes(int64(len(d.Body)))
	for range b.N {
		c.voc.featuresOf(Prepare(d, c.o))
	}
}

// BenchmarkStream feeds b.N synthetic reports generated on the fly (about
// four per event, 80 a day), with Maintain every 50, and reports the heap
// and live stories at the end: run it with -benchtime 20000x, 100000x,
// 200000x to see cost and memory as the stream grows.
func BenchmarkStream(b *testing.B) {
	s := newSynth(9)
	c := New(DefaultOptions())
	for i := range b.N {
		c.Add(s.doc(i, i/4+s.rng.IntN(3)))
		if i%50 == 49 {
			c.Maintain()
		}
	}
	b.StopTimer()
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	live := 0
	for _, st := range c.stories {
		if st != nil {
			live++
		}
	}
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "heap-MB")
	b.ReportMetric(float64(live), "live-stories")
}

// BenchmarkBestStory measures finding and scoring the candidate stories of
// one article among 10,000 held.
func BenchmarkBestStory(b *testing.B) {
	s := newSynth(2)
	c := New(DefaultOptions())
	for i, d := range s.stream(10_000) {
		c.Add(d)
		if i%50 == 49 {
			c.Maintain()
		}
	}
	f := c.featuresOf(Prepare(s.doc(0, 500), c.o))
	b.ResetTimer()
	for range b.N {
		c.bestStory(&f, -1)
	}
}

// BenchmarkPrepare measures preparing an article (Prepare), the part of
// its features the pipeline's workers compute.
func BenchmarkPrepare(b *testing.B) {
	s := newSynth(4)
	d := s.doc(0, 1)
	o := DefaultOptions()
	b.SetBytes(int64(len(d.Body)))
	for range b.N {
		Prepare(d, o)
	}
}
