package extract

import "testing"

// TestTextSiteOwnerName checks a personal site's post with no byline:
// the owner's name heading the page and holding the footer's copyright
// is the writer's; none for a heading with no copyright, a copyright
// of more words than the heading, a heading the page sets again (a
// firm's name in its menus), a heading in words the page writes in
// lower case, and a copyright with no year or mark before the name.
func TestTextSiteOwnerName(t *testing.T) {
	const (
		menu = "Posts\nProjects\nAbout\nHarbour Ferries Return for Winter\nMarch 4, 2025\n"
		body = "The harbour board will run the ferries twice a day from the quay on Keel Street, and crews on Mill Lane expect the boats to be full on most days this winter.\n" +
			"The new timetable will stay on the board's site for anyone who needs to plan a trip across the water before the next change comes in.\n"
		tail = "Older post\nNewer post\n"
	)
	for _, tt := range []struct{ head, foot, want string }{
		{"Maren Solberg\n", "© 2025 Maren Solberg. This site is open source!\n", "Maren Solberg"},
		{"Maren Solberg\n", "This site is © 1998-2025 Maren Solberg, all rights reserved.\n", "Maren Solberg"},
		{"Maren Solberg\n", "Copyright © 2012–2025 Maren Solberg\n", "Maren Solberg"},
		{"Maren Solberg\n", "Subscribe\n", ""},
		{"Maren Solberg\n", "© 2025 Maren Solberg Studio\n", ""},
		{"Maren Solberg\n", "Maren Solberg\n© 2025 Maren Solberg\n", ""},
		{"Quay Crews\n", "© 2025 Quay Crews\n", ""}, // the body writes "quay" and "crews"
		{"Maren Solberg\n", "Thanks for reading, Maren Solberg\n", ""},
	} {
		if got := textFerriesAuthor(t, tt.head+menu+body+tail+tt.foot); got != tt.want {
			t.Errorf("%q … %q: author %q, want %q", tt.head, tt.foot, got, tt.want)
		}
	}
}
