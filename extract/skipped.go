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

// textPageMeta is the flattened page's metadata as its article carries
// it, and the name over a bio to fall back on when no byline names the
// writer (textMeta.boxAuthor, "" when one does): the article
// (extractText) and a skipped page (textSkippedMeta) read it alike. The
// URL is the one the page states when the input gave none.
func textPageMeta(p news.Page, tp *textPage, meta *textMeta) (a news.Article, boxAuthor string) {
	a = news.Article{Title: meta.title, Published: meta.published, Publisher: meta.publisher, Author: cleanAuthor(meta.author)}
	if a.Author == "" {
		boxAuthor = cleanAuthor(meta.boxAuthor)
	}
	if p.URL == "" {
		a.URL = textStatedURL(tp.blocks)
	}
	return a, boxAuthor
}

// textSkippedMeta is a flattened page's metadata when the page is skipped
// as no article: textPageMeta's, the name over a bio standing for the
// author as it does under an article's body.
func textSkippedMeta(p news.Page, tp *textPage, meta *textMeta) news.Article {
	a, boxAuthor := textPageMeta(p, tp, meta)
	if a.Author == "" {
		a.Author = boxAuthor
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
