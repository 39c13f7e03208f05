package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/storyfold/storyfold"
	"github.com/storyfold/storyfold/ingest"
	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/pipeline"
	"github.com/storyfold/storyfold/store"
)

func newDemoCmd() *cobra.Command {
	var (
		keep    string
		noServe bool
		addr    string
	)
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Ingest the bundled seed pages of one real story and print the story report",
		Long: `demo ingests the five bundled pages of one real story (a UK intelligence
estimate of North Korean casualties in Kursk, June 2025, as published by three
aggregators, MENAFN and The Independent) into a fresh store in a temporary
directory and prints what storyfold made of them: the story's headline, its
sources, which are copies of which, its claim ledger and the articles' first lines.
Then it serves the story at http://127.0.0.1:8080/ until Ctrl-C (--no-serve to
print only).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if noServe {
				addr = ""
			}
			return runDemo(cmd.Context(), keep, addr, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	cmd.Flags().StringVar(&keep, "db", "", "keep the demo store at this path instead of a temporary one")
	cmd.Flags().BoolVar(&noServe, "no-serve", false, "print the report only; do not serve it")
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "where to serve the demo story")
	return cmd
}

// runDemo ingests the seeds, prints the report and, when addr is not
// empty, serves the demo store there until ctx ends.
func runDemo(ctx context.Context, dbPath, addr string, w, logw io.Writer) error {
	dir, err := os.MkdirTemp("", "storyfold-demo-")
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	defer os.RemoveAll(dir)
	seedDir := filepath.Join(dir, "seeds")
	if err := os.CopyFS(seedDir, storyfold.Seeds()); err != nil {
		return fmt.Errorf("demo: unpack seeds: %w", err)
	}
	if dbPath == "" {
		dbPath = filepath.Join(dir, "demo.db")
	}
	st, err := openStore(ctx, dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := pipeline.New(ctx, st, pipeline.DefaultOptions())
	if err != nil {
		return err
	}
	stats, err := p.Run(ctx, func(ctx context.Context, emit func(news.Page) error) error {
		return ingest.Read(ctx, []string{seedDir}, ingest.DefaultOptions(), emit)
	}, nil)
	if err != nil {
		return err
	}
	n, _ := fs.Glob(storyfold.Seeds(), "*.txt")
	fmt.Fprintf(w, "storyfold demo: %d bundled seed pages\n", len(n))
	fmt.Fprintf(w, "%s\n\n", summaryLine(stats, stats.Stories))
	stories, err := st.Stories(ctx, store.StoryQuery{Order: "covered"})
	if err != nil {
		return err
	}
	for _, s := range stories {
		if err := writeStoryReport(ctx, w, st, s); err != nil {
			return err
		}
		fmt.Fprintln(w)
	}
	if addr == "" {
		return nil
	}
	if len(stories) > 0 {
		fmt.Fprintf(w, "Open http://%s/stories/%s to read the story in a browser.\n", addr, stories[0].ID)
	}
	return serve(ctx, st, serveFlags{addr: addr, readOnly: true}, logw)
}
