package extract

import "strings"

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
	if c.url != "" || at < 0 || !textNamesOwnerMarked(c.blocks, c.marks, textTitleText(&c.blocks[at])) {
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

// textNamesOwnerMarked is textNamesOwner, told the page's "©" reading
// as the scratch keeps it (textScratch.marks; nil or without text when
// not known, and every block is searched as textNamesOwner does). The
// blocks are pieces of the page's text (its lines, a giant line's
// sentences, lines joined with a break), none with a mark the text
// lacks, so they hold no more "©" than it: the page's marks are counted
// once, from the first (textMarkBound, searched once for this test and
// the furniture step), and the blocks are searched from the last, where
// a footer's notice stands, only until that many are found. 98 of the
// 100 long wcxb-dev flat pages, read without their URL, searched every
// block, 27,256 searches and 2.60 M of their 394.8 M instructions, for
// the one or two notices most of them hold (forty-eighth session,
// docs/quality/text-extraction-3.md); TestTextNamesOwnerInMatchesAll
// holds it to the search of every block.
func textNamesOwnerMarked(blocks []textBlock, marks *textMarkBound, s string) bool {
	if marks == nil || marks.text == "" {
		return textNamesOwner(blocks, s)
	}
	if s == "" {
		return false
	}
	for i, n := len(blocks)-1, marks.count(); i >= 0 && n > 0; i-- {
		t := blocks[i].text
		if !marks.mayHoldCounted(t) {
			continue
		}
		k := textIndexCopyright(t)
		if k < 0 {
			continue
		}
		if textCopyrightNamesFrom(t, k, s, textHolderOpens) {
			return true
		}
		n -= strings.Count(t[k:], "©")
	}
	return false
}

// markBound is the page's "©" reading the scratch keeps (textMarkBound),
// or nil for no scratch (the tests' and the training's calls).
func (s *textScratch) markBound() *textMarkBound {
	if s == nil {
		return nil
	}
	return &s.marks
}
