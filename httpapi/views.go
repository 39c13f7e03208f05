package httpapi

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
	"github.com/storyfold/storyfold/textnorm"
)

// StorySummary is a story as a list shows it.
type StorySummary struct {
	ID        string    `json:"id"`
	Headline  string    `json:"headline"`
	FirstSeen time.Time `json:"first_seen"`
	LastSeen  time.Time `json:"last_seen"`
	// Articles counts every article, copies included.
	Articles int `json:"articles"`
	// Sources counts distinct publishers.
	Sources int `json:"sources"`
	// Copies counts articles that republish another article of the story.
	Copies   int      `json:"copies"`
	Entities []string `json:"entities"`
}

// Summarize reduces a story to its list form.
func Summarize(st news.Story) StorySummary {
	pubs := map[string]bool{}
	copies := 0
	for _, a := range st.Articles {
		pubs[textnorm.Fold(a.Publisher)] = true
		if a.DuplicateOf != "" {
			copies++
		}
	}
	return StorySummary{
		ID: st.ID, Headline: st.Headline, FirstSeen: st.FirstSeen, LastSeen: st.LastSeen,
		Articles: len(st.Articles), Sources: len(pubs), Copies: copies, Entities: Entities(st),
	}
}

// CopyGroup is an original article and the articles that republish it.
type CopyGroup struct {
	Original string   `json:"original"`
	Copies   []string `json:"copies"`
}

// TimelinePoint is one article placed in time.
type TimelinePoint struct {
	Time        time.Time `json:"time"`
	ArticleID   string    `json:"article_id"`
	Publisher   string    `json:"publisher"`
	DuplicateOf string    `json:"duplicate_of,omitempty"`
}

// StoryView is one story with what its pages need beside the stored record:
// copy groups, a timeline, its entities and related stories.
type StoryView struct {
	news.Story
	CopyGroups []CopyGroup     `json:"copy_groups"`
	Timeline   []TimelinePoint `json:"timeline"`
	Entities   []string        `json:"entities"`
	Related    []StorySummary  `json:"related"`
	// SharedPassages are the sentences several articles carry word for word.
	SharedPassages []SharedPassage `json:"shared_passages"`
}

// LoadStory reads a story and builds its view, with up to related related
// stories. Errors wrap store.ErrNotFound when the story does not exist.
func LoadStory(ctx context.Context, r StoryReader, id string, related int) (StoryView, error) {
	st, err := r.Story(ctx, id)
	if err != nil {
		return StoryView{}, fmt.Errorf("load story: %w", err)
	}
	v := StoryView{Story: st, CopyGroups: CopyGroups(st), Timeline: Timeline(st), Entities: Entities(st)}
	if v.Related, err = Related(ctx, r, st, v.Entities, related); err != nil {
		return StoryView{}, err
	}
	if v.SharedPassages, err = SharedPassages(ctx, r, st); err != nil {
		return StoryView{}, err
	}
	// Lists encode as [] rather than null, so clients need no null checks.
	v.CopyGroups, v.Related = nonNil(v.CopyGroups), nonNil(v.Related)
	return v, nil
}

// CopyGroups groups a story's copies under their originals, in article order.
func CopyGroups(st news.Story) []CopyGroup {
	var out []CopyGroup
	at := map[string]int{}
	for _, a := range st.Articles {
		if a.DuplicateOf == "" {
			continue
		}
		i, ok := at[a.DuplicateOf]
		if !ok {
			i = len(out)
			at[a.DuplicateOf] = i
			out = append(out, CopyGroup{Original: a.DuplicateOf})
		}
		out[i].Copies = append(out[i].Copies, a.ID)
	}
	return out
}

// Timeline places a story's articles in time, oldest first; articles with
// no publication time are left out rather than drawn at the epoch.
func Timeline(st news.Story) []TimelinePoint {
	var out []TimelinePoint
	for _, a := range st.Articles {
		if a.Published.IsZero() {
			continue
		}
		out = append(out, TimelinePoint{Time: a.Published, ArticleID: a.ID, Publisher: a.Publisher, DuplicateOf: a.DuplicateOf})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Time.Before(out[j].Time) })
	return out
}

// relatedProbe bounds how many of a story's entities are searched for
// related stories, and how many stories each search reads: enough to find
// the neighbours of a story, bounded so a page costs a few queries.
const relatedProbe = 4

// Related finds up to n other stories that share the most entities with st.
func Related(ctx context.Context, r StoryReader, st news.Story, entities []string, n int) ([]StorySummary, error) {
	if n <= 0 {
		return nil, nil
	}
	shared := map[string]int{}
	found := map[string]news.Story{}
	for _, e := range entities[:min(len(entities), relatedProbe)] {
		list, err := r.Stories(ctx, store.StoryQuery{Text: e, Limit: 5 * n})
		if err != nil {
			return nil, fmt.Errorf("related stories of %s: %w", st.ID, err)
		}
		for _, o := range list {
			if o.ID != st.ID && HasEntity(o, e) {
				shared[o.ID]++
				found[o.ID] = o
			}
		}
	}
	ids := make([]string, 0, len(shared))
	for id := range shared {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if shared[ids[i]] != shared[ids[j]] {
			return shared[ids[i]] > shared[ids[j]]
		}
		return found[ids[i]].LastSeen.After(found[ids[j]].LastSeen)
	})
	out := make([]StorySummary, 0, min(n, len(ids)))
	for _, id := range ids[:min(n, len(ids))] {
		out = append(out, Summarize(found[id]))
	}
	return out, nil
}

// EntityCount is an entity and how many stories mention it.
type EntityCount struct {
	Name    string `json:"name"`
	Stories int    `json:"stories"`
}

// Trending ranks the entities of stories by how many stories name them,
// breaking ties by article count, and returns the top n.
func Trending(stories []news.Story, n int) []EntityCount {
	count, weight := map[string]int{}, map[string]int{}
	name := map[string]string{}
	for _, st := range stories {
		for _, e := range Entities(st) {
			k := textnorm.Fold(e)
			if _, ok := name[k]; !ok {
				name[k] = e
			}
			count[k]++
			weight[k] += len(st.Articles)
		}
	}
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if count[a] != count[b] {
			return count[a] > count[b]
		}
		if weight[a] != weight[b] {
			return weight[a] > weight[b]
		}
		return a < b
	})
	out := make([]EntityCount, 0, min(n, len(keys)))
	for _, k := range keys[:min(n, len(keys))] {
		out = append(out, EntityCount{Name: name[k], Stories: count[k]})
	}
	return out
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
