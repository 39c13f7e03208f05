package store

// ArticleHit is an article that matched a full-text search.
type ArticleHit struct {
	Article ArticleRecord
	// Snippet is the matching passage, with each matched term between
	// HitStart and HitEnd so a renderer can mark it without parsing HTML.
	Snippet string
}

// The marks around matched terms in ArticleHit.Snippet: control characters
// that extraction never leaves in an article body.
const (
	HitStart = "\x02"
	HitEnd   = "\x03"
)
