package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
)

const articleColumns = `seq, id, input_id, url, title, publisher, author, published, lang, body, removed,
	format, seen, story_id, duplicate_of, signature, words`

func scanArticle(row interface{ Scan(...any) error }) (store.ArticleRecord, error) {
	var (
		r               store.ArticleRecord
		published, seen int64
		removed, format string
	)
	err := row.Scan(&r.Seq, &r.ID, &r.InputID, &r.URL, &r.Title, &r.Publisher, &r.Author, &published,
		&r.Lang, &r.Body, &removed, &format, &seen, &r.StoryID, &r.DuplicateOf, &r.Signature, &r.Words)
	if err != nil {
		return r, err
	}
	r.Published, r.Seen, r.Format = fromNanos(published), fromNanos(seen), news.Format(format)
	if err := json.Unmarshal([]byte(removed), &r.Removed); err != nil {
		return r, fmt.Errorf("decode removed blocks of %s: %w", r.ID, err)
	}
	return r, nil
}

// EachArticle calls fn for every stored article in ingest order.
func (s *Store) EachArticle(ctx context.Context, fn func(store.ArticleRecord) error) error {
	return s.EachArticleFrom(ctx, 0, true, fn)
}

// EachArticleFrom calls fn for the stored articles from ingest sequence
// number from on, in ingest order, so the pipeline can rebuild its
// in-memory indexes on start. Without text, only what a restart reads of
// every article is filled (Seq, ID, Published, Words, StoryID,
// DuplicateOf, Signature): no body is read, and no string is made for
// the columns left out.
func (s *Store) EachArticleFrom(ctx context.Context, from int64, withText bool, fn func(store.ArticleRecord) error) error {
	cols := articleColumns
	if !withText {
		cols = `seq, id, '', '', '', '', '', published, '', '', '[]', '', 0, story_id, duplicate_of, signature, words`
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+cols+` FROM articles WHERE seq >= ? ORDER BY seq`, from)
	if err != nil {
		return fmt.Errorf("list articles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		r, err := scanArticle(rows)
		if err != nil {
			return fmt.Errorf("scan article: %w", err)
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}

// MaxSeq returns the highest ingest sequence number stored, 0 when empty.
func (s *Store) MaxSeq(ctx context.Context) (int64, error) {
	var n sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT MAX(seq) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("read max seq: %w", err)
	}
	return n.Int64, nil
}

// Article returns one article, or store.ErrNotFound.
func (s *Store) Article(ctx context.Context, id string) (store.ArticleRecord, error) {
	r, err := scanArticle(s.db.QueryRowContext(ctx, `SELECT `+articleColumns+` FROM articles WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return r, fmt.Errorf("article %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return r, fmt.Errorf("read article %s: %w", id, err)
	}
	return r, nil
}

// storyArticlesSQL lists a story's articles in time order.
const storyArticlesSQL = `SELECT ` + articleColumns + ` FROM articles WHERE story_id = ?
	ORDER BY CASE WHEN published = 0 THEN seen ELSE published END, seq`

// StoryArticles returns a story's articles, oldest first.
func (s *Store) StoryArticles(ctx context.Context, storyID string) ([]store.ArticleRecord, error) {
	rows, err := s.storyArticles.QueryContext(ctx, storyID)
	if err != nil {
		return nil, fmt.Errorf("list articles of story %s: %w", storyID, err)
	}
	defer rows.Close()
	var out []store.ArticleRecord
	for rows.Next() {
		r, err := scanArticle(rows)
		if err != nil {
			return nil, fmt.Errorf("scan article of story %s: %w", storyID, err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Story returns one story with its articles and ledger, or store.ErrNotFound.
func (s *Store) Story(ctx context.Context, id string) (news.Story, error) {
	st, err := scanStory(s.db.QueryRowContext(ctx, `SELECT `+storyColumns+` FROM stories WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return st, fmt.Errorf("story %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return st, fmt.Errorf("read story %s: %w", id, err)
	}
	if err := s.fillArticles(ctx, &st); err != nil {
		return st, err
	}
	return st, nil
}

const storyColumns = `id, headline, first_seen, last_seen, claims, summary`

func scanStory(row interface{ Scan(...any) error }) (news.Story, error) {
	var (
		st              news.Story
		first, last     int64
		claims, summary string
	)
	if err := row.Scan(&st.ID, &st.Headline, &first, &last, &claims, &summary); err != nil {
		return st, err
	}
	st.FirstSeen, st.LastSeen = fromNanos(first), fromNanos(last)
	if err := json.Unmarshal([]byte(claims), &st.Claims); err != nil {
		return st, fmt.Errorf("decode claims of story %s: %w", st.ID, err)
	}
	if err := json.Unmarshal([]byte(summary), &st.Summary); err != nil {
		return st, fmt.Errorf("decode summary of story %s: %w", st.ID, err)
	}
	return st, nil
}

func (s *Store) fillArticles(ctx context.Context, st *news.Story) error {
	recs, err := s.StoryArticles(ctx, st.ID)
	if err != nil {
		return err
	}
	st.Articles = make([]news.StoryArticle, 0, len(recs))
	for _, r := range recs {
		st.Articles = append(st.Articles, news.StoryArticle{
			ID: r.ID, InputID: r.InputID, Title: r.Title, Publisher: r.Publisher,
			Published: r.Published, URL: r.URL, DuplicateOf: r.DuplicateOf,
		})
	}
	return nil
}

// Stories lists stories with their articles and ledgers.
func (s *Store) Stories(ctx context.Context, q store.StoryQuery) ([]news.Story, error) {
	var (
		where []string
		args  []any
	)
	if !q.From.IsZero() {
		where, args = append(where, "last_seen >= ?"), append(args, nanos(q.From))
	}
	if !q.To.IsZero() {
		where, args = append(where, "first_seen <= ?"), append(args, nanos(q.To))
	}
	if q.Text != "" {
		where = append(where, `id IN (SELECT a.story_id FROM articles_fts f JOIN articles a ON a.seq = f.rowid
			WHERE articles_fts MATCH ?)`)
		args = append(args, ftsQuery(q.Text))
	}
	sqlText := `SELECT ` + storyColumns + ` FROM stories`
	if len(where) > 0 {
		sqlText += " WHERE " + strings.Join(where, " AND ")
	}
	switch q.Order {
	case "covered":
		sqlText += " ORDER BY articles DESC, last_seen DESC, id"
	case "oldest":
		sqlText += " ORDER BY first_seen, id"
	default:
		sqlText += " ORDER BY last_seen DESC, id"
	}
	if q.Limit > 0 {
		sqlText += " LIMIT ? OFFSET ?"
		args = append(args, q.Limit, q.Offset)
	}
	rows, err := s.db.QueryContext(ctx, sqlText, args...)
	if err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	var out []news.Story
	for rows.Next() {
		st, err := scanStory(rows)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("scan story: %w", err)
		}
		out = append(out, st)
	}
	if err := rows.Close(); err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	for i := range out {
		if err := s.fillArticles(ctx, &out[i]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// ftsQuery turns free text into an FTS5 query of quoted terms, so that
// user input can never be parsed as FTS5 syntax.
func ftsQuery(text string) string {
	var terms []string
	for _, f := range strings.Fields(text) {
		f = strings.ReplaceAll(f, `"`, `""`)
		terms = append(terms, `"`+f+`"`)
	}
	return strings.Join(terms, " ")
}

// Counts returns how many articles, copies, stories and skips are stored.
func (s *Store) Counts(ctx context.Context) (store.Counts, error) {
	c := store.Counts{Skipped: map[news.SkipReason]int{}}
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM articles),
		(SELECT COUNT(*) FROM articles WHERE duplicate_of != ''),
		(SELECT COUNT(*) FROM stories)`).Scan(&c.Articles, &c.Copies, &c.Stories)
	if err != nil {
		return c, fmt.Errorf("count store: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT reason, COUNT(*) FROM skips GROUP BY reason`)
	if err != nil {
		return c, fmt.Errorf("count skips: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			reason string
			n      int
		)
		if err := rows.Scan(&reason, &n); err != nil {
			return c, fmt.Errorf("scan skip count: %w", err)
		}
		c.Skipped[news.SkipReason(reason)] = n
	}
	return c, rows.Err()
}

// Skips lists stored skip records, newest first, at most limit (0: all).
func (s *Store) Skips(ctx context.Context, limit int) ([]store.SkipRecord, error) {
	q := `SELECT id, input_id, origin, reason, detail, seen, url, title FROM skips ORDER BY seen DESC, id`
	var args []any
	if limit > 0 {
		q += " LIMIT ?"
		args = append(args, limit)
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list skips: %w", err)
	}
	defer rows.Close()
	var out []store.SkipRecord
	for rows.Next() {
		var (
			k      store.SkipRecord
			reason string
			seen   int64
		)
		if err := rows.Scan(&k.ID, &k.InputID, &k.Origin, &reason, &k.Detail, &seen, &k.URL, &k.Title); err != nil {
			return nil, fmt.Errorf("scan skip: %w", err)
		}
		k.Reason, k.Seen = news.SkipReason(reason), fromNanos(seen)
		out = append(out, k)
	}
	return out, rows.Err()
}

// StaleStories lists the stories whose derived header is missing, counts
// the wrong number of articles or copies, or has no articles left: what a crash
// between an article write and its story update leaves behind.
func (s *Store) StaleStories(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `
		SELECT a.story_id FROM articles a LEFT JOIN stories s ON s.id = a.story_id
		GROUP BY a.story_id HAVING COUNT(*) != COALESCE(MAX(s.articles), -1)
			OR SUM(a.duplicate_of != '') != COALESCE(MAX(s.copies), -1)
		UNION
		SELECT id FROM stories WHERE id NOT IN (SELECT story_id FROM articles)`)
	if err != nil {
		return nil, fmt.Errorf("find stale stories: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("scan stale story: %w", err)
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// EachSkipID calls fn with the ID of every stored skip, in no particular
// order: the pipeline's filter of stored IDs starts with them.
func (s *Store) EachSkipID(ctx context.Context, fn func(id string) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM skips`)
	if err != nil {
		return fmt.Errorf("list skips: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return fmt.Errorf("scan skip: %w", err)
		}
		if err := fn(id); err != nil {
			return err
		}
	}
	return rows.Err()
}
