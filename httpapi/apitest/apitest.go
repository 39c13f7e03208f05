// Package apitest fills a store with the seed story for the httpapi and web
// tests: the five seed pages of testdata/seeds as articles (004's copy 000
// marked duplicate_of), a claim ledger found in their own sentences, two
// neighbouring stories from the seeds' related-article blocks, and, on
// request, a story made of hostile content.
//
// The pipeline does not write these records; this package stands in for it
// with hand-chosen body lines per seed, so the tests exercise serving, not
// extraction or claim finding.
package apitest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
)

// Writer stores a batch; store/sqlite.Store implements it.
type Writer interface {
	Write(ctx context.Context, b store.Batch) error
}

// IDs of the fixture's stories and articles.
const (
	SeedStory     = "8c1f6b2a9d304e57"
	TrumpStory    = "3e9a51c07d2b8f64"
	SwissStory    = "a47d02e6c5b1f398"
	HostileStory  = "f00dbad0f00dbad0"
	Independent   = "43e1812782b6ef6d" // 004, the original
	IndependentRe = "45406cefb1722e4f" // 000, its copy on an aggregator
	SCMP          = "38345a6240c7a791" // 001
	HuffPost      = "9801730edea96100" // 002
	Bloomberg     = "816269faacc0a1da" // 003
	HostileID     = "0bad0bad0bad0bad"
)

// seed says how to cut one seed file into title, body and furniture: the
// body is lines [first, last] (1-based, inclusive; 0 = to the end), cut
// before cutAt when set; every other non-empty line is furniture.
type seed struct {
	file, id, title, publisher, url, dupOf string
	first, last                            int
	cutAt                                  string
	published                              time.Time
}

func seeds() []seed {
	day := func(d, h, m int) time.Time { return time.Date(2025, 6, d, h, m, 0, 0, time.UTC) }
	const headline = "North Korea suffered more than 6,000 casualties in Ukraine, UK intelligence says"
	return []seed{
		{file: "004_43e1812782b6ef6d.txt", id: Independent, title: headline, publisher: "The Independent",
			url: "https://www.independent.co.uk/asia/north-korea-casualties-ukraine-kursk.html", first: 3, published: day(15, 12, 30)},
		{file: "002_9801730edea96100.txt", id: HuffPost, publisher: "HuffPost UK", first: 6, last: 6, cutAt: "Related...",
			title: "More Than Half Of North Korean Troops Sent To Russia Injured Or Killed, UK Says",
			url:   "https://www.huffingtonpost.co.uk/entry/north-korea-troops-russia.html", published: day(15, 14, 5)},
		{file: "001_38345a6240c7a791.txt", id: SCMP, publisher: "South China Morning Post", first: 3, last: 9,
			title: "North Korean casualties surpass 6,000 in Ukraine war, UK intelligence says",
			url:   "https://www.scmp.com/news/asia/east-asia/article/north-korean-casualties-surpass-6000", published: day(15, 16, 40)},
		{file: "003_816269faacc0a1da.txt", id: Bloomberg, publisher: "Bloomberg", first: 2, last: 5,
			title: "UK Intelligence Estimates 6,000 North Korean Casualties In Kursk",
			url:   "https://menafn.com/1109680000/UK-Intelligence-Estimates-6000-North-Korean-Casualties-In-Kursk", published: day(16, 6, 10)},
		{file: "000_45406cefb1722e4f.txt", id: IndependentRe, title: headline, publisher: "The Independent", dupOf: Independent,
			url: "https://daily8.example/north-korea-casualties-ukraine", first: 8, last: 20, published: day(16, 8, 0)},
	}
}

// Seed writes the seed story and its two neighbours, reading the seed
// pages from dir (the repository's testdata/seeds).
func Seed(ctx context.Context, w Writer, dir string) error {
	var recs []store.ArticleRecord
	for i, s := range seeds() {
		raw, err := os.ReadFile(filepath.Join(dir, s.file))
		if err != nil {
			return fmt.Errorf("read seed: %w", err)
		}
		rec := cut(s, string(raw))
		rec.Seq, rec.StoryID = int64(i+1), SeedStory
		recs = append(recs, rec)
	}
	st := news.Story{ID: SeedStory, Headline: recs[0].Title, FirstSeen: recs[0].Published, LastSeen: recs[len(recs)-1].Published}
	for _, r := range recs {
		st.Articles = append(st.Articles, news.StoryArticle{ID: r.ID, Title: r.Title, Publisher: r.Publisher,
			Published: r.Published, URL: r.URL, DuplicateOf: r.DuplicateOf})
	}
	st.Claims = ledger(recs)
	st.Summary = summary(recs)
	neighbours, stories := neighbours(len(recs))
	return w.Write(ctx, store.Batch{Articles: append(recs, neighbours...), Stories: append([]news.Story{st}, stories...),
		Skips: skips()})
}

// skips are records a crawl of the seed sites would also have brought: an
// aggregator's section page and an image saved under a text name.
func skips() []store.SkipRecord {
	at := time.Date(2025, 6, 16, 9, 0, 0, 0, time.UTC)
	return []store.SkipRecord{
		{ID: "5e1f00d5a9b2c3d4", InputID: "daily8-world.html", Origin: "crawl/daily8-world.html",
			Reason: news.SkipNotArticle, Detail: "a listing: 48 links, 2 sentences", Seen: at,
			URL: "https://daily8.example/world/", Title: "World news | Daily 8"},
		{ID: "6a2b11e6b0c3d4e5", InputID: "kursk-map.txt", Origin: "crawl/kursk-map.txt",
			Reason: news.SkipBinary, Detail: "NUL bytes in the first 512", Seen: at.Add(time.Minute)},
	}
}

// cut turns a seed page into an article record.
func cut(s seed, raw string) store.ArticleRecord {
	lines := strings.Split(raw, "\n")
	last := s.last
	if last == 0 {
		last = len(lines)
	}
	var body, removed []string
	for i, l := range lines {
		l = strings.TrimSpace(l)
		switch {
		case l == "":
		case i+1 >= s.first && i+1 <= last:
			if s.cutAt != "" {
				if before, after, ok := strings.Cut(l, s.cutAt); ok {
					l = before
					removed = append(removed, s.cutAt+after)
				}
			}
			body = append(body, splitGlued(l)...)
		default:
			removed = append(removed, l)
		}
	}
	text := strings.Join(body, "\n\n")
	return store.ArticleRecord{
		Article: news.Article{ID: s.id, InputID: s.file, URL: s.url, Title: s.title, Publisher: s.publisher,
			Published: s.published, Lang: "en", Body: text, Removed: removed, Format: news.FormatText, Seen: s.published.Add(time.Hour)},
		DuplicateOf: s.dupOf, Words: len(strings.Fields(text)),
	}
}

// splitGlued splits a line where flattening glued paragraphs together
// ("…Kursk region.More than half…"), as in seed 002.
func splitGlued(l string) []string {
	var out []string
	start := 0
	for i := 1; i+1 < len(l); i++ {
		if (l[i] == '.' || l[i] == '?') && l[i+1] >= 'A' && l[i+1] <= 'Z' && l[i-1] != '.' && i-start > 40 {
			out = append(out, l[start:i+1])
			start = i + 1
		}
	}
	return append(out, l[start:])
}
