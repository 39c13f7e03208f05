package pipeline

import (
	"context"
	"maps"
	"reflect"
	"testing"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
)

// TestPreparedReuse runs the bench generator's articles (events
// interleaved, copies among them) through two pipelines, one reusing the
// clustering preparations through preparedPool and one making each anew,
// and wants the same outcome for every page and the same stories. Small
// batches give preparations back often while the workers run ahead: one
// given back before it was decided would be Reset under the decider.
func TestPreparedReuse(t *testing.T) {
	gen := newSynth(4)
	gen.spread = 6
	pages := make([]news.Page, 600)
	for i := range pages {
		pages[i] = gen.page(i)
	}
	runWith := func(reuse bool) (map[string]news.Outcome, []news.Story) {
		st := openStore(t)
		o := testOptions()
		o.BatchSize = 5
		p := newPipeline(t, st, o)
		if !reuse {
			p.prepared = preparedPool{}
		}
		outs := runPages(t, p, pages...)
		stories, err := st.Stories(context.Background(), store.StoryQuery{})
		if err != nil {
			t.Fatal(err)
		}
		return outs, stories
	}
	plainOuts, plainStories := runWith(false)
	outs, stories := runWith(true)
	if !maps.Equal(outs, plainOuts) {
		for id, o := range outs {
			if plainOuts[id] != o {
				t.Errorf("page %s: reused %+v, plain %+v", id, o, plainOuts[id])
			}
		}
		t.FailNow()
	}
	if len(stories) != len(plainStories) {
		t.Fatalf("%d stories reused, %d plain", len(stories), len(plainStories))
	}
	for i := range stories {
		if a, b := stories[i], plainStories[i]; !reflect.DeepEqual(a, b) {
			t.Fatalf("story %d: reused %s (%d articles), plain %s (%d articles)", i, a.ID, len(a.Articles), b.ID, len(b.Articles))
		}
	}
}
