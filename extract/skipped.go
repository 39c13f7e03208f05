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
	a.Author = textSettleAuthor(tp.blocks, a.Author, boxAuthor) // as under an article's body (text_byline_settle.go)
	return a
}

// htmlPageMeta finishes an HTML page's metadata from what the page
// shows, for an article and for a page skipped as none alike, once the
// author's sources are read (what the page states, and on an article
// go-trafilatura's byline): a with the byline shown under the headline
// where nothing states an author or what is stated is a login or the
// site's name, and the title to give, title (the headline picked)
// straightened and repaired. a.Title stays the headline as the page
// shows it, which the body's steps look for on the page; the caller sets
// the title when it hands the page back.
//
// The shown byline: wcxb-dev article authors 450 -> 487 of 618 (even ids
// 232 -> 247, odd 218 -> 240), none lost; and where the shown name mends
// the stated one (bylineOverStated) 487 -> 498 (even +6, odd +5), none
// lost.
func htmlPageMeta(a news.Article, title string, page []block) (news.Article, string) {
	if v := visibleByline(page, a.Title, a.Author); v != "" && bylineOverStated(a.Author, v, a.Publisher) {
		a.Author = v
	}
	return a, textnorm.RepairMojibake(straightTitle(title, page))
}
