package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestTextBylineReadMatchesRE holds textBylineRead to
// textBylineRE.FindStringSubmatch on every line that opens with a label
// (textOpensBylineLabel): the test pages' lines, invented lines and
// 200,000 random lines of the labels, separators (\v among them, which
// \s does not take) and names in letters of every kind the expression's
// classes split: capitals beyond ASCII (É, Σ), lower case (ß), a title
// case ǅ and other letters (ª, 中) that are no capitals, a combining mark
// (no letter), the long s, an invalid byte; one to six words, so the
// limit of four shows.
func TestTextBylineReadMatchesRE(t *testing.T) {
	lines := append(slices.Clip(textSpeedLines(t)),
		"By Jane Doe", "ByJane", "ByJane Doe", "BY JANE DOE", "bY Jane Doe", "Written by: Jane O'Neil-Roe and Ed",
		"Author:\vJane Doe", "Posted By Ann Ann Ann Ann Ann", "By Émile Zola", "By ǅan Roe", "By Jane \xffDoe", "Authors: Jane Doe",
		"by jane Doe", "By Jane", "By Jane ", "By Jane\u00a0Doe", "By J. R. R. Tolkien", "By ΣΑ Ωω", "By Ae\u0301 Bo")
	labels := []string{"By", "by", "BY", "bY", "Written by", "written By", "Posted by", "posted By", "Author", "author", "Authors",
		"B", "Writ", "Posted", "Poster by", "A"}
	seps := []string{"", " ", ":", ": ", "  ", "\t", "\n", "\v", "\f", "\r", "\u00a0", " : "}
	words := []string{"Jane", "Doe", "O'Neil", "Roe-Smith", "J.", "É", "Émile", "Σα", "ßa", "ǅan", "ªb", "中", "e\u0301", "E\u0301",
		"ſa", "\xff", "Ann", "ann", "-", ".", "'", "1", "x"}
	rng := fastRand(144, 3)
	for range 200_000 {
		s := fastPieces(rng, labels, 1, 1) + fastPieces(rng, seps, 1, 1) + fastPieces(rng, words, 1, 2)
		for range rng.IntN(6) {
			s += fastPieces(rng, seps, 1, 1) + fastPieces(rng, words, 1, 2)
		}
		lines = append(lines, s)
	}
	matched, long := 0, 0
	for _, s := range lines {
		if !textOpensBylineLabel(s) {
			continue
		}
		got, want := textBylineRead(s), textBylineRE.FindStringSubmatch(s)
		if !slices.Equal(got, want) {
			t.Fatalf("textBylineRead(%q) = %q, the expression %q", s, got, want)
		}
		if want != nil {
			matched++
			if len(strings.Fields(want[1])) == 4 {
				long++
			}
		}
	}
	if matched < 5000 || long < 100 {
		t.Fatalf("%d matches, %d of four words: too few", matched, long)
	}
	t.Logf("%d matches, %d of four words", matched, long)
}
