package extract

import "strings"

// statedWithNumber returns the stated title (cut before its site part)
// that is the <h1> h with a number added, else h: a count before it
// ("8 Recent Trends in Photography" for the <h1>'s "Recent Trends in
// Photography"), or a year after it that the page also shows as a
// heading ("Best Ferry Passes in 2026" set over a section lower down). A
// list's <h1> drops the count and a guide's the year that its stated
// titles keep, and the gold keeps them. A year only the stated titles
// add is the search title's ("… for 2026 | Reviews"), which the gold
// leaves out as often as it keeps it (2 wcxb-dev articles each way), so
// the page must show it too, as the flat path's rule asks a block of the
// page to (textTitleWithYear, whose year test this shares). On wcxb-dev
// 2 more exact article titles (one on each id parity), no other title
// moved.
func (m *pageMeta) statedWithNumber(h, tag, og, ld string, site map[string]bool) string {
	if len(h) < 8 {
		return h
	}
	for _, src := range []string{ld, og, tag} {
		if src == "" {
			continue
		}
		p := headPart(src, site)
		if rest, ok := strings.CutPrefix(p, h); ok && textTitleYearTail(rest) && m.showsHeading(p) {
			return p
		}
		if lead, ok := strings.CutSuffix(p, " "+h); ok && isCount(lead) {
			return p
		}
	}
	return h
}

// isCount reports a list's count: one to three digits.
func isCount(s string) bool {
	return len(s) >= 1 && len(s) <= 3 && allDigits(s)
}

// showsHeading reports whether the page sets p as one of its headings.
func (m *pageMeta) showsHeading(p string) bool {
	for _, hs := range [][]string{m.h1, m.heads} {
		for _, x := range hs {
			if cleanText(x) == p {
				return true
			}
		}
	}
	return false
}
