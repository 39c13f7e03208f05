package pipeline

import (
	"context"
	"testing"
	"time"

	"github.com/storyfold/storyfold/news"
)

// A republished copy that arrives before its original, in one batch: the
// copy's outcome must name the original, as the store does once the batch
// commits, not the "independent" it looked like when it was decided.
func TestOutcomesSayWhatCommitted(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	o := testOptions()
	o.BatchSize = 16
	p := newPipeline(t, st, o)
	body := readSeed(t, "003_816269faacc0a1da.txt")
	day := func(d int) time.Time { return time.Date(2025, 6, d, 8, 0, 0, 0, time.UTC) }
	pages := []news.Page{
		{ID: "republished", InputID: "later", Format: news.FormatText, Content: body, Published: day(17)},
		{ID: "original", InputID: "earlier", Format: news.FormatText, Content: body, Published: day(16)},
	}
	outs := runPages(t, p, pages...)
	if got := outs["republished"].DuplicateOf; got != "original" {
		t.Errorf("the later copy's outcome says duplicate_of %q, want the earlier original", got)
	}
	if got := outs["original"].DuplicateOf; got != "" {
		t.Errorf("the original's outcome says duplicate_of %q", got)
	}
	if outs["republished"].StoryID == "" || outs["republished"].StoryID != outs["original"].StoryID {
		t.Errorf("stories %q and %q, want one", outs["republished"].StoryID, outs["original"].StoryID)
	}
	rec, err := st.Article(ctx, "republished")
	if err != nil {
		t.Fatal(err)
	}
	if rec.DuplicateOf != "original" {
		t.Errorf("stored duplicate_of %q", rec.DuplicateOf)
	}
}
