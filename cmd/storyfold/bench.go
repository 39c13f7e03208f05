package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"

	"github.com/spf13/cobra"

	"github.com/storyfold/storyfold/dedup"
	"github.com/storyfold/storyfold/pipeline"
)

func newBenchCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure speed and memory on synthetic articles",
	}
	cmd.AddCommand(newBenchIngestCmd(), newBenchDedupCmd())
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
	)
	cmd := &cobra.Command{
		Use:   "ingest [--n N] [--db PATH]",
		Short: "End-to-end ingest of synthetic text articles into a fresh embedded store",
		Long: `bench ingest runs N synthetic news-shaped text articles (events of five reports,
a tenth of them republished copies) through every stage into a fresh SQLite store
and prints, at 1k, 10k, 100k, 300k and 1M articles, the rate over the last window,
the cost per article (wall and process CPU time) and memory (Go heap and peak RSS).`,
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
			if profile != "" {
				stop, err := startCPUProfile(profile)
				if err != nil {
					return err
				}
				defer stop()
			}
			if err := pipeline.Bench(ctx, p, pipeline.BenchOptions{
				N: n, Seed: seed, Spread: spread, Checkpoints: []int{1_000, 10_000, 100_000, 300_000, 1_000_000},
			}, cmd.OutOrStdout()); err != nil {
				return err
			}
			if memProf != "" {
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
	cmd.Flags().StringVar(&memProf, "memprofile", "", "write the run's allocation profile to this file (go tool pprof -sample_index=alloc_space)")
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
