package pipeline

import (
	"context"
	"io"

	"github.com/storyfold/storyfold/ingest"
	"github.com/storyfold/storyfold/news"
)

// Ingest reads JSON Lines records (id, url, title, text or html,
// published, source) from r through the pipeline and returns each
// record's outcome, in order. It is what the HTTP API's POST
// /v1/articles calls.
func (p *Pipeline) Ingest(ctx context.Context, r io.Reader) ([]news.Outcome, error) {
	o := ingest.DefaultOptions()
	o.Stdin = r
	var outs []news.Outcome
	_, err := p.Run(ctx, func(ctx context.Context, emit func(news.Page) error) error {
		return ingest.Read(ctx, []string{"-"}, o, emit)
	}, func(out news.Outcome) { outs = append(outs, out) })
	return outs, err
}
