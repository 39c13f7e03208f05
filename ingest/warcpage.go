package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"strings"

	"github.com/storyfold/storyfold/news"
)

// warcRecord emits the page a WARC record holds. Response and resource
// records are pages; warcinfo, request, metadata, revisit and conversion
// records describe the crawl, not pages, and are passed over silently, so
// that a CC-NEWS file (a request and a metadata record beside every
// response) does not report two skips per page.
func (r *reader) warcRecord(at string, rec warcRecord) error {
	id := strings.Trim(rec.header["warc-record-id"], "<>")
	if rec.skip != nil {
		rec.skip.Detail = at + ": " + rec.skip.Detail
		if typ := strings.ToLower(rec.header["warc-type"]); typ != "" && typ != "response" && typ != "resource" {
			return nil // a damaged record we would not have read anyway
		}
		return r.skip(at, id, rec.skip)
	}
	p := news.Page{
		InputID: id,
		Origin:  at,
		URL:     strings.Trim(rec.header["warc-target-uri"], "<>"),
		Fetched: parseTime(rec.header["warc-date"]),
		Format:  news.FormatAuto,
	}
	var skip *news.Skip
	switch typ := strings.ToLower(rec.header["warc-type"]); typ {
	case "response":
		p.Format, p.Charset, p.Content, skip = r.httpPayload(rec.header["content-type"], rec.block)
	case "resource":
		p.Format, p.Charset, skip = mediaFormat(rec.header["content-type"])
		p.Content = rec.block
	case "":
		skip = news.Skipf(news.SkipMalformed, "no WARC-Type")
	default:
		return nil
	}
	if skip != nil {
		skip.Detail = at + ": " + skip.Detail
		p.Content, p.Skip = nil, skip
	}
	return r.send(p)
}

// httpPayload reads the HTTP response a WARC response record holds and
// returns its page format, declared charset and decoded body.
func (r *reader) httpPayload(warcType string, block []byte) (news.Format, string, []byte, *news.Skip) {
	if mt, _, _ := mime.ParseMediaType(warcType); mt != "" && mt != "application/http" {
		// A response record that is not HTTP (dns:, ftp:) holds no page.
		return "", "", nil, news.Skipf(news.SkipUnsupported, "response record of type %s", mt)
	}
	head, body := splitHTTP(block)
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(head)), nil)
	if err != nil {
		return "", "", nil, news.Skipf(news.SkipMalformed, "HTTP response: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return "", "", nil, news.Skipf(news.SkipUnsupported, "HTTP status %d", resp.StatusCode)
	}
	format, charset, skip := mediaFormat(resp.Header.Get("Content-Type"))
	if skip != nil {
		return "", "", nil, skip
	}
	if len(resp.TransferEncoding) > 0 && resp.TransferEncoding[0] == "chunked" {
		// Crawlers often store the body already de-chunked under the
		// original header: keep the bytes as they are when they do not
		// parse as chunks.
		if b, err := io.ReadAll(io.LimitReader(httputil.NewChunkedReader(bytes.NewReader(body)), r.o.MaxRecordBytes)); err == nil {
			body = b
		}
	}
	body, skip = r.contentDecode(resp.Header.Get("Content-Encoding"), body)
	return format, charset, body, skip
}

// splitHTTP splits an HTTP message into its head (status line and
// header, with the blank line) and its body. It rewrites an HTTP/2 or
// HTTP/3 status line, which some crawlers record, into one net/http reads.
func splitHTTP(block []byte) (head, body []byte) {
	head, body = block, nil
	if i := bytes.Index(block, []byte("\r\n\r\n")); i >= 0 {
		head, body = block[:i+4], block[i+4:]
	} else if i := bytes.Index(block, []byte("\n\n")); i >= 0 {
		head, body = block[:i+2], block[i+2:]
	}
	for _, v := range []string{"HTTP/2 ", "HTTP/3 ", "HTTP/2.0 ", "HTTP/3.0 "} {
		if bytes.HasPrefix(head, []byte(v)) {
			head = append([]byte("HTTP/1.1 "), head[len(v):]...)
			break
		}
	}
	return head, body
}

// contentDecode undoes an HTTP Content-Encoding, capped like any record.
func (r *reader) contentDecode(encoding string, body []byte) ([]byte, *news.Skip) {
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "", "identity", "none":
		return body, nil
	case "gzip", "x-gzip":
	default:
		return nil, news.Skipf(news.SkipUnsupported, "Content-Encoding %s", encoding)
	}
	if !isGzip(body) {
		return body, nil // already decoded by the crawler, header kept
	}
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		return nil, news.Skipf(news.SkipMalformed, "gzip body: %v", err)
	}
	b, err := io.ReadAll(io.LimitReader(zr, r.o.MaxRecordBytes+1))
	if int64(len(b)) > r.o.MaxRecordBytes {
		return nil, news.Skipf(news.SkipTooLarge, "gzip body over the %d-byte cap after decompression", r.o.MaxRecordBytes)
	}
	if err != nil {
		return nil, news.Skipf(news.SkipMalformed, "gzip body: %v", err)
	}
	return b, nil
}

// mediaFormat maps a Content-Type to a page format and its charset; a
// type that is not a page (images, PDF, JSON, scripts) is unsupported.
// No type at all is left to extract to sniff.
func mediaFormat(contentType string) (news.Format, string, *news.Skip) {
	if strings.TrimSpace(contentType) == "" {
		return news.FormatAuto, "", nil
	}
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		// Servers send broken types ("text/html; charset"); read what can be.
		mt, _, _ = strings.Cut(strings.ToLower(contentType), ";")
		mt = strings.TrimSpace(mt)
		_, cs, _ := strings.Cut(strings.ToLower(contentType), "charset=")
		cs, _, _ = strings.Cut(cs, ";")
		params = map[string]string{"charset": strings.Trim(strings.TrimSpace(cs), `"'`)}
	}
	charset := params["charset"]
	switch mt {
	case "text/html", "application/xhtml+xml":
		return news.FormatHTML, charset, nil
	case "text/plain":
		return news.FormatText, charset, nil
	}
	return "", "", news.Skipf(news.SkipUnsupported, "payload is %s, not a page", mt)
}
