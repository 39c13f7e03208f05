package pipeline

import (
	"context"
	"fmt"
	"testing"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
)

// Maintenance runs every DeriveEvery records, right after the batch that
// asks for a rebuild, and may move articles of that very batch: what
// commits must agree with each outcome, and the stories it changes, dirty
// until the next rebuild request, must not be left stale.
//
// Every 48 records, most stories maintenance changes are touched again by
// later batches; at 600, the one pass comes with the run's last batch, so
// its changes are rebuilt only if they were marked dirty.
func TestMaintenanceMidRun(t *testing.T) {
	for _, every := range []int{48, 600} {
		t.Run(fmt.Sprint(every), func(t *testing.T) { testMaintenanceMidRun(t, every) })
	}
}

func testMaintenanceMidRun(t *testing.T, every int) {
	st := openStore(t)
	ctx := context.Background()
	o := testOptions()
	o.BatchSize = 16
	o.DeriveEvery = every
	p := newPipeline(t, st, o)
	// Events interleaved 20 at a time, so a report often arrives before
	// the rest of its event and joins a neighbour's story on a shared day
	// and shared words, to be moved when its own event's story forms: in
	// arrival order that rarely happens now that ages keep same-day events
	// apart (seed 7 moved 1 or 2 articles at spreads 20 to 50, none at 0).
	g := newSynth(7)
	g.spread = 20
	var pages []news.Page
	for i := range 600 {
		pages = append(pages, g.page(i))
	}
	outs := runPages(t, p, pages...)
	moved := 0
	err := st.EachArticle(ctx, func(r store.ArticleRecord) error {
		out, ok := outs[r.ID]
		if !ok {
			t.Errorf("stored article %s has no outcome", r.ID)
			return nil
		}
		if out.StoryID != r.StoryID && pipelineStory(p, r.ID) == r.StoryID {
			moved++ // moved by a later maintenance: the outcome said what held then
		} else if out.StoryID != r.StoryID {
			t.Errorf("%s: outcome story %q, stored %q, pipeline %q", r.ID, out.StoryID, r.StoryID, pipelineStory(p, r.ID))
		}
		if pipelineStory(p, r.ID) != r.StoryID {
			t.Errorf("%s: stored in story %q, the clusterer has it in %q", r.ID, r.StoryID, pipelineStory(p, r.ID))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	stale, err := st.StaleStories(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(stale) > 0 {
		t.Errorf("%d stale story headers after the run, e.g. %s", len(stale), stale[0])
	}
	t.Logf("%d articles moved after their batch", moved)
	if moved == 0 {
		t.Error("no article moved after its batch: the corpus no longer exercises maintenance")
	}
}

// pipelineStory is the story p has article id in, "" when none.
func pipelineStory(p *Pipeline, id string) string {
	story, _ := p.storyOf(id)
	return story
}
