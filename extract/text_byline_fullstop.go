package extract

import "strings"

// A byline whose date label opens a new sentence ("By Jeff Cobb. Last
// Updated on December 11, 2025", wcxb-dev 2218, gold "Jeff Cobb") leaves
// the full stop on the name when the date's cut (authorTail) ends it at
// "Last". No gold author of wcxb-dev ends in a stop but after an
// abbreviation ("Genevieve Carlton, Ph.D.", "Cerebral Inc.", "Kaufman,
// Jeff T."), and of the names the flat path gives on every wcxb-dev page,
// with and without the URL, only 2218's and 0026's "Ph.D." end in one.
// The stop is dropped from the reported name alone, after the body:
// dropped where the date is cut, the name then matched the writer's box
// under the article ("Jeff Cobb, Founder of Learning Revolution") and the
// body left that line out too, a body change the metadata round does not
// make (2218's F1 0.2683 → 0.2684; tauth63, fifty-third session).

// textStopAbbrevs are the words a name ends on whose stop is their own.
var textStopAbbrevs = []string{"inc", "ltd", "corp", "esq", "bros", "jr", "sr", "co"}

// textNoFullStop is name without a sentence's full stop after its last
// word, when that word is a plain word of three letters or more and no
// abbreviation: an initial ("Jane Q."), "Ph.D." and "Inc." keep theirs.
func textNoFullStop(name string) string {
	body, ok := strings.CutSuffix(name, ".")
	if !ok {
		return name
	}
	last := body[strings.LastIndexAny(body, " ,")+1:]
	if len(last) < 3 || strings.ContainsFunc(last, func(r rune) bool { return !('a' <= r|0x20 && r|0x20 <= 'z') }) {
		return name
	}
	for _, w := range textStopAbbrevs {
		if strings.EqualFold(last, w) {
			return name
		}
	}
	return body
}
