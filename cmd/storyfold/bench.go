package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"

	"github.com/spf13/cobra"

	"github.com/storyfold/storyfold/dedup"
	"github.com/storyfold/storyfold/ingest"
	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/pipeline"
)

func newBenchCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure speed and memory on synthetic articles",
	}
	cmd.AddCommand(newBenchIngestCmd(), newBenchCorpusCmd(), newBenchDedupCmd())
	return cmd
}

func newBenchIngestCmd() *cobra.Command {
	var (
		n       int
		spread  int
		db      string
		workers int
		batch   int
		derive  int
		seed    uint64
		profile string
		memProf string
		from    string
		profAt  int
	)
	cmd := &cobra.Command{
		Use:   "ingest [--n N] [--db PATH] [--from FILE]",
		Short: "End-to-end ingest of synthetic text articles into a fresh embedded store",
		Long: `bench ingest runs N synthetic news-shaped text articles (events of five reports,
a tenth of them republished copies) through every stage into a fresh SQLite store
and prints, at 1k, 10k, 100k, 300k and 1M articles, the rate over the last window,
the cost per article (wall and process CPU time) and memory (Go heap and peak RSS).
With --from, the articles are read from a file as storyfold ingest reads it (the
JSONL of bench corpus, say), so reading and decoding the input are counted.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if db == "" {
				dir, err := os.MkdirTemp("", "storyfold-bench-")
				if err != nil {
					return fmt.Errorf("bench: %w", err)
				}
				defer os.RemoveAll(dir)
				db = filepath.Join(dir, "bench.db")
			} else if _, err := os.Stat(db); err == nil {
				return fmt.Errorf("bench: %s exists; the benchmark needs a fresh store", db)
			}
			st, err := openStore(ctx, db)
			if err != nil {
				return err
			}
			defer st.Close()
			po := pipeline.DefaultOptions()
			po.Workers = workers
			po.BatchSize = batch
			po.DeriveEvery = derive
			p, err := pipeline.New(ctx, st, po)
			if err != nil {
				return err
			}
			bo := pipeline.BenchOptions{
				N: n, Seed: seed, Spread: spread, Checkpoints: []int{1_000, 10_000, 100_000, 300_000, 1_000_000},
			}
			stop, memDone := func() {}, false
			defer func() { stop() }()
			startAt := func() error {
				s, err := startCPUProfile(profile)
				stop = s
				return err
			}
			if profile != "" && profAt <= 0 {
				if err := startAt(); err != nil {
					return err
				}
			} else if profile != "" {
				bo.Checkpoints = withCheckpoint(bo.Checkpoints, profAt)
			}
			bo.AfterWindow = func(done int) error {
				if profile != "" && profAt > 0 && done == profAt {
					return startAt()
				}
				// The allocation profile is written while the pipeline
				// still holds its state, so its in-use figures say what
				// the store's size costs in memory.
				if memProf != "" && done == n {
					memDone = true
					return writeAllocProfile(memProf)
				}
				return nil
			}
			if from != "" {
				pages, wait := readPages(ctx, from)
				defer wait()
				bo.Pages = pages
			}
			if err := pipeline.Bench(ctx, p, bo, cmd.OutOrStdout()); err != nil {
				return err
			}
			if memProf != "" && !memDone { // the input ended early
				return writeAllocProfile(memProf)
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&n, "n", 10_000, "articles to ingest")
	cmd.Flags().IntVar(&spread, "spread", 0, "interleave this many events, so each event's reports arrive that many articles apart (0: one after another)")
	cmd.Flags().StringVar(&db, "db", "", "store path (default: a temporary file, removed after)")
	cmd.Flags().IntVar(&workers, "workers", pipeline.DefaultOptions().Workers, "extraction workers")
	cmd.Flags().IntVar(&batch, "batch", pipeline.DefaultOptions().BatchSize, "records per store transaction")
	cmd.Flags().IntVar(&derive, "derive-every", pipeline.DefaultOptions().DeriveEvery, "records between story rebuilds")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "corpus seed")
	cmd.Flags().StringVar(&profile, "cpuprofile", "", "write a CPU profile to this file")
	cmd.Flags().StringVar(&from, "from", "", "read the articles from this file (as storyfold ingest does) instead of generating them")
	cmd.Flags().IntVar(&profAt, "cpuprofile-from", 0, "start the CPU profile once this many articles are in (a checkpoint is added there), to profile a late window alone")
	cmd.Flags().StringVar(&memProf, "memprofile", "", "write the run's allocation profile to this file (go tool pprof -sample_index=alloc_space)")
	return cmd
}

// withCheckpoint returns cps with at added in order, once.
func withCheckpoint(cps []int, at int) []int {
	out := make([]int, 0, len(cps)+1)
	for _, c := range cps {
		if at > 0 && at < c {
			out = append(out, at)
			at = 0
		} else if at == c {
			at = 0
		}
		out = append(out, c)
	}
	if at > 0 {
		out = append(out, at)
	}
	return out
}

// readPages reads the pages of path, as storyfold ingest would, into the
// returned channel, which is closed at the end of the input or when ctx
// ends. wait stops the reader and waits for it; an input it cannot read
// is reported on stderr, and the benchmark sees its input end.
func readPages(ctx context.Context, path string) (pages <-chan news.Page, wait func()) {
	ctx, cancel := context.WithCancel(ctx)
	ch := make(chan news.Page, 256)
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer close(ch)
		err := ingest.Read(ctx, []string{path}, ingest.DefaultOptions(), func(pg news.Page) error {
			select {
			case ch <- pg:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
		if err != nil && ctx.Err() == nil {
			fmt.Fprintf(os.Stderr, "bench: read %s: %v\n", path, err)
		}
	}()
	return ch, func() { cancel(); <-done }
}

func newBenchCorpusCmd() *cobra.Command {
	var (
		n      int
		spread int
		seed   uint64
	)
	cmd := &cobra.Command{
		Use:   "corpus [--n N] > FILE.jsonl",
		Short: "Write bench ingest's synthetic articles as JSONL, for storyfold ingest",
		Long: `bench corpus writes the first N articles bench ingest generates (with the same
--seed and --spread) as JSONL records in the ingest format, so the end-to-end rate
can be measured from a file: storyfold ingest FILE, or bench ingest --from FILE.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return pipeline.WriteCorpus(cmd.OutOrStdout(), n, pipeline.BenchOptions{Seed: seed, Spread: spread})
		},
	}
	cmd.Flags().IntVar(&n, "n", 10_000, "articles to write")
	cmd.Flags().IntVar(&spread, "spread", 0, "interleave this many events, as bench ingest --spread")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "corpus seed")
	return cmd
}

// writeAllocProfile writes the allocations made since the process
// started: the collector's share of the CPU follows the bytes allocated,
// so this profile says where to cut.
func writeAllocProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("memory profile: %w", err)
	}
	runtime.GC() // the profile counts allocations up to the last collection
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return fmt.Errorf("memory profile: %w", err)
	}
	return f.Close()
}

// startCPUProfile profiles the process into path until stop is called.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

func newBenchDedupCmd() *cobra.Command {
	bo := dedup.DefaultBenchOptions(100_000)
	cmd := &cobra.Command{
		Use:   "dedup [--n N]",
		Short: "Signature rate, LSH insert and query cost and memory as the index grows",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return dedup.Bench(cmd.Context(), bo, cmd.OutOrStdout())
		},
	}
	cmd.Flags().IntVar(&bo.N, "n", bo.N, "articles to index (up to 1,000,000 and more)")
	cmd.Flags().IntVar(&bo.Words, "words", bo.Words, "words per synthetic article (500 ≈ 3 KB)")
	cmd.Flags().IntVar(&bo.Queries, "queries", bo.Queries, "queries timed at each checkpoint")
	return cmd
}
