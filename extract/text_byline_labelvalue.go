package extract

import (
	"strings"
	"unicode"
)

// A field's label and its value taken for the writer's name: "Category:
// Top Picks" over "Published: 03 Dec 2025" (wcxb-dev 4106, a fashion
// guide), "Contact: Ron Sands" (4025, a research service's page),
// "Publisher: Valve" and "Developed By:Ubisoft Montreal" (3072, 3074,
// 3067, 3068, two game stores' product cards). Each reads as a name
// (textPlainName: capitalised words) and stands beside a date, where
// textFindAuthor reads a name alone on its line as the byline's. No
// writer's name holds a colon: on every wcxb-dev flat page, with and
// without the URL, no author the gold gives does, and the names the
// readings gave with one were all wrong (4 sites). The name is dropped,
// not passed on to the readings after it: those read the same fields
// ("Developer: Valve" on 3072) or a section's heading ("Climate Change"
// on 4025) where the page names no writer.

// textNoLabelValue is name, or "" when it is a field's label and value
// (textIsLabelValue).
func textNoLabelValue(name string) string {
	if textIsLabelValue(name) {
		return ""
	}
	return name
}

// textIsLabelValue reports whether name holds a colon after a label
// with no digit in it ("Category: Top Picks", "Developed By:Ubisoft"),
// not a time's ("12:30").
func textIsLabelValue(name string) bool {
	label, _, ok := strings.Cut(name, ":")
	return ok && label != "" && !strings.ContainsFunc(label, unicode.IsDigit)
}
