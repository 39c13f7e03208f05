package extract

import (
	"github.com/storyfold/storyfold/news"
)

// extractHTML extracts the article from an HTML document.
// Placeholder until the HTML layer lands: it strips tags only.
func (e *Extractor) extractHTML(p news.Page, doc string) (news.Article, error) {
	return e.extractText(p, doc)
}
