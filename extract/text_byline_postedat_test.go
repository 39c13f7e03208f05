package extract

import "testing"

// TestTextPostedAtFooter checks a blog's footer under the post, "Posted
// by NAME at DATE": read for a first name alone (a full name is read
// before, by the byline's label); none for Slashdot's "on" form, for a
// line with no date after "at", and for a name the page writes in lower
// case.
func TestTextPostedAtFooter(t *testing.T) {
	textCheckAuthorsFarBelow(t, []textAuthorAround{
		{"Posted by Maren at December 16, 2025 11:15 AM\nComments\n", "Maren"},
		{"Posted by Maren Solberg at December 16, 2025 11:15 AM\nComments\n", "Maren Solberg"},
		{"Posted by Maren on Friday December 19, 2025 @08:00PM from the ferry dept.\nComments\n", ""},
		{"Posted by Maren at the harbour office\nComments\n", ""},
		{"Posted by Quay at December 16, 2025 11:15 AM\nComments\n", ""}, // the body writes "quay"
	})
}
