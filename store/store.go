// Package store holds what storyfold persists between runs, in a form every
// backend shares: the records the pipeline writes and the sentinel errors
// callers branch on. The backends live in subpackages (store/sqlite, the
// embedded default; PostgreSQL next), each behind the small interfaces that
// their users — pipeline, httpapi, cmd — declare for themselves.
package store

import (
	"errors"
	"time"

	"github.com/storyfold/storyfold/news"
)

// ErrNotFound is returned when a story or article does not exist.
var ErrNotFound = errors.New("not found")

// ArticleRecord is an article with the pipeline's decisions about it.
type ArticleRecord struct {
	news.Article
	// Seq is the ingest order, used to replay state and break ties.
	Seq int64
	// StoryID is the story the article belongs to.
	StoryID string
	// DuplicateOf is the ID of the original when the article is a copy.
	DuplicateOf string
	// Signature is the dedup signature, kept so a restart never rehashes.
	Signature []byte
	// Words is the number of words in the body.
	Words int
}

// SkipRecord is a record that was not made an article, and why.
type SkipRecord struct {
	ID      string
	InputID string
	Origin  string
	Reason  news.SkipReason
	Detail  string
	Seen    time.Time
	// URL and Title are what the page said it was, read beside the skip
	// (the page's stated address, else the input's; its title), so a
	// reader of the skips can tell a listing from a story lost to a short
	// body without opening the crawl. Empty when the page gave neither.
	URL   string
	Title string
}

// Move changes an article's story or its original.
type Move struct {
	ArticleID   string
	StoryID     string
	DuplicateOf string
}

// Batch is one transaction's worth of pipeline output.
type Batch struct {
	Articles []ArticleRecord
	Skips    []SkipRecord
	// Moves re-point articles already stored (story merges, a new original).
	Moves []Move
	// Stories are the derived story headers to upsert; Articles in them are
	// ignored (they come from the article rows).
	Stories []news.Story
	// DeleteStories are stories left empty by merges.
	DeleteStories []string
	// Blocks are page counts to add to the per-site block counts.
	Blocks []BlockCount
}

// Empty reports whether b holds nothing to write.
func (b Batch) Empty() bool {
	return len(b.Articles)+len(b.Skips)+len(b.Moves)+len(b.Stories)+len(b.DeleteStories)+len(b.Blocks) == 0
}

// BlockCount is on how many pages of a site a text block was seen (the
// block by its extract.BlockHash): repetition-based furniture detection.
type BlockCount struct {
	Site  string
	Hash  uint64
	Pages int
}

// StoryQuery selects stories for listing.
type StoryQuery struct {
	// Limit and Offset page the list; Limit 0 means no limit.
	Limit, Offset int
	// Order is "newest" (last seen first, the default) or "covered"
	// (most articles first).
	Order string
	// From and To bound last_seen when set.
	From, To time.Time
	// Text keeps stories whose headline or articles match (full-text).
	Text string
}

// Counts summarises what the store holds.
type Counts struct {
	Articles int
	Copies   int
	Stories  int
	Skipped  map[news.SkipReason]int
}
