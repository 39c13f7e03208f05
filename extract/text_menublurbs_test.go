package extract

import (
	"slices"
	"testing"
)

// TestTextMenuBlurbsOverHeadlineLeftOut checks that a mega menu whose
// entries are described in sentences, set over the headline, leaves the
// body with the headline, and that a headline joined to its byline
// ("… Timetable\nby Ann Lee") is found for that step.
func TestTextMenuBlurbsOverHeadlineLeftOut(t *testing.T) {
	const headline = "How the Harbour Ferry Keeps Its Timetable"
	body := leftOutLine{"The ferry to the outer islands runs twice a day from the harbour's north quay, and in summer a third boat is added for the walkers who come over for the cliffs.", false}
	menu := []leftOutLine{
		{"Island Walks", true},
		{"Guided walks over the cliffs and the old lighthouse road, every weekend from May.", true},
		{"Harbour Notes", true},
		{"Our newsletter, with the week's sailings and the harbour's news.", true},
	}
	checkLeftOutBy(t, append(append([]leftOutLine{}, menu...), leftOutLine{headline, true}, body), overHeadlineStep(headline, false))
	checkLeftOutBy(t, append(append([]leftOutLine{}, menu...), leftOutLine{headline + "\nby Ann Lee", true}, body), overHeadlineStep(headline, false))
	checkLeftOutBy(t, []leftOutLine{{"Home / Travel", true}, {headline + "\nby Ann Lee", true}, body}, overHeadlineStep(headline, false))
}

// TestTextMenuBlurbsOverHeadlineStay checks what stays: a sentence that
// no entry's name sits over, an entry's paragraph longer than a blurb, a
// label ending with a colon over a sentence, a headline joined to a line
// that is no byline, and a headline also stated alone.
func TestTextMenuBlurbsOverHeadlineStay(t *testing.T) {
	const headline = "How the Harbour Ferry Keeps Its Timetable"
	body := leftOutLine{"The ferry to the outer islands runs twice a day from the harbour's north quay, and in summer a third boat is added for the walkers who come over for the cliffs.", false}
	for _, lines := range [][]leftOutLine{
		{{"Island Walks", false}, {"Home / Travel / Ferries / Timetables and fares for the outer islands", false}, {"The boats have not missed a sailing in ten years.", false}, {headline, false}, body},
		{{"Island Walks", false}, {"The boats have not missed a sailing in ten years, and the harbour master, who drew up the timetable in the old customs house with his clerk, says the weather on the crossing has been kind to them and to the walkers who ride them every summer since.", false}, {headline, false}, body},
		{{"In short:", false}, {"The boats have not missed a sailing in ten years.", false}, {headline, false}, body},
		{{"Home / Travel", false}, {headline + "\nand the walkers it brings", false}, body},
		{{"Home / Travel", false}, {headline + "\nby Ann Lee", false}, body, {headline, false}},
	} {
		checkLeftOutBy(t, lines, overHeadlineStep(headline, false))
	}
}

// TestTextMenuBlurbsHeadlineBySlug checks that the line the URL's slug
// names stands for the headline when the title read is not among the
// lines, and that a slug of too few words, a sentence, a slug two lines
// state, or no address finds none.
func TestTextMenuBlurbsHeadlineBySlug(t *testing.T) {
	const url = "https://harbour.example/blog/how-the-harbour-ferry-keeps-its-timetable/"
	blocks := []textBlock{
		textNewBlock("Island Walks"),
		textNewBlock("Guided walks over the cliffs and the old lighthouse road, every weekend from May."),
		textNewBlock("How the Harbour Ferry Keeps Its Timetable"),
		textNewBlock("The ferry to the outer islands runs twice a day from the harbour's north quay."),
	}
	all := func(int) bool { return true }
	if got := textHeadlineBySlug(blocks, url, all); got != 2 {
		t.Errorf("headline by slug: %d, want 2", got)
	}
	keep, out := allKept(len(blocks)), make([]bool, len(blocks))
	textLeaveOutOverHeadline(blocks, keep, out, "Island Walks Near You", url, false)
	if want := []bool{true, true, true, false}; !slices.Equal(out, want) {
		t.Errorf("left out %v, want %v", out, want)
	}
	const head = "How the Harbour Ferry Keeps Its Timetable"
	for _, tc := range []struct {
		url   string
		lines []string
	}{
		{"https://harbour.example/blog/ferry-times/", []string{"Island Walks", head}},
		{url, []string{"Island Walks", "How the harbour ferry keeps its timetable."}},
		{url, []string{head, "Island Walks", head}},
		{"", []string{"Island Walks", head}},
	} {
		lines := make([]textBlock, len(tc.lines))
		for i, l := range tc.lines {
			lines[i] = textNewBlock(l)
		}
		if got := textHeadlineBySlug(lines, tc.url, all); got != -1 {
			t.Errorf("%q over %q: headline by slug %d, want -1", tc.url, tc.lines, got)
		}
	}
}
