package extract

import (
	"regexp"
	"strings"
)

// A flattened page sets the fields of other things on lines of their own,
// and some read like headlines to the title model: a writer's name under
// its byline label ("By" / "Mary Roe"), a buying guide's pick with its
// shop and price ("Fellow Stagg EKG Kettle at Amazon $200"), one field of
// a list of spec fields in capitals ("INTERVAL: Up to 100,000 miles" over
// "PRICE: $373-$400"), a topic or category label ("Topic: Personal
// Finances Saving Money"). On the wcxb-dev flat pages (1,497, each read
// with and without its URL) no gold title is such a line, while the title
// model without the URL took one on four articles whose headline is
// another candidate (docs/quality.md, thirty-eighth session, "the line
// taken is a field").

// textTitleNotField returns the index of the block whose text names the
// page when the line taken, at, is a field of something else
// (textTitleIsField) or a section heading the page lists in its numbered
// contents over it (textTitleListedOver): the best other candidate that is no field and
// clears the bar the title model sets where it stands, else at. As in
// textTitleNotHost only the title's text follows: the body, byline and
// date are read around at.
func textTitleNotField(c *textTitleCandidates, at int) int {
	if at < 0 || !textTitleIsField(c.blocks, at) && !textTitleListedOver(c.blocks, at) { // text_title_listed.go
		return at
	}
	return textTitleBestOther(c, at, textTitleIsField)
}

// textTitleBestOther returns the candidate other than at (nor stating
// its text) that scores best under w and clears the bar where it stands
// (textTitleMinLogitAt), leaving out those skip reports (none when skip
// is nil); at when there is none.
func textTitleBestOther(c *textTitleCandidates, at int, skip func([]textBlock, int) bool) int {
	return textTitleBestOtherOver(c, at, 0, skip)
}

// textTitleBestOtherOver is textTitleBestOther with a candidate held to
// margin log-odds over the bar where it stands.
//
// A candidate's log-odds are read before skip is asked: skip is pure,
// and the rules' tests (bylines, names, dated lines around, fields read
// by expressions) are asked only of the few candidates that would be
// taken. Asked of every candidate first, the menu rule's skip alone
// (textTitleMenuOverSigned) was 1.40 M of the 100 long wcxb-dev flat
// pages' 401 M instructions, 0.18 M so; the function 1.51 -> 0.73 M
// with the log-odds of every candidate (TestTextTitleBestOtherMatchesPlain).
func textTitleBestOtherOver(c *textTitleCandidates, at int, margin float64, skip func([]textBlock, int) bool) int {
	best, bestZ := at, 0.0
	for k, i := range c.cands {
		if i == at {
			continue
		}
		z := textTitleLogit(&c.vecs[k], c.w)
		if !(z >= textTitleMinLogitAt(i, c.first, c.clean)+margin && (best == at || z > bestZ)) {
			continue
		}
		if c.blocks[i].text == c.blocks[at].text || (skip != nil && skip(c.blocks, i)) {
			continue
		}
		best, bestZ = i, z
	}
	return best
}

// textTitleIsField reports whether block i is a field of something else
// the page shows: a name under a byline label (textUnderBylineLabel), a
// pick's shop and price (textShopPriceRE), a book's writer and publisher
// (textIsBookCredit), a capitals field next to another
// (textCapsFieldRE), or a topic label (textTopicLabelRE).
func textTitleIsField(blocks []textBlock, i int) bool {
	if textUnderBylineLabel(blocks, i) {
		return true
	}
	s := textTitleText(&blocks[i])
	switch {
	case strings.IndexByte(s, '$') >= 0 && textShopPriceRE.MatchString(s):
		return true
	case strings.HasSuffix(s, ")") && textIsBookCredit(s, blocks[i].digits):
		return true
	case strings.IndexByte(s, ':') < 0:
		return false
	case textTopicLabelRE.MatchString(s):
		return true
	}
	return textCapsFieldRE.MatchString(s) &&
		(i > 0 && textCapsFieldRE.MatchString(blocks[i-1].text) ||
			i+1 < len(blocks) && textCapsFieldRE.MatchString(blocks[i+1].text))
}

// textUnderBylineLabel reports whether block i stands right under a
// byline label, or under a copy of itself that does ("By" / "Mary Roe" /
// "Mary Roe", the name set as a link and again as the author box's
// heading).
func textUnderBylineLabel(blocks []textBlock, i int) bool {
	if i > 1 && blocks[i-1].text == blocks[i].text {
		i--
	}
	return i > 0 && textIsBylineLabel(blocks[i-1].text)
}

// textShopPriceRE matches a line that ends in a shop (up to three words,
// the first with a capital) and a price: a buying guide's pick over its
// "Jump to Review" ("Coffee Gator French Press at Amazon $37").
var textShopPriceRE = regexp.MustCompile(`\sat\s+\p{Lu}[\w.&'’-]*(?:\s+[\w.&'’-]+){0,2}\s+\$\d[\d,]*(?:\.\d\d)?$`)

// textCapsFieldRE matches a field whose label is in capitals
// ("INTERVAL: Up to 100,000 miles", "PRICE: $373-$400"); alone such a
// line can be a headline's kicker ("GIM: …"), so textTitleIsField asks
// for a second field next to it.
var textCapsFieldRE = regexp.MustCompile(`^\p{Lu}[\p{Lu} ]{2,20}: \S`)

// textTopicLabelRE matches a topic, category or tag label and its values
// ("Topic: Personal Finances Saving Money Budgeting").
var textTopicLabelRE = regexp.MustCompile(`^(?i:topics?|categor(?:y|ies)|tags?|filed under|posted in):\s`)

// textBookCreditMaxWords is the most words textIsBookCredit reads in a
// publisher's name.
const textBookCreditMaxWords = 3

// textIsBookCredit reports whether s, a line with digits digits, is a
// reviewed book's writer and publisher as a list of books sets them under
// each book's title ("Alex Roe (Grove)", "Mary Roe (Head of Zeus)"): a
// name (nameLike) and, in brackets, up to textBookCreditMaxWords words
// opening with a capital and not all in capitals, no digit anywhere. A
// book list's review took its first book's credit over its headline
// without the URL (4370). A title with a note in brackets keeps a
// lower-case or numbered note ("… Checklist (with PDF
// Checklist!)", "Galaxy Tab S9 FE (Wi-Fi)"), a product's capitalised
// name its acronym ("Cloud Web Application Firewall (WAF)"), and a
// body's long name ("(U.S. National Park Service)") runs past the bound.
func textIsBookCredit(s string, digits int) bool {
	open := strings.LastIndex(s, " (")
	if digits > 0 || open < 0 || !nameLike(s[:open]) {
		return false
	}
	inner := s[open+2 : len(s)-1]
	if inner == "" || strings.ContainsAny(inner, "()") || !opensUpper(inner) || strings.ToUpper(inner) == inner {
		return false
	}
	n := 0
	for range strings.FieldsSeq(inner) {
		n++
	}
	return n <= textBookCreditMaxWords
}
