package extract

import (
	"strings"
	"testing"
)

// textRaiseInsideCase runs textKeepRaisedInside over lines, where a line
// marked "+" is kept after the raised bar, "-" was kept before it and
// dropped by it, and " " was kept by neither; it returns the lines kept.
func textRaiseInsideCase(lines []string) []string {
	var text strings.Builder
	for _, l := range lines {
		text.WriteString(l[1:] + "\n\n")
	}
	blocks := textSplitBlocks(text.String())
	textMarkTestDups(blocks)
	keep, was := make([]bool, len(lines)), make([]bool, len(lines))
	for i, l := range lines {
		keep[i] = l[0] == '+'
		was[i] = l[0] != ' '
	}
	textKeepRaisedInside(blocks, keep, was)
	var out []string
	for i, k := range keep {
		if k {
			out = append(out, blocks[i].text)
		}
	}
	return out
}

const textRaiseInsidePara = "The harbour office counted more ferries this spring than in any year since the pier was rebuilt."

// TestTextRaiseInsideGivesBack: a section's heading and a card's short
// lines the raised bar cut between two of the article's paragraphs come
// back.
func TestTextRaiseInsideGivesBack(t *testing.T) {
	lines := []string{
		"+Ferries of the north harbour",
		"+" + textRaiseInsidePara,
		"-Where the boats go",
		"-Key features: two decks",
		"+The boats run to the islands twice a day, the timetable says, and once on Sundays in winter.",
	}
	got := textRaiseInsideCase(lines)
	if len(got) != 5 || got[1] != textRaiseInsidePara || got[2] != "Where the boats go" {
		t.Errorf("kept %q, want the paragraphs and both short lines", got)
	}
}

// TestTextRaiseInsideStays: nothing comes back above the first
// paragraph, a line stated twice, a call to act, a hole of over textRaiseInsideLines
// lines or with over textRaiseInsideHole lines to give back, a hole under a table of
// contents' heading, and nothing at all on a page whose holes hold a
// post's header (a date, a time, "#7", a poster's profile line, a name
// stated twice in a row, a short age); nor above a first paragraph run
// together with another sentence (a banner), nor in a hole that holds a
// menu's entries run into one line, a flattened table's glued labels or
// a shop card's price, nor in a hole ended by a call to act (a box's),
// holding a teaser card's byline or naming the comments.
func TestTextRaiseInsideStays(t *testing.T) {
	tail := "+Readers wrote in to say the timetable was wrong on Sundays, which the office later fixed."
	cases := map[string][]string{
		"above the first paragraph": {"+Menu", "-This site is no longer updated", "+" + textRaiseInsidePara, tail},
		"stated twice":              {"+" + textRaiseInsidePara, "-Ferry times", tail, "+Ferry times"},
		"call to act":               {"+" + textRaiseInsidePara, "-Sign up for the newsletter", tail},
		"contents":                  {"+" + textRaiseInsidePara, "-Contents", "-1 Installation", tail},
		"a date":                    {"+" + textRaiseInsidePara, "-Where the boats go", tail, "-May 5, 2025", tail + " Again."},
		"a time":                    {"+" + textRaiseInsidePara, "-Where the boats go", tail, "-Wednesday at 5:09 PM", tail + " Again."},
		"a post number":             {"+" + textRaiseInsidePara, "-Where the boats go", tail, "-#7", tail + " Again."},
		"a profile line":            {"+" + textRaiseInsidePara, "-Where the boats go", tail, "-Posts: 133", tail + " Again."},
		"a name twice":              {"+" + textRaiseInsidePara, "-Where the boats go", tail, "-MacroMan", "+– MacroMan", tail + " Again."},
		"a short age":               {"+" + textRaiseInsidePara, "-Where the boats go", tail, "-Newark, DE · 11d", tail + " Again."},
		"run together":              {"+We want to hear from you!Take our readers' survey.", "-Docs", "+" + textRaiseInsidePara, tail},
		"a menu row":                {"+" + textRaiseInsidePara, "-Where the boats go", " Why Ferries Routes Timetables Case Studies Harbour Map", tail},
		"a glued table":             {"+" + textRaiseInsidePara, "-PublisherHarbour Press", "-BindingPaperback", "-Item Width5.5 in", "-Pages", tail},
		"a card's price":            {"+" + textRaiseInsidePara, "-Harbour Boat Camp", "-BOAT-101", "+$995.00", tail},
		"a box's call to act":       {"+" + textRaiseInsidePara, "-Harbour guide 2025", "-Fares for every island", " Download now", tail},
		"a card's byline":           {"+" + textRaiseInsidePara, "-Ferries in winter", " Anna Berg 12 February,2026", tail},
		"the comments":              {"+" + textRaiseInsidePara, "-Ferries in winter", " Reader Comments", tail},
	}
	long := []string{"+" + textRaiseInsidePara, "-Where the boats go"}
	for i := range textRaiseInsideLines {
		long = append(long, " Menu entry "+strings.Repeat("x", i+1))
	}
	cases["a long hole"] = append(long, tail)
	many := []string{"+" + textRaiseInsidePara}
	for i := range textRaiseInsideHole + 1 {
		many = append(many, "-Index entry "+strings.Repeat("y", i+1))
	}
	cases["many lines"] = append(many, tail)
	for name, lines := range cases {
		checkRaiseInsideGivesNone(t, name, lines)
	}
}

// checkRaiseInsideGivesNone reports when textKeepRaisedInside keeps more
// of lines than those marked "+", kept after the raised bar.
func checkRaiseInsideGivesNone(t *testing.T, name string, lines []string) {
	t.Helper()
	kept := 0
	for _, l := range lines {
		kept += textBool(l[0] == '+')
	}
	if got := textRaiseInsideCase(lines); len(got) != kept {
		t.Errorf("%s: kept %q, want only the lines kept after the bar", name, got)
	}
}

// TestTextRaiseInsideGivesBackBesideCamelCase: a list's lines with a
// brand's camel case ("JavaScript", "TypeScript") are no glued table, and
// a heading of a few capitalised words is no menu row: they come back.
func TestTextRaiseInsideGivesBackBesideCamelCase(t *testing.T) {
	lines := []string{
		"+" + textRaiseInsidePara,
		"-JavaScript",
		"-TypeScript",
		"-Python",
		"-Markdown",
		"-Ferry Routes Of The North",
		"+The boats run to the islands twice a day, the timetable says, and once on Sundays in winter.",
	}
	if got := textRaiseInsideCase(lines); len(got) != len(lines) {
		t.Errorf("kept %q, want every line", got)
	}
}
