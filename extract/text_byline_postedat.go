package extract

import "strings"

// A blog's footer under each post names its writer and the post's time
// on one line: "Posted by David at December 16, 2025 11:15 AM" (wcxb-dev
// 0452), the name often a first name alone. The byline readings look
// for their label near the headline, and this line stands after the
// post's last paragraph. Slashdot's story lines read "Posted by NAME on
// Friday … @08:00PM from the … dept." and its gold names the poster on
// one article page (0396) but nobody on its forum and listing pages
// (0570, 2899), so only the "at" form, the footer's, is read here.

// textPostedAtLabel opens the footer's line, lowered.
const textPostedAtLabel = "posted by "

// textPostedAtFooter is the name on the first block from the body's first
// block on that reads "Posted by NAME at DATE": one line, NAME one
// capitalised word the page does not write in lower case (textOneName),
// DATE a date (textDateIn); or "". A full name there is read already,
// by the byline's label ("Posted by Jane Roe at …"): the first name
// alone is what the readings before leave.
func textPostedAtFooter(blocks []textBlock, first int) string {
	for i := max(first, 0); i < len(blocks); i++ {
		// The block's opening byte and length before any search: most
		// blocks are paragraphs that open otherwise.
		b := &blocks[i]
		if b.low == "" || b.low[0] != 'p' || b.words > 16 || !strings.HasPrefix(b.low, textPostedAtLabel) || b.lines {
			continue
		}
		name, when, ok := strings.Cut(b.text[len(textPostedAtLabel):], " at ")
		if !ok || !textDateIn(when) {
			continue
		}
		if textOneName(name, blocks) {
			return name
		}
	}
	return ""
}
