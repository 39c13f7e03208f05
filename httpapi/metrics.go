package httpapi

import (
	"context"
	"fmt"
	"io"
	"math"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
)

// latencyBuckets are the request-latency histogram's upper bounds in
// seconds: Prometheus's default buckets, which span a cached page (ms) to a
// large ingest batch (seconds).
var latencyBuckets = []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

// Metrics is the registry of what the server counts, written in the
// Prometheus text format by hand (the format is simple and stable, and it
// keeps the dependency out). Create one per server with NewMetrics.
type Metrics struct {
	mu        sync.Mutex
	ingested  map[string]float64          // by result: article, copy, known, skipped
	skipped   map[news.SkipReason]float64 // by reason
	latencies map[string]*histogram       // by route pattern
}

type histogram struct {
	counts []uint64 // per bucket, not cumulative; one more for +Inf
	sum    float64
	n      uint64
}

// NewMetrics returns an empty registry.
func NewMetrics() *Metrics {
	return &Metrics{ingested: map[string]float64{}, skipped: map[news.SkipReason]float64{}, latencies: map[string]*histogram{}}
}

// CountOutcomes records what became of ingested records.
func (m *Metrics) CountOutcomes(outs []news.Outcome) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, o := range outs {
		switch {
		case o.Skip != nil:
			m.ingested["skipped"]++
			m.skipped[o.Skip.Reason]++
		case o.Known:
			m.ingested["known"]++
		case o.DuplicateOf != "":
			m.ingested["copy"]++
		default:
			m.ingested["article"]++
		}
	}
}

// Observe records one request's latency under its route pattern.
func (m *Metrics) Observe(route string, d time.Duration) {
	s := d.Seconds()
	i := sort.SearchFloat64s(latencyBuckets, s)
	m.mu.Lock()
	defer m.mu.Unlock()
	h := m.latencies[route]
	if h == nil {
		h = &histogram{counts: make([]uint64, len(latencyBuckets)+1)}
		m.latencies[route] = h
	}
	h.counts[i]++
	h.sum += s
	h.n++
}

// Instrument wraps h so each request's latency is observed under the
// route pattern the mux matched (never the raw path, which would let
// clients create unbounded series).
func (m *Metrics) Instrument(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		h.ServeHTTP(w, r)
		route := r.Pattern
		if route == "" {
			route = "unmatched"
		}
		m.Observe(route, time.Since(start))
	})
}

// Write writes the registry, and the store's counts when c is non-nil, in
// the Prometheus text exposition format.
func (m *Metrics) Write(ctx context.Context, w io.Writer, c Counter) error {
	var b strings.Builder
	if c != nil {
		counts, err := c.Counts(ctx)
		if err != nil {
			return fmt.Errorf("read store counts: %w", err)
		}
		writeStoreCounts(&b, counts)
	}
	m.mu.Lock()
	m.writeLocked(&b)
	m.mu.Unlock()
	_, err := io.WriteString(w, b.String())
	return err
}

func writeStoreCounts(b *strings.Builder, c store.Counts) {
	gauge(b, "storyfold_store_articles", "Articles in the store, copies included.", float64(c.Articles))
	gauge(b, "storyfold_store_copies", "Articles in the store that republish another.", float64(c.Copies))
	gauge(b, "storyfold_stories", "Stories in the store.", float64(c.Stories))
	fmt.Fprintf(b, "# HELP storyfold_store_skipped Records in the store skipped, by reason.\n# TYPE storyfold_store_skipped gauge\n")
	for _, r := range sortedKeys(c.Skipped) {
		fmt.Fprintf(b, "storyfold_store_skipped{reason=%q} %d\n", r, c.Skipped[r])
	}
}

func (m *Metrics) writeLocked(b *strings.Builder) {
	fmt.Fprintf(b, "# HELP storyfold_ingested_total Records ingested through the API, by result.\n# TYPE storyfold_ingested_total counter\n")
	for _, k := range sortedKeys(m.ingested) {
		fmt.Fprintf(b, "storyfold_ingested_total{result=%q} %g\n", k, m.ingested[k])
	}
	fmt.Fprintf(b, "# HELP storyfold_skipped_total Records skipped through the API, by reason.\n# TYPE storyfold_skipped_total counter\n")
	for _, k := range sortedKeys(m.skipped) {
		fmt.Fprintf(b, "storyfold_skipped_total{reason=%q} %g\n", k, m.skipped[k])
	}
	const name = "storyfold_http_request_duration_seconds"
	fmt.Fprintf(b, "# HELP %s HTTP request latencies by route.\n# TYPE %s histogram\n", name, name)
	for _, route := range sortedKeys(m.latencies) {
		h := m.latencies[route]
		var cum uint64
		for i, count := range h.counts {
			cum += count
			le := math.Inf(1)
			if i < len(latencyBuckets) {
				le = latencyBuckets[i]
			}
			fmt.Fprintf(b, "%s_bucket{route=%q,le=%q} %d\n", name, route, formatLe(le), cum)
		}
		fmt.Fprintf(b, "%s_sum{route=%q} %g\n%s_count{route=%q} %d\n", name, route, h.sum, name, route, h.n)
	}
}

func gauge(b *strings.Builder, name, help string, v float64) {
	fmt.Fprintf(b, "# HELP %s %s\n# TYPE %s gauge\n%s %g\n", name, help, name, name, v)
}

func formatLe(le float64) string {
	if math.IsInf(le, 1) {
		return "+Inf"
	}
	return fmt.Sprintf("%g", le)
}

func sortedKeys[K ~string, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}
