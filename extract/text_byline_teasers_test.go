package extract

import "testing"

// TestTextTeaserRailBylines checks the teaser rail's bylines (wcxb-dev
// 4340: a rail of "heading / By writer / section" teasers around the
// headline): three different writers in the byline window name none of
// them the page's; two (a writer and an editor) or one writer's byline
// set twice are read as before.
func TestTextTeaserRailBylines(t *testing.T) {
	rail := "Night Markets Return to the Quay\nBy Maren Solberg\nCity Life\n" +
		"A Bakery on Mill Lane Turns Ten\nBy Tomas Eriksen\nFood\n" +
		"The Last Ferry Captain on Keel Street\nBy Ada Lindqvist\nPeople\n"
	textCheckAuthorsAround(t, []textAuthorAround{
		{rail + "Harbour Ferries Return for Winter\n", ""},
		{"Harbour Ferries Return for Winter\nBy Maren Solberg\nEdited by Tomas Eriksen\nMarch 4, 2025\n", "Maren Solberg"},
		{"By Maren Solberg\nMarch 4, 2025\nHarbour Ferries Return for Winter\nBy Maren Solberg\nMarch 4, 2025\n", "Maren Solberg"},
	})
}
