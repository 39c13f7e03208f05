package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/storyfold/storyfold/store/sqlite"
)

// openStore opens the store a --db DSN names: a path for the embedded
// SQLite store (the default). PostgreSQL DSNs are reserved for the
// multi-worker backend.
func openStore(ctx context.Context, dsn string) (*sqlite.Store, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return nil, fmt.Errorf("open store: the PostgreSQL backend is not built yet; use a SQLite path")
	}
	dsn = strings.TrimPrefix(dsn, "sqlite://")
	return sqlite.Open(ctx, dsn)
}

// openWriter opens the store and takes its writer lock: one process at a
// time runs a pipeline over a store. close releases both.
func openWriter(ctx context.Context, dsn string) (st *sqlite.Store, close func(), err error) {
	st, err = openStore(ctx, dsn)
	if err != nil {
		return nil, nil, err
	}
	unlock, err := st.LockWriter()
	if err != nil {
		st.Close()
		return nil, nil, fmt.Errorf("%w (stop it, or serve with --read-only)", err)
	}
	return st, func() { unlock(); st.Close() }, nil
}
