package extract

import (
	"regexp"
	"strings"
)

// textTitleYearEndRE finds a headline of at least three words that ends
// in a year ("… in 2026", "… (2025)") or an issue number ("… #18"),
// followed by a spaced dash or bar and a tail of at least two words.
var textTitleYearEndRE = regexp.MustCompile(`^(\S+ \S+ .*?(?:\b(?:19|20)\d\d\b\)?|#\d+)) (?:–|-|\|) (\S+ \S.*)$`)

// textTitleCutAfterYear cuts the tail off a title whose head ends in its
// year or issue number: "Best Moving Companies in New York (2025) – Top
// Local & Long-Distance Movers", "12 Must-Have … Tools for 2026 | Python,
// SQL & AI", "Digjitale Signal #18 – The World Without Work?". Such a
// head is a whole headline (the year closes a "Best … in 2025" title, the
// number a newsletter's issue); what follows the separator is the
// search-engine title's added pitch, which the page's own heading leaves
// out. A head that is the year alone ("2025 – Finding …") is kept whole,
// and an em dash, which joins a clause ("… of 2024 — and 5 trends"), is
// no separator here. Only the title's text is cut: the headline line,
// and so the body, dates and byline, stay as they are.
func textTitleCutAfterYear(title string) string {
	if !textHasSpacedSeparator(title) {
		return title
	}
	m := textTitleYearEndRE.FindStringSubmatch(title)
	if m == nil {
		return title
	}
	return strings.TrimSpace(m[1])
}

// textHasSpacedSeparator reports whether title holds " - ", " – " or
// " | ", which every match of textTitleYearEndRE holds between its head
// and tail: the expression read each page's title (some 29 thousand
// instructions a title, 2.9 M of 100 wcxb-dev flat pages'), and most
// titles hold no such separator (docs/quality.md, "Text speed, round
// thirty-eight"; TestTextHasSpacedSeparatorGate).
func textHasSpacedSeparator(title string) bool {
	for i := strings.IndexByte(title, ' '); i >= 0 && i+2 < len(title); {
		switch title[i+1] {
		case '-', '|':
			if title[i+2] == ' ' {
				return true
			}
		case 0xe2: // – is e2 80 93
			if i+4 < len(title) && title[i+2] == 0x80 && title[i+3] == 0x93 && title[i+4] == ' ' {
				return true
			}
		}
		k := strings.IndexByte(title[i+1:], ' ')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}
