package extract

import "testing"

// TestTextBylineRoleTail checks a team's byline that ends in a role
// noun in lower case (wcxb-dev 0146: "By The Currency editors"): the
// noun is kept, even where the team's name is the site's heading set
// alone; a byline that goes on past the noun is read as before.
func TestTextBylineRoleTail(t *testing.T) {
	textCheckAuthorsAround(t, []textAuthorAround{
		{"Harbour Ferries Return for Winter\nBy The Quay News editors\nMarch 4, 2025\n", "The Quay News editors"},
		{"The Quay News\nHarbour Ferries Return for Winter\nBy The Quay News editors\nMarch 4, 2025\n", "The Quay News editors"},
		{"Harbour Ferries Return for Winter\nBy The Quay News writers\nMarch 4, 2025\n", "The Quay News writers"},
		{"Harbour Ferries Return for Winter\nBy Maren Solberg\nMarch 4, 2025\n", "Maren Solberg"},
	})
}
