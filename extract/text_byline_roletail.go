package extract

import "strings"

// A team's byline that ends in a role noun in lower case: "By The
// Currency editors" (wcxb-dev 0146, a bank's money guide, whose gold
// keeps the noun). The byline expression reads capitalised words and
// stops before the noun, and the team's name alone is the site's own
// heading ("The Currency"), to which textTrimBylineName cut the byline.
// On wcxb-dev flat pages the shape is on two sites; the other ("By CIO
// Dive staff", a collection) lies outside the byline's window, and
// "staff", a job word, is cut by cleanAuthor (cutJobTitle) in any case.

// textBylineRoleTails are the plural role nouns in lower case that may
// end a team's byline, each after a space.
var textBylineRoleTails = []string{" editors", " team", " writers"}

// textWithRoleTail is name, read from byline t, with the role noun that
// ends t right after it (textBylineRoleTails), else name.
func textWithRoleTail(name, t string) string {
	j := strings.Index(t, name)
	if j < 0 {
		return name
	}
	rest := strings.TrimSpace(t[j+len(name):])
	for _, tail := range textBylineRoleTails {
		if rest == tail[1:] {
			return name + tail
		}
	}
	return name
}

// textEndsInRoleTail reports whether name ends in one of
// textBylineRoleTails: the team's name before it may be the site's own,
// set alone in its heading ("The Currency"), which textTrimBylineName
// would cut the byline to.
func textEndsInRoleTail(name string) bool {
	for _, tail := range textBylineRoleTails {
		if strings.HasSuffix(name, tail) {
			return true
		}
	}
	return false
}
