package extract

import "testing"

// TestTextTeamName checks a firm's staff read as the writer within two
// lines under the headline, past a section label, or under the title's
// line when the heading is set again over the body; not a menu's "Our
// Team", a team named by a word the page writes in lower case, or a
// team's line over the headline.
func TestTextTeamName(t *testing.T) {
	const crew = "The ferry team and its staff will post changes.\n" // "team" and "staff" in lower case
	textCheckAuthorsAround(t, []textAuthorAround{
		{"Harbour Ferries Return for Winter\nKeelway Staff\n" + crew, "Keelway Staff"},
		{"Harbour Ferries Return for Winter\nNews\nThe KeelWay Team\n" + crew, "The KeelWay Team"},
		{"Harbour Ferries Return for Winter\nTeam Keelway\n" + crew, "Team Keelway"},
		{"Harbour Ferries Return for Winter\nNews\nKeelway Team\nPublished by our ferry team\nHarbour Ferries Return for Winter\n", "Keelway Team"},
		{"Harbour Ferries Return for Winter\nOur Team\n" + crew, ""},
		{"Harbour Ferries Return for Winter\nHarbour Team\n" + crew, ""}, // the body writes "harbour"
		{"Keelway Staff\nHarbour Ferries Return for Winter\n" + crew, ""},
		{"Harbour Ferries Return for Winter\nNews\nWinter\nKeelway Team\n" + crew, ""}, // past the reach
	})
}
