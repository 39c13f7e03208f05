package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// fuzzReader returns a reader with small caps, so that fuzzing reaches the
// caps, and an emit that checks every page's invariants.
func fuzzReader(t *testing.T) *reader {
	o := DefaultOptions()
	o.MaxRecordBytes, o.MaxLineBytes, o.MaxHeaderBytes = 4<<10, 4<<10, 1<<10
	return &reader{ctx: context.Background(), o: o, emit: func(p news.Page) error {
		checkPage(t, p, o)
		return nil
	}}
}

// checkPage fails t unless p is a well-formed page: an ID, an origin, and
// either content within the cap or a skip with a reason and no content.
func checkPage(t *testing.T, p news.Page, o Options) {
	t.Helper()
	if b, err := hex.DecodeString(p.ID); err != nil || len(b) != 16 {
		t.Fatalf("page ID %q is not 128 bits of hex", p.ID)
	}
	if p.Origin == "" {
		t.Fatal("page without origin")
	}
	if p.Skip != nil {
		if p.Skip.Reason == "" || len(p.Content) != 0 {
			t.Fatalf("skip page %+v", p)
		}
		return
	}
	if int64(len(p.Content)) > o.MaxRecordBytes {
		t.Fatalf("%d bytes of content over the %d cap", len(p.Content), o.MaxRecordBytes)
	}
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"x","published":"2025-06-17"}` + "\n" + `{"id":1,"html":"<p>`))
	f.Add([]byte("{\"id\":\"a\",\"text\":5}\n\n[1]\n{\"title\":null,\"html\":\"\\u00e9\"}"))
	f.Add([]byte(strings.Repeat("x", 5000) + "\n{}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := fuzzReader(t)
		if err := r.readJSONL("f.jsonl", "f.jsonl", bytes.NewReader(data)); err != nil {
			t.Fatalf("readJSONL: %v", err)
		}
	})
}

func FuzzWARC(f *testing.F) {
	f.Add(warcResponse("a", "<p>x</p>"))
	f.Add(append(warcRecordBytes("request", "r", "u", "application/http; msgtype=request", []byte("GET / HTTP/1.1\r\n\r\n")), warcResponse("b", "<p>y</p>")...))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999999\r\n\r\nshort"))
	f.Add([]byte("junk\r\nWARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nHTTP/"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := fuzzReader(t)
		if _, err := r.readWARC("f.warc", bufio.NewReader(bytes.NewReader(data)), -1); err != nil {
			t.Fatalf("readWARC: %v", err)
		}
	})
}

// FuzzGzip feeds arbitrary bytes, often gzip, under every kind of name:
// detection, decompression and the caps must hold whatever arrives.
func FuzzGzip(f *testing.F) {
	for _, s := range []string{"<html>page</html>", `{"id":"a","text":"b"}`, string(warcResponse("w", "<p>z</p>"))} {
		var buf bytes.Buffer
		buf.Write(gzipped(f, []byte(s)))
		f.Add(buf.Bytes(), uint8(0))
		f.Add(buf.Bytes()[:buf.Len()/2], uint8(1))
	}
	f.Add(bomb(f, 1<<20), uint8(2))
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		names := []string{"a.html.gz", "a.jsonl.gz", "a.warc.gz", "a", "a.txt"}
		r := fuzzReader(t)
		if err := r.stream("in", names[int(which)%len(names)], bytes.NewReader(data), -1); err != nil {
			t.Fatalf("stream: %v", err)
		}
	})
}
