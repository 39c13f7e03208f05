package pipeline

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/storyfold/storyfold/dedup"
	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
)

// TestCopyGroupsMatchIDKeyed holds copyGroups, which knows articles by
// their number in the copy index, to the ID-keyed groups it replaced
// (refGroups, below): the same changes from every join and the same
// originals, after a restore whose copies name originals stored after
// them and originals the store does not hold.
func TestCopyGroupsMatchIDKeyed(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	ix := dedup.NewIndex(dedup.DefaultOptions())
	g, ref := newCopyGroups(ix), newRefGroups()
	var sig dedup.Signature
	day := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	rec := func(i int) store.ArticleRecord {
		r := store.ArticleRecord{Seq: int64(i + 1), Words: 100 + rng.IntN(50)}
		r.Article = news.Article{ID: fmt.Sprintf("keel-%d", i)}
		if rng.IntN(3) > 0 {
			r.Published = day.Add(time.Duration(rng.IntN(48)) * time.Hour)
		}
		return r
	}
	// Stored: groups of up to four, each naming its original, which may
	// come later, or never (mill-N, not stored).
	var ids []string
	for i := 0; i < 300; {
		n := 1 + rng.IntN(4)
		orig := fmt.Sprintf("keel-%d", i+rng.IntN(n))
		if rng.IntN(10) == 0 {
			orig = fmt.Sprintf("mill-%d", i)
		}
		for k := range n {
			r := rec(i + k)
			if n > 1 && r.ID != orig {
				r.DuplicateOf = orig
			}
			ix.Add(r.ID, sig)
			g.restore(r)
			ref.restore(r)
			ids = append(ids, r.ID)
		}
		i += n
	}
	if len(g.later) == 0 {
		t.Fatal("no copy came before its original: the test cannot tell")
	}
	g.restored()
	if len(g.phantoms) == 0 {
		t.Fatal("no original was missing from the store: the test cannot tell")
	}
	// New articles, a third joining a stored or new article.
	for i := 300; i < 600; i++ {
		r := rec(i)
		ix.Add(r.ID, sig)
		id, m := memberOf(r)
		if rng.IntN(3) > 0 {
			g.single(m)
			ref.single(id, m)
		} else {
			match := ids[rng.IntN(len(ids))]
			got, want := g.join(match, id, m), ref.join(match, id, m)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s joins %s: changes %v, want %v", id, match, got, want)
			}
		}
		ids = append(ids, id)
	}
	for _, id := range ids {
		if got, want := g.duplicateOf(id), ref.duplicateOf(id); got != want {
			t.Errorf("%s: original %q, want %q", id, got, want)
		}
	}
}

// refGroups is copyGroups as it was, keyed by article ID.
type refGroups struct {
	info    map[string]memberInfo
	groupOf map[string]string   // article ID → group key, for grouped articles only
	members map[string][]string // group key → article IDs
	dupOf   map[string]string   // article ID → its original, for copies only
}

func newRefGroups() *refGroups {
	return &refGroups{
		info:    map[string]memberInfo{},
		groupOf: map[string]string{},
		members: map[string][]string{},
		dupOf:   map[string]string{},
	}
}

// single records an article that copies nothing (yet).
func (g *refGroups) single(id string, m memberInfo) { g.info[id] = m }

// restore records a stored article with its stored original.
func (g *refGroups) restore(r store.ArticleRecord) {
	id, m := memberOf(r)
	g.info[id] = m
	if r.DuplicateOf == "" {
		return
	}
	g.dupOf[id] = r.DuplicateOf
	g.link(r.DuplicateOf, id)
}

// link puts id into the group of other, creating it when other is alone.
func (g *refGroups) link(other, id string) string {
	key, ok := g.groupOf[other]
	if !ok {
		key = other
		g.groupOf[other] = key
		g.members[key] = []string{other}
	}
	if g.groupOf[id] != key {
		g.groupOf[id] = key
		g.members[key] = append(g.members[key], id)
	}
	return key
}

// join adds the new article id as a copy-group member beside matchID and
// returns every member whose original changed, the new article included.
func (g *refGroups) join(matchID, id string, m memberInfo) []dupChange {
	g.info[id] = m
	key := g.link(matchID, id)
	ids := g.members[key]
	group := make([]dedup.Member, 0, len(ids))
	for _, mid := range ids {
		mi := g.info[mid]
		var pub time.Time
		if mi.published != 0 {
			pub = time.Unix(0, mi.published)
		}
		group = append(group, dedup.Member{ID: mid, Published: pub, Words: int(mi.words), Seen: mi.seq})
	}
	orig := dedup.Original(group)
	var changes []dupChange
	for _, mid := range ids {
		want := orig
		if mid == orig {
			want = ""
		}
		if mid == id || g.dupOf[mid] != want {
			changes = append(changes, dupChange{ID: mid, DuplicateOf: want})
		}
		if want == "" {
			delete(g.dupOf, mid)
		} else {
			g.dupOf[mid] = want
		}
	}
	return changes
}

// duplicateOf returns the article's original, "" when it is one.
func (g *refGroups) duplicateOf(id string) string { return g.dupOf[id] }
