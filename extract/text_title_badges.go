package extract

import "strings"

// A Stack Exchange question flattened without its markup sets each
// user's card as a line of its own, the reputation and the three badge
// counts glued ("55.4k2424 gold badges197197 silver badges315315 bronze
// badges"). Without the URL the title model took such a line as the title
// on five forum pages of four sites (0172 cooking, 0564 stackoverflow,
// 0565 and 2826 superuser, 0567 askubuntu), each titled right with the
// URL, whose slug picks the question. The line names a user's standing,
// never a page: no gold title among the 1,497 wcxb-dev flat pages holds
// "badges".

// textTitleNotBadges returns the index of the block whose text names the
// page when the line taken, at, is a user's badge line
// (textIsBadgeLine): the best other candidate that is no such line and
// clears the bar where it stands (textTitleBestOther), else at.
func textTitleNotBadges(c *textTitleCandidates, at int) int {
	if at < 0 || !textIsBadgeLine(c.blocks, at) {
		return at
	}
	return textTitleBestOther(c, at, textIsBadgeLine)
}

// textIsBadgeLine reports whether block i states two of a user's badge
// counts ("gold badges", "silver badges", "bronze badges"), each after a
// digit: one such phrase could be a headline about badges, two are a
// user's card.
func textIsBadgeLine(blocks []textBlock, i int) bool {
	t := blocks[i].text
	n := 0
	for _, p := range [...]string{" gold badge", " silver badge", " bronze badge"} {
		j := strings.Index(t, p)
		if j > 0 && '0' <= t[j-1] && t[j-1] <= '9' {
			n++
		}
	}
	return n >= 2
}
