package extract

// A menu's entry read as the name beside the byline's date: "Employee
// Directory" (wcxb-dev 0115, a college's page on its web courses) is two
// capitalised words near the headline, and textMenuWords, which looks
// for a name's words written in lower case elsewhere, lets through the
// entries a site writes with capitals. The same line stands alone in the
// menu above the headline (0115 sets it three times: in the menu, in the
// footer, in a side list), where a writer's name set alone is no menu's
// entry. textCategoryList asks this of a list's parts (4846's "E-Commerce,
// SEO"); this asks it of the whole name, above the walk's window only, as
// the name's own line may stand above the headline inside it. Over every
// wcxb-dev flat page, with and without the URL, it moves 0115's author
// alone (gold none) and nothing else.
//
// The first walk asks it of the name under a lone byline label too: a
// forum's search form sets "By:" over its "Search" button (0513
// macrumors.com, 0523 thefightingcock.co.uk, two forums of one make, the
// gold naming each thread's poster), and a shop's list of brands "by" over
// a brand its menu lists (4369 surplusgiant.com, gold none), "Search" and
// "Incase" standing alone in the menu above. Over every wcxb-dev flat
// page, with and without the URL, it moves those three authors to none
// and nothing else; the first walk's other readings (the byline lines, a
// name before a separator) asked the same moved nothing more.

// textMenuLine reports whether name stands alone as a block before block
// lo, the name walk's first: a menu's entry above the article.
func textMenuLine(name string, blocks []textBlock, lo int) bool {
	return textLineSetAlone(name, blocks[:max(0, min(lo, len(blocks)))])
}
