package extract

import (
	"slices"
	"testing"
)

// TestTypedStraight: a title is spelled straight when a block of the page
// types one of its own apostrophe words straight, in any letter case;
// a straight apostrophe in another word, the word inside a longer one,
// quote marks around a word or a page typed curly throughout leave it
// as it is.
func TestTypedStraight(t *testing.T) {
	title := "Harbourton’s “new” wall won’t stand"
	straight := `Harbourton's "new" wall won't stand`
	tests := []struct {
		name, title string
		page        []string
		want        string
	}{
		{"the title's word typed straight in a later block", title,
			[]string{title, "Ask at Harbourton's council office."}, straight},
		{"another of its words, in capitals", title,
			[]string{"WON'T STAND, SAY ENGINEERS"}, straight},
		{"a straight apostrophe in another word", title,
			[]string{title, "The council's engineer said so."}, title},
		{"the word before a hyphen", title,
			[]string{"Old Harbourton's-end wall"}, straight},
		{"the word as part of another word", "Why it’s late",
			[]string{"Tidbit's stall"}, "Why it’s late"},
		{"every apostrophe curly", title,
			[]string{title, "Ask at Harbourton’s council office."}, title},
		{"quote marks only in the title", "The ‘new’ wall",
			[]string{"The 'new' wall"}, "The ‘new’ wall"},
	}
	for _, tt := range tests {
		var page []block
		for _, s := range tt.page {
			page = append(page, block{text: s})
		}
		if got := typedStraight(curlyApostropheWords(tt.title), page); got != (tt.want != tt.title) {
			t.Errorf("%s: typedStraight = %v, want %v", tt.name, got, tt.want != tt.title)
		}
	}
}

func TestCurlyApostropheWords(t *testing.T) {
	got := curlyApostropheWords("‘Godfather’ of AI: China’s EUV, ASML’s monopoly, rock ’n’ roll")
	want := []string{"china's", "asml's"}
	if !slices.Equal(got, want) {
		t.Errorf("curlyApostropheWords = %q, want %q", got, want)
	}
}

// TestTypedStraightPage: through Extract, a page whose story types the
// headline's word straight is titled straight, and the <h1> as shown
// (curly) is still found and left out of the body; a page that types
// another word straight and never the headline's word curly is titled
// straight too (writesStraight); where the page types the headline's
// word curly, the title stays curly.
func TestTypedStraightPage(t *testing.T) {
	head := `<html><head><title>Harbourton’s wall to be rebuilt | Harbourton Gazette</title>
<meta property="og:site_name" content="Harbourton Gazette"></head><body><article>
<h1>Harbourton’s wall to be rebuilt</h1>
`
	for _, tt := range []struct{ id, last, want string }{
		{"straight", "Harbourton's harbour master has the dates.", "Harbourton's wall to be rebuilt"},
		{"curly", "Harbourton’s harbour master has the dates.", "Harbourton’s wall to be rebuilt"},
		{"other", "Ask the harbour master's office for the dates.", "Harbourton's wall to be rebuilt"},
		{"other, the word curly too", "Harbourton’s harbour master's office has the dates.", "Harbourton’s wall to be rebuilt"},
	} {
		page := head + harbourWallParas + `<p>` + tt.last + `</p></article></body></html>`
		checkTitledPage(t, tt.id, page, tt.want, "Harbourton’s wall to be rebuilt")
	}
}

// TestWritesStraight: a curly title is spelled straight when the page's
// own text types an apostrophe straight and no block but the headline
// types the title's apostrophe words curly; a link's straight apostrophe,
// quote marks around a word, the title's word typed curly elsewhere (in
// any letter case) or no straight apostrophe at all leave it curly.
func TestWritesStraight(t *testing.T) {
	title := "Harbourton’s wall won’t stand"
	straight := "Harbourton's wall won't stand"
	tests := []struct {
		name  string
		page  []block
		title string
		want  string
	}{
		{"another word straight in the story", []block{{text: title, heading: true},
			{text: "The engineer's report came on Tuesday."}}, title, straight},
		{"the headline repeated with the site's name", []block{{text: title + " | Harbourton Gazette"},
			{text: "It's the third storm this year."}}, title, straight},
		{"the straight apostrophe only in a link", []block{{text: title, heading: true},
			{text: "The engineer's report", link: true}}, title, title},
		{"the title's word curly in the story", []block{{text: title, heading: true},
			{text: "WON’T, SAID THE ENGINEER"}, {text: "The engineer's report came on Tuesday."}}, title, title},
		{"quote marks, no apostrophe", []block{{text: "The 'new' wall, the engineer said."}}, title, title},
		{"no straight apostrophe", []block{{text: title, heading: true},
			{text: "The engineer’s report came on Tuesday."}}, title, title},
		{"quote marks only in the title", []block{{text: "The engineer's report"}}, "The ‘new’ wall", "The ‘new’ wall"},
	}
	for _, tt := range tests {
		if got := straightTitle(tt.title, tt.page); got != tt.want {
			t.Errorf("%s: straightTitle = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestHasStraightApostrophe(t *testing.T) {
	for s, want := range map[string]bool{"it's": true, "’tis 'new'": false, "O'Neill": true, "5'10\"": false, "é'é": true} {
		if got := hasStraightApostrophe(s); got != want {
			t.Errorf("hasStraightApostrophe(%q) = %v, want %v", s, got, want)
		}
	}
}
