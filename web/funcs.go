package web

import (
	"html/template"
	"net/url"
	"strings"
	"time"

	"github.com/storyfold/storyfold/news"
)

func funcs() template.FuncMap {
	return template.FuncMap{
		"linkURL": linkURL,
		"host":    host,
		"when":    when,
		"isoTime": func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
		"entityQ": func(e string) string { return "/?" + url.Values{"entity": {e}}.Encode() },
		"pathID":  url.PathEscape,
		"plural":  plural,
		"name":    name,
		"add":     func(a, b int) int { return a + b },
		"sub":     func(a, b int) int { return a - b },
	}
}

// linkURL returns u when it is an absolute http(s) URL, "" otherwise. Pages
// render a URL as a link only when this is non-empty, so javascript:, data:
// and other schemes show as text whatever html/template would make of them.
func linkURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}

// host is the site a link points at (news.Site: a Wayback capture's is
// the captured site), or "" when u is not a link.
func host(u string) string {
	if linkURL(u) == "" {
		return ""
	}
	return news.Site(u)
}

// when formats a time for people, "unknown" for the zero time.
func when(t time.Time) string {
	if t.IsZero() {
		return "unknown"
	}
	return t.UTC().Format("2 Jan 2006 15:04 UTC")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strings.TrimSpace(strings.Join([]string{itoa(n), many}, " "))
}

func itoa(n int) string { return news.FormatNumber(float64(n)) }

// name is what a page calls an article's publisher: the publisher, else
// the URL's host, else the article ID.
func name(publisher, u, id string) string {
	if strings.TrimSpace(publisher) != "" {
		return publisher
	}
	if h := host(u); h != "" {
		return h
	}
	return "article " + id
}
