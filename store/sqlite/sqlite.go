// Package sqlite is storyfold's embedded store: one SQLite file through the
// pure-Go modernc.org/sqlite driver, in WAL mode so readers (the web server)
// never wait for the writer (the pipeline), with a versioned schema that
// migrates forward on open and one transaction per pipeline batch.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Store is an open SQLite store. It is safe for concurrent use; writes are
// serialised by SQLite.
type Store struct {
	db   *sql.DB
	path string
	// Statements run for every page or story of an ingest, prepared once:
	// preparing them on each call was most of their cost.
	knownOne, storyArticles *sql.Stmt
}

// maxIdleConns is how many unused connections the store keeps open.
const maxIdleConns = 8

// Open opens (creating if needed) the store at path and migrates its schema.
func Open(ctx context.Context, path string) (*Store, error) {
	q := url.Values{}
	for _, p := range []string{
		"journal_mode(WAL)",
		// NORMAL is durable across process crashes in WAL mode; only an OS
		// crash can lose the last transactions, never corrupt the file.
		"synchronous(NORMAL)",
		"busy_timeout(10000)",
		// A statement's rollback journal (the full-text insert's, mostly)
		// stays in memory instead of a temporary file: its writes were
		// 0.3 s of system calls in a 30k-article bench ingest.
		"temp_store(MEMORY)",
		// Copy the WAL back into the file every 8,000 pages (32 MB at 4 KB
		// pages) instead of 1,000: a page rewritten by several batches
		// (the full-text index's, the tables' inner pages) is copied back
		// once. Checkpoints were 1.4 s of a 30k bench ingest's 40 s of
		// CPU, 0.7 s after.
		"wal_autocheckpoint(8000)",
		"foreign_keys(1)",
	} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	// Keep as many idle connections as an ingest uses at once (extraction
	// workers asking Known, the deciding goroutine, the writer, the
	// deriver's goroutines): with database/sql's default of 2, the others
	// were closed after each use and reopened, each time parsing the
	// schema, preparing the kept statements again and starting with an
	// empty page cache.
	db.SetMaxIdleConns(maxIdleConns)
	s := &Store{db: db, path: path}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := s.prepare(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return s, nil
}

// prepare prepares the statements the store keeps.
func (s *Store) prepare(ctx context.Context) error {
	for _, p := range []struct {
		stmt **sql.Stmt
		sql  string
	}{
		// EXISTS stops at the first row; a UNION built a temporary index
		// to drop duplicates, for one id.
		{&s.knownOne, `SELECT EXISTS(SELECT 1 FROM articles WHERE id = ?) OR EXISTS(SELECT 1 FROM skips WHERE id = ?)`},
		{&s.storyArticles, storyArticlesSQL},
	} {
		stmt, err := s.db.PrepareContext(ctx, p.sql)
		if err != nil {
			return fmt.Errorf("prepare %q: %w", p.sql, err)
		}
		*p.stmt = stmt
	}
	return nil
}

// Close closes the store.
func (s *Store) Close() error {
	s.knownOne.Close()
	s.storyArticles.Close()
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close store %s: %w", s.path, err)
	}
	return nil
}

// Path returns the file the store lives in.
func (s *Store) Path() string { return s.path }

func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("create schema_version: %w", err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin migration: %w", err)
	}
	defer tx.Rollback()
	var v int
	err = tx.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version VALUES (0)`); err != nil {
			return fmt.Errorf("init schema_version: %w", err)
		}
	case err != nil:
		return fmt.Errorf("read schema version: %w", err)
	}
	if v > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this binary knows (%d)", v, len(migrations))
	}
	for i := v; i < len(migrations); i++ {
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			return fmt.Errorf("migrate to version %d: %w", i+1, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE schema_version SET version = ?`, len(migrations)); err != nil {
		return fmt.Errorf("record schema version: %w", err)
	}
	return tx.Commit()
}

// SchemaVersion returns the schema version the store is at.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := s.db.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return v, nil
}

// Known returns which of ids are already stored, as articles or as skips.
func (s *Store) Known(ctx context.Context, ids []string) (map[string]bool, error) {
	known := make(map[string]bool)
	if len(ids) == 1 { // an extraction worker asking about its page
		var found bool
		if err := s.knownOne.QueryRowContext(ctx, ids[0], ids[0]).Scan(&found); err != nil {
			return nil, fmt.Errorf("look up known id: %w", err)
		}
		if found {
			known[ids[0]] = true
		}
		return known, nil
	}
	const chunk = 500 // under SQLite's bound-parameter limit
	for start := 0; start < len(ids); start += chunk {
		part := ids[start:min(start+chunk, len(ids))]
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		in := strings.TrimSuffix(strings.Repeat("?,", len(part)), ",")
		rows, err := s.db.QueryContext(ctx,
			`SELECT id FROM articles WHERE id IN (`+in+`) UNION SELECT id FROM skips WHERE id IN (`+in+`)`,
			append(args, args...)...)
		if err != nil {
			return nil, fmt.Errorf("look up known ids: %w", err)
		}
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, fmt.Errorf("scan known id: %w", err)
			}
			known[id] = true
		}
		if err := rows.Close(); err != nil {
			return nil, fmt.Errorf("look up known ids: %w", err)
		}
	}
	return known, nil
}

// nanos converts a time to the stored form: unix nanoseconds, 0 for zero.
func nanos(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

// fromNanos is the inverse of nanos.
func fromNanos(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n).UTC()
}
