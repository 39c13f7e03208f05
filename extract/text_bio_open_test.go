package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestTextBioOpensMatchesRE holds textBioOpens to textBioOpenRE, its plain
// form, both ways: the test pages' lines, 300,000 strings of the
// expression's pieces (capitals beyond ASCII, the title case ǅ, a lower
// case é, ’ and a lone byte of it, an invalid byte, \t and a no-break
// space) and 100,000 lines in its order: an opening, one to six name
// words, commas, a group of capitals and dots, a verb or a near miss, and
// a tail.
func TestTextBioOpensMatchesRE(t *testing.T) {
	lines := append(slices.Clone(textSpeedLines(t)), "", "(", "A", "A is", "A  is", "A , is", "A ,, is", "A  B is", "A B  is", "A B,  is",
		"A B, C, D, E is", "A, B, is", "A. is", "A- is", "A is_", "A isn't", "A is1", "A isé", "É is", "ǅ is", "Ab’ is", "Ab\xe2\x80 is")
	pieces := []string{"(", "*", "A", "Mira", "JONES", "É", "Ünal", "ǅ", "é", "o’", "O'", "\xe2\x80", "\xff", "-", ".", ",", " ", " ", " ",
		"  ", "_", "7", "x", " is", " was", " has been", " has", " holds", " leads", " serves", " brings", " began", " joined",
		" started", " founded", " comes", " said", " the", " J.", " MBA,", " PhD", " A.B.", " IBM", " ÉÜ", "’", "\u00a0", "\t", "isn't", "s"}
	rng := fastRand(61, 62)
	lines = fastPieceLines(lines, rng, pieces, 300000, 1, 12)
	opens := []string{"", "", "(", "*", "["}
	names := []string{"Mira", "JONES", "O'Neil", "Ann-Marie", "Dr.", "J.", "Ünal", "É", "ǅx", "o’Hara", "mira", "Mira’s", "X_1", "\xffA", "Ab\xe2\x80"}
	groups := []string{"", "", ",", " MBA", " PhD", ", PhD,", " M.D.,", " ÉÜ", " , ", "  ", " ,", " A.B.,", " x"}
	verbs := []string{"is", "was", "has been", "has", "holds", "leads", "serves", "brings", "began", "joined", "started", "founded",
		"comes", "isn't", "island", "Is", "hold", "said", "is_", "is9", "isé"}
	tails := []string{"", " a writer", ".", "", ",", "s"}
	for range 100000 {
		var b strings.Builder
		b.WriteString(opens[rng.IntN(len(opens))])
		for k := rng.IntN(6) + 1; k > 0; k-- {
			b.WriteString(names[rng.IntN(len(names))])
			if k > 1 {
				b.WriteString([]string{" ", " ", " ", ", ", "  ", ","}[rng.IntN(6)])
			}
		}
		b.WriteString(groups[rng.IntN(len(groups))])
		b.WriteString([]string{" ", " ", " ", "", "  ", ", "}[rng.IntN(6)])
		b.WriteString(verbs[rng.IntN(len(verbs))])
		b.WriteString(tails[rng.IntN(len(tails))])
		lines = append(lines, b.String())
	}
	n := checkSameAnswer(t, lines, "textBioOpens", textBioOpens, textBioOpenRE.MatchString, 10000)
	t.Logf("%d of %d lines match", n, len(lines))
}
