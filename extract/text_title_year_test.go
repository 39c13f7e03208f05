package extract

import (
	"strings"
	"testing"
)

// TestTextTitleWithYear: a line stating the title and then a year gives
// the title; a line going on past the year, a year run into the title's
// last word, a number that is no year and no such line leave it.
func TestTextTitleWithYear(t *testing.T) {
	const title = "Best Ferry Passes for Walkers"
	for _, c := range []struct {
		line, want string
	}{
		{title + " in 2026", title + " in 2026"},
		{title + " (2026)", title + " (2026)"},
		{title + ", 2026", title + ", 2026"},
		{title + " in 2026: Our Picks", title},
		{title + "2026", title},
		{title + " in 1200", title},
		{"Ferry Timetables for 2026", title},
	} {
		blocks := textNewBlocks(textTitleDatedPage(title, c.line)...)
		if got := textTitleWithYear(title, blocks); got != c.want {
			t.Errorf("line %q: textTitleWithYear gives %q, want %q", c.line, got, c.want)
		}
	}
}

// TestTextTitleWithYearPage: through Extract, a guide whose headline
// block drops the year its summary box's heading states is given the
// title with the year.
func TestTextTitleWithYearPage(t *testing.T) {
	lines := textTitleDatedPage("Best Ferry Passes for Walkers")
	lines = append(lines[:len(lines)-4], "Best Ferry Passes for Walkers in 2026",
		"Our pick is the coast pass, which covers every ferry on the north coast for a week and costs less than four single crossings.",
		"Share this", "Facebook", "Newsletter", "Privacy policy")
	checkTextTitlePage(t, lines, "Best Ferry Passes for Walkers in 2026")
}

// textTitleWithYearPlain is textTitleWithYear without the length gate:
// every block's start compared with the title.
func textTitleWithYearPlain(title string, blocks []textBlock) string {
	if len(title) < 8 {
		return title
	}
	for i := range blocks {
		if rest, ok := strings.CutPrefix(blocks[i].text, title); ok && textTitleYearTail(rest) {
			return blocks[i].text
		}
	}
	return title
}

// TestTextTitleWithYearGateMatchesPlain holds textTitleWithYear, which
// compares only blocks of a tail's length, to the plain form: pages of
// the title with tails of every joining word, a year bare or in either
// parenthesis, and other pieces, one block each.
func TestTextTitleWithYearGateMatchesPlain(t *testing.T) {
	const title = "Best Ferry Passes for Walkers"
	rng := fastRand(56, 21)
	pieces := []string{" in ", " for ", " of ", ", ", " - ", " – ", " ", "(", ")", "2026", "1999", "20", "x", "é"}
	found := 0
	for range 20000 {
		tails := fastPieceLines(nil, rng, pieces, 3, 1, 4)
		var lines []string
		for _, tail := range tails {
			lines = append(lines, title+tail)
		}
		blocks := textNewBlocks(lines...)
		want := textTitleWithYearPlain(title, blocks)
		if got := textTitleWithYear(title, blocks); got != want {
			t.Fatalf("tails %q: textTitleWithYear gives %q, the plain form %q", tails, got, want)
		}
		found += textBool(want != title)
	}
	if found < 1000 {
		t.Errorf("%d pages gave the title a year: too few", found)
	}
}
