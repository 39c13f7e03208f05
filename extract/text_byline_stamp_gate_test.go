package extract

import (
	"strings"
	"testing"
)

// TestTextIsBylineStampMatchesPlain holds the gated stamp test to the
// plain one (textReadBylineStamp) on the test pages' short blocks and on random lines of one
// to three pieces: every month's name in three cases and with a dot
// before it, days, reading times, the update labels, names, the Kelvin
// sign and 'İ', spaces before them.
func TestTextIsBylineStampMatchesPlain(t *testing.T) {
	pieces := []string{"Jan", "FEBRUARY", "march", "Apr", "May", "jun", "July", "Aug", "Sept", "sep", "Oct", "Nov", "Dec",
		"december", ".Jan", "4", "23,", "4th", "2019", "8", "min", "Mins", "minutes", "Last", "Updated", "updated:", "UPDATED",
		"Jane", "Roe", "Kate", "\u212aate", "İan", "by", "•", " ", "Read", "10", "Hours", "é"}
	rng := fastRand(47, 2)
	var lines []string
	for _, s := range textSpeedLines(t) {
		if len(strings.Fields(s)) <= 4 {
			lines = append(lines, s)
		}
	}
	for range 60000 {
		var b strings.Builder
		for k := range 1 + rng.IntN(3) {
			if k > 0 || rng.IntN(8) == 0 {
				b.WriteByte(' ')
			}
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		lines = append(lines, b.String())
	}
	checkBlockMatchesPlain(t, lines, "textIsBylineStamp", textIsBylineStamp, textReadBylineStamp, 1000)
}
