package extract

import "strings"

// A byline's name read with the words flattening set after it on the
// same line ("By Jane Roe Global Desk May 2nd 2025", "Written By: Jane
// Roe Gardener & Astrologer"): the byline expression takes up to four
// capitalised words. When the page sets the name's first words alone on
// a line of their own (the author box under the article: "Jane Roe"),
// those words are the name; a name set twice in a row by an avatar's
// caption and its link ("Jane Roe Jane Roe") is one name.

// textTrimBylineName is name cut to its first words when they stand
// alone on a line of the page (the longest such run of two words or
// more), or to its first half when it is that half twice; otherwise
// name. A name with a comma (a list, credentials) is left whole.
func textTrimBylineName(name string, blocks []textBlock) string {
	if strings.Contains(name, ",") || textEndsInRoleTail(name) {
		return name
	}
	words := strings.Fields(name)
	if n := len(words); n >= 4 && n%2 == 0 && strings.Join(words[:n/2], " ") == strings.Join(words[n/2:], " ") {
		return strings.Join(words[:n/2], " ")
	}
	for k := len(words) - 1; k >= 2; k-- {
		if short := strings.Join(words[:k], " "); textLineSetAlone(short, blocks) {
			return short
		}
	}
	return name
}

// textLineSetAlone reports whether some block of the page is s alone.
func textLineSetAlone(s string, blocks []textBlock) bool {
	for i := range blocks {
		if blocks[i].text == s {
			return true
		}
	}
	return false
}
