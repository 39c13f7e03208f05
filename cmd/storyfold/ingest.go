package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/storyfold/storyfold/ingest"
	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/pipeline"
)

type ingestFlags struct {
	db         string
	workers    int
	batch      int
	format     string
	maxRecord  int64
	failOnSkip bool
	json       bool
	ackLines   bool
}

func newIngestCmd() *cobra.Command {
	f := ingestFlags{}
	cmd := &cobra.Command{
		Use:   "ingest [--db DSN] INPUT...",
		Short: "Ingest pages from files, directories, JSONL, WARC or stdin (-) into the store",
		Long: `ingest reads every INPUT — a file, a directory (recursive) or - for stdin — in any
of the formats .html/.htm, .txt, .jsonl, .warc, each optionally .gz, and stores the
articles, copies and stories it finds. A bad record is skipped with a typed reason
and never stops the run.

Exit status: 0 when every record was ingested or skipped with a reason; 1 when the
run failed (the store or an input could not be used at all); 3 with --fail-on-skip
when any record was skipped.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runIngest(cmd.Context(), f, args, cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	po := pipeline.DefaultOptions()
	cmd.Flags().StringVar(&f.db, "db", defaultDB, "store: a SQLite file path")
	cmd.Flags().IntVar(&f.workers, "workers", po.Workers, "extraction workers")
	cmd.Flags().IntVar(&f.batch, "batch", po.BatchSize, "records per store transaction")
	cmd.Flags().StringVar(&f.format, "format", "auto", "content format: auto, html or text")
	cmd.Flags().Int64Var(&f.maxRecord, "max-record-bytes", ingest.DefaultOptions().MaxRecordBytes, "cap on one record's decompressed size")
	cmd.Flags().BoolVar(&f.failOnSkip, "fail-on-skip", false, "exit 3 when any record was skipped")
	cmd.Flags().BoolVar(&f.json, "json", false, "print the summary as JSON")
	cmd.Flags().BoolVar(&f.ackLines, "ack-lines", false, "after each committed batch print \"committed N\" to stderr (N records read and durably stored or skipped so far)")
	return cmd
}

func runIngest(ctx context.Context, f ingestFlags, inputs []string, stdin io.Reader, stdout, stderr io.Writer) error {
	format, err := parseFormat(f.format)
	if err != nil {
		return err
	}
	st, closeStore, err := openWriter(ctx, f.db)
	if err != nil {
		return err
	}
	defer closeStore()
	po := pipeline.DefaultOptions()
	po.Workers, po.BatchSize, po.Extract.Format = f.workers, f.batch, format
	bar := newProgress(stderr)
	if f.ackLines {
		bar = nil
	}
	switch {
	case f.ackLines:
		po.Progress = func(s pipeline.Stats) { fmt.Fprintf(stderr, "committed %d\n", s.Read) }
	case bar != nil:
		po.Progress = func(s pipeline.Stats) { bar.Set(s.Read) }
	}
	p, err := pipeline.New(ctx, st, po)
	if err != nil {
		return err
	}
	in := ingest.DefaultOptions()
	in.Stdin, in.MaxRecordBytes = stdin, f.maxRecord
	stats, err := p.Run(ctx, func(ctx context.Context, emit func(news.Page) error) error {
		return ingest.Read(ctx, inputs, in, emit)
	}, nil)
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(stderr)
	}
	if err != nil {
		return err
	}
	// The records are stored; a state not saved only makes the next
	// start rebuild the stories from the articles.
	if err := p.SaveState(ctx); err != nil {
		fmt.Fprintf(stderr, "storyfold: %v (the next ingest rebuilds the clusterer from the store)\n", err)
	}
	counts, err := st.Counts(ctx)
	if err != nil {
		return err
	}
	if f.json {
		out := struct {
			pipeline.Stats
			StoriesTotal int `json:"stories_total"`
		}{stats, counts.Stories}
		if err := json.NewEncoder(stdout).Encode(out); err != nil {
			return err
		}
	} else {
		fmt.Fprintln(stdout, summaryLine(stats, counts.Stories))
	}
	if f.failOnSkip && stats.SkippedTotal() > 0 {
		return &exitError{code: exitSkipped}
	}
	return nil
}

// summaryLine is the one line an ingest ends with.
func summaryLine(s pipeline.Stats, storiesTotal int) string {
	var reasons []string
	for r, n := range s.Skipped {
		reasons = append(reasons, fmt.Sprintf("%s %d", r, n))
	}
	sort.Strings(reasons)
	skipped := fmt.Sprintf("skipped %d", s.SkippedTotal())
	if len(reasons) > 0 {
		skipped += " (" + strings.Join(reasons, ", ") + ")"
	}
	return fmt.Sprintf("read %d: ingested %d, copies %d, %s, already stored %d; stories %d (%d changed)",
		s.Read, s.Ingested, s.Copies, skipped, s.Known, storiesTotal, s.Stories)
}

// newProgress returns a progress bar on w when w is a terminal, else nil.
func newProgress(w io.Writer) *progressbar.ProgressBar {
	file, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(file.Fd())) {
		return nil
	}
	return progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("ingesting"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("records"),
		progressbar.OptionThrottle(100_000_000),
	)
}

func parseFormat(s string) (news.Format, error) {
	switch f := news.Format(s); f {
	case news.FormatAuto, news.FormatHTML, news.FormatText:
		return f, nil
	}
	return "", fmt.Errorf("unknown --format %q: want auto, html or text", s)
}
