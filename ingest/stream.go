package ingest

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"path/filepath"
	"strings"

	"github.com/storyfold/storyfold/news"
)

// kind is an input's container format.
type kind int

const (
	kindUnknown kind = iota // a single page of unknown format
	kindHTML                // a single HTML page
	kindText                // a single text page
	kindJSONL               // one JSON object a line
	kindWARC                // a WARC archive
)

// format is the page format a single-page kind implies.
func (k kind) format() news.Format {
	switch k {
	case kindHTML:
		return news.FormatHTML
	case kindText:
		return news.FormatText
	}
	return news.FormatAuto
}

// kindOf tells an input's kind from its name, ignoring a .gz suffix.
func kindOf(name string) kind {
	name = strings.TrimSuffix(strings.ToLower(name), ".gz")
	switch filepath.Ext(name) {
	case ".html", ".htm", ".xhtml":
		return kindHTML
	case ".txt", ".text":
		return kindText
	case ".jsonl", ".ndjson":
		return kindJSONL
	case ".warc":
		return kindWARC
	}
	return kindUnknown
}

// sniffBytes is how much of an input is peeked at to tell gzip, WARC and
// JSONL from single pages: enough compressed bytes to inflate the first
// few hundred.
const sniffBytes = 8 << 10

// isGzip says whether b starts with the gzip magic and deflate method.
func isGzip(b []byte) bool {
	return len(b) >= 3 && b[0] == 0x1F && b[1] == 0x8B && b[2] == 8
}

// sniffKind tells WARC and JSONL from single pages by their first bytes,
// inflating them first when gz.
func sniffKind(head []byte, gz bool) kind {
	if gz {
		zr, err := gzip.NewReader(bytes.NewReader(head))
		if err != nil {
			return kindUnknown
		}
		head, _ = io.ReadAll(io.LimitReader(zr, 1024))
	}
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF")), " \t\r\n")
	switch {
	case bytes.HasPrefix(head, []byte("WARC/1.")):
		return kindWARC
	case bytes.HasPrefix(head, []byte("{")):
		return kindJSONL
	}
	return kindUnknown
}

// stream reads one input: a file, or standard input. name is the input's
// base name, size its length when known (-1 when not).
func (r *reader) stream(origin, name string, rd io.Reader, size int64) error {
	br := bufio.NewReaderSize(ctxReader{r.ctx, rd}, 64<<10)
	head, _ := br.Peek(sniffBytes) // a short or failing input shows up on reading
	gz := isGzip(head)
	k := kindOf(name)
	if k == kindUnknown {
		k = sniffKind(head, gz)
	}
	if gz && k == kindWARC {
		return r.readWARCGzip(origin, br)
	}
	var content io.Reader = br
	if gz {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return r.skip(origin, name, news.Skipf(news.SkipMalformed, "%s: gzip header: %v", origin, err))
		}
		defer zr.Close()
		content, size = zr, -1
	}
	switch k {
	case kindJSONL:
		return r.readJSONL(origin, name, content)
	case kindWARC:
		_, err := r.readWARC(origin, bufio.NewReaderSize(content, 64<<10), -1)
		return err
	}
	return r.readPage(origin, name, k.format(), content, size)
}

// readPage reads a whole input as one page.
func (r *reader) readPage(origin, name string, f news.Format, rd io.Reader, size int64) error {
	limit := r.o.MaxRecordBytes
	if size > limit {
		return r.skip(origin, name, news.Skipf(news.SkipTooLarge, "%s: %d bytes, over the %d-byte cap", origin, size, limit))
	}
	b, err := io.ReadAll(io.LimitReader(rd, limit+1))
	if int64(len(b)) > limit {
		return r.skip(origin, name, news.Skipf(news.SkipTooLarge, "%s: over the %d-byte cap after decompression", origin, limit))
	}
	if err != nil {
		return r.skip(origin, name, readError(origin, err))
	}
	return r.send(news.Page{InputID: name, Origin: origin, Format: f, Content: b})
}

// readError turns an error met while reading a record into a skip:
// damaged compressed data and cut-off records are malformed, anything else
// (an I/O error) unreadable.
func readError(origin string, err error) *news.Skip {
	var corrupt flate.CorruptInputError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return news.Skipf(news.SkipMalformed, "%s: truncated input", origin)
	case errors.Is(err, gzip.ErrChecksum), errors.Is(err, gzip.ErrHeader), errors.As(err, &corrupt):
		return news.Skipf(news.SkipMalformed, "%s: corrupt gzip data: %v", origin, err)
	}
	return news.Skipf(news.SkipUnreadable, "%s: %v", origin, err)
}

// ctxReader stops reading when ctx ends, so that a cancelled Read returns
// promptly even while it inflates a gzip bomb or reads through an
// oversized record, which emit nothing for a long time.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(b []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(b)
}
