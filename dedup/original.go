package dedup

import (
	"cmp"
	"slices"
	"time"
)

// Member is one article of a copy group, with what Original weighs.
type Member struct {
	// ID is the article's id.
	ID string
	// Published is the publication time, zero when unknown.
	Published time.Time
	// Words is the article's word count (Signature.Words).
	Words int
	// Seen is the ingest order: a sequence number or a Unix time.
	Seen int64
}

// Original returns the id of the group's original: the earliest
// published, else the most complete (most words), else the first seen,
// else the smallest id. Members without a publication time come after
// those with one. The answer depends only on the group's members, never
// on their order, so every worker and every re-run names the same one.
// It returns "" for an empty group.
func Original(group []Member) string {
	if len(group) == 0 {
		return ""
	}
	return slices.MinFunc(group, compareOriginal).ID
}

func compareOriginal(a, b Member) int {
	if a.Published.IsZero() != b.Published.IsZero() {
		if a.Published.IsZero() {
			return 1
		}
		return -1
	}
	return cmp.Or(
		a.Published.Compare(b.Published),
		cmp.Compare(b.Words, a.Words),
		cmp.Compare(a.Seen, b.Seen),
		cmp.Compare(a.ID, b.ID),
	)
}
