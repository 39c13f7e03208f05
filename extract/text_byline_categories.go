package extract

import "strings"

// A post's categories set beside its date read as a byline: "July 21,
// 2025" / "E-Commerce, SEO" under 4846's headline (beefound.agency) is
// two capitalised words, and textMenuWords, which looks for a name's
// words written in lower case, lets through menu entries the site writes
// with capitals. The categories are the site's sections: each stands
// alone as a menu's line above the headline, where a writer's name does
// not. Over every wcxb-dev flat page, with and without the URL, it moves
// one author, 4846's ("E-Commerce, SEO" to "James R", the writer's box
// read once nothing else names anyone), and nothing else: a comma's list
// beside a date whose parts are all menu lines is this one site's shape
// in the set.

// textCategoryList reports whether name is a list of two or more parts
// set apart by commas, each of which stands alone as a block before
// block from (the headline's), as a menu's entries do.
func textCategoryList(name string, blocks []textBlock, from int) bool {
	if !strings.Contains(name, ",") {
		return false
	}
	n := 0
	for part := range strings.SplitSeq(name, ",") {
		if part = strings.TrimSpace(part); part == "" || !textLineSetAlone(part, blocks[:max(0, min(from, len(blocks)))]) {
			return false
		}
		n++
	}
	return n >= 2
}
