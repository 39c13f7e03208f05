package extract

import (
	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/textnorm"
)

// A page skipped as not_article or no_text still says what it was, whose
// and when: a newsroom or a media monitor counting listings, or a crawl's
// pages that came up short, wants their title, date and author even
// without a body. The paths hand Extract the metadata read before the
// skip; Extract clears the body.

// textSkippedMeta is the flattened page's metadata as extractText sets it
// on an article, for a page the page model skips as not_article: the
// headline, date, publisher and author textFindMeta read (the name over a
// bio when no byline names one), and the address the page states when the
// input gave none.
func textSkippedMeta(p news.Page, tp *textPage, meta *textMeta) news.Article {
	a := news.Article{Title: meta.title, Published: meta.published, Publisher: meta.publisher, Author: cleanAuthor(meta.author)}
	if a.Author == "" {
		a.Author = cleanAuthor(meta.boxAuthor)
	}
	if p.URL == "" {
		a.URL = textStatedURL(tp.blocks)
	}
	return a
}

// htmlSkippedMeta is the metadata of an HTML page that states it is not
// an article (a product, a listing): what the page states, with the
// headline as the page shows it and the byline shown under it when
// nothing states an author. go-trafilatura is not run for its date and
// byline on such a page: it is a body extractor, and the page has no
// body to give.
func htmlSkippedMeta(a news.Article, title string, page []block) news.Article {
	if v := visibleByline(page, a.Title, a.Author); v != "" && bylineOverStated(a.Author, v, a.Publisher) {
		a.Author = v
	}
	a.Title = textnorm.RepairMojibake(straightTitle(title, page))
	return a
}
