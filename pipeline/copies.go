package pipeline

import (
	"fmt"
	"time"

	"github.com/storyfold/storyfold/dedup"
	"github.com/storyfold/storyfold/store"
)

// memberInfo is what choosing an original needs to know of an article,
// kept compact because there is one per stored article (copyGroups.info,
// by the copy index's article number).
type memberInfo struct {
	published int64 // unix nanoseconds, 0 when unknown
	words     int32
	seq       int64
}

// dupChange says an article's original is now DuplicateOf ("" when the
// article is itself the original).
type dupChange struct {
	ID          string
	DuplicateOf string
}

// copyGroups tracks which articles are the same article republished, and
// which of each group is the original. The original is recomputed from the
// whole group on every join (dedup.Original), so it does not depend on the
// order the copies arrived in.
type copyGroups struct {
	index   *dedup.Index        // the copy index, whose article numbers info is by
	info    []memberInfo        // by article number
	groupOf map[string]string   // article ID → group key, for grouped articles only
	members map[string][]string // group key → article IDs
	dupOf   map[string]string   // article ID → its original, for copies only
}

func newCopyGroups(index *dedup.Index) *copyGroups {
	return &copyGroups{
		index:   index,
		groupOf: map[string]string{},
		members: map[string][]string{},
		dupOf:   map[string]string{},
	}
}

func memberOf(r store.ArticleRecord) (string, memberInfo) {
	var pub int64
	if !r.Published.IsZero() {
		pub = r.Published.UnixNano()
	}
	return r.ID, memberInfo{published: pub, words: int32(r.Words), seq: r.Seq}
}

// single records an article that copies nothing (yet), the copy index's
// last.
func (g *copyGroups) single(m memberInfo) { g.add(m) }

// add records m as the copy index's last article's.
func (g *copyGroups) add(m memberInfo) {
	if doc := g.index.Len() - 1; doc != len(g.info) {
		panic(fmt.Sprintf("pipeline: copy group info for article %d, the copy index's last is %d", len(g.info), doc))
	}
	g.info = append(g.info, m)
}

// restore records a stored article, the copy index's last, with its
// stored original.
func (g *copyGroups) restore(r store.ArticleRecord) {
	id, m := memberOf(r)
	g.add(m)
	if r.DuplicateOf == "" {
		return
	}
	g.dupOf[id] = r.DuplicateOf
	g.link(r.DuplicateOf, id)
}

// link puts id into the group of other, creating it when other is alone.
func (g *copyGroups) link(other, id string) string {
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
func (g *copyGroups) join(matchID, id string, m memberInfo) []dupChange {
	g.add(m)
	key := g.link(matchID, id)
	ids := g.members[key]
	group := make([]dedup.Member, 0, len(ids))
	for _, mid := range ids {
		var mi memberInfo // an original not indexed (not stored) is known by its ID alone
		if doc, ok := g.index.Doc(mid); ok {
			mi = g.info[doc]
		}
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
func (g *copyGroups) duplicateOf(id string) string { return g.dupOf[id] }
