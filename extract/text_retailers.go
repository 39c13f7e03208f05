package extract

import "regexp"

// A buying guide or a list of books sets a link to a shop under each pick, and the link's label
// names the shop: "See price at Amazon", "Check price on Walmart", "Price comparison from
// Backmarket", "Read on Amazon". On the HTML path they are links and leave with them; a flattened
// page gives only their labels, which the block model keeps between the blurbs. The wcxb-dev gold
// bodies leave every such line out (docs/quality.md, thirty-first session, "Shops' link labels,
// new-tab notices, preferred-source prompts and empty lists' messages"). The shop's name must
// open with a capital, so that "Read on to the end" and "See price in the table" stay; an offer
// that opens with its price is text_offers.go's, and "Buy on <shop>", which a gold body keeps
// once, is left.

// textRetailerLinkMaxWords is the most words a shop's link label has:
// "See the latest price at Best Buy worldwide".
const textRetailerLinkMaxWords = 8

// textIsRetailerLink reports whether b is only the label of a link to a
// shop (textRetailerLinkRE). The expression runs behind a test of the
// label's opening words, which every line it matches starts with:
// textIsApparatus asks this of every short line.
func textIsRetailerLink(b *textBlock) bool {
	return textIsWholeShortLine(b, 3, textRetailerLinkMaxWords) &&
		textRetailerLinkOpenings.opens(b.low) &&
		textRetailerLinkRE.MatchString(b.text)
}

// textRetailerLinkOpenings are the lowered openings textRetailerLinkRE's
// labels have.
var textRetailerLinkOpenings = newTextPrefixSet("see ", "check ", "view ", "compare ", "price comparison ", "read on ")

// textRetailerLinkRE matches a shop's link label, its verbs in any case
// and the shop's name (up to three words, the first with a capital): a
// price to see, check, view or compare at, on or from a shop ("See price
// at Amazon", "Check the latest price on Best Buy", "View price at
// Walmart worldwide"), a comparison of prices from one ("Price comparison
// from Backmarket"), or a book to read on one ("Read on Amazon").
var textRetailerLinkRE = regexp.MustCompile(
	`^(?i:(?:see|check|view|compare)(?:\s+the)?(?:\s+latest|\s+current|\s+best)?\s+prices?\s+(?:at|on|from)` +
		`|price\s+comparison\s+(?:at|on|from)|read\s+on)\s+` +
		`\p{Lu}[\w.&'’-]*(?:\s+[\w.&'’-]+){0,2}?(?i:\s+worldwide)?\.?$`)
