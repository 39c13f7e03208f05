package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/storyfold/storyfold/httpapi"
	"github.com/storyfold/storyfold/pipeline"
	"github.com/storyfold/storyfold/store/sqlite"
	"github.com/storyfold/storyfold/web"
)

type serveFlags struct {
	db       string
	addr     string
	token    string
	readOnly bool
}

func newServeCmd() *cobra.Command {
	f := serveFlags{}
	cmd := &cobra.Command{
		Use:   "serve [--db DSN] [--addr 127.0.0.1:8080]",
		Short: "Serve the web pages at / and the JSON API under /v1/",
		Long: `serve runs one HTTP server over the store: web pages at / (stories, their
sources and copies, timelines and claim ledgers; articles beside the furniture
removed from them) and the JSON API under /v1/ (see docs/api.md). Writes
(POST /v1/articles) need a token whenever the address is not loopback: pass
--token or set STORYFOLD_TOKEN. SIGINT or SIGTERM shuts down gracefully.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if f.token == "" {
				f.token = os.Getenv("STORYFOLD_TOKEN")
			}
			open := openWriter
			if f.readOnly {
				open = func(ctx context.Context, dsn string) (*sqlite.Store, func(), error) {
					st, err := openStore(ctx, dsn)
					if err != nil {
						return nil, nil, err
					}
					return st, func() { st.Close() }, nil
				}
			}
			st, closeStore, err := open(cmd.Context(), f.db)
			if err != nil {
				return err
			}
			defer closeStore()
			return serve(cmd.Context(), st, f, cmd.ErrOrStderr())
		},
	}
	d := httpapi.DefaultServerOptions()
	cmd.Flags().StringVar(&f.db, "db", defaultDB, "store: a SQLite file path")
	cmd.Flags().StringVar(&f.addr, "addr", d.Addr, "listen address")
	cmd.Flags().StringVar(&f.token, "token", "", "bearer token for writes (default $STORYFOLD_TOKEN)")
	cmd.Flags().BoolVar(&f.readOnly, "read-only", false, "refuse writes (POST answers 503)")
	return cmd
}

// serve runs the server over st until ctx ends.
func serve(ctx context.Context, st *sqlite.Store, f serveFlags, logw io.Writer) error {
	log := slog.New(slog.NewTextHandler(logw, &slog.HandlerOptions{Level: slog.LevelInfo}))
	var in httpapi.Ingester
	if !f.readOnly {
		p, err := pipeline.New(ctx, st, pipeline.DefaultOptions())
		if err != nil {
			return err
		}
		in = p
		// Saved when the server stops, after its last ingest: ctx has
		// ended by then, so the save gets a context of its own.
		defer func() {
			sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
			defer cancel()
			if err := p.SaveState(sctx); err != nil {
				log.Warn("clusterer state not saved; the next start rebuilds it", "err", err)
			}
		}()
	}
	ao := httpapi.DefaultOptions()
	ao.Token, ao.Logger = f.token, log
	metrics := httpapi.NewMetrics()
	api := httpapi.New(ao, st, in, metrics)
	wo := web.DefaultOptions()
	wo.Logger = log
	site, err := web.New(wo, st)
	if err != nil {
		return err
	}
	so := httpapi.DefaultServerOptions()
	so.Addr, so.Logger = f.addr, log
	fmt.Fprintf(logw, "storyfold serving %s at http://%s/ (API under /v1/); Ctrl-C stops\n", st.Path(), f.addr)
	return httpapi.Run(ctx, so, api, httpapi.Handler(api, site, metrics))
}
