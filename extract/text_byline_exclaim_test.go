package extract

import (
	"strings"
	"testing"
)

// TestTextNoExclaimedName checks that a share button's message under the
// date ("Link Copied!", wcxb-dev 0234) names no writer and still leaves
// the body, while a writer's name there is still read.
func TestTextNoExclaimedName(t *testing.T) {
	const menu = "Home\nNews\nBlog\nContact\n"
	const foot = "Share\nRelated posts\nContact us\n"
	for _, tt := range []struct{ line, want string }{
		{"Link Copied!", ""},
		{"Maren Solberg", "Maren Solberg"},
	} {
		page := menu + "Harbour Ferries Return for Winter\nMarch 4, 2025\n" + tt.line + "\n" + textFerriesParas + foot
		a := textFerriesArticle(t, page)
		if a.Author != tt.want {
			t.Errorf("%q beside the date: author %q, want %q", tt.line, a.Author, tt.want)
		}
		if strings.Contains(a.Body, tt.line) {
			t.Errorf("%q beside the date: kept in the body %q", tt.line, a.Body)
		}
	}
	for _, tt := range []struct{ name, want string }{
		{"Link Copied!", ""},
		{"Thanks!", ""},
		{"Maren Solberg", "Maren Solberg"},
		{"Yahoo! News", "Yahoo! News"}, // a "!" inside a name is kept
		{"", ""},
	} {
		if got := textNoExclaimedName(tt.name); got != tt.want {
			t.Errorf("textNoExclaimedName(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
