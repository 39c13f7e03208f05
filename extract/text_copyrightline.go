package extract

import "strings"

// A line that holds a copyright mark: a picture's caption closed by its
// rights ("Catalina Island, CA | © 2017 Jon Norris", "Lee Miller,
// Portrait of Space, Egypt 1937 © Lee Miller Archives", a print's
// "Edition of 25. © Hiroshi Sugimoto, courtesy Fraenkel Gallery"), a
// dictionary's credit to its publisher, a site's or a manual's
// copyright notice that the block model kept among the article's lines.
// Over the wcxb-dev flat pages the flat path keeps such lines on eleven
// sites (articles of five: art magazines' captions, a photographer's
// captions, a dictionary's credits; listings, documentation and a
// product page: their footers), and the gold bodies keep none of them
// but two on one article, each a picture's address then its rights
// ("Photo https://… ©Viva Technology 2025"): a line holding a web
// address stays.
//
// A link's label to the site's copyright notice alone ("PMC Copyright
// notice", "Copyright Notice") is read too: four sites' articles set it,
// the flat path keeps it on one (pmc.ncbi.nlm.nih.gov, over each
// paper's abstract) and the gold on none. "Copyright" alone is left:
// a heading of an article on the law may be the word.
//
// What it must not touch: a mark glued to a word or a number ("Article
// 53.1©" in an essay on the law, read as a clause's letter) is no
// notice, so the mark opens the line or follows a space or a bracket;
// a report's agency copyright under a clean body stays, as the step runs
// for bodies that are not clean reports only.

// textCopyrightLineMaxWords is the most words a copyright line has: the
// longest caption with its rights on the wcxb-dev pages runs to 56.
const textCopyrightLineMaxWords = 60

// textCopyrightNoticeMaxWords is the most words a copyright notice's
// link label has ("PMC Copyright notice").
const textCopyrightNoticeMaxWords = 4

// textIsCopyrightLine reports whether b is one line of at most
// textCopyrightLineMaxWords words that holds "©" at its start or after a
// space or an opening bracket, and no web address; or one of at most
// textCopyrightNoticeMaxWords words that ends with "copyright notice" or
// "copyright notices", the letters in either case; or one line that is a
// rights notice without the mark (textIsRightsNotice, up to
// textRightsNoticeMaxWords words), with no web address when it is no
// longer than textCopyrightLineMaxWords.
func textIsCopyrightLine(b *textBlock) bool { return textIsCopyrightLineIn(b, nil) }

// textIsCopyrightLineIn is textIsCopyrightLine, told by marks (nil: no
// text known) where the page's first "©" stands: a block that lies
// before it is not searched for one (textMarkBound.mayHold).
func textIsCopyrightLineIn(b *textBlock, marks *textMarkBound) bool {
	if b.lines {
		return false
	}
	s := b.text
	if b.words > textCopyrightLineMaxWords {
		// Longer than any caption with its rights: a disclaimer, which
		// may point to its terms' address before its rights ("For full
		// terms, visit www.…/terms (c) 2025 …"). The address guard is
		// for a picture's address in a caption's short line.
		return textIsRightsNotice(s, b.words, b.digits, b.keys) // text_rightsnotice.go
	}
	if b.words <= textCopyrightNoticeMaxWords {
		t := strings.TrimSuffix(strings.TrimRight(s, " ."), "s")
		if textEndsWithFoldedLabel(t, "copyright notice") { // t holds no line break: b is one line
			return true
		}
	}
	if !marks.mayHold(s) {
		return textIsRightsNotice(s, b.words, b.digits, b.keys) && !textHasWebAddress(s) // as when the search finds none
	}
	for k := 0; ; {
		i := textIndexCopyright(s[k:])
		if i < 0 {
			return textIsRightsNotice(s, b.words, b.digits, b.keys) && !textHasWebAddress(s) // text_rightsnotice.go
		}
		if i += k; i == 0 || s[i-1] == ' ' || s[i-1] == '(' || s[i-1] == '[' {
			break
		}
		k = i + len("©")
	}
	return !textHasWebAddress(s)
}

// textIndexCopyright is strings.Index(s, "©"), sought by the mark's first
// byte, 0xC2, and the one after it, 0xA9: strings.Index compared the two
// bytes at every byte of a line up to 64 bytes long, some 110
// instructions a line, where IndexByte reads 16 bytes at a time, and
// 0xC2 leads only the Latin-1 marks (a no-break space, "«", "£"), rare
// in English prose. textIsCopyrightLine asks it of every kept one-line
// block (7,256 on the 100 long wcxb-dev flat pages, 0.8 M of their 404.6
// M instructions; forty-sixth session, docs/quality/text-extraction-2.md;
// TestTextIndexCopyrightMatchesIndex).
func textIndexCopyright(s string) int {
	for k := 0; ; {
		i := strings.IndexByte(s[k:], 0xC2) // "©" is C2 A9
		if i < 0 {
			return -1
		}
		if i += k; i+1 < len(s) && s[i+1] == 0xA9 {
			return i
		}
		k = i + 1
	}
}

// textHasWebAddress reports whether s holds "://" or "www.": a line
// naming a picture's or a page's address is no notice of its own.
func textHasWebAddress(s string) bool {
	return strings.Contains(s, "://") || strings.Contains(s, "www.")
}
