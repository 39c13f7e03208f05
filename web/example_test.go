package web_test

import (
	"context"
	"log"
	"os"
	"os/signal"

	"github.com/storyfold/storyfold/httpapi"
	"github.com/storyfold/storyfold/store/sqlite"
	"github.com/storyfold/storyfold/web"
)

// The wiring of `storyfold serve`: one store, the JSON API and the pages
// joined in one handler, served until interrupted. A pipeline that
// implements httpapi.Ingester takes the nil's place to accept POST
// /v1/articles; with a token it may listen beyond loopback.
func Example() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	st, err := sqlite.Open(ctx, "storyfold.db")
	if err != nil {
		log.Fatal(err)
	}
	defer st.Close()

	metrics := httpapi.NewMetrics()
	ao := httpapi.DefaultOptions()
	ao.Token = os.Getenv("STORYFOLD_TOKEN")
	api := httpapi.New(ao, st, nil, metrics)
	pages, err := web.New(web.DefaultOptions(), st)
	if err != nil {
		log.Fatal(err)
	}
	so := httpapi.DefaultServerOptions()
	if err := httpapi.Run(ctx, so, api, httpapi.Handler(api, pages, metrics)); err != nil {
		log.Fatal(err)
	}
}
