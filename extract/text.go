package extract

import (
	"strings"

	"github.com/storyfold/storyfold/news"
)

// extractText extracts the article from plain text: a clean body, or a page
// flattened to text with its furniture still in it.
// Placeholder until the block classifier lands: it keeps every paragraph.
func (e *Extractor) extractText(p news.Page, text string) (news.Article, error) {
	var paras []string
	for _, block := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		if b := strings.TrimSpace(block); b != "" {
			paras = append(paras, b)
		}
	}
	return news.Article{Body: strings.Join(paras, "\n\n")}, nil
}
