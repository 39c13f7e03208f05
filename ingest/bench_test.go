package ingest

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// benchRecords is how many records the benchmarks read per iteration,
// each with a body of about 6 KB, the size of a news article page's text.
const benchRecords = 1000

var benchBody = strings.Repeat("North Korean casualties in Kursk have likely passed 6,000, UK intelligence said. ", 75)

// benchRead times reading data as the input name, one record at a time.
// Throughput is counted in uncompressed bytes, size.
func benchRead(b *testing.B, name string, data []byte, size int) {
	b.SetBytes(int64(size))
	r := &reader{ctx: context.Background(), o: DefaultOptions()}
	n := 0
	r.emit = func(p news.Page) error {
		if p.Skip != nil {
			return fmt.Errorf("unexpected skip: %v", p.Skip)
		}
		n++
		return nil
	}
	for b.Loop() {
		n = 0
		if err := r.stream(name, name, bytes.NewReader(data), -1); err != nil {
			b.Fatal(err)
		}
		if n != benchRecords {
			b.Fatalf("read %d records; want %d", n, benchRecords)
		}
	}
}

func BenchmarkJSONL(b *testing.B) {
	var buf bytes.Buffer
	for i := range benchRecords {
		fmt.Fprintf(&buf, `{"id":"b%d","url":"https://example.com/%d","title":"Story %d","published":"2025-06-17","text":%q}`+"\n", i, i, i, benchBody)
	}
	b.Run("plain", func(b *testing.B) { benchRead(b, "bench.jsonl", buf.Bytes(), buf.Len()) })
	b.Run("gzip", func(b *testing.B) { benchRead(b, "bench.jsonl.gz", gzipped(b, buf.Bytes()), buf.Len()) })
}

func BenchmarkWARC(b *testing.B) {
	var plain, members bytes.Buffer
	for i := range benchRecords {
		rec := warcResponse(fmt.Sprint(i), "<html><body><p>"+benchBody+"</p></body></html>")
		plain.Write(rec)
		members.Write(gzipped(b, rec)) // one member a record, as CC-NEWS writes
	}
	b.Run("plain", func(b *testing.B) { benchRead(b, "bench.warc", plain.Bytes(), plain.Len()) })
	b.Run("gzip", func(b *testing.B) { benchRead(b, "bench.warc.gz", members.Bytes(), plain.Len()) })
}
