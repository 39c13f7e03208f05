package claims

import (
	"sync"

	"github.com/zeebo/xxh3"

	"github.com/storyfold/storyfold/news"
)

// readCache keeps what was read from recent articles, so a story rebuilt
// each time a report arrives does not read its earlier articles again at
// every rebuild: in a stream whose reports of one event arrive apart,
// reading was a third of an ingest's CPU, each article read about three
// times (docs/performance.md, "Ledgers in a stream").
//
// An article is kept the second time it is read, not the first: in an
// ingest whose stories are built once (a backlog, the bench) nothing is
// read again, and keeping every article cost memory and, with millions of
// pointers for the collector to trace, 5-10% more CPU for nothing. Until
// then only a hash of its key is remembered.
//
// Both hold two generations, of at most max/2 articles (and 4*max hashes)
// each: a lookup that finds an article in the older one moves it to the
// newer, and when the newer is full the older is dropped. That bounds them
// like an LRU without a list to keep. It is safe for concurrent use.
type readCache struct {
	max      int
	mu       sync.Mutex
	cur, old map[articleKey][]readSentence
	once     generations // hashes of keys read once
}

// generations is a set of hashes bounded like the cache. Its maps hold no
// pointers, so the collector does not trace them.
type generations struct {
	max      int
	cur, old map[uint64]struct{}
}

// add adds h and reports whether it was there already.
func (g *generations) add(h uint64) bool {
	if _, ok := g.cur[h]; ok {
		return true
	}
	_, ok := g.old[h]
	if len(g.cur) >= g.max/2 {
		g.old, g.cur = g.cur, make(map[uint64]struct{}, g.max/2)
	}
	g.cur[h] = struct{}{}
	return ok
}

// articleKey names an article's text: its ID and a hash of its ID, title
// and body, so an article stored again with other words is read again.
// The hash alone stands for the article among those read once.
type articleKey struct {
	id  string
	sum uint64
}

// readSentence is one sentence of an article as readArticle reads it, less
// what depends on the story the article is read for (its index there).
type readSentence struct {
	text   string
	source string // after the article's own "it said" was resolved
	title  bool
	r      *reading
}

func newReadCache(max int) *readCache {
	if max <= 1 {
		return nil
	}
	return &readCache{
		max:  max,
		cur:  map[articleKey][]readSentence{},
		once: generations{max: 4 * max, cur: map[uint64]struct{}{}},
	}
}

func keyOf(a news.Article) articleKey {
	h := xxh3.New()
	h.WriteString(a.ID)
	h.WriteString("\x00")
	h.WriteString(a.Title)
	h.WriteString("\x00")
	h.WriteString(a.Body)
	return articleKey{id: a.ID, sum: h.Sum64()}
}

// get returns the sentences read from the article with key k, nil when
// they are not kept. A nil cache keeps nothing.
func (c *readCache) get(k articleKey) []readSentence {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if s, ok := c.cur[k]; ok {
		return s
	}
	s, ok := c.old[k]
	if ok {
		delete(c.old, k)
		c.putLocked(k, s)
	}
	return s
}

// put keeps the sentences read from the article with key k if it was
// read before.
func (c *readCache) put(k articleKey, s []readSentence) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.once.add(k.sum) {
		c.putLocked(k, s)
	}
}

func (c *readCache) putLocked(k articleKey, s []readSentence) {
	if len(c.cur) >= c.max/2 {
		c.old, c.cur = c.cur, make(map[articleKey][]readSentence, c.max/2)
	}
	c.cur[k] = s
}
