package news

import "testing"

func TestSite(t *testing.T) {
	cases := []struct{ url, want string }{
		{"https://www.harbourton-gazette.com/news/keel-street-fire", "harbourton-gazette.com"},
		{"http://News.Harbourton.example:8080/a?b=c", "news.harbourton.example"},
		{"  https://harbourton.example/x  ", "harbourton.example"},
		{"", ""},
		{"not a url", ""},
		{"/relative/path", ""},
		{"%zz", ""},
		// Wayback captures are the captured site's pages.
		{"http://web.archive.org/web/20151226075444/http://www.harbourton-gazette.com/news/article-6416132.php", "harbourton-gazette.com"},
		{"https://web.archive.org/web/20160609170746/http://www.harbourton-gazette.com:80/news/a.php", "harbourton-gazette.com"},
		{"https://web.archive.org/web/20160609170746id_/https://keelstreet.example/a", "keelstreet.example"},
		{"https://web.archive.org/web/2016/http:/www.keelstreet.example/a", "keelstreet.example"},
		{"https://wayback.archive.org/web/20160609170746/keelstreet.example/a?x=1", "keelstreet.example"},
		// The archive's own pages stay the archive's.
		{"https://web.archive.org/web/*/keelstreet", "web.archive.org"},
		{"https://web.archive.org/about/", "web.archive.org"},
		{"https://web.archive.org/web/20160609170746/", "web.archive.org"},
		// Only the archive's paths are unwrapped.
		{"https://harbourton.example/web/20160609170746/http://keelstreet.example/", "harbourton.example"},
	}
	for _, c := range cases {
		if got := Site(c.url); got != c.want {
			t.Errorf("Site(%q) = %q, want %q", c.url, got, c.want)
		}
	}
}
