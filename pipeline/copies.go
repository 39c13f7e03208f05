package pipeline

import (
	"fmt"
	"slices"
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
//
// Articles are known by ref: their number in the copy index (dense, from
// 0), so that the maps hold no ID strings (keyed by ID, a million articles'
// groups held about 30 MB more). A stored original the index does not hold
// (its batch never reached the store) is a phantom, ref -1 - its place in
// phantoms, known by its ID alone.
type copyGroups struct {
	index    *dedup.Index      // the copy index, whose article numbers refs are
	info     []memberInfo      // by article number
	groupOf  map[int32]int32   // article → group key (a member's ref), for grouped articles only
	members  map[int32][]int32 // group key → members
	dupOf    map[int32]int32   // article → its original, for copies only
	phantoms []string          // IDs of originals not indexed
	// later holds, while the store is read back, copies whose original
	// comes after them in the store (an original that arrived late).
	later []pendingLink
}

// pendingLink is a stored copy whose original was not yet indexed.
type pendingLink struct {
	copy     int32
	original string
}

func newCopyGroups(index *dedup.Index) *copyGroups {
	return &copyGroups{
		index:   index,
		groupOf: map[int32]int32{},
		members: map[int32][]int32{},
		dupOf:   map[int32]int32{},
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
// stored original. An original not yet indexed is linked by restored,
// once every stored article is.
func (g *copyGroups) restore(r store.ArticleRecord) {
	_, m := memberOf(r)
	g.add(m)
	if r.DuplicateOf == "" {
		return
	}
	doc := int32(g.index.Len() - 1)
	orig, ok := g.index.Doc(r.DuplicateOf)
	if !ok {
		g.later = append(g.later, pendingLink{copy: doc, original: r.DuplicateOf})
		return
	}
	g.dupOf[doc] = int32(orig)
	g.link(int32(orig), doc)
}

// restored links the copies whose originals came after them in the store;
// an original the store does not hold becomes a phantom. Each group it
// adds to lists its copies in store order again, after the original, as
// linking every copy as it was read did: the order of a join's changes
// follows it.
func (g *copyGroups) restored() {
	phantom := map[string]int32{}
	grew := map[int32]bool{}
	defer func() {
		for key := range grew {
			slices.Sort(g.members[key][1:])
		}
	}()
	for _, l := range g.later {
		orig, ok := g.ref(l.original)
		if !ok {
			if orig, ok = phantom[l.original]; !ok {
				orig = int32(-1 - len(g.phantoms))
				g.phantoms = append(g.phantoms, l.original)
				phantom[l.original] = orig
			}
		}
		g.dupOf[l.copy] = orig
		grew[g.link(orig, l.copy)] = true
	}
	g.later = nil
}

// ref returns the ref of an indexed article.
func (g *copyGroups) ref(id string) (int32, bool) {
	doc, ok := g.index.Doc(id)
	return int32(doc), ok
}

// id returns the ID of the article ref.
func (g *copyGroups) id(ref int32) string {
	if ref < 0 {
		return g.phantoms[-1-ref]
	}
	return g.index.ID(int(ref))
}

// link puts id into the group of other, creating it when other is alone.
func (g *copyGroups) link(other, id int32) int32 {
	key, ok := g.groupOf[other]
	if !ok {
		key = other
		g.groupOf[other] = key
		g.members[key] = []int32{other}
	}
	if k, ok := g.groupOf[id]; !ok || k != key {
		g.groupOf[id] = key
		g.members[key] = append(g.members[key], id)
	}
	return key
}

// join adds the new article id, the copy index's last, as a copy-group
// member beside the indexed article matchID and returns every member whose
// original changed, the new article included.
func (g *copyGroups) join(matchID, id string, m memberInfo) []dupChange {
	g.add(m)
	doc := int32(g.index.Len() - 1)
	match, ok := g.ref(matchID)
	if !ok {
		panic(fmt.Sprintf("pipeline: %s joins %s, which the copy index does not hold", id, matchID))
	}
	key := g.link(match, doc)
	refs := g.members[key]
	group := make([]dedup.Member, 0, len(refs))
	for _, r := range refs {
		var mi memberInfo // a phantom is known by its ID alone
		if r >= 0 {
			mi = g.info[r]
		}
		var pub time.Time
		if mi.published != 0 {
			pub = time.Unix(0, mi.published)
		}
		group = append(group, dedup.Member{ID: g.id(r), Published: pub, Words: int(mi.words), Seen: mi.seq})
	}
	orig := dedup.Original(group)
	var origRef int32
	for i, m := range group {
		if m.ID == orig {
			origRef = refs[i]
		}
	}
	var changes []dupChange
	for _, r := range refs {
		if r == origRef {
			changes = g.setOriginal(changes, r, doc, 0, "")
		} else {
			changes = g.setOriginal(changes, r, doc, origRef, orig)
		}
	}
	return changes
}

// setOriginal records that article r's original is orig, whose ID is
// origID ("" when r is the original), and appends the change when it is
// one, or when r is the new article.
func (g *copyGroups) setOriginal(changes []dupChange, r, newDoc, orig int32, origID string) []dupChange {
	old, copied := g.dupOf[r]
	if r == newDoc || copied != (origID != "") || copied && old != orig {
		changes = append(changes, dupChange{ID: g.id(r), DuplicateOf: origID})
	}
	if origID == "" {
		delete(g.dupOf, r)
	} else {
		g.dupOf[r] = orig
	}
	return changes
}

// duplicateOf returns the article's original, "" when it is one (or not
// indexed).
func (g *copyGroups) duplicateOf(id string) string {
	r, ok := g.ref(id)
	if !ok {
		return ""
	}
	if orig, copied := g.dupOf[r]; copied {
		return g.id(orig)
	}
	return ""
}
