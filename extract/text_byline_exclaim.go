package extract

import "strings"

// A share button's message read as the writer: qcy.com sets "Link
// Copied!" alone under the post's date (wcxb-dev 0234, gold none), two
// capitalised words where a name line stands beside the date. No name
// ends in "!": the flat set holds 117 lines of two capitalised words
// ending in it on 76 pages, and no gold author of wcxb-dev holds one.
// The line is no prose either, and the body leaves it out as the
// byline's (textAssembleOdds): dropping the name before the body is
// assembled kept the line in the body (tauth60, fifty-first session:
// 0234's F1 1.0000 → 0.9989), so the name is dropped after it. Over
// every wcxb-dev flat page, with and without the URL, it moves 0234's
// author alone.

// textNoExclaimedName is name, or "" when it ends in "!".
func textNoExclaimedName(name string) string {
	if strings.HasSuffix(name, "!") {
		return ""
	}
	return name
}
