package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalDataDir holds dedup-set's data folder to the flag when given,
// STORYFOLD_DATA when not, and an error naming both when neither names
// one, or naming where a missing or non-folder path came from.
func TestEvalDataDir(t *testing.T) {
	dir, other := t.TempDir(), t.TempDir()
	file := filepath.Join(dir, "f.txt")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "none")
	for _, c := range []struct {
		flag, env, want, errHas string
	}{
		{flag: dir, env: other, want: dir},
		{flag: dir, want: dir},
		{env: other, want: other},
		{errHas: "give --data DIR or set STORYFOLD_DATA"},
		{flag: missing, env: other, errHas: "(--data)"},
		{env: missing, errHas: "(STORYFOLD_DATA)"},
		{env: file, errHas: "is not a folder"},
	} {
		got, err := evalDataDir(c.flag, c.env)
		if c.errHas != "" {
			if err == nil || !strings.Contains(err.Error(), c.errHas) {
				t.Errorf("evalDataDir(%q, %q) = %q, %v; want an error with %q", c.flag, c.env, got, err, c.errHas)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("evalDataDir(%q, %q) = %q, %v; want %q", c.flag, c.env, got, err, c.want)
		}
	}
}

// TestEvalDedupSetNeedsData runs dedup-set with neither --data nor
// STORYFOLD_DATA: it fails with the error that says so, before it
// creates the output file.
func TestEvalDedupSetNeedsData(t *testing.T) {
	t.Setenv("STORYFOLD_DATA", "")
	out := filepath.Join(t.TempDir(), "set.jsonl")
	cmd := newEvalDedupSetCmd()
	cmd.SetArgs([]string{"--out", out})
	cmd.SetOut(new(strings.Builder))
	cmd.SetErr(new(strings.Builder))
	err := cmd.Execute()
	if err == nil || !strings.Contains(err.Error(), "give --data DIR or set STORYFOLD_DATA") {
		t.Fatalf("dedup-set without data: %v", err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("dedup-set without data left %s (stat: %v)", out, err)
	}
}
