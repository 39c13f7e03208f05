package extract

import "testing"

// TestTextBylineOverProse checks a byline between a headline and the
// article's first paragraph read from the body's first block on, as the
// last of textLaterBylines (the readings before it read none of these
// cases; the window that misses it on a page is textFindAuthor's): its
// name without the credentials, none for a one-word handle, a byline
// over a short line (a teaser's, over its date), a byline under a
// sentence, and two such bylines of different names (a listing).
func TestTextBylineOverProse(t *testing.T) {
	const (
		head  = "Ferry Myths Debunked\n"
		para  = "All of us have heard advice about the ferries that is contradictory, confusing, or simply wrong, and the harbour board has heard most of it from the crews on the quay.\n"
		para2 = "The crews on Mill Lane say the winter boats run on time more often than the summer ones, and the board's figures bear them out for the last three years.\n"
	)
	for _, tt := range []struct{ page, want string }{
		{head + "By Maren Solberg, MS, RDN, LD\n" + para, "Maren Solberg"},
		{head + "Written by Maren Solberg and Tor Lund\n" + para, "Maren Solberg and Tor Lund"},
		{head + "Posted by MarenS on Friday March 6, 2026 @08:00PM from the quay dept.\n" + para, ""},
		{head + "Posted by MarenS on Friday\n" + para, ""},
		{head + "By Maren Solberg\n10/16/2025\n" + para, ""},
		{"The ferries were full all winter.\nBy Maren Solberg\n" + para, ""},
		{head + "By Maren Solberg\n" + para + "Winter Timetables Explained\nBy Tor Lund\n" + para2, ""},
		{head + "By Maren Solberg\n" + para + "Winter Timetables Explained\nBy Maren Solberg\n" + para2, "Maren Solberg"},
	} {
		blocks := textSplitBlocks(tt.page)
		if got := textLaterByline(blocks, -1, 0, ""); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.page, got, tt.want)
		}
	}
}
