package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A journal's author line: the names listed with an affiliation's mark
// glued to each ("Jennifer Huberty1 ; Jeni Green1 ; Christine
// Glissmann2", "Ann Roe1,2, Ed Poe3*"), the affiliations set lower down
// under the same marks. The readings before it take a name with no
// digit (textPlainName), and the line may stand far from the headline
// the title model chose (a research paper's page opens with its
// abstract, its citation line and its keywords, any of which the model
// may take). Every name must carry a mark: a line of names without them
// is a menu's or a related list's as often as a byline. The gold lists
// such authors without their marks, joined by ", " whatever the page
// set between them (the journals' pages on wcxb-dev: 2020, 4055, 4063).

// textMarkedListWords is the most words a marked author line is read
// in: six authors of up to four words with their joins.
const textMarkedListWords = 40

// textMarkedListJoins are what stands between two marked names, longest
// first.
var textMarkedListJoins = []string{" ; ", ", and ", " and ", " & ", "; ", ", "}

// textMarkedAuthorList is the first block on the page that lists two or
// more names each with an affiliation mark (textMarkedNames), the names
// joined by ", "; or "".
func textMarkedAuthorList(blocks []textBlock) string {
	for i := range blocks {
		b := &blocks[i]
		// Necessary: short, opening on a capital and holding a mark.
		if b.words > textMarkedListWords || b.words < 4 || b.text[0] < 'A' || b.text[0] > 'Z' ||
			!strings.ContainsFunc(b.text, textAffiliationMark) {
			continue
		}
		if names := textMarkedNames(b.text, blocks); len(names) >= 2 {
			return strings.Join(names, ", ")
		}
	}
	return ""
}

// textMarkedNames are the names of t when t is nothing but names, each
// followed by its affiliation marks (textAffiliationMark, commas between
// them: "1,2"), joined by textMarkedListJoins; else nil. A name is
// textPlainName's and no word of it is one the page writes in lower case
// (textMenuWords).
func textMarkedNames(t string, blocks []textBlock) []string {
	var names []string
	for rest := t; ; {
		k := strings.IndexFunc(rest, textAffiliationMark)
		if k <= 0 {
			return nil
		}
		name := rest[:k]
		// The mark is glued to the name's last letter, and a name holds
		// no comma: "Six Concourse Parkway, Suite 600, Atlanta, GA" is an
		// address (a service page's footer).
		if last, _ := utf8.DecodeLastRuneInString(name); !unicode.IsLetter(last) || strings.Contains(name, ",") ||
			!textPlainName(name) || textMenuWords(name, blocks) {
			return nil
		}
		names = append(names, name)
		rest = textSkipMarks(rest[k:])
		if rest == "" {
			return names
		}
		joined := false
		for _, join := range textMarkedListJoins {
			if after, ok := strings.CutPrefix(rest, join); ok {
				rest, joined = after, true
				break
			}
		}
		if !joined {
			return nil
		}
	}
}

// textSkipMarks is s past the affiliation marks it opens with, and past
// a comma between two of them ("1,2, Ed Poe" gives ", Ed Poe").
func textSkipMarks(s string) string {
	for {
		r, n := utf8.DecodeRuneInString(s)
		switch {
		case n > 0 && textAffiliationMark(r):
			s = s[n:]
		case r == ',':
			if next, _ := utf8.DecodeRuneInString(s[1:]); textAffiliationMark(next) {
				s = s[1:]
				continue
			}
			return s
		default:
			return s
		}
	}
}

// textAffiliationMark reports a rune that marks a name's affiliation or
// its corresponding author: a digit, a superscript digit, an asterisk,
// a dagger or a section sign.
func textAffiliationMark(r rune) bool {
	switch r {
	case '*', '†', '‡', '§', '¹', '²', '³':
		return true
	}
	return unicode.IsDigit(r) || r >= '⁰' && r <= '⁹'
}
