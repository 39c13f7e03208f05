package extract

// ownTail reports whether an <h1> that repeats og:title whole, parts and
// all, keeps its last parts as words of its headline rather than a site
// part to cut: the page names its site (site holds og:site_name or a name
// found beside it) and that name is none of the <h1>'s parts, and the
// <title>, its site part dropped, states the <h1> whole or shares none
// of its parts. A subtitle or product variant after " - " ("Zero Waste -
// A Beginner's Guide", "Trekking Backpack 40L | Lightweight &
// Adventure-Ready") is then the headline's own. Where the <title> repeats
// one part beside other words, that part is the name or a label the site
// sets on other headlines too: the head part beside another variant
// ("Berries - CBD Gummies - 300mg | Shop" beside the <h1> "Berries -
// (30ct) 300mg"), a section tail beside another wording ("… | Opinion"),
// and the <h1> is cut as before. It does not touch an <h1> that repeats
// the whole <title>, whose tail is the site's part as often as not.
func ownTail(parts []string, tag string, site map[string]bool) bool {
	if len(site) == 0 {
		return false
	}
	own := make(map[string]bool, len(parts))
	for _, p := range parts {
		k := foldTitle(p)
		if site[k] {
			return false
		}
		own[k] = true
	}
	var tagOwn []string // the <title>'s parts, folded, its site's left out
	shared := 0
	for _, p := range titleParts(tag) {
		if k := foldTitle(p); !site[k] {
			tagOwn = append(tagOwn, k)
			if own[k] {
				shared++
			}
		}
	}
	if shared == 0 {
		return true
	}
	if len(tagOwn) != len(parts) {
		return false
	}
	for i := range tagOwn {
		if tagOwn[i] != foldTitle(parts[i]) {
			return false
		}
	}
	return true
}
