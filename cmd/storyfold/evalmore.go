package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/storyfold/storyfold/cluster"
	"github.com/storyfold/storyfold/eval"
	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/pipeline"
	"github.com/storyfold/storyfold/store"
)

func newEvalClusterCmd() *cobra.Command {
	var (
		o         = eval.DefaultClusterOptions()
		direct    bool
		asJSON    bool
		minBCubed float64
	)
	cmd := &cobra.Command{
		Use:   "cluster --set FILE.jsonl [--shuffle N]",
		Short: "Score story clustering against the gold event of each record",
		Long: `eval cluster ingests a labelled JSONL set (ingest fields plus the gold "event")
into a fresh store through the whole pipeline and compares the stories with the
gold events: pairwise and BCubed precision, recall and F1, predicted and gold
cluster counts, and the worst merges and splits by title. --shuffle N repeats the
run in N random orders and reports the mean and spread, with the worst merges and
splits of the lowest run too when it is not the first. --direct scores the
clusterer alone on the raw text, without extraction, copy detection or the store.
--pack K draws the gold events' dates K times closer together, each event keeping
its own spread, so a dated dev set stands for a stream with K times as many
events on the same days; --undated drops every date.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if direct {
				o.Assign = eval.ClusterDirect(cluster.DefaultOptions())
			} else {
				o.Assign = clusterThroughPipeline
			}
			report, err := eval.Cluster(cmd.Context(), o)
			if err != nil {
				return err
			}
			if err := writeReport(cmd.OutOrStdout(), asJSON, report); err != nil {
				return err
			}
			return belowFloor("BCubed F1", report.Mean.BCubedF1, minBCubed)
		},
	}
	cmd.Flags().StringVar(&o.Set, "set", "", "labelled JSONL file")
	cmd.Flags().IntVar(&o.Shuffle, "shuffle", 0, "also run in this many random orders")
	cmd.Flags().Uint64Var(&o.Seed, "seed", o.Seed, "shuffle seed")
	cmd.Flags().IntVar(&o.Worst, "worst", o.Worst, "list this many worst merges and splits")
	cmd.Flags().BoolVar(&direct, "direct", false, "score the clusterer alone on the raw text")
	cmd.Flags().Float64Var(&o.Pack, "pack", 0, "draw the events' dates this many times closer together (a denser stream)")
	cmd.Flags().BoolVar(&o.Undated, "undated", false, "drop every document's date")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	cmd.Flags().Float64Var(&minBCubed, "min-bcubed", 0, "fail when mean BCubed F1 is below this (CI floors)")
	cmd.MarkFlagRequired("set")
	return cmd
}

// clusterThroughPipeline assigns documents to stories the way a user's
// ingest would: every stage, a fresh SQLite store, stories read back after
// the run's merges, each document shown by the headline extraction read.
func clusterThroughPipeline(ctx context.Context, docs []eval.ClusterDoc) (eval.ClusterAssignment, error) {
	dir, err := os.MkdirTemp("", "storyfold-eval-")
	if err != nil {
		return eval.ClusterAssignment{}, fmt.Errorf("eval cluster: %w", err)
	}
	defer os.RemoveAll(dir)
	st, err := openStore(ctx, filepath.Join(dir, "eval.db"))
	if err != nil {
		return eval.ClusterAssignment{}, err
	}
	defer st.Close()
	p, err := pipeline.New(ctx, st, pipeline.DefaultOptions())
	if err != nil {
		return eval.ClusterAssignment{}, err
	}
	_, err = p.Run(ctx, func(ctx context.Context, emit func(news.Page) error) error {
		for _, d := range docs {
			pg := news.Page{ID: d.ID, InputID: d.ID, Origin: d.ID, URL: d.URL, Title: d.Title,
				Published: d.Published, Format: news.FormatText, Content: []byte(d.Text)}
			if err := emit(pg); err != nil {
				return err
			}
		}
		return nil
	}, nil)
	if err != nil {
		return eval.ClusterAssignment{}, err
	}
	pred, titles := make(map[string]string, len(docs)), make(map[string]string, len(docs))
	err = st.EachArticle(ctx, func(r store.ArticleRecord) error {
		pred[r.InputID], titles[r.InputID] = r.StoryID, r.Title
		return nil
	})
	// A document extraction skipped is its own story, as a user would see it.
	for _, d := range docs {
		if _, ok := pred[d.ID]; !ok {
			pred[d.ID] = "skipped:" + d.ID
		}
	}
	return eval.ClusterAssignment{Stories: pred, Titles: titles}, err
}

func newEvalDedupCmd() *cobra.Command {
	var (
		o      = eval.DefaultDedupOptions("")
		bare   bool
		asJSON bool
		minP   float64
		minR   float64
	)
	cmd := &cobra.Command{
		Use:   "dedup --set FILE.jsonl",
		Short: "Score copy detection against the gold copy_of group of each record",
		Long: `eval dedup signs every record of a labelled JSONL set (ingest fields plus the
gold "copy_of" group) after extraction, matches each against the ones before it,
and prints pair precision and recall, recall by the way the copy was made, and the
worst misses and false matches. Build sets with 'storyfold eval dedup-set'.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if bare {
				o.Extractor = nil
			}
			report, err := eval.Dedup(cmd.Context(), o)
			if err != nil {
				return err
			}
			if err := writeReport(cmd.OutOrStdout(), asJSON, report); err != nil {
				return err
			}
			if err := belowFloor("copy-pair precision", report.Precision, minP); err != nil {
				return err
			}
			return belowFloor("copy-pair recall", report.Recall, minR)
		},
	}
	cmd.Flags().StringVar(&o.Set, "set", "", "labelled JSONL file")
	cmd.Flags().BoolVar(&bare, "bare", false, "take the text as the body, without extraction")
	cmd.Flags().BoolVar(&o.Estimates, "estimates", false, "join on the index's estimates alone, without verifying matches on the bodies")
	cmd.Flags().IntVar(&o.Worst, "worst", o.Worst, "list this many misses and false matches")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	cmd.Flags().Float64Var(&minP, "min-precision", 0, "fail below this pair precision (CI floors)")
	cmd.Flags().Float64Var(&minR, "min-recall", 0, "fail below this pair recall (CI floors)")
	cmd.MarkFlagRequired("set")
	return cmd
}

func newEvalDedupSetCmd() *cobra.Command {
	var (
		o   = eval.DefaultDedupSetOptions("")
		out string
	)
	cmd := &cobra.Command{
		Use:   "dedup-set [--data DIR] --out FILE.jsonl",
		Short: "Build a copy-detection set from the evaluation data",
		Long: `eval dedup-set writes a labelled copy-detection set: WCXB article bodies wrapped
in other pages' furniture, with quote styles swapped, a paragraph dropped, cut to a
teaser or retitled, plus different reports of one event from the clustering sets
as hard negatives. The same data and seed give the same set. The data is the
folder --data names, or the one STORYFOLD_DATA names when --data is not given
(the tests and .ci/run read the same variable).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			data, err := evalDataDir(o.Data, os.Getenv("STORYFOLD_DATA"))
			if err != nil {
				return fmt.Errorf("dedup-set: %w", err)
			}
			o.Data = data
			f, err := os.Create(out)
			if err != nil {
				return fmt.Errorf("dedup-set: %w", err)
			}
			n, err := eval.BuildDedupSet(o, f)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return fmt.Errorf("dedup-set: %w", err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "wrote %d records to %s\n", n, out)
			return nil
		},
	}
	cmd.Flags().StringVar(&o.Data, "data", "", "evaluation data directory (default: the folder $STORYFOLD_DATA names)")
	cmd.Flags().StringVar(&out, "out", "", "output JSONL file")
	cmd.Flags().Uint64Var(&o.Seed, "seed", o.Seed, "seed")
	cmd.Flags().BoolVar(&o.Furniture, "furniture", o.Furniture, "wrap copies in other pages' furniture")
	cmd.Flags().BoolVar(&o.Clusters, "clusters", o.Clusters, "add cluster-set reports as hard negatives")
	cmd.MarkFlagRequired("out")
	return cmd
}

// evalDataDir returns the evaluation data's folder: the --data flag's
// when given, else the one STORYFOLD_DATA names, as the tests read it
// (eval's dataRoot, extract's sharedDataRoot) and .ci/run sets it. The
// flag's default was ../shared/data, which found the data only when run
// from the repository's root on a machine laid out like the development
// one, and otherwise failed on a missing ground-truth folder.
func evalDataDir(flag, env string) (string, error) {
	dir, from := flag, "--data"
	if dir == "" {
		dir, from = env, "STORYFOLD_DATA"
	}
	if dir == "" {
		return "", errors.New("no evaluation data: give --data DIR or set STORYFOLD_DATA")
	}
	info, err := os.Stat(dir)
	if err != nil {
		return "", fmt.Errorf("evaluation data (%s): %w", from, err)
	}
	if !info.IsDir() {
		return "", fmt.Errorf("evaluation data (%s): %s is not a folder", from, dir)
	}
	return dir, nil
}
