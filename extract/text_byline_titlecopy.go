package extract

import "strings"

// The headline's own words taken for the writer's name: wcxb-dev 0228
// (a health newsletter) sets "Foundational Fitness Protocol" twice over
// its date; read without the URL the headline is chosen a line above
// ("Neural Network Newsletter"), the title's text is the repeat's, and
// textNameUnderHeadline reads the second copy as the name under the
// headline (two capitalised words beside a date). A page's title is no
// one's byline: on every wcxb-dev flat page, with and without the URL,
// no other author equals its page's title, and no gold author does.

// textNotTitle is name, or "" when it is the page's title, case folded.
func textNotTitle(name, title string) string {
	if name != "" && strings.EqualFold(name, title) {
		return ""
	}
	return name
}
