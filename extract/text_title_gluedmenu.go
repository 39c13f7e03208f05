package extract

// A site's menu can reach the flat text as one line, its entries run
// together with no space between them ("For organizationsLog inFind a
// therapist", "Privacy PolicyTerms of UseCookie Policy", "Remote jobs in
// the United StatesRemote jobs in CanadaRemote jobs in Mexico"), and the
// title model takes it on pages of four sites (2837, 4355, 4495, 4866;
// 0639 without the URL). A run of menu entries names no page.

// textTitleNotGluedMenu returns the index of the block whose text names
// the page when the line taken, at, is a glued run of menu entries
// (textIsGluedMenu): the best other candidate that is no such run and
// clears the bar where it stands, else at.
func textTitleNotGluedMenu(c *textTitleCandidates, at int) int {
	if at < 0 || !textIsGluedMenu(c.blocks, at) {
		return at
	}
	return textTitleBestOther(c, at, textIsGluedMenu)
}

// textIsGluedMenu reports whether block i joins words twice or more
// where a menu's entries meet: two lower-case ASCII letters or more, then
// a capital with a lower-case letter after it ("sLog", "yTerms"). A
// brand's capital inside one word (GoToGate, GeForce) follows a single
// lower-case letter or a capital and is not counted; two brands on one
// line (AirPods, MagSafe) are, which the wcxb-dev gold titles show on one
// product page (3058), whose line taken is wrong at the base.
func textIsGluedMenu(blocks []textBlock, i int) bool {
	t := blocks[i].text
	n, low := 0, 0
	for j := 0; j+1 < len(t); j++ {
		c := t[j]
		if 'a' <= c && c <= 'z' {
			low++
			continue
		}
		if 'A' <= c && c <= 'Z' && low >= 2 && j > 0 && 'a' <= t[j-1] && t[j-1] <= 'z' && 'a' <= t[j+1] && t[j+1] <= 'z' {
			n++
		}
		low = 0
	}
	return n >= 2
}
