package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/storyfold/storyfold/store"
)

// snippetTokens is how many tokens of context a search snippet keeps: about
// a sentence, which is what a result list can show on one or two lines.
const snippetTokens = 24

// SearchArticles returns the articles whose title or body match text, best
// match (FTS5 bm25) first, at most limit (0: 50), each with a snippet.
func (s *Store) SearchArticles(ctx context.Context, text string, limit int) ([]store.ArticleHit, error) {
	q := ftsQuery(text)
	if q == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = 50
	}
	cols := prefixed("a.", articleColumns)
	rows, err := s.db.QueryContext(ctx, `SELECT `+cols+`,
		snippet(articles_fts, -1, ?, ?, '…', ?)
		FROM articles_fts f JOIN articles a ON a.seq = f.rowid
		WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts), a.seq LIMIT ?`,
		store.HitStart, store.HitEnd, snippetTokens, q, limit)
	if err != nil {
		return nil, fmt.Errorf("search articles %q: %w", text, err)
	}
	defer rows.Close()
	var out []store.ArticleHit
	for rows.Next() {
		var h store.ArticleHit
		h.Article, err = scanArticle(scanWithSnippet{rows, &h.Snippet})
		if err != nil {
			return nil, fmt.Errorf("scan search hit: %w", err)
		}
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search articles %q: %w", text, err)
	}
	return out, nil
}

// scanWithSnippet lets scanArticle read a row that carries one more column.
type scanWithSnippet struct {
	row     interface{ Scan(...any) error }
	snippet *string
}

func (s scanWithSnippet) Scan(dest ...any) error { return s.row.Scan(append(dest, s.snippet)...) }

// prefixed qualifies each column of a comma-separated list with a table alias.
func prefixed(alias, columns string) string {
	parts := strings.Split(columns, ",")
	for i, p := range parts {
		parts[i] = alias + strings.TrimSpace(p)
	}
	return strings.Join(parts, ", ")
}
