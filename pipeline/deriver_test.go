package pipeline

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
)

// failingWrites is a store whose writes fail on the batches fail picks.
type failingWrites struct {
	Store
	fail func(store.Batch) bool
}

var errDisk = errors.New("disk full")

func (s failingWrites) Write(ctx context.Context, b store.Batch) error {
	if s.fail(b) {
		return errDisk
	}
	return s.Store.Write(ctx, b)
}

// A failed write ends the run with the error that caused it, soon after
// it happens, whether the writer's batch of articles failed or the
// deriver's rebuild of stories (which runs on its own goroutine, while
// the writer goes on: the run must report the rebuild's error, not the
// cancellation it caused).
func TestWriteErrorEndsRun(t *testing.T) {
	for _, c := range []struct {
		name string
		fail func(store.Batch) bool
		says string
	}{
		{"stories", func(b store.Batch) bool { return len(b.Stories) > 0 }, "write stories"},
		{"articles", func(b store.Batch) bool { return len(b.Articles) > 0 && b.Articles[0].Seq > 100 }, "disk full"},
	} {
		t.Run(c.name, func(t *testing.T) {
			o := testOptions()
			o.BatchSize = 16
			o.DeriveEvery = 32
			p, err := New(context.Background(), failingWrites{openStore(t), c.fail}, o)
			if err != nil {
				t.Fatal(err)
			}
			g := newSynth(3)
			stats, err := p.Run(context.Background(), func(ctx context.Context, emit func(news.Page) error) error {
				for i := range 2000 {
					if err := emit(g.page(i)); err != nil {
						return err
					}
				}
				return nil
			}, nil)
			if !errors.Is(err, errDisk) {
				t.Fatalf("Run error = %v, want %v", err, errDisk)
			}
			if !strings.Contains(err.Error(), c.says) {
				t.Errorf("error %q does not say %q", err, c.says)
			}
			if stats.Read >= 1000 {
				t.Errorf("read %d of 2000 records after the write failed", stats.Read)
			}
		})
	}
}
