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
