package extract

import (
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestTextOwnerByHost checks a personal site's post with no byline and
// no copyright line: the owner's name heading the page is the writer's
// when the host spells its first name, its surname, or its first name
// and the surname's initial, a logo's closing marks cut; none for a host
// that spells the whole name run together (a firm's or a project's
// site), a host that spells none of it, a heading the page sets again,
// a heading in words the page writes in lower case, and no URL.
func TestTextOwnerByHost(t *testing.T) {
	const (
		menu = "Posts\nProjects\nAbout\nHarbour Ferries Return for Winter\nMarch 4, 2025\n"
		body = "The harbour board will run the ferries twice a day from the quay on Keel Street, and crews on Mill Lane expect the boats to be full on most days this winter.\n" +
			"The new timetable will stay on the board's site for anyone who needs to plan a trip across the water before the next change comes in.\n"
		tail = "Older post\nNewer post\n"
		path = "/posts/harbour-ferries-return-for-winter"
	)
	for _, tt := range []struct{ host, head, foot, want string }{
		{"https://www.marens.dev", "Maren Solberg\n", "", "Maren Solberg"},
		{"https://marens.dev", "Maren Solberg\n", "", "Maren Solberg"},
		{"https://maren.bearblog.dev", "Maren Solberg\n", "", "Maren Solberg"},
		{"https://www.solberg.co", "Maren Solberg\n", "", "Maren Solberg"},
		{"https://solberg.co", "Maren Solberg//\n", "", "Maren Solberg"},
		{"https://marensolberg.com", "Maren Solberg\n", "", ""},
		{"https://harbour.example", "Maren Solberg\n", "", ""},
		{"https://solberg.co", "Maren Solberg\n", "Maren Solberg\n", ""},
		{"https://quay.co", "Quay Crews\n", "", ""}, // the body writes "quay" and "crews"
		{"", "Maren Solberg\n", "", ""},
	} {
		url := tt.host
		if url != "" {
			url += path
		}
		page := tt.head + menu + body + tail + tt.foot
		a, err := New(DefaultOptions()).Extract(news.Page{URL: url, Format: news.FormatText, Content: []byte(page)})
		if err != nil {
			t.Fatal(err)
		}
		if a.Author != tt.want {
			t.Errorf("%s %q … %q: author %q, want %q", url, tt.head, tt.foot, a.Author, tt.want)
		}
	}
}
