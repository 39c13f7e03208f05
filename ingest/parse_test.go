package ingest

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/storyfold/storyfold/news"
)

// warcRecordBytes returns one WARC record.
func warcRecordBytes(typ, id, uri, contentType string, block []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Target-URI: %s\r\n", typ, id, uri)
	fmt.Fprintf(&b, "WARC-Date: 2025-06-17T10:00:00Z\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", contentType, len(block))
	b.Write(block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

// warcResponse returns a WARC response record holding an HTML page.
func warcResponse(id, html string) []byte {
	block := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
	return warcRecordBytes("response", id, "https://example.com/"+id, "application/http; msgtype=response", []byte(block))
}

// warcGzipBody returns a WARC response whose HTTP body is gzipped.
func warcGzipBody(t testing.TB, id string, body []byte) []byte {
	block := append([]byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"), body...)
	return warcRecordBytes("response", id, "https://example.com/"+id, "application/http; msgtype=response", block)
}

func TestJSONPage(t *testing.T) {
	date := time.Date(2025, 6, 17, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		line      string
		inputID   string
		format    news.Format
		published time.Time
		fetched   time.Time
		skip      news.SkipReason
		detail    string
	}{
		{line: `{"id":"x","text":"body","published":"2025-06-17"}`, inputID: "x", format: news.FormatText, published: date},
		{line: `{"id":"x","html":"<p>b</p>","text":"b"}`, inputID: "x", format: news.FormatHTML},
		{line: `{"id":12,"text":"b","published":"2025-06-17T00:00:00Z"}`, inputID: "12", format: news.FormatText, published: date},
		{line: `{"text":"b","published":"2025-06-17 00:00:00"}`, inputID: "f:1", format: news.FormatText, published: date},
		{line: `{"id":"x","text":"b","published":"June 17"}`, inputID: "x", format: news.FormatText},
		{line: `{"id":"x","text":"b","fetched":"2025-06-17T00:00:00Z"}`, inputID: "x", format: news.FormatText, fetched: date},
		{line: `{"id":"x","text":"b","fetched":"yesterday"}`, inputID: "x", format: news.FormatText},
		{line: `{"id":"x","text":"b","unknown":[1,{"a":2}]}`, inputID: "x", format: news.FormatText},
		{line: `{"id":"x","text":"b"`, skip: news.SkipMalformed, detail: "f:1: bad JSON"},
		{line: `{"id":"x","text":5}`, skip: news.SkipMalformed, detail: `field "text" is a JSON number, want string`},
		{line: `{"id":"x","text":"b","url":["a"]}`, skip: news.SkipMalformed, detail: `field "url"`},
		{line: `{"id":true,"text":"b"}`, skip: news.SkipMalformed, detail: `field "id"`},
		{line: `"just a string"`, skip: news.SkipMalformed, detail: "not an object"},
		{line: `{"id":"x","title":"no body"}`, inputID: "x", skip: news.SkipEmpty},
		{line: `{"id":"x","text":""}`, inputID: "x", skip: news.SkipEmpty},
		{line: `{"id":"x","text":"` + strings.Repeat("a", 101) + `"}`, inputID: "x", skip: news.SkipTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.line[:min(len(tt.line), 40)], func(t *testing.T) {
			p := jsonPage([]byte(tt.line), "f:1", "f:1", 100)
			if tt.skip != "" {
				if p.Skip == nil || p.Skip.Reason != tt.skip || !strings.Contains(p.Skip.Detail, tt.detail) {
					t.Fatalf("skip = %v; want %s containing %q", p.Skip, tt.skip, tt.detail)
				}
				if len(p.Content) != 0 {
					t.Errorf("skipped page keeps %d bytes", len(p.Content))
				}
				return
			}
			if p.Skip != nil {
				t.Fatalf("skip = %v", p.Skip)
			}
			if p.InputID != tt.inputID || p.Format != tt.format || !p.Published.Equal(tt.published) || !p.Fetched.Equal(tt.fetched) {
				t.Errorf("got %q %s %v %v; want %q %s %v %v", p.InputID, p.Format, p.Published, p.Fetched, tt.inputID, tt.format, tt.published, tt.fetched)
			}
		})
	}
}

func TestReadLine(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want []string // "!" marks a too-long line
	}{
		{"a\nbb\r\nccc", 10, []string{"a", "bb", "ccc"}},
		{"a\n\nb\n", 10, []string{"a", "", "b", ""}},
		{"short\n" + strings.Repeat("x", 100) + "\nok", 10, []string{"short", "!", "ok"}},
		{strings.Repeat("y", 70_000) + "\nend\n", 80_000, []string{strings.Repeat("y", 70_000), "end", ""}},
		{strings.Repeat("y", 70_000), 1000, []string{"!"}},
		{"", 10, []string{""}},
	}
	for _, tt := range tests {
		br := bufio.NewReaderSize(strings.NewReader(tt.in), 16)
		var got []string
		var consumed int64
		for {
			line, n, tooLong, err := readLine(br, tt.max, nil)
			consumed += n
			if tooLong {
				got = append(got, "!")
			} else {
				got = append(got, string(line))
			}
			if err != nil {
				break
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("readLine(%.20q) = %.60q; want %.60q", tt.in, got, tt.want)
		}
		if consumed != int64(len(tt.in)) {
			t.Errorf("readLine(%.20q) consumed %d bytes; want %d", tt.in, consumed, len(tt.in))
		}
	}
}

func TestMediaFormat(t *testing.T) {
	tests := []struct {
		contentType string
		format      news.Format
		charset     string
		skip        bool
	}{
		{"text/html; charset=Shift_JIS", news.FormatHTML, "Shift_JIS", false},
		{"TEXT/HTML", news.FormatHTML, "", false},
		{"application/xhtml+xml; charset=utf-8", news.FormatHTML, "utf-8", false},
		{"text/plain;charset=\"gb2312\"", news.FormatText, "gb2312", false},
		{"text/html; charset", news.FormatHTML, "", false},
		{"text/html;; charset=iso-8859-1;", news.FormatHTML, "iso-8859-1", false},
		{"", news.FormatAuto, "", false},
		{"image/jpeg", "", "", true},
		{"application/pdf", "", "", true},
	}
	for _, tt := range tests {
		f, cs, skip := mediaFormat(tt.contentType)
		if f != tt.format || cs != tt.charset || (skip != nil) != tt.skip {
			t.Errorf("mediaFormat(%q) = %s %q %v; want %s %q skip=%v", tt.contentType, f, cs, skip, tt.format, tt.charset, tt.skip)
		}
	}
}

func TestSplitHTTP(t *testing.T) {
	tests := []struct{ in, head, body string }{
		{"HTTP/1.1 200 OK\r\nA: b\r\n\r\nbody\r\n\r\nmore", "HTTP/1.1 200 OK\r\nA: b\r\n\r\n", "body\r\n\r\nmore"},
		{"HTTP/1.0 200 OK\nA: b\n\nbody", "HTTP/1.0 200 OK\nA: b\n\n", "body"},
		{"HTTP/2 200\r\n\r\nbody", "HTTP/1.1 200\r\n\r\n", "body"},
		{"HTTP/1.1 200 OK\r\nno end", "HTTP/1.1 200 OK\r\nno end", ""},
	}
	for _, tt := range tests {
		head, body := splitHTTP([]byte(tt.in))
		if string(head) != tt.head || string(body) != tt.body {
			t.Errorf("splitHTTP(%q) = %q, %q; want %q, %q", tt.in, head, body, tt.head, tt.body)
		}
	}
}

func TestKind(t *testing.T) {
	tests := []struct {
		name string
		head string
		want kind
	}{
		{"a.HTML", "", kindHTML},
		{"a.htm.gz", "", kindHTML},
		{"a.txt", "{", kindText},
		{"a.jsonl.gz", "", kindJSONL},
		{"a.warc", "", kindWARC},
		{"data", "\xEF\xBB\xBF  WARC/1.1\r\n", kindWARC},
		{"data.json", "\n{\"id\":1}", kindJSONL},
		{"page", "<html>", kindUnknown},
	}
	for _, tt := range tests {
		k := kindOf(tt.name)
		if k == kindUnknown {
			k = sniffKind([]byte(tt.head), false)
		}
		if k != tt.want {
			t.Errorf("kind of %q %q = %d; want %d", tt.name, tt.head, k, tt.want)
		}
	}
}
