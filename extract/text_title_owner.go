package extract

// textTitleNotOwner returns the index of the block whose text names a
// page read without its URL when the line taken, at, is the name the
// page's copyright notice gives its owner ("The Hechinger Report" over
// "© 2025 The Hechinger Report Powered by Newspack"): a site's name in
// its header, which textTitleNotHost reads off the host when the URL is
// given. The best other title candidate that clears the bar where it
// stands names the page (textTitleBestOther), else at stays. On the
// wcxb-dev flat pages read without their URL the line taken is the
// owner's name on eight pages of seven sites (articles 0174 and 4877,
// service 0084, listings 0282 and 2102, collection 0644, products 4221
// and 4224), each title wrong; no line taken that names a page stands so
// after a "©", with the URL or without (docs/quality/text-extraction-2.md,
// forty-sixth session). With the URL at stays: the host is the surer
// test there, and no line taken with it is such a name on an article.
func textTitleNotOwner(c *textTitleCandidates, at int) int {
	if c.url != "" || at < 0 || !textNamesOwner(c.blocks, textTitleText(&c.blocks[at])) {
		return at
	}
	return textTitleBestOther(c, at, nil) // text_title_field.go
}

// textNamesOwner reports whether s is the owner a copyright notice among
// blocks names: the words right after a "©" and its year or years
// ("© 2010–2025 ") open with s's words, letter case and the marks
// between words aside ("Thomson Reuters Tax & Accounting" over "©2019
// Thomson Reuters/Tax & Accounting", "Nintendo" over "© Nintendo. Games
// are …"; textCopyrightNamesFrom, textHolderOpens). A name that only
// opens a longer word ("Auth" before "© Supabase Inc—ContributingAuthor")
// or stands elsewhere in the notice is not its owner. Every block is
// searched, for the mark first (textIndexCopyright).
func textNamesOwner(blocks []textBlock, s string) bool {
	if s == "" {
		return false
	}
	for i := range blocks {
		t := blocks[i].text
		if k := textIndexCopyright(t); k >= 0 && textCopyrightNamesFrom(t, k, s, textHolderOpens) {
			return true
		}
	}
	return false
}
