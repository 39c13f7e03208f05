package extract

import "strings"

// textTitleNoPilcrow cuts a pilcrow ("¶") off the end of a title: a
// documentation generator sets one after each heading as its permalink,
// and flattening glues it to the heading's last word ("Working with
// forms¶"). No wcxb-dev gold title holds one, and the HTML path never
// reads it (the link is an element of its own there). On the 1,497
// wcxb-dev flat pages 5 more exact titles with the URL (2 on even page
// ids, 3 on odd; documentation pages), 3 without (2 and 1), no other
// title moved.
func textTitleNoPilcrow(title string) string {
	if !strings.HasSuffix(title, "¶") {
		return title
	}
	return strings.TrimRightFunc(strings.TrimSuffix(title, "¶"), func(r rune) bool { return r == ' ' })
}
