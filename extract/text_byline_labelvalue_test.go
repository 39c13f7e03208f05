package extract

import "testing"

// TestTextLabelValueIsNoName checks that a field's label and value
// beside the byline's date names no one (wcxb-dev 4106's "Category: Top
// Picks", 4025's "Contact: Ron Sands"), while a name beside the date
// still does.
func TestTextLabelValueIsNoName(t *testing.T) {
	textCheckAuthorsAround(t, []textAuthorAround{
		{"Harbour Ferries Return for Winter\nMaren Solberg\nPublished: March 4, 2025\n", "Maren Solberg"},
		{"Harbour Ferries Return for Winter\nCategory: Top Picks\nPublished: March 4, 2025\n", ""},
		{"Harbour Ferries Return for Winter\nContact: Tor Lund\nUpdated: 3/4/2025\n", ""},
	})
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"Category: Top Picks", true},
		{"Developed By:Everstone Studio", true},
		{"Maren Solberg", false},
		{"Maren Solberg, Ph.D.", false},
		{"12:30 Maren Solberg", false},
	} {
		if got := textIsLabelValue(tt.name); got != tt.want {
			t.Errorf("textIsLabelValue(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestTextCoAuthorWith checks a byline that names its second writer
// after "with" (wcxb-dev 4117: "By Dieter Hogen with Uta Pippig"): the
// gold keeps the list as the page writes it; a lower-case word after
// "with" is the sentence's, not a name.
func TestTextCoAuthorWith(t *testing.T) {
	textCheckAuthorsAround(t, []textAuthorAround{
		{"Harbour Ferries Return for Winter\nBy Maren Solberg with Tor Lund\nMarch 4, 2025\n", "Maren Solberg with Tor Lund"},
		{"Harbour Ferries Return for Winter\nBy Maren Solberg with photos\nMarch 4, 2025\n", "Maren Solberg"},
	})
}
