package extract

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
// later block names as a copyright's holder, whole
// (textCopyrightNames, textHolderWhole: "© 2025 Jane Roe", "Copyright ©
// 2012-2025 Jane Roe", "© 1998-2025 Jane Roe, all rights reserved", not
// "© 2025 Jane Roe Studio") and that the page does not write in lower case
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
		if textCopyrightNames(blocks[i].text, name, textHolderWhole) {
			if textMenuWords(name, blocks) {
				return ""
			}
			return name
		}
	}
	return ""
}
