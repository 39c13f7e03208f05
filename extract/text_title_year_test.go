package extract

import "testing"

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
