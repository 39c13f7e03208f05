package extract

import "testing"

// TestTextShareRowsLeftOut holds textIsShareRow, in its own walk: a share bar on one
// line and a button's own label go, wherever they stand; a platform
// table's cells, a lone "Print" or "LinkedIn", a repeated button and a
// sentence naming the networks stay.
func TestTextShareRowsLeftOut(t *testing.T) {
	prose := "The council published the new bus timetable on Monday, with later buses on the river route."
	for _, c := range []struct {
		name  string
		lines []leftOutLine
	}{
		{"bar", []leftOutLine{{prose, false}, {"SMS Facebook Twitter Email", true}, {prose, false}}},
		{"bar lower case", []leftOutLine{{prose, false}, {"whatsapp pinterest email", true}}},
		{"labels", []leftOutLine{{"ShareThis", true}, {prose, false}, {"Copy the link", true}, {"Tweet", true}}},
		{"table cells", []leftOutLine{{prose, false}, {"X, Facebook", false}, {"LinkedIn", false}, {"Print", false}}},
		{"one button twice", []leftOutLine{{prose, false}, {"Facebook Facebook", false}}},
		{"sentence", []leftOutLine{{prose, false}, {"Follow the council on Facebook and X", false}}},
	} {
		t.Run(c.name, func(t *testing.T) { checkLeftOutBy(t, c.lines, leaveOutWhere(textIsShareRow)) })
	}
}
