// Command storyfold folds the many copies of a news story that crawlers
// collect into one clean story with provenance.
//
// This file holds the lifecycle: flags become Options, signals cancel the
// context, errors become exit codes. The subcommands live beside it and
// only call packages; they hold no logic of their own.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

// Exit codes. A run that skipped records with a reason still exits 0
// (the ingest contract); --fail-on-skip turns skips into exitSkipped.
const (
	exitOK      = 0
	exitFailure = 1
	exitSkipped = 3
)

// exitError carries an exit code through cobra.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	root := newRoot()
	err := root.ExecuteContext(ctx)
	if err == nil {
		return
	}
	code := exitFailure
	var ee *exitError
	if errors.As(err, &ee) {
		code = ee.code
	}
	if ee == nil || ee.err != nil {
		fmt.Fprintln(os.Stderr, "storyfold:", err)
	}
	stop()
	os.Exit(code)
}

func newRoot() *cobra.Command {
	root := &cobra.Command{
		Use:   "storyfold",
		Short: "Fold the copies of news stories that crawlers collect into clean stories with provenance",
		Long: `storyfold reads crawled news pages (HTML, flattened text, JSONL, WARC), extracts
the articles, finds which are the same article republished, groups reports of one
event into stories and lines up the facts each source reports in a claim ledger.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(newIngestCmd(), newStoriesCmd(), newShowCmd(), newExtractCmd(), newDemoCmd(), newEvalCmd(), newBenchCmd(), newServeCmd())
	return root
}

// defaultDB is the store used when --db is not given.
const defaultDB = "./storyfold.db"
