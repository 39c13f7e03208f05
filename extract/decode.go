package extract

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/storyfold/storyfold/news"
)

// Decode turns a page's raw content into UTF-8 text and says whether it is
// HTML or text (forced by want unless want is FormatAuto). It rejects
// empty, binary and undecodable content with a *news.Skip.
//
// First version: UTF-8 only; legacy charsets and UTF-16 come with the
// hostile-input work.
func Decode(p news.Page, want news.Format) (string, news.Format, error) {
	b := bytes.TrimPrefix(p.Content, []byte("\xEF\xBB\xBF"))
	if len(bytes.TrimSpace(b)) == 0 {
		return "", "", news.Skipf(news.SkipEmpty, "no content")
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return "", "", news.Skipf(news.SkipBinary, "content has NUL bytes")
	}
	if !utf8.Valid(b) {
		return "", "", news.Skipf(news.SkipEncoding, "content is not valid UTF-8")
	}
	s := string(b)
	format := want
	if format == "" || format == news.FormatAuto {
		format = p.Format
	}
	if format == "" || format == news.FormatAuto {
		format = sniff(s)
	}
	return s, format, nil
}

// sniff says whether s looks like an HTML document.
func sniff(s string) news.Format {
	head := strings.ToLower(strings.TrimSpace(s[:min(len(s), 1024)]))
	if strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") ||
		strings.Contains(head, "<head") || strings.Contains(head, "<body") {
		return news.FormatHTML
	}
	return news.FormatText
}
