package extract

import "strings"

// A page's breadcrumb trail can reach the flat text glued into one line,
// its entries and the page's own heading run together with no space
// between them ("HomeCybersecurity Best Practices", "NETGEAR
// BlogTechnologyWhat is Mesh WiFi?", "…/startup insights/Comparison of
// SDLC Models: …"), and the page's headline then stands alone on the
// next line. The trail's last entry is the page itself, so the line
// under it that the trail ends with names the page. Without the URL the
// title model can take a menu entry or a related post over it instead
// (0036 "CIS SecureSuite® Membership", 0256, 4233: each titled right with
// the URL, whose slug picks the headline).

// textTitleUnderGluedTrail returns the index of the block whose text
// names the page: the first title candidate the block right over it ends
// with, glued (textGluedTrailOver), when it reads as a headline (two
// words or more, not a call to act, no byline); else at.
func textTitleUnderGluedTrail(c *textTitleCandidates, at int) int {
	if at >= 0 && textGluedTrailOver(c.blocks, at) {
		return at
	}
	for _, i := range c.cands {
		b := &c.blocks[i]
		if b.words >= 2 && !b.action && textGluedTrailOver(c.blocks, i) && !textIsByline(b.text) {
			return i
		}
	}
	return at
}

// textGluedTrailOver reports whether the block over block i ends with
// block i's text glued to what comes before it: the byte before is a
// lower-case ASCII letter or a trail's separator ('/', '>', "»", "›"),
// and block i opens with an upper-case ASCII letter or a digit.
func textGluedTrailOver(blocks []textBlock, i int) bool {
	if i <= 0 {
		return false
	}
	t, over := blocks[i].text, blocks[i-1].text
	if len(t) == 0 || len(over) <= len(t) || !strings.HasSuffix(over, t) {
		return false
	}
	if c := t[0]; !('A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
		return false
	}
	head := over[:len(over)-len(t)]
	if strings.HasSuffix(head, t) {
		return false // the line glued to itself, a doubled heading, is no trail
	}
	c := head[len(head)-1]
	return 'a' <= c && c <= 'z' || c == '/' || c == '>' ||
		strings.HasSuffix(head, "»") || strings.HasSuffix(head, "›")
}
