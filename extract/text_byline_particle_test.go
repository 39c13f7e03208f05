package extract

import "testing"

// TestTextParticleNameUnderHeadline checks a name with a lower-case
// particle under the headline, or under a standfirst, over the date; no
// name without the date, none whose lower-case word is no particle, none
// ending in a particle.
func TestTextParticleNameUnderHeadline(t *testing.T) {
	const head = "Harbour Ferries Return for Winter\n"
	const date = "March 4, 2025\n"
	const dek = "A look at the winter timetable and the crews who will run the boats\n"
	textCheckAuthorsAround(t, []textAuthorAround{
		{head + "Maren van der Lund\n" + date, "Maren van der Lund"},
		{head + dek + "Maren van Lund\n" + date, "Maren van Lund"},
		{head + "Maren van Lund\n", ""},
		{head + "Ferries on the Quay\n" + date, ""},
		{head + "Maren Lund de\n" + date, ""},
	})
}

// TestTextBylineParticles checks a byline whose names hold a surname's
// particles: the label's name runs on past them (textRunOnParticles)
// and a co-author after a comma may hold them (textNameRun,
// textCoAuthors); a particle that ends the line is no name's.
func TestTextBylineParticles(t *testing.T) {
	const head = "Harbour Ferries Return for Winter\n"
	textCheckAuthorsAround(t, []textAuthorAround{
		{head + "Written by Dr Jane van der Roe, Dr Al Moe, Eli van Doe\n17 minutes read\n", "Dr Jane van der Roe, Dr Al Moe, Eli van Doe"},
		{head + "By Jane Ana de la Roe and Ed Poe\nMarch 4, 2025\n", "Jane Ana de la Roe and Ed Poe"},
		{head + "By Jane Roe, Eli van Doe\nMarch 4, 2025\n", "Jane Roe, Eli van Doe"},
		{head + "By Jane Roe van\nMarch 4, 2025\n", "Jane Roe"},
	})
}
