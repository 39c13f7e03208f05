package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// textNewBlocks reads each line as a block, as tests build a page.
func textNewBlocks(lines ...string) []textBlock {
	blocks := make([]textBlock, len(lines))
	for i, l := range lines {
		blocks[i] = textNewBlock(l)
	}
	return blocks
}

// textAuthorOf is textFindAuthor over lines, the first the headline.
func textAuthorOf(lines ...string) string {
	blocks := textNewBlocks(lines...)
	return textFindAuthor(blocks, 0, len(blocks)-1)
}

// The byline forms under a headline, one table for the rules that read
// them (each group fails with its rule off).
func TestTextBylineForms(t *testing.T) {
	const head, body = "Harbour Ferries Return for Winter", "The new timetables have the ferries run twice a day from Keel Street."
	tests := []struct {
		name, line, want string
	}{
		// textBylineHandle: one word names the writer where it ends the
		// byline; a sentence and a filter over a word the page writes in
		// lower case are no bylines.
		{"login", "by harbourjane", "harbourjane"},
		{"first name alone", "By Maren", "Maren"},
		{"before a separator", "By: KeelStreetNews | March 4, 2025", "KeelStreetNews"},
		{"before its day", "Posted by MillLane on Friday March 6, 2025", "MillLane"},
		{"before its place", "Written by Maren in Harbour News", "Maren"},
		{"a date glued on", "By harbourjaneFebruary 16, 2026No Comments", "harbourjane"},
		{"a sentence", "By clicking below you agree to the terms", ""},
		{"a stopword", "By the quay", ""},
		{"a filter", "By Ferries", ""}, // the body writes "ferries"

		// textSeparatedName: the part that reads as a name, a date or a
		// reading time beside it; a section's name is no writer's.
		{"name, date", "Maren Solberg • March 4, 2025", "Maren Solberg"},
		{"glued to its date", "Maren Solberg•Mar 4, 2025", "Maren Solberg"},
		{"name, job, date", "Maren Solberg | Senior Writer | March 4, 2025", "Maren Solberg"},
		{"date first", "March 4, 2025 · 9 min · 1,800 words · Maren Solberg", "Maren Solberg"},
		{"reading time", "Maren Solberg | 9 min read", "Maren Solberg"},
		{"a section", "Ferry Timetables | March 4, 2025", ""}, // the body writes "timetables"
		{"no date", "Maren Solberg | Harbour News", ""},
		{"a category after the name", "Mar 4, 2025 • Maren Solberg in Harbour News", "Maren Solberg"},

		// textBylineInLines: a byline opening a block too long to be read
		// whole, its tags joined under it.
		{"tags under the byline", "By Maren Solberg • March 4, 2025 • 11 min read\nferries winter-timetable keel-street mill-lane harbour-board quay", "Maren Solberg"},

		// textCoAuthors: co-authors as the page lists them; credentials
		// and jobs after a comma are none.
		{"two", "By Maren Solberg and Tor Lund", "Maren Solberg and Tor Lund"},
		{"a list", "Written by Maren Solberg, Tor Lund, and Ida Berg", "Maren Solberg, Tor Lund, and Ida Berg"},
		{"ampersand", "By Maren Solberg & Tor Lund | March 4, 2025", "Maren Solberg & Tor Lund"},
		{"credentials", "By Maren Solberg, MS, RD", "Maren Solberg"},
		{"a job", "By Maren Solberg, Senior Editor", "Maren Solberg"},
		{"credential and a sentence", "By Maren Solberg, DVM. Reviewed by Tor Lund", "Maren Solberg"},
		{"capitals", "By MAREN SOLBERG and TOR LUND", "MAREN SOLBERG and TOR LUND"},
		{"capitals glued to the outlet", "By MAREN SOLBERG and TOR LUNDHarbour Press", "MAREN SOLBERG"},

		// textIsBylineStamp: a name line over a stamp that states no year.
		{"over a day of the month", "Maren Solberg\x00Jan 4", "Maren Solberg"},
		{"over a reading time", "Maren Solberg\x008 min", "Maren Solberg"},
		{"over an update label", "Maren Solberg\x00Last Updated:", "Maren Solberg"},
		{"over a number", "Maren Solberg\x0012 Comments", ""},
		{"over a month and year", "Join Date\x00Jan 2019", ""},

		// textLabelledName: under a byline label a team may be named in
		// words the page writes in lower case; glued menu words and a
		// call to action are no name, and a line joined under the name is
		// not part of it.
		{"a team under a label", "By\x00The Timetables Team", "The Timetables Team"},
		{"glued menu words under a label", "By\x00Ferry TimesJust Sailing", ""},
		{"a call to action under a label", "By\x00Find Timetables", ""},
		{"a search form's field under a label", "Author\x00Date within", ""},
		{"an outlet after the name", "By\x00Maren Solberg | The Harbour News", "Maren Solberg | The Harbour News"},
		{"a line joined under the name", "Written by\x00Maren Solberg\naverage reading time:", "Maren Solberg"},
		{"a label joined under a line", "Harbour Notes\nby\x00Maren Solberg", "Maren Solberg"},
		{"a dated name under a label", "By\x00Maren Solberg on Mar 4, 2025", "Maren Solberg"},
		{"a date's label on the name's line", "By\x00Maren Solberg Published: Mar 4, 2025", "Maren Solberg"}, // a scraper broke the line at the link
		{"a post's date under a label", "By\x00Posted March 4, 2025", ""},

		// textBylineWords: a byline with its label or date runs past the
		// bar of the other forms; a one-word handle on so long a line is a
		// sentence's.
		{"a long dated byline", "Published: Mar 4, 2025 · Modified: Mar 9, 2025 by Maren Solberg · This post may contain affiliate links", "Maren Solberg"},
		{"a long byline with jobs", "By Maren Solberg, Ferry and Harbour Expert & Tor Lund, Harbour Safety Expert Last Updated on Mar 9, 2025", "Maren Solberg"},
		{"a sentence opening with by", "By focusing on the ferries the harbour board hopes to run more boats from the quay", ""},

		// textNameBeforeJob: a name with its job on the line under the
		// headline; a section's name is none.
		{"a job after the name", "Maren Solberg Senior Editor", "Maren Solberg"},
		{"a job glued to the name", "Maren SolbergFounder at Keel Street Homes", "Maren Solberg"},
		{"a job after a comma", "Maren Solberg, Print Managing Editor\x00March 4, 2025", "Maren Solberg"},
		{"a section before a job word", "Ferry Timetables Editor Picks", ""}, // the body writes "timetables"
	}
	for _, tt := range tests {
		lines := append([]string{head}, strings.Split(tt.line, "\x00")...) // \x00 parts one line from the next
		if got := textAuthorOf(append(lines, body)...); got != tt.want {
			t.Errorf("%s: textFindAuthor(%q) = %q, want %q", tt.name, tt.line, got, tt.want)
		}
	}
}

// An author box at the article's end names the writer under a byline
// label when nothing near the headline does; a box heading under the
// label is no name.
func TestTextAuthorBox(t *testing.T) {
	var paras string
	for _, month := range []string{"November", "December", "January", "February", "March", "April"} {
		// more paragraphs than the byline window reads under the headline
		paras += "In " + month + " the harbour board will run the ferries twice a day from the quay on Keel Street, and crews on Mill Lane expect the boats to be full on most days.\n" +
			"The " + month + " timetable will stay on the board's site for anyone who needs to plan a trip across the water before the next change comes in.\n"
	}
	for _, tt := range []struct{ box, want string }{
		{"Written by\nMaren Solberg\n", "Maren Solberg"},
		{"Author\nRecent Posts\n", ""},
	} {
		page := "Home\nNews\nHarbour Ferries Return for Winter\n" + paras + tt.box
		if got := textFerriesAuthor(t, page); got != tt.want {
			t.Errorf("box %q: author %q, want %q", tt.box, got, tt.want)
		}
	}
}

// textFerriesParas is the ferries report's body, three paragraphs, under
// which the byline tests set their headlines, bylines and boxes.
const textFerriesParas = "The harbour board will run the ferries twice a day from the quay on Keel Street, and crews on Mill Lane expect the boats to be full on most days this winter.\n" +
	"The new timetable will stay on the board's site for anyone who needs to plan a trip across the water before the next change comes in.\n" +
	"Skippers say the crossing takes a little under an hour in calm weather, and the board will post any delays on the quay's notice board each morning.\n"

// textFerriesArticle is the article read from a flat page whose
// headline is "Harbour Ferries Return for Winter", its URL naming it.
func textFerriesArticle(t *testing.T, page string) news.Article {
	t.Helper()
	a, err := New(DefaultOptions()).Extract(news.Page{URL: "https://harbour.example/news/harbour-ferries-return-for-winter", Format: news.FormatText, Content: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// textFerriesAuthor is the author textFerriesArticle reads.
func textFerriesAuthor(t *testing.T, page string) string {
	t.Helper()
	return textFerriesArticle(t, page).Author
}

// textCheckFerriesAuthors checks the author read from each case's lines
// set between head and the ferries report's three paragraphs and foot
// (textCheckAuthorsAround sets them under a two-line menu, over two
// paragraphs and no foot).
func textCheckFerriesAuthors(t *testing.T, head, foot string, cases []textAuthorAround) {
	t.Helper()
	for _, tt := range cases {
		if got := textFerriesAuthor(t, head+tt.around+textFerriesParas+foot); got != tt.want {
			t.Errorf("%q: author %q, want %q", tt.around, got, tt.want)
		}
	}
}

// Between the headline and its date a name may be of words the page
// writes in lower case (textNameUnderHeadline), read when nothing else
// names the writer; a stopword is no name's. One word names a writer
// there unless the page writes it in lower case (textOneName).
func TestTextNameUnderHeadline(t *testing.T) {
	textCheckAuthorsAround(t, []textAuthorAround{
		{"Harbour Ferries Return for Winter\nMaren Day\nMarch 4, 2025\n", "Maren Day"}, // the body writes "day"
		{"March 4, 2025\nMaren Day\nHarbour Ferries Return for Winter\n", "Maren Day"},
		{"Harbour Ferries Return for Winter\nMaren Day\nMarch 4, 2025\nBy Tor Lund\n", "Tor Lund"},
		{"Harbour Ferries Return for Winter\nDay Of Ferries\nMarch 4, 2025\n", ""},
		{"Harbour Ferries Return for Winter\nMaren\nMarch 4, 2025\n", "Maren"},
		{"Harbour Ferries Return for Winter\nFerries\nMarch 4, 2025\n", ""}, // the body writes "ferries"
	})
}

// TestTextLabelOnLastLine checks that a byline label is read on a block's
// own last line, and not on the last line of the block's lowered start,
// which is cut at textPhraseWindow bytes.
func TestTextLabelOnLastLine(t *testing.T) {
	head := "Harbour Ferries Return for Winter"
	long := head + strings.Repeat(" on Keel Street", 10)
	long = long[:textPhraseWindow-3] // the next line opens at byte textPhraseWindow-2
	tests := []struct {
		name, text, want string
	}{
		{"label joined under the headline", head + "\nby", "Maren Solberg"},
		{"a cut line is no label", long + "\nbypass closed", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := []textBlock{textNewBlock(tt.text), textNewBlock("Maren Solberg")}
			if got := textLabelledName(blocks, 0); got != tt.want {
				t.Errorf("textLabelledName = %q, want %q (low %q)", got, tt.want, blocks[0].low)
			}
		})
	}
}
