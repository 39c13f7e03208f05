package extract

import "strings"

// A forum sets its own controls where an article sets its byline: the
// post's "Quote" button under the topic's title (wcxb-dev 0538, gold the
// poster "changingtimes"), the "Featured Replies" tab under the topic's
// date (0546, gold "ron1cne"), the search help's "author:username" (0562,
// gold "InsaneSnow45") and the search form's "By:" label over its
// "Search" field (4312, without the URL; gold "ridwan123"). Four forum
// sites, each another control; read by the bylines' walks as a name, they
// reach users beside the page's skip reason. No gold author of wcxb-dev
// is one of these words, and on every wcxb-dev flat page, with and
// without the URL, the flat path gives one on those four pages alone. The
// name is dropped after the body, as the full stop is (textNoFullStop), so
// no body moves (tauth64, fifty-third session).

// textControlNames are a page's control labels, lower-cased, that the
// bylines' walks have read as a writer's name.
var textControlNames = []string{"quote", "search", "username", "featured replies"}

// textNoControlName is name, or "" when name is only a page's control.
func textNoControlName(name string) string {
	if len(name) > len("featured replies") {
		return name
	}
	for _, w := range textControlNames {
		if strings.EqualFold(name, w) {
			return ""
		}
	}
	return name
}
