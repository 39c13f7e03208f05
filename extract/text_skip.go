package extract

// textCheckArticle returns a *news.Skip when the page is not an article.
func textCheckArticle(blocks []textBlock, first, last int) error {
	return nil
}
