package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storyfold/storyfold/news"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// fixtures is the shared fixture directory. Its files were written once by
// hand-run scripts and are described where the tests use them:
// sample.warc.gz (one gzip member a record: warcinfo, request, a
// windows-1252 HTML response, metadata, a PNG response, a chunked gzip
// HTML response, a 404), mixed.jsonl (good lines among malformed ones,
// wrong field types, a missing body), truncated.jsonl.gz (a gzip cut at
// two thirds), pages in windows-1252, Shift_JIS, GB2312 and UTF-16, a
// binary file named .html, an empty and a whitespace-only file.
const fixtures = "../testdata/ingest"

// collect reads inputs and returns every page emitted.
func collect(t testing.TB, o Options, inputs ...string) []news.Page {
	t.Helper()
	var pages []news.Page
	err := Read(context.Background(), inputs, o, func(p news.Page) error {
		pages = append(pages, p)
		return nil
	})
	if err != nil {
		t.Fatalf("Read(%v): %v", inputs, err)
	}
	return pages
}

// summary is one line a person can review per page.
func summary(p news.Page) string {
	skip := "-"
	if p.Skip != nil {
		skip = p.Skip.Error()
	}
	stamp := func(t time.Time) string {
		if t.IsZero() {
			return "-"
		}
		return t.Format("2006-01-02T15:04:05Z07:00")
	}
	return fmt.Sprintf("%s id=%s input=%q url=%q title=%q published=%s fetched=%s source=%q format=%s charset=%q bytes=%d skip=%s",
		p.Origin, p.ID[:8], p.InputID, p.URL, p.Title, stamp(p.Published), stamp(p.Fetched), p.Source, p.Format, p.Charset, len(p.Content), skip)
}

// golden compares got with testdata/name, rewriting it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs; got:\n%s", path, got)
	}
}

// TestReadFixtures reads the whole fixture directory, every format and
// every kind of damage, and compares what was emitted with a golden file.
func TestReadFixtures(t *testing.T) {
	var b strings.Builder
	for _, p := range collect(t, DefaultOptions(), fixtures) {
		b.WriteString(summary(p) + "\n")
	}
	golden(t, "fixtures.golden", b.String())
}

// TestReadStable checks that IDs depend on content only: reading the same
// input twice gives the same IDs, and different records different IDs.
func TestReadStable(t *testing.T) {
	first := collect(t, DefaultOptions(), fixtures)
	second := collect(t, DefaultOptions(), fixtures)
	if len(first) != len(second) {
		t.Fatalf("%d pages, then %d", len(first), len(second))
	}
	seen := map[string]string{}
	for i := range first {
		if first[i].ID != second[i].ID {
			t.Errorf("%s: ID %s, then %s", first[i].Origin, first[i].ID, second[i].ID)
		}
		if other, ok := seen[first[i].ID]; ok {
			t.Errorf("%s and %s share ID %s", other, first[i].Origin, first[i].ID)
		}
		seen[first[i].ID] = first[i].Origin
	}
}

// reasons returns the skip reasons of pages, "ok" for good ones.
func reasons(pages []news.Page) string {
	var r []string
	for _, p := range pages {
		if p.Skip == nil {
			r = append(r, "ok")
		} else {
			r = append(r, string(p.Skip.Reason))
		}
	}
	return strings.Join(r, " ")
}

// key identifies a page across copies of an input under other names: its
// ID when it was read (content-derived), else its input ID and skip reason
// (a skip page's ID includes its path).
func key(p news.Page) string {
	if p.Skip == nil {
		return p.ID
	}
	return p.InputID + " " + string(p.Skip.Reason)
}

// write writes b to name in dir and returns its path.
func write(t testing.TB, dir, name string, b []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// gzipped returns b gzip-compressed.
func gzipped(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// bomb returns n zero bytes gzip-compressed (about n/1000 bytes), written
// a block at a time so the test never holds n bytes.
func bomb(t testing.TB, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	block := make([]byte, 1<<20)
	for ; n > 0; n -= len(block) {
		if _, err := zw.Write(block[:min(n, len(block))]); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadCaps(t *testing.T) {
	dir := t.TempDir()
	o := DefaultOptions()
	o.MaxRecordBytes, o.MaxLineBytes = 1<<20, 1<<20
	longLine := `{"id": "long", "text": "` + strings.Repeat("x", 2<<20) + `"}`
	tests := []struct {
		name    string
		content []byte
		want    string
	}{
		{"bomb.html.gz", bomb(t, 64<<20), "too_large"},
		{"big.html", bytes.Repeat([]byte("<p>words</p>"), 200_000), "too_large"},
		{"lines.jsonl", []byte(`{"id":"a","text":"x"}` + "\n" + longLine + "\n" + `{"id":"b","text":"y"}`), "ok too_large ok"},
		{"lines.jsonl.gz", gzipped(t, []byte(`{"id":"a","text":"x"}`+"\n"+longLine+"\n"+`{"id":"b","text":"y"}`)), "ok too_large ok"},
		{"bomb.warc.gz", append(gzipped(t, warcResponse("big", strings.Repeat("x", 2<<20))), gzipped(t, warcResponse("small", "<p>fine</p>"))...), "too_large ok"},
		{"gzbody.warc", warcGzipBody(t, "bombed", bomb(t, 8<<20)), "too_large"},
		{"fine.html.gz", gzipped(t, []byte("<html><body>fine</body></html>")), "ok"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write(t, dir, tt.name, tt.content)
			pages := collect(t, o, path)
			if got := reasons(pages); got != tt.want {
				t.Errorf("reasons = %q; want %q", got, tt.want)
			}
			for _, p := range pages {
				if int64(len(p.Content)) > o.MaxRecordBytes {
					t.Errorf("%s: %d bytes of content over the cap", p.Origin, len(p.Content))
				}
				if p.Skip != nil && !strings.Contains(p.Skip.Detail, path) {
					t.Errorf("skip %q does not name %s", p.Skip.Detail, path)
				}
			}
		})
	}
}

func TestReadTruncatedGzip(t *testing.T) {
	pages := collect(t, DefaultOptions(), filepath.Join(fixtures, "truncated.jsonl.gz"))
	if len(pages) < 2 {
		t.Fatalf("got %d pages; want the records before the damage and a skip", len(pages))
	}
	last := pages[len(pages)-1]
	if last.Skip == nil || last.Skip.Reason != news.SkipMalformed {
		t.Fatalf("last page %s; want a malformed skip", summary(last))
	}
	for i, p := range pages[:len(pages)-1] {
		if p.Skip != nil || p.InputID != fmt.Sprintf("t%d", i) {
			t.Errorf("page %d: %s; want good record t%d", i, summary(p), i)
		}
	}
}

func TestReadTruncatedWARC(t *testing.T) {
	whole, err := os.ReadFile(filepath.Join(fixtures, "sample.warc.gz"))
	if err != nil {
		t.Fatal(err)
	}
	full := collect(t, DefaultOptions(), filepath.Join(fixtures, "sample.warc.gz"))
	dir := t.TempDir()
	for _, cut := range []int{len(whole) - 5, len(whole) * 2 / 3, len(whole) / 2, 40} {
		t.Run(fmt.Sprint(cut), func(t *testing.T) {
			pages := collect(t, DefaultOptions(), write(t, dir, fmt.Sprintf("cut%d.warc.gz", cut), whole[:cut]))
			if len(pages) == 0 {
				t.Fatal("no pages")
			}
			last := pages[len(pages)-1]
			if last.Skip == nil || last.Skip.Reason != news.SkipMalformed {
				t.Fatalf("last page %s; want a malformed skip", summary(last))
			}
			for i, p := range pages[:len(pages)-1] {
				if key(p) != key(full[i]) {
					t.Errorf("page %d: %s; want %s", i, summary(p), summary(full[i]))
				}
			}
		})
	}
}

// TestReadPlainWARC reads the sample decompressed, with junk between two
// records: the junk is one malformed skip and every record survives.
func TestReadPlainWARC(t *testing.T) {
	zr, err := os.Open(filepath.Join(fixtures, "sample.warc.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	gz, err := gzip.NewReader(zr)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := io.ReadAll(gz)
	if err != nil {
		t.Fatal(err)
	}
	full := collect(t, DefaultOptions(), filepath.Join(fixtures, "sample.warc.gz"))
	i := bytes.Index(plain, []byte("WARC/1.1\r\nWARC-Type: metadata"))
	junk := append(append(append([]byte{}, plain[:i]...), "garbage line\r\nmore garbage\r\n"...), plain[i:]...)
	dir := t.TempDir()
	j := bytes.Index(plain, []byte("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000005>"))
	damaged := append(append(append([]byte{}, plain[:j]...), "WARC/1.1\r\nno colon here\r\n\r\n<html>body</html>\r\n\r\n"...), plain[j:]...)
	noLength := append(append(append([]byte{}, plain[:j]...), "WARC/1.1\r\nWARC-Type: response\r\n\r\nHTTP/1.1 200 OK\r\n\r\n"...), plain[j:]...)
	tests := []struct {
		name    string
		content []byte
		junk    int
	}{
		{"plain.warc", plain, 0},
		{"junk.warc", junk, 1},
		{"damaged-header.warc", damaged, 1},
		{"no-length.warc", noLength, 1},
		{"noname", plain, 0}, // sniffed
	}
	t.Run("truncated.warc", func(t *testing.T) {
		pages := collect(t, DefaultOptions(), write(t, dir, "truncated.warc", plain[:len(plain)-20]))
		last := pages[len(pages)-1]
		if len(pages) != len(full) || last.Skip == nil || last.Skip.Reason != news.SkipMalformed ||
			!strings.Contains(last.Skip.Detail, "truncated WARC record") {
			t.Errorf("got %d pages, last %s; want %d, the last a truncated-record skip", len(pages), summary(last), len(full))
		}
	})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages := collect(t, DefaultOptions(), write(t, dir, tt.name, tt.content))
			if len(pages) != len(full)+tt.junk {
				t.Fatalf("%d pages; want %d", len(pages), len(full)+tt.junk)
			}
			var ids []string
			for _, p := range pages {
				if p.Skip != nil && p.InputID == "" {
					continue // the junk: no record ID to report
				}
				ids = append(ids, key(p))
			}
			for i, p := range full {
				if i >= len(ids) || ids[i] != key(p) {
					t.Errorf("record %d: want %s", i, summary(p))
				}
			}
		})
	}
}

func TestReadSymlinkLoops(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a/page.txt", []byte("A page of text."))
	for _, link := range []struct{ target, name string }{
		{"..", "a/up"},       // a directory loop
		{"self", "a/self"},   // a link to itself
		{"a/page.txt", "ok"}, // a good link
	} {
		if err := os.Symlink(link.target, filepath.Join(dir, link.name)); err != nil {
			t.Skipf("symlinks unsupported: %v", err)
		}
	}
	pages := collect(t, DefaultOptions(), dir)
	var got []string
	for _, p := range pages {
		got = append(got, strings.TrimPrefix(p.Origin, dir+"/")+" "+reasons([]news.Page{p}))
	}
	want := "a/page.txt ok|a/self unreadable|a/up unreadable|ok ok"
	if strings.Join(got, "|") != want {
		t.Errorf("got %q; want %q", strings.Join(got, "|"), want)
	}
	for _, p := range pages {
		if p.Skip != nil && !strings.Contains(p.Skip.Detail, "symlink loop") {
			t.Errorf("%s: %q does not say symlink loop", p.Origin, p.Skip.Detail)
		}
	}
}

func TestReadUnreadable(t *testing.T) {
	dir := t.TempDir()
	locked := write(t, dir, "locked.txt", []byte("secret"))
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	inputs := []string{filepath.Join(dir, "missing.html"), write(t, dir, "fine.txt", []byte("fine"))}
	want := "unreadable ok"
	if _, err := os.ReadFile(locked); err != nil { // root reads anything
		inputs, want = append(inputs, locked), want+" unreadable"
	}
	if got := reasons(collect(t, DefaultOptions(), inputs...)); got != want {
		t.Errorf("reasons = %q; want %q", got, want)
	}
}

func TestReadStdin(t *testing.T) {
	tests := []struct {
		name  string
		stdin []byte
		want  string
		fmt   news.Format
	}{
		{"jsonl", []byte(`{"id":"s1","text":"one"}` + "\n" + `{"id":"s2","html":"<p>two</p>"}`), "ok ok", news.FormatText},
		{"gzip html", gzipped(t, []byte("<html><body>x</body></html>")), "ok", news.FormatAuto},
		{"warc", warcResponse("w", "<p>x</p>"), "ok", news.FormatHTML},
		{"empty", nil, "ok", news.FormatAuto},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := DefaultOptions()
			o.Stdin = bytes.NewReader(tt.stdin)
			pages := collect(t, o, "-")
			if got := reasons(pages); got != tt.want {
				t.Fatalf("reasons = %q; want %q", got, tt.want)
			}
			if pages[0].Format != tt.fmt {
				t.Errorf("format = %s; want %s", pages[0].Format, tt.fmt)
			}
		})
	}
}

// TestReadDeepNesting reads a page of 100,000 nested elements whole:
// ingest never parses markup.
func TestReadDeepNesting(t *testing.T) {
	const depth = 100_000
	doc := "<html><body>" + strings.Repeat("<div>", depth) + "deep" + strings.Repeat("</div>", depth)
	path := write(t, t.TempDir(), "deep.html", []byte(doc))
	pages := collect(t, DefaultOptions(), path)
	if len(pages) != 1 || pages[0].Skip != nil || string(pages[0].Content) != doc {
		t.Fatalf("got %d pages (%s); want the page whole", len(pages), reasons(pages))
	}
}

func TestReadStops(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := Read(context.Background(), []string{fixtures}, DefaultOptions(), func(news.Page) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("Read = %v after %d pages; want stop after 3", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = Read(ctx, []string{fixtures}, DefaultOptions(), func(news.Page) error {
		t.Error("emit called after cancel")
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Read = %v; want context.Canceled", err)
	}
}

// cancelReader cancels a context on its first read, then reads r,
// counting its reads.
type cancelReader struct {
	cancel func()
	r      io.Reader
	reads  int
}

func (c *cancelReader) Read(b []byte) (int, error) {
	c.cancel()
	c.reads++
	return c.r.Read(b)
}

// TestReadCancelInsideRecord cancels while Read is inside one huge record
// that emits nothing: Read must return the context's error, not read on.
func TestReadCancelInsideRecord(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	o := DefaultOptions()
	in := &cancelReader{cancel: cancel, r: bytes.NewReader(warcResponse("big", strings.Repeat("x", 1<<20)))}
	o.Stdin = in
	var pages []news.Page
	err := Read(ctx, []string{"-"}, o, func(p news.Page) error {
		pages = append(pages, p)
		return nil
	})
	if !errors.Is(err, context.Canceled) || len(pages) != 0 || in.reads != 1 {
		t.Errorf("Read = %v with %d pages after %d reads; want context.Canceled, none, 1", err, len(pages), in.reads)
	}
}

func TestReadJSONLByteOrderMark(t *testing.T) {
	o := DefaultOptions()
	o.Stdin = strings.NewReader("\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"x\"}\r\n{\"id\":\"b\",\"text\":\"y\"}\r\n")
	if got := reasons(collect(t, o, "-")); got != "ok ok" {
		t.Errorf("reasons = %q; want ok ok", got)
	}
}
