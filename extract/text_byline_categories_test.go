package extract

import "testing"

// TestTextCategoryList checks that a post's categories set beside its
// date, each a menu's entry above the headline (4846 beefound.agency's
// "E-Commerce, SEO"), name no writer, and that a list of names, or
// categories not set alone in the menu above, still do.
func TestTextCategoryList(t *testing.T) {
	const foot = "Share\nRelated posts\nContact us\n"
	for _, tt := range []struct{ menu, line, want string }{
		{"Home\nCruises\nTours\nContact\n", "Cruises, Tours", ""},
		// Two writers: neither stands alone in the menu.
		{"Home\nCruises\nTours\nContact\n", "Maren Solberg, Tor Lund", "Maren Solberg, Tor Lund"},
		// One part only is a menu's entry.
		{"Home\nCruises\nContact\n", "Cruises, Tours", "Cruises, Tours"},
	} {
		page := tt.menu + "Harbour Ferries Return for Winter\nMarch 4, 2025\n" + tt.line + "\n" + textFerriesParas + foot
		if got := textFerriesAuthor(t, page); got != tt.want {
			t.Errorf("%q under %q: author %q, want %q", tt.line, tt.menu, got, tt.want)
		}
	}
	for _, tt := range []struct {
		name string
		from int
		want bool
	}{
		{"Cruises, Tours", 4, true},
		{"Cruises, Tours", 1, false}, // "Tours" stands below block 1
		{"Cruises", 4, false},        // no list
		{"Cruises, ", 4, false},
	} {
		blocks := textSplitBlocks("Cruises\nHome\nTours\nContact\nHarbour Ferries Return for Winter\n")
		if got := textCategoryList(tt.name, blocks, tt.from); got != tt.want {
			t.Errorf("textCategoryList(%q, %d) = %v, want %v", tt.name, tt.from, got, tt.want)
		}
	}
}
