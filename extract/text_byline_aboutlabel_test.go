package extract

import "testing"

// TestTextNameAfterAboutLabel checks an author card's heading sharing its
// line with the name: after a colon or glued, one word or a desk's name
// in common words; none for the plural heading, prose after the heading,
// a word the page writes in lower case or glued words.
func TestTextNameAfterAboutLabel(t *testing.T) {
	const bio = "Engineer by day, sailor by night.\n"
	textCheckAuthorsFarBelow(t, []textAuthorAround{
		{"About the Author: Maren\n" + bio, "Maren"},
		{"About the AuthorHarbour Ferries Desk\n" + bio, "Harbour Ferries Desk"},
		{"About the Author Maren Solberg\n", "Maren Solberg"},
		{"About the Authors\nMaren Solberg\n", ""},
		{"About the Author Maren Solberg is a writer at the board\n", ""},
		{"About the Author: Ferries\n" + bio, ""}, // the body writes "ferries"
		{"About the Author: HarbourFerries Desk\n" + bio, ""},
	})
}
