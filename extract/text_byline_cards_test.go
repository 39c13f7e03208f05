package extract

import "testing"

// TestTextLabelCards checks a catalogue of cards, each a lone "By:" over
// its makers (wcxb-dev 4555): no card's name is the page's writer; a
// page's own "By:" label, alone or set again over the same name, is
// still read.
func TestTextLabelCards(t *testing.T) {
	const menu = "Home\nNews\nBlog\nContact\n"
	const foot = "Share\nRelated posts\nContact us\n"
	card := func(head, names string) string {
		return head + "\nBy:\n" + names + "\nA workbook and a teacher's guide for the harbour school's reading course, free to use and to share in any classroom.\n"
	}
	page := menu + "Harbour Ferries Return for Winter\n" + textFerriesParas +
		card("Reading the Tides", "Maren Solberg , Tomas Eriksen") +
		card("The Quay in Winter", "Harbour Coalition for Teachers") +
		card("Ferry Songs", "Ada Lindqvist") + foot
	a := textFerriesArticle(t, page)
	if a.Author != "" {
		t.Errorf("three cards under \"By:\": author %q, want none", a.Author)
	}
	for _, own := range []string{
		"By:\nJonas Berg\n",
		"By:\nJonas Berg\n" + textFerriesParas + "By:\nJonas Berg\n",
	} {
		page := menu + "Harbour Ferries Return for Winter\n" + own + textFerriesParas + foot
		if got := textFerriesAuthor(t, page); got != "Jonas Berg" {
			t.Errorf("%q: author %q, want %q", own, got, "Jonas Berg")
		}
	}
}
