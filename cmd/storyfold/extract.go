package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/storyfold/storyfold/extract"
	"github.com/storyfold/storyfold/ingest"
	"github.com/storyfold/storyfold/news"
)

// extractResult is the extract command's JSON contract (DESIGN.md).
type extractResult struct {
	InputID    string `json:"input_id"`
	Title      string `json:"title"`
	Publisher  string `json:"publisher"`
	Published  string `json:"published"`
	Author     string `json:"author"`
	URL        string `json:"url"`
	Lang       string `json:"lang"`
	Body       string `json:"body"`
	SkipReason string `json:"skip_reason"`
	SkipDetail string `json:"skip_detail,omitempty"`
}

func newExtractCmd() *cobra.Command {
	var (
		format string
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "extract [--format auto|html|text] [--json] FILE...",
		Short: "Extract the article from each input and print it",
		Long: `extract reads FILEs as ingest does (gzipped too) and prints each record's article:
with --json one object per input, {"input_id", "title", "publisher", "published",
"author", "url", "lang", "body", "skip_reason"}, body paragraphs separated by a
blank line. A skipped input keeps the metadata read before the skip, with an
empty body and its skip_reason. Nothing is stored.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := parseFormat(format)
			if err != nil {
				return err
			}
			return runExtract(cmd.Context(), f, asJSON, args, cmd.InOrStdin(), cmd.OutOrStdout())
		},
	}
	cmd.Flags().StringVar(&format, "format", "auto", "content format: auto, html or text")
	cmd.Flags().BoolVar(&asJSON, "json", false, "one JSON object per input")
	return cmd
}

func runExtract(ctx context.Context, format news.Format, asJSON bool, inputs []string, stdin io.Reader, w io.Writer) error {
	eo := extract.DefaultOptions()
	eo.Format = format
	x := extract.New(eo)
	in := ingest.DefaultOptions()
	in.Stdin = stdin
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	p := &printer{w: w}
	err := ingest.Read(ctx, inputs, in, func(pg news.Page) error {
		r := extractResult{InputID: pg.InputID}
		a, err := x.Extract(pg)
		var skip *news.Skip
		switch {
		case errors.As(err, &skip):
			// A skipped page's metadata is still printed: what the page
			// was, whose and when; its body is empty (Extract).
			r.SkipReason, r.SkipDetail = string(skip.Reason), skip.Detail
		case err != nil:
			return fmt.Errorf("extract %s: %w", pg.Origin, err)
		}
		r.Title, r.Publisher, r.Author, r.URL, r.Lang, r.Body = a.Title, a.Publisher, a.Author, a.URL, a.Lang, a.Body
		if !a.Published.IsZero() {
			r.Published = a.Published.Format(time.RFC3339)
		}
		if asJSON {
			return enc.Encode(r)
		}
		p.printf("== %s ==\n", r.InputID)
		if r.SkipReason != "" {
			p.printf("skipped: %s %s\n", r.SkipReason, r.SkipDetail)
		}
		p.printf("title: %s\npublisher: %s\npublished: %s\nauthor: %s\nurl: %s\n\n", r.Title, r.Publisher, r.Published, r.Author, r.URL)
		if r.SkipReason == "" {
			p.printf("%s\n\n", r.Body)
		}
		return p.err
	})
	if err != nil {
		return err
	}
	return p.err
}
