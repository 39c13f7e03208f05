package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/storyfold/storyfold/news"
)

// textListCardsPage is an invented listing: a menu, the section's heading
// and one card for each of lines, each a headline, the given byline and a
// teaser.
func textListCardsPage(lines ...string) string {
	heads := []string{"Harbour Ferries Return for Winter", "The Quay Gets a New Crane", "Keel Street Market Opens Late", "Mill Lane School Plans a Fair"}
	var b strings.Builder
	b.WriteString("Home\nNews\nSport\nContact\nLatest News\n")
	for i, line := range lines {
		b.WriteString(heads[i%len(heads)] + "\n" + line + "\nThe harbour board and the town's crews say what the change means for people who live and work by the water this winter.\n")
	}
	b.WriteString("Newsletter\nPrivacy\n")
	return b.String()
}

// TestTextListCardsName holds the listing cards' reading in
// textSettleAuthor: three cards or more, each a byline in one frame under
// a short teaser and naming two writers or more, name nobody; an
// article's byline over its body, a card run of two, a run by one writer
// and a name set alone keep their name.
func TestTextListCardsName(t *testing.T) {
	for _, tt := range []struct {
		page, name, want string
	}{
		{textListCardsPage("By Ann Lee", "By Tomas Berg", "By Ann Lee", "By Ada Lind"), "Ann Lee", ""},
		{textListCardsPage("by Ann Lee", "by Tomas Berg", "by Ada Lind"), "Ann Lee", ""},
		{textListCardsPage("By Ann Lee • Dec. 19, 2025", "By Tomas Berg • Dec. 2, 2025", "By Ada Lind • Nov. 30, 2025"), "Ann Lee", ""},
		{textListCardsPage("Ann Lee · January 28, 2026", "Tomas Berg · January 21, 2026", "Ada Lind · December 9, 2025"), "Ann Lee", ""},
		{textListCardsPage("12/09/2025 | Harbour Weekly", "10/22/2025 | Quay News", "10/02/2025 | Harbour Weekly"), "Harbour Weekly", ""},
		// A run of two, a run by one writer, a name set alone.
		{textListCardsPage("By Ann Lee", "By Tomas Berg"), "Ann Lee", "Ann Lee"},
		{textListCardsPage("By Ann Lee", "By Ann Lee", "By Ann Lee"), "Ann Lee", "Ann Lee"},
		{textListCardsPage("Ann Lee", "Tomas Berg", "Ada Lind"), "Ann Lee", "Ann Lee"},
		// Another frame: the label differs, or the date's shape does.
		{textListCardsPage("By Ann Lee", "Written by Tomas Berg", "From Ada Lind"), "Ann Lee", "Ann Lee"},
		{textListCardsPage("Ann Lee · January 28, 2026", "Tomas Berg · 2026-01-21", "Ada Lind · 9/12/2025"), "Ann Lee", "Ann Lee"},
		// An article's byline over its body, the rail of cards under it
		// naming the writer too.
		{"Home\nNews\nHarbour Ferries Return for Winter\nBy Ann Lee\n" + textFerriesParas + textFerriesParas +
			strings.TrimPrefix(textListCardsPage("By Tomas Berg", "By Ann Lee", "By Ada Lind"), "Home\nNews\nSport\nContact\nLatest News\n"), "Ann Lee", "Ann Lee"},
	} {
		blocks := textSplitBlocks(tt.page)
		if got := textSettleAuthor(blocks, tt.name, ""); got != tt.want {
			t.Errorf("%q: author %q, want %q", tt.page, got, tt.want)
		}
	}
}

// TestTextListCardsPages holds the reading on wcxb-dev flat pages, with
// STORYFOLD_DATA: the listings' and a collection's first card's writer
// names nobody (0083 cabletv.com, 0264 a games site, 0956 ciodive.com,
// 2902 the GitHub blog, 2934 a reviews site), and articles whose pages set
// a rail or list of cards with bylines beside the article's own keep
// their writer (0221, 4377, 0400, 4476).
func TestTextListCardsPages(t *testing.T) {
	dir := textDataDir(t, filepath.Join("extract", "wcxb-dev", "flat"))
	for _, tt := range []struct{ id, want string }{
		{"0083", ""}, {"0264", ""}, {"0956", ""}, {"2902", ""}, {"2934", ""},
		{"0221", "Elaine Chen"}, {"4377", "Linda Rosencrance"}, {"0400", "Melissa Ozawa"}, {"4476", "Kev"},
	} {
		b, err := os.ReadFile(filepath.Join(dir, tt.id+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		a, _ := New(DefaultOptions()).Extract(news.Page{ID: tt.id, Format: news.FormatText, Content: b})
		if a.Author != tt.want {
			t.Errorf("%s: author %q, want %q", tt.id, a.Author, tt.want)
		}
	}
}

// TestTextListCardKindAt holds the runs' ASCII reading to unicode's
// classes, which a rune beyond ASCII is read by.
func TestTextListCardKindAt(t *testing.T) {
	for c := range rune(utf8.RuneSelf) {
		want := byte('p')
		switch {
		case unicode.IsLetter(c):
			want = 'a'
		case unicode.IsDigit(c):
			want = '9'
		case unicode.IsSpace(c):
			want = ' '
		}
		if got, end := textListCardKindAt(string(c), 0); got != want || end != 1 {
			t.Errorf("%q: kind %c end %d, want %c 1", c, got, end, want)
		}
	}
	for _, tt := range []struct {
		s    string
		want byte
	}{{"é", 'a'}, {"٣", '9'}, {"\u00a0", ' '}, {"•", 'p'}, {"·", 'p'}} {
		if got, _ := textListCardKindAt(tt.s, 0); got != tt.want {
			t.Errorf("%q: kind %c, want %c", tt.s, got, tt.want)
		}
	}
}

// TestTextListCardDigitsGate holds the gate that turns a block without a
// digit away from a dated frame: the block reader's digit count is 0
// only where no line holds a digit, on the seeds and, with
// STORYFOLD_DATA, on every wcxb-dev flat page.
func TestTextListCardDigitsGate(t *testing.T) {
	pages := []string{textListCardsPage("Ann Lee · January 28, 2026", "Tomas Berg · ٣ January 2026")}
	for _, p := range textSpeedPages(t) {
		pages = append(pages, string(p.Content))
	}
	for _, text := range pages {
		blocks := textSplitBlocks(text)
		for i := range blocks {
			if blocks[i].digits == 0 && strings.ContainsFunc(blocks[i].text, unicode.IsDigit) {
				t.Errorf("block %q: digits 0", blocks[i].text)
			}
		}
	}
}
