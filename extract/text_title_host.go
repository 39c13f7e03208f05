package extract

// textTitleNotHost returns the index of the block whose text names the
// page when the line taken, at, is the site's own name (namesHost:
// "Here Comes the Guide" on herecomestheguide.com, stated twice in its
// header) on a page below the home page, whose gold is the headline:
// the best other title candidate, when it clears the bar the title model
// sets where it stands (textTitleMinLogitAt), else at. Only the title's
// text follows, as in textTitleNextToCrumbs: the body, byline and date
// are read around at (taking the headline as the line read around moved
// the body when it was measured in the thirtieth session). On the home
// page, and without a URL, at stays.
func textTitleNotHost(c *textTitleCandidates, at int) int {
	if at < 0 {
		return at
	}
	host, _ := innerHostOf(c.url)
	if host == "" || !namesHost(textTitleText(&c.blocks[at]), host) {
		return at
	}
	return textTitleBestOther(c, at, nil) // text_title_field.go
}
