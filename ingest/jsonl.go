package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/storyfold/storyfold/news"
)

// jsonRecord is one JSONL line. Fields are pointers or raw so that a
// missing field, a null and a wrong type can be told apart; unknown fields
// are ignored.
type jsonRecord struct {
	ID        json.RawMessage `json:"id"`
	URL       string          `json:"url"`
	Title     string          `json:"title"`
	Text      *string         `json:"text"`
	HTML      *string         `json:"html"`
	Published string          `json:"published"`
	Fetched   string          `json:"fetched"`
	Source    string          `json:"source"`
}

// readJSONL reads one JSONL input, a record a line. Blank lines are passed
// over; a bad line is skipped with its line number and reading goes on.
func (r *reader) readJSONL(origin, name string, rd io.Reader) error {
	br := bufio.NewReaderSize(rd, 64<<10)
	var buf []byte
	for n := 1; ; n++ {
		line, _, tooLong, err := readLine(br, r.o.MaxLineBytes, buf[:0])
		buf = line
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\xEF\xBB\xBF")) // Windows editors' BOM
		}
		at := fmt.Sprintf("%s:%d", origin, n)
		fallbackID := fmt.Sprintf("%s:%d", name, n)
		switch {
		case tooLong:
			s := news.Skipf(news.SkipTooLarge, "%s: line over the %d-byte cap", at, r.o.MaxLineBytes)
			if serr := r.skip(at, fallbackID, s); serr != nil {
				return serr
			}
		case len(bytes.TrimSpace(line)) > 0 && (err == nil || err == io.EOF):
			if serr := r.send(jsonPage(line, at, fallbackID, r.o.MaxRecordBytes)); serr != nil {
				return serr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			// Damaged compressed data: nothing after it can be trusted.
			return r.skip(at, fallbackID, readError(at, err))
		}
	}
}

// jsonPage turns one JSONL line into a page, or a skip page saying why it
// cannot. at is "path:line"; fallbackID is the InputID when the line has
// no id.
func jsonPage(line []byte, at, fallbackID string, maxContent int64) news.Page {
	p := news.Page{InputID: fallbackID, Origin: at, Format: news.FormatAuto}
	var rec jsonRecord
	if !decodeRecord(line, &rec) { // most lines: decoded as json.Unmarshal would
		if err := json.Unmarshal(line, &rec); err != nil {
			p.Skip = news.Skipf(news.SkipMalformed, "%s: %s", at, jsonError(err))
			return p
		}
	}
	id, err := jsonID(rec.ID)
	if err != nil {
		p.Skip = news.Skipf(news.SkipMalformed, "%s: %v", at, err)
		return p
	}
	if id != "" {
		p.InputID = id
	}
	p.URL, p.Title, p.Source = rec.URL, rec.Title, rec.Source
	p.Published, p.Fetched = parseTime(rec.Published), parseTime(rec.Fetched)
	switch {
	case rec.HTML != nil && *rec.HTML != "":
		p.Format, p.Content = news.FormatHTML, []byte(*rec.HTML)
	case rec.Text != nil && *rec.Text != "":
		p.Format, p.Content = news.FormatText, []byte(*rec.Text)
	default:
		p.Skip = news.Skipf(news.SkipEmpty, "%s: no text or html", at)
	}
	if int64(len(p.Content)) > maxContent {
		p.Content = nil
		p.Skip = news.Skipf(news.SkipTooLarge, "%s: content over the %d-byte cap", at, maxContent)
	}
	return p
}

// jsonError says briefly what is wrong with a JSONL line.
func jsonError(err error) string {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return fmt.Sprintf("bad JSON at byte %d: %v", syntax.Offset, err)
	case errors.As(err, &typ) && typ.Field == "":
		return fmt.Sprintf("line is a JSON %s, not an object", typ.Value)
	case errors.As(err, &typ):
		return fmt.Sprintf("field %q is a JSON %s, want %s", typ.Field, typ.Value, typ.Type)
	}
	return fmt.Sprintf("bad JSON: %v", err)
}

// jsonID reads the id field: a string, or a number as written. Absent or
// null gives "".
func jsonID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf("field \"id\": %w", err)
		}
		return s, nil
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		if _, err := strconv.ParseFloat(string(raw), 64); err == nil {
			return string(raw), nil
		}
	}
	return "", fmt.Errorf("field \"id\" is %.20s, want a string or number", raw)
}

// timeLayouts are the date forms JSONL "published" and "fetched" may take:
// RFC 3339 and YYYY-MM-DD by contract, and the near misses dumps produce.
var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02",
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04:05Z07:00",
}

// parseTime parses a "published" or "fetched" value; zero when empty or
// in no known form. A bad date does not lose the record: extract may still
// find the date in the page.
func parseTime(s string) time.Time {
	for _, layout := range timeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// readLine reads one line into buf (reused across calls), without its end
// of line, and says how many bytes it consumed. A line over max bytes is
// read through to its end but not kept: tooLong is set and line is empty.
// err is io.EOF after the last line.
func readLine(br *bufio.Reader, max int, buf []byte) (line []byte, n int64, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		n += int64(len(chunk))
		if !tooLong && len(buf)+len(chunk) > max+1 {
			tooLong, buf = true, nil // let the collector have the partial line
		}
		if !tooLong {
			buf = append(buf, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		buf = bytes.TrimSuffix(bytes.TrimSuffix(buf, []byte("\n")), []byte("\r"))
		return buf, n, tooLong, err
	}
}
