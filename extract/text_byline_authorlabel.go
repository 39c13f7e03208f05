package extract

// Blog and firm templates close the article with an author card that
// sets the writer's name over its label, the label under the name
// rather than before it ("Jane Roe" / "Author" / "@janeroe • Jan 26,
// 2026"; "Jane Roe" / "Author's Profile" / "Latest Blogs"): the byline
// readings look for the label first and the name after it, so they miss
// the card. Forum threads put "Author" under a poster's date or post
// count, never under a name, so they give nothing here.

// textAuthorCardLabels are the labels set alone under the writer's name
// on an author card (wcxb-dev flat articles 4414, 0067: two sites).
var textAuthorCardLabels = map[string]bool{
	"Author":           true,
	"Author's Profile": true,
	"Author’s Profile": true,
}

// textNameOverAuthorLabel is the writer's name (textNameOverCredit: a
// plain name or a name before a job, no word of it written in lower case
// on the page) on the last line of the block right over the first block
// that is an author card's label alone (textAuthorCardLabels) and has a
// name over it; or "".
func textNameOverAuthorLabel(blocks []textBlock) string {
	for i := 1; i < len(blocks); i++ {
		if !textIsAuthorCardLabel(blocks[i].text) {
			continue
		}
		if name := textNameOverCredit(textLastLine(blocks[i-1].text), blocks); name != "" {
			return name
		}
	}
	return ""
}

// textIsAuthorCardLabel reports whether t is one of textAuthorCardLabels.
// Each opens with "A" and is short, which is tested first: hashing every
// block's whole text for the map was 2.6 M of 100 wcxb-dev flat pages'
// 435 M instructions (TestTextAuthorCardLabelGate).
func textIsAuthorCardLabel(t string) bool {
	return t != "" && t[0] == 'A' && len(t) <= len("Author’s Profile") && textAuthorCardLabels[t]
}
