package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/textnorm"
)

// overHeadlineStep is textLeaveOutOverHeadline for checkLeftOutBy, with
// the page's headline and whether the page model doubts the page.
func overHeadlineStep(headline string, doubted bool) func(blocks []textBlock, keep, out []bool) {
	return func(blocks []textBlock, keep, out []bool) {
		textLeaveOutOverHeadline(blocks, keep, out, headline, "", doubted)
	}
}

// TestTextOverHeadlineLeftOut checks that the header lines left above the
// headline (a notice's button, a trail, a byline with its date, a menu's
// entries with a short thank-you and a question) leave the body with the
// headline.
func TestTextOverHeadlineLeftOut(t *testing.T) {
	const headline = "How the Harbour Ferry Keeps Its Timetable"
	body := leftOutLine{"The ferry to the outer islands runs twice a day from the harbour's north quay, and in summer a third boat is added for the walkers who come over for the cliffs.", false}
	for _, above := range [][]string{
		{"Dismiss notification"},
		{"Home / Travel / Ferries"},
		{"Posted on March 3, 2025 by Ann Lee (Harbour Notes) - 4 Comments"},
		{"Ferries", "Walks", "Thank you!", "Is the ferry running today?"},
	} {
		lines := make([]leftOutLine, 0, len(above)+2)
		for _, l := range above {
			lines = append(lines, leftOutLine{l, true})
		}
		lines = append(lines, leftOutLine{headline, true}, body)
		checkLeftOutBy(t, lines, overHeadlineStep(headline, false))
	}
}

// TestTextOverHeadlineStays checks what stays: a standfirst of a sentence
// or of many words above the headline, a headline that opens the body, a
// headline stated twice, a doubted page, and a page with no headline.
func TestTextOverHeadlineStays(t *testing.T) {
	const headline = "How the Harbour Ferry Keeps Its Timetable"
	body := leftOutLine{"The ferry to the outer islands runs twice a day from the harbour's north quay, and in summer a third boat is added for the walkers who come over for the cliffs.", false}
	for _, lines := range [][]leftOutLine{
		{{"Home / Travel", false}, {"The boats have not missed a sailing in ten years.", false}, {headline, false}, body},
		{{"Home / Travel", false}, {"For ten years the boats have kept to the minute a timetable drawn up by the first harbour master and his clerk in the old customs house", false}, {headline, false}, body},
		{{headline, false}, body},
		{{"Home / Travel", false}, {headline, false}, body, {headline, false}},
	} {
		checkLeftOutBy(t, lines, overHeadlineStep(headline, false))
	}
	checkLeftOutBy(t, []leftOutLine{{"Home / Travel", false}, {headline, false}, body}, overHeadlineStep(headline, true))
	checkLeftOutBy(t, []leftOutLine{{"Home / Travel", false}, {headline, false}, body}, overHeadlineStep("", false))
}

// textHeadlineAmongPlain is textHeadlineAmong asking in of every block
// before its word count, as it did.
func textHeadlineAmongPlain(blocks []textBlock, title string, in func(i int) bool) int {
	t := foldTitle(title)
	if t == "" {
		return -1
	}
	n := strings.Count(t, " ") + 1
	at := -1
	for i := range blocks {
		if !in(i) || blocks[i].words != n || !foldTitleIs(blocks[i].text, t) {
			continue
		}
		if at >= 0 {
			return -1
		}
		at = i
	}
	if at < 0 || strings.HasSuffix(blocks[at].text, ".") {
		return -1
	}
	return at
}

// TestTextHeadlineAmongMatchesPlain holds textHeadlineAmong, which asks
// a block's word count before the caller's test, to its plain form: over
// lines of the title's words and others, under every set of blocks in
// takes, the same block or none.
func TestTextHeadlineAmongMatchesPlain(t *testing.T) {
	const title = "How the Harbour Ferry Keeps Its Timetable"
	lines := []string{
		"Home / Travel / Ferries", title, "HOW THE HARBOUR FERRY KEEPS ITS TIMETABLE",
		"How the harbour ferry keeps its timetable.", "How the Harbour Ferry Keeps Its Clock",
		"The ferry to the outer islands runs twice a day from the harbour's north quay.", "Ferries",
	}
	var sc textnorm.WordScanner
	blocks := make([]textBlock, len(lines))
	for i, s := range lines {
		blocks[i] = textReadBlock(s, textLowerPrefix(s, textPhraseWindow), textWebUnread, &sc, nil)
	}
	for _, head := range []string{title, "Ferries", "", "How the Harbour Ferry Keeps Its Clock"} {
		for set := range 1 << len(lines) {
			in := func(i int) bool { return set&(1<<i) != 0 }
			if got, want := textHeadlineAmong(blocks, head, in), textHeadlineAmongPlain(blocks, head, in); got != want {
				t.Fatalf("textHeadlineAmong(%q, blocks %b) = %d, its plain form %d", head, set, got, want)
			}
		}
	}
}
