package extract

import "strings"

// A personal site's owner: the page opens with the owner's name as the
// site's heading ("Cassidy Williams" over "Software Engineer in
// Chicago" and the menu; "Anil Madhavapeddy" over "Papers Projects
// Notes") and the footer's copyright line holds the same name ("© 2025
// Cassidy Williams. This site is open source!", "This site is ©
// 1998-2025 Anil Madhavapeddy, all rights reserved"); the post carries
// no byline, the owner writes every post. A copyright line alone names
// as often a firm or a handle's real name that the gold does not give
// ("© 2026 Madeline Marquardt", whose gold is the handle), and a first
// line alone as often a shop's or a school's name ("Park University"),
// so the reading wants both, the name plain, in no word the page writes
// in lower case, and the heading set once: a school's or a firm's name
// comes back as a line of its own in its menus and its footer ("Park
// University" four times on wcxb-dev 0280, an article whose gold names
// nobody), an owner's heading does not.

// textSiteOwnerName is the page's first block when it is a plain name
// (textPlainName, no odd word) that no other block repeats and that a
// later block holds as a copyright
// (textHoldsCopyright) and that the page does not write in lower case
// (textMenuWords), or "".
func textSiteOwnerName(blocks []textBlock) string {
	// The first block's shape first: a heading of a few capitalised
	// words, which most pages' first line ("Skip to content", "Home",
	// "Menu") is not, so the search of the page's blocks runs rarely.
	if len(blocks) == 0 || blocks[0].words > 4 || blocks[0].sentEnd || blocks[0].dup > 0 {
		return ""
	}
	name := blocks[0].text
	if !textPlainName(name) || textOddNameWords(name) {
		return ""
	}
	for i := len(blocks) - 1; i > 0; i-- {
		if textHoldsCopyright(blocks[i].text, name) {
			if textMenuWords(name, blocks) {
				return ""
			}
			return name
		}
	}
	return ""
}

// textHoldsCopyright reports whether line t names name as a copyright's
// holder: a "©" or "Copyright" before it with only years, dashes and
// spaces between ("© 2025 Jane Roe", "Copyright © 2012-2025 Jane Roe"),
// and after it the line's end, a full stop or a comma ("Jane Roe, all
// rights reserved"), not more words ("© 2025 Jane Roe Studio").
func textHoldsCopyright(t, name string) bool {
	k := strings.Index(t, name)
	if k < 0 {
		return false
	}
	if after := t[k+len(name):]; after != "" && after[0] != '.' && after[0] != ',' {
		return false
	}
	before := t[:k]
	m := max(strings.LastIndex(before, "©"), strings.LastIndex(before, "Copyright"))
	if m < 0 {
		return false
	}
	return strings.Trim(before[m:], "©Copyright 0123456789-–") == ""
}
