package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestTextSlashOrderPage checks, through Extract, that a date written
// in numbers that read either way ("03/10/2023") is read in the order
// the page writes its dates: the other day's month-name statement in a
// related list, numeric dates that read one way only, the order of the
// page's month-name dates; and month first (US) where the page says
// nothing or says month first.
func TestTextSlashOrderPage(t *testing.T) {
	page := func(dateLine string, related ...string) []byte {
		lines := []string{"Home", "Blog", "Shop", "Contact", "How We Rebuilt the Keel Street Boathouse", dateLine}
		lines = append(lines, textBoathouseParas...)
		lines = append(lines, "Related Posts")
		lines = append(lines, related...)
		lines = append(lines, "Comments")
		return []byte(strings.Join(lines, "\n"))
	}
	x := New(DefaultOptions())
	for _, tt := range []struct {
		name     string
		dateLine string
		related  []string
		want     string
	}{
		{"the other day stated with a month name", "02-12-2025",
			[]string{"How We Rebuilt the Keel Street Boathouse December 02, 2025", "Painting the Harbourton Pier November 20, 2025"}, "2025-12-02"},
		{"the day read first stated with a month name", "02-12-2025",
			[]string{"How We Rebuilt the Keel Street Boathouse February 12, 2025", "Painting the Harbourton Pier 20 November 2025", "New Oars for the Juniors 9 November 2025"}, "2025-02-12"},
		{"numbers that read day first only", "03/10/2023",
			[]string{"Painting the Harbourton Pier 25/09/2023", "New Oars for the Juniors 19/08/2023"}, "2023-10-03"},
		{"month-name dates written day first", "03/10/2023 by Maren Solberg",
			[]string{"Painting the Harbourton Pier 16 February 2026", "New Oars for the Juniors 9 February 2026"}, "2023-10-03"},
		{"month-name dates written month first", "03/10/2023 by Maren Solberg",
			[]string{"Painting the Harbourton Pier February 16, 2026", "New Oars for the Juniors February 9, 2026"}, "2023-03-10"},
		{"the page says nothing", "03/10/2023", nil, "2023-03-10"},
		{"an ISO date under the headline", "2023-10-03",
			[]string{"Painting the Harbourton Pier 16/02/2026"}, "2023-10-03"},
	} {
		a, err := x.Extract(news.Page{Format: news.FormatText, Content: page(tt.dateLine, slices.Clone(tt.related)...)})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := publishedDay(a); got != tt.want {
			t.Errorf("%s: published %q, want %q (title %q)", tt.name, got, tt.want, a.Title)
		}
	}
}

// TestTextPublishedLabelPage checks, through Extract, that a line around
// the headline that says its date is the published one, or whose label
// alone on the line above says so, is taken over a nearer line whose
// date says nothing of what it is.
func TestTextPublishedLabelPage(t *testing.T) {
	x := New(DefaultOptions())
	for _, stated := range [][]string{
		{"Published on 25.Jun.2019 in Mill Lane Notes, Vol 7"},
		{"Published on:", "25.Jun.2019"},
	} {
		lines := append([]string{"Home", "Blog", "Shop", "Contact"}, stated...)
		lines = append(lines, "How We Rebuilt the Keel Street Boathouse",
			"Earlier drafts of this report by Maren Solberg are on the club's site, first published 04.Apr.2019.")
		lines = append(lines, textBoathouseParas...)
		a, err := x.Extract(news.Page{Format: news.FormatText, Content: []byte(strings.Join(lines, "\n"))})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := publishedDay(a), "2019-06-25"; got != want {
			t.Errorf("%q: published %q, want %q (title %q)", stated, got, want, a.Title)
		}
	}
}

// TestTextUpdateLabelAbovePage checks, through Extract, that a date
// under a label alone on the line above it ("Last update:" / "July 16,
// 2025") counts as an update, and that an earlier date stated above the
// headline's window is then the published one; a later date up there
// is not.
func TestTextUpdateLabelAbovePage(t *testing.T) {
	page := func(above string) []byte {
		lines := []string{"Home", "Blog", "How We Rebuilt the Keel Street Boathouse", "Maren Solberg", above,
			"•", "10", "mins read", "Share", "Print", "Text Link", "Blog", "Club News", "Boats", "Events",
			"How We Rebuilt the Keel Street Boathouse", "Maren Solberg", "Last update:", "July 16, 2025"}
		lines = append(lines, textBoathouseParas...)
		return []byte(strings.Join(lines, "\n"))
	}
	x := New(DefaultOptions())
	for _, tt := range []struct{ above, want string }{
		{"February 8, 2022", "2022-02-08"},
		{"March 1, 2026", "2025-07-16"},
		{"Club House", "2025-07-16"},
	} {
		a, err := x.Extract(news.Page{Format: news.FormatText, Content: page(tt.above)})
		if err != nil {
			t.Fatal(err)
		}
		if got := publishedDay(a); got != tt.want {
			t.Errorf("%q above: published %q, want %q (title %q)", tt.above, got, tt.want, a.Title)
		}
	}
}
