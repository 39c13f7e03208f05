package extract

import (
	"strings"
	"unicode"
)

// A page's counters and score boxes set each figure in a block of its
// own with its label right under it, in one element: "83" over "OVERALL
// SCORE", "$19,560" over "Avg. Undergrad Tuition, In-State", "(0.47%)
// $1.21" over "Current Price". The block model reads the label as a
// short line of prose and keeps the pair; the story never states a
// figure that way. dropCounters drops such pairs where the page states an
// article and sets two of them or more. A label that opens in lower case
// carries on the figure's phrase ("$390" over "per hour" in a fee table)
// and is no counter's. On wcxb-dev (eval extract --mode html) articles
// 0.96360 -> 0.96371 (even ids +0.00009, odd +0.00014), all pages
// +0.00005 / +0.00008, no other page changes; on every page, or with
// lower-case labels, services fell (docs/quality.md).
const (
	counterMaxFigure = 20 // characters of a figure-only block
	counterMaxLabel  = 6  // words of its label
	counterMinPairs  = 2  // pairs a page sets before they read as counters
)

// dropCounters returns keep without the counters: kept figure-only
// blocks and the kept label under each, when stated (the page states an
// article) and the page holds counterMinPairs of them.
func dropCounters(page []block, words [][]string, keep []bool, stated bool) []bool {
	if !stated {
		return keep
	}
	var pairs [][2]int
	for i := range page {
		if !keep[i] || !figureOnly(page[i].text) {
			continue
		}
		if j := nextWithWords(words, i); j >= 0 && keep[j] && isCounterLabel(page[j], words[j]) && sameParent(page[i], page[j]) {
			pairs = append(pairs, [2]int{i, j})
		}
	}
	if len(pairs) < counterMinPairs {
		return keep
	}
	out := append([]bool(nil), keep...)
	for _, p := range pairs {
		out[p[0]], out[p[1]] = false, false
	}
	return out
}

// figureOnly reports whether s is a short run of figures with no letter:
// "83", "$1.21", "70.07%".
func figureOnly(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && len(s) <= counterMaxFigure && !hasLetter(s) && strings.IndexFunc(s, unicode.IsDigit) >= 0
}

// isCounterLabel reports whether b reads as a figure's label: a few
// words, no heading, no digit, not opening in lower case.
func isCounterLabel(b block, words []string) bool {
	if b.heading || len(words) > counterMaxLabel || !hasLetter(b.text) || strings.IndexFunc(b.text, unicode.IsDigit) >= 0 {
		return false
	}
	for _, r := range b.text {
		if unicode.IsLetter(r) {
			return !unicode.IsLower(r)
		}
	}
	return false
}
