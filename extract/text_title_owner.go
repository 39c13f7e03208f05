package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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
// are …"). A name that only opens a longer word ("Auth" before "©
// Supabase Inc—ContributingAuthor") or stands elsewhere in the notice is
// not its owner. Every block is searched, so the mark is found by its lead
// byte (textIndexCopyright): strings.Index cost 3.5 M of the 100 long
// wcxb-dev flat pages' 399 M instructions, read without their URL.
func textNamesOwner(blocks []textBlock, s string) bool {
	if s == "" {
		return false
	}
	for i := range blocks {
		t := blocks[i].text
		for {
			k := textIndexCopyright(t)
			if k < 0 {
				break
			}
			t = t[k+len("©"):]
			if textWordsOpen(textAfterCopyrightYears(t), s) {
				return true
			}
		}
	}
	return false
}

// textAfterCopyrightYears returns s after its leading spaces, a year or a
// range of years ("2025", "2010-2025", "2010 – 2025") and the spaces after
// them.
func textAfterCopyrightYears(s string) string {
	s = strings.TrimLeft(s, " \t")
	y := textLeadingDigits(s)
	if y != 4 {
		return s
	}
	s = strings.TrimLeft(s[y:], " \t")
	if r := strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(s, "-"), "–"), " \t"); r != s && textLeadingDigits(r) == 4 {
		s = r[4:]
	}
	return strings.TrimLeft(s, " \t")
}

// textLeadingDigits returns how many ASCII digits s opens with.
func textLeadingDigits(s string) int {
	n := 0
	for n < len(s) && isDigitByte(s[n]) {
		n++
	}
	return n
}

// textWordsOpen reports whether s has a word and its words, compared
// without letter case, are the first words of text; a word is a run of
// letters and digits.
func textWordsOpen(text, s string) bool {
	ti, si, n := 0, 0, 0
	for {
		ss, se := textNextWord(s, si)
		if ss < 0 {
			return n > 0
		}
		ts, te := textNextWord(text, ti)
		if ts < 0 || !strings.EqualFold(text[ts:te], s[ss:se]) {
			return false
		}
		ti, si, n = te, se, n+1
	}
}

// textNextWord returns the bounds of the first run of letters and digits
// in s at or after i; -1, -1 when there is none.
func textNextWord(s string, i int) (start, end int) {
	start = -1
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			return start, i
		}
		i += n
	}
	if start < 0 {
		return -1, -1
	}
	return start, len(s)
}
