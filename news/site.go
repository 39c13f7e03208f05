package news

import (
	"net/url"
	"strings"
)

// Site returns the site a page came from: its URL's host, lower-cased and
// without "www.", or "" when rawURL has no host. A Wayback Machine
// capture (web.archive.org/web/20151226075444/http://www.chron.com/…) is
// the captured site's page, not the archive's: research crawls are often
// nothing but captures, and with the archive's host every source of a
// story would read "web.archive.org" and every site's furniture would be
// counted as one site's.
func Site(rawURL string) string {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return ""
	}
	h := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	if h == "web.archive.org" || h == "wayback.archive.org" {
		if inner := waybackTarget(u.EscapedPath()); inner != "" {
			return inner
		}
	}
	return h
}

// waybackTarget returns the captured page's site from a Wayback path,
// "/web/<timestamp>[modifier]/<captured URL>", or "" when path is not
// one. The captured URL comes with its scheme, with the scheme's slashes
// merged ("http:/www.…", as some clients send it) or without one.
func waybackTarget(path string) string {
	rest, ok := strings.CutPrefix(path, "/web/")
	if !ok {
		return ""
	}
	stamp, rest, ok := strings.Cut(rest, "/")
	if !ok || stamp == "" || stamp[0] < '0' || stamp[0] > '9' {
		return ""
	}
	for _, scheme := range []string{"https:", "http:"} {
		if r, ok := strings.CutPrefix(strings.ToLower(rest), scheme); ok {
			rest = strings.TrimLeft(r, "/")
			break
		}
	}
	host, _, _ := strings.Cut(rest, "/")
	host, _, _ = strings.Cut(host, "?")
	host, _, _ = strings.Cut(host, ":") // a port
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	if !strings.Contains(host, ".") {
		return "" // "/web/2015*/…" searches and the like
	}
	return host
}
