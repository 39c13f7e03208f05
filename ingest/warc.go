package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/storyfold/storyfold/news"
)

// warcRecord is one WARC record as warcParser read it: its header and its
// block, or why the block could not be read.
type warcRecord struct {
	// offset is where the record starts in its (decompressed) stream.
	offset int64
	// header maps lower-case field names to values.
	header map[string]string
	// block is the record's content block; nil when skip is set.
	block []byte
	// skip is set when the record could not be read whole.
	skip *news.Skip
}

// warcParser reads WARC 1.0/1.1 records from a stream, one at a time, with
// every line and block capped. After a damaged record it resynchronises
// on the next "WARC/1." line.
type warcParser struct {
	br        *bufio.Reader
	off       int64 // bytes consumed from br
	maxLine   int
	maxRecord int64
	buf       []byte
	pending   []byte // a version line found while resynchronising
	pendingAt int64  // its offset
}

// next returns the next record. err is io.EOF at the end of the stream and
// any other error a read failure after which the stream cannot go on;
// damage the parser can step over comes back as a record with skip set.
func (p *warcParser) next() (warcRecord, error) {
	line, start, err := p.firstLine()
	rec := warcRecord{offset: start}
	if err != nil {
		return rec, err
	}
	if !bytes.HasPrefix(line, []byte("WARC/1.")) {
		rec.skip = news.Skipf(news.SkipMalformed, "no WARC version line (found %.40q)", line)
		return rec, p.resync()
	}
	if rec.header, err = p.header(); err != nil {
		if rec.skip = headerSkip(err); rec.skip != nil {
			return rec, p.resync() // one skip for the record, not one per line of it
		}
		return rec, err
	}
	length, perr := strconv.ParseInt(strings.TrimSpace(rec.header["content-length"]), 10, 64)
	if perr != nil || length < 0 {
		rec.skip = news.Skipf(news.SkipMalformed, "bad or missing Content-Length %q", rec.header["content-length"])
		return rec, p.resync()
	}
	rec.block, rec.skip, err = p.block(length)
	return rec, err
}

// firstLine returns the record's first non-blank line and its offset.
func (p *warcParser) firstLine() ([]byte, int64, error) {
	if p.pending != nil {
		line, at := p.pending, p.pendingAt
		p.pending = nil
		return line, at, nil
	}
	for {
		at := p.off
		line, tooLong, err := p.line()
		if tooLong || len(bytes.TrimSpace(line)) > 0 {
			return line, at, nil // a last line without end of line is still read
		}
		if err != nil {
			return nil, at, err
		}
	}
}

// line reads one capped line and counts the bytes it consumed.
func (p *warcParser) line() ([]byte, bool, error) {
	line, n, tooLong, err := readLine(p.br, p.maxLine, p.buf[:0])
	p.buf = line
	p.off += n
	return line, tooLong, err
}

// resync reads up to the next WARC version line and keeps it for next.
func (p *warcParser) resync() error {
	for {
		at := p.off
		line, tooLong, err := p.line()
		if !tooLong && bytes.HasPrefix(line, []byte("WARC/1.")) {
			p.pending, p.pendingAt = append([]byte(nil), line...), at
			return nil
		}
		if err == io.EOF {
			return nil // the skip is reported; the next call ends the stream
		}
		if err != nil {
			return err
		}
	}
}

// errHeader marks a damaged header the parser can step over.
type errHeader struct{ msg string }

func (e errHeader) Error() string { return e.msg }

// headerSkip turns a header error into a skip: malformed for damage,
// nil for read failures, which end the stream.
func headerSkip(err error) *news.Skip {
	var h errHeader
	switch {
	case errors.As(err, &h):
		return news.Skipf(news.SkipMalformed, "%s", h.msg)
	case err == io.EOF:
		return news.Skipf(news.SkipMalformed, "truncated WARC header")
	}
	return nil
}

// header reads named fields up to the blank line that ends them.
func (p *warcParser) header() (map[string]string, error) {
	h := make(map[string]string)
	total, last := 0, ""
	for {
		line, tooLong, err := p.line()
		if err != nil {
			return h, err
		}
		total += len(line)
		if tooLong || total > p.maxLine {
			return h, errHeader{fmt.Sprintf("WARC header over the %d-byte cap", p.maxLine)}
		}
		if len(line) == 0 {
			return h, nil
		}
		if (line[0] == ' ' || line[0] == '\t') && last != "" {
			h[last] += " " + string(bytes.TrimSpace(line)) // folded continuation
			continue
		}
		name, value, ok := bytes.Cut(line, []byte(":"))
		if !ok {
			return h, errHeader{fmt.Sprintf("WARC header line without a colon: %.40q", line)}
		}
		last = strings.ToLower(string(bytes.TrimSpace(name)))
		h[last] = string(bytes.TrimSpace(value))
	}
}

// block reads a content block of length bytes; a block over the cap is
// read through and dropped.
func (p *warcParser) block(length int64) ([]byte, *news.Skip, error) {
	if length > p.maxRecord {
		n, err := io.CopyN(io.Discard, p.br, length)
		p.off += n
		s := news.Skipf(news.SkipTooLarge, "record of %d bytes, over the %d-byte cap", length, p.maxRecord)
		if err == io.EOF {
			err = nil // the skip says enough; the next call ends the stream
		}
		return nil, s, err
	}
	b, err := io.ReadAll(io.LimitReader(p.br, length))
	p.off += int64(len(b))
	if err != nil {
		return nil, nil, err
	}
	if int64(len(b)) < length {
		return nil, news.Skipf(news.SkipMalformed, "truncated WARC record: %d of %d bytes", len(b), length), nil
	}
	return b, nil, nil
}

// readWARC reads the records of one WARC stream. member is the
// compressed offset of the gzip member the stream is, -1 for a plain file.
// damaged says the stream ended in damage (reported as a skip).
func (r *reader) readWARC(origin string, br *bufio.Reader, member int64) (damaged bool, err error) {
	p := &warcParser{br: br, maxLine: r.o.MaxHeaderBytes, maxRecord: r.o.MaxRecordBytes}
	for {
		rec, err := p.next()
		at := warcOrigin(origin, member, rec.offset)
		if err == io.EOF {
			return false, nil
		}
		if err != nil {
			return true, r.skip(at, "", readError(at, err))
		}
		if serr := r.warcRecord(at, rec); serr != nil {
			return true, serr
		}
	}
}

// warcOrigin names a WARC record for messages: path@offset, where offset
// is the gzip member's for .warc.gz (with +offset inside the member when
// the member holds several records).
func warcOrigin(path string, member, offset int64) string {
	switch {
	case member < 0:
		return fmt.Sprintf("%s@%d", path, offset)
	case offset == 0:
		return fmt.Sprintf("%s@%d", path, member)
	}
	return fmt.Sprintf("%s@%d+%d", path, member, offset)
}

// readWARCGzip reads a gzipped WARC member by member, so that each
// record's Origin carries the compressed offset of its member, the offset
// WARC indexes (CDX) use. A damaged member ends the input after the
// records read before it.
func (r *reader) readWARCGzip(origin string, br *bufio.Reader) error {
	cr := &countingReader{br: br}
	zr, err := gzip.NewReader(cr)
	var zbr *bufio.Reader // reused: CC-NEWS has a member per record
	for member := int64(0); ; member = cr.n {
		if member > 0 {
			if err = zr.Reset(cr); err == io.EOF {
				return nil
			}
		}
		if err != nil {
			at := warcOrigin(origin, member, 0)
			return r.skip(at, "", news.Skipf(news.SkipMalformed, "%s: not a gzip member: %v", at, err))
		}
		zr.Multistream(false)
		if zbr == nil {
			zbr = bufio.NewReaderSize(zr, 64<<10)
		} else {
			zbr.Reset(zr)
		}
		damaged, err := r.readWARC(origin, zbr, member)
		if err != nil || damaged || cr.n == member {
			return err
		}
	}
}

// countingReader counts the bytes gzip consumes. It is an io.ByteReader,
// so gzip reads exactly the bytes of each member and no more.
type countingReader struct {
	br *bufio.Reader
	n  int64
}

func (c *countingReader) Read(b []byte) (int, error) {
	n, err := c.br.Read(b)
	c.n += int64(n)
	return n, err
}

func (c *countingReader) ReadByte() (byte, error) {
	b, err := c.br.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}
