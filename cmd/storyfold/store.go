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
