package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestExtractJSONSkipKeepsMeta checks that extract --json prints a
// skipped record's metadata beside its skip_reason, with an empty body,
// and keeps every field of DESIGN.md's contract.
func TestExtractJSONSkipKeepsMeta(t *testing.T) {
	in := filepath.Join(t.TempDir(), "in.jsonl")
	rec := `{"id":"x1","url":"https://example.org/news/short","title":"A short note","published":"2025-03-04","source":"Example News","text":"Just a line."}` + "\n"
	if err := os.WriteFile(in, []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := runExtract(context.Background(), news.FormatAuto, true, []string{in}, strings.NewReader(""), &out); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("output %q: %v", out.String(), err)
	}
	for _, k := range []string{"input_id", "title", "publisher", "published", "author", "url", "lang", "body", "skip_reason"} {
		if _, ok := got[k]; !ok {
			t.Errorf("output lacks %q: %s", k, out.String())
		}
	}
	want := map[string]any{"input_id": "x1", "title": "A short note", "publisher": "Example News",
		"published": "2025-03-04T00:00:00Z", "url": "https://example.org/news/short", "body": "", "skip_reason": "no_text"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %v, want %v", k, got[k], v)
		}
	}
}
