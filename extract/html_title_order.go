package extract

import "strings"

// reorderedAs returns an <h1> set in capitals spelled word by word as
// src (whole, or before its site part) spells the same words in another
// order ("BEGINNER MARATHON PLAN" beside the <title> "Marathon Beginner
// Plan" gives "Beginner Marathon Plan"), else "". A <title> worded for
// search puts its key word first; the page's own headline is the
// display line's order, and only its capitals are the style's. An <h1>
// in capitals worded otherwise is a display line (capsDisplay), and one
// in the stated order is respelled by spelledAs. It gives the title
// only (inH1Order). On wcxb-dev the gold took the <h1>'s order on the 2
// pages whose <h1> holds the stated words in another order (an article
// in capitals, a service page in title case, already right); 1 article
// gained.
func reorderedAs(h, src string, site map[string]bool) string {
	if src == "" || h != strings.ToUpper(h) || h == strings.ToLower(h) {
		return ""
	}
	p := headPart(src, site)
	hw, pw := strings.Fields(h), strings.Fields(p)
	if len(hw) != len(pw) || strings.ToUpper(p) == h {
		return ""
	}
	used := make([]bool, len(pw))
	out := make([]string, len(hw))
	for i, w := range hw {
		for j, s := range pw {
			if !used[j] && strings.ToUpper(s) == w {
				used[j], out[i] = true, s
				break
			}
		}
		if out[i] == "" {
			return ""
		}
	}
	return strings.Join(out, " ")
}

// inH1Order is best, the stated title taken, in the order of an <h1>
// set in capitals that holds its words in another order (reorderedAs),
// or best. Only the title takes it: capsDisplay refused that <h1>, and
// the headline as shown stays the stated one, so no body or date step
// moves (taking the <h1> as shown moved the body of the one wcxb-dev
// page, F1 0.8656 -> 0.8571).
func (m *pageMeta) inH1Order(best string, site map[string]bool) string {
	for _, h := range m.h1 {
		if p := reorderedAs(dropPermalink(cleanText(h)), best, site); p != "" {
			return p
		}
	}
	return best
}
