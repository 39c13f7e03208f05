package extract

import "regexp"

// Review and shopping sites open an article with a note that they are paid
// when a reader buys through its links ("We independently evaluate all of
// our recommendations. If you click on links we provide, we may receive
// compensation.", "Some of the links in this article are affiliate
// ones."). Flattened, the note is a short paragraph of sentences, and the
// block model keeps it above the story. The wcxb-dev gold bodies leave it
// out at the body's head on seven articles; where a single writer signs the
// note in the first person ("I may receive a small commission") a blog's
// gold keeps it, and lower down a note is as often kept as not
// (docs/quality.md, thirty-first session, "Link disclosures").

// textDisclosureMaxWords is the most words a link disclosure has.
const textDisclosureMaxWords = 60

// textDisclosureHeadWords is how many kept words may stand above a
// disclosure for it still to be at the body's head.
const textDisclosureHeadWords = 150

// textLeaveOutDisclosures marks the link disclosures (textIsLinkDisclosure)
// among the kept blocks at the body's head: those with fewer than
// textDisclosureHeadWords kept words above them. The walk steps over
// the runs of dropped blocks (textNextKept), the menus over the body
// (fifty-eighth session; TestTextSmallStepsMatchPlain).
func textLeaveOutDisclosures(blocks []textBlock, keep, out []bool) {
	above := 0
	for i := textNextKept(keep, 0); i < len(blocks); i = textNextKept(keep, i+1) { // text_nextkept.go
		if out[i] {
			continue
		}
		if above >= textDisclosureHeadWords {
			return
		}
		if textIsLinkDisclosure(&blocks[i]) {
			out[i] = true
			continue
		}
		above += blocks[i].words
	}
}

// textIsLinkDisclosure reports whether b is a site's note that it is paid
// through its links: at most textDisclosureMaxWords words naming links, a
// purchase or a click, and a commission, compensation, affiliate links or
// a paid placement, said by the site ("we", "our", "this site"), not by one
// writer ("I", "my").
func textIsLinkDisclosure(b *textBlock) bool {
	return b.words <= textDisclosureMaxWords && hasFoldPiece(b.text, textDisclosurePayPieces) &&
		hasFoldPiece(b.text, textDisclosureActPieces) && textDisclosureActMatch(b.text) &&
		textDisclosurePayMatch(b.text) && textDisclosureSiteMatch(b.text) && !textHasDisclosureWriter(b.text)
}

// textDisclosureActMatch is textDisclosureAct.MatchString(s), read from
// where a match may start (textDisclosureActFrom).
func textDisclosureActMatch(s string) bool {
	from := textDisclosureActFrom(s)
	return from >= 0 && textDisclosureAct.MatchString(s[from:])
}

var (
	textDisclosureAct    = regexp.MustCompile(`(?i)\b(?:links?|buy|buying|purchases?|click)\b`)
	textDisclosurePay    = regexp.MustCompile(`(?i)\b(?:commissions?|compensat\w*|supports? our work|at no (?:extra |additional )?cost to you|affiliate (?:links?|tags?|ones|relationships?)|paid (?:placement|promotion))\b`)
	textDisclosureSite   = regexp.MustCompile(`(?i)\b(?:we|our|us|this (?:site|website|post|article|page))\b`)
	textDisclosureWriter = regexp.MustCompile(`\b(?:I|[Mm]y|[Mm]e)\b`)
)

// textDisclosurePayPieces are held by every match of textDisclosurePay
// ("commi" of a commission, "upport" of "supports our work", "to you" of
// "at no cost to you"), for hasFoldPiece: a test before the four
// expressions, which, folding case, cost some 44 M instructions over 100
// wcxb-dev flat pages when they ran on every kept line at the body's
// head.
var textDisclosurePayPieces = newFoldPieces("commi", "compen", "upport", "to you", "affiliate", "paid ")

// textDisclosureActPieces are held by every match of textDisclosureAct
// ("lin" of a link, "purcha" of a purchase, "clic" of a click; the pieces
// stop short of "k" and "s", which the expression also folds to non-ASCII
// letters), for a second hasFoldPiece before the expressions: of the long
// lines at the body's head that name a payment's piece ("to you", "commi"
// of "committee"), most name no link, and textDisclosureAct, folding case
// over a line of up to 60 words, took some 100 thousand instructions
// each (docs/quality.md, "Text speed by session", round twenty-eight).
var textDisclosureActPieces = newFoldPieces("lin", "buy", "purcha", "clic")
