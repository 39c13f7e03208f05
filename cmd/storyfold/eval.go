package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/storyfold/storyfold/eval"
	"github.com/storyfold/storyfold/extract"
	"github.com/storyfold/storyfold/news"
)

func newEvalCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Measure quality on labelled data: extraction, copy detection, clustering",
		Long: `eval measures quality on labelled data. extract, cluster and dedup score the set
--set names (a WCXB-layout folder or a labelled JSONL file); dedup-set builds a
copy-detection set from the evaluation data's folder, --data or else the folder
STORYFOLD_DATA names, the variable the data tests and .ci/run read.`,
	}
	cmd.AddCommand(newEvalExtractCmd(), newEvalClusterCmd(), newEvalDedupCmd(), newEvalDedupSetCmd())
	return cmd
}

// belowFloor is the error an evaluation returns when a figure is under
// the floor CI set for it.
func belowFloor(what string, got, floor float64) error {
	if got < floor {
		return fmt.Errorf("%s %.4f is below the floor %.4f", what, got, floor)
	}
	return nil
}

func writeReport(w io.Writer, asJSON bool, report interface{ WriteText(io.Writer) error }) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(report)
	}
	return report.WriteText(w)
}

func newEvalExtractCmd() *cobra.Command {
	var (
		o      = eval.DefaultExtractOptions("")
		mode   string
		asJSON bool
		minF1  float64
	)
	cmd := &cobra.Command{
		Use:   "extract --set DIR [--mode html|text] [--json]",
		Short: "Score article extraction against a gold set laid out like WCXB",
		Long: `eval extract runs extraction over a set laid out like WCXB (html/NNNN.html.gz,
flat/NNNN.txt, ground-truth/NNNN.json) and prints precision, recall and F1 over
word 4-grams (the article-extraction-benchmark's metric), overall and by page type,
title and date exact rates, speed, and the worst pages with what was missed or kept.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f, err := parseFormat(mode)
			if err != nil || f == news.FormatAuto {
				return fmt.Errorf("--mode must be html or text")
			}
			o.Mode = f
			xo := extract.DefaultOptions()
			xo.Format = f
			report, err := eval.Extract(cmd.Context(), extract.New(xo), o)
			if err != nil {
				return err
			}
			if err := writeReport(cmd.OutOrStdout(), asJSON, report); err != nil {
				return err
			}
			return belowFloor("extraction F1 ("+mode+")", report.Overall.Score.F1, minF1)
		},
	}
	cmd.Flags().StringVar(&o.Set, "set", "", "the set's directory")
	cmd.Flags().StringVar(&mode, "mode", "text", "html (read html/) or text (read flat/)")
	cmd.Flags().IntVar(&o.Workers, "workers", 0, "pages extracted at once (0: one per core)")
	cmd.Flags().IntVar(&o.Worst, "worst", o.Worst, "list this many worst pages")
	cmd.Flags().IntVar(&o.Limit, "limit", 0, "stop after this many pages (0: all)")
	cmd.Flags().BoolVar(&o.Titled, "titled", false, "give the extractor each page's gold title, as a scraper's record does")
	cmd.Flags().BoolVar(&o.NoURL, "no-url", false, "withhold each page's address from the extractor, as flattened text often comes")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	cmd.Flags().Float64Var(&minF1, "min-f1", 0, "fail when overall F1 is below this (CI floors)")
	cmd.MarkFlagRequired("set")
	return cmd
}
