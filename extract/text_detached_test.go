package extract

import (
	"strings"
	"testing"
)

func TestTextMendDetached(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mayor Ada Brook 's plan", "Mayor Ada Brook's plan"},
		{"Harbourton ’s quay , the council said", "Harbourton’s quay, the council said"},
		{"they did n't close Keel Street", "they didn't close Keel Street"},
		{"Now $79.99 , discount of 43%", "Now $79.99, discount of 43%"},
		{"a sign that read 'sunny' , and more", "a sign that read 'sunny', and more"}, // a quotation opens
		{"for 'seasoned' staff", "for 'seasoned' staff"},
		{"the two , three and four", "the two, three and four"},
		{"one - , two", "one - , two"},                   // no word before the space
		{"raised 5 ,000 pounds", "raised 5 ,000 pounds"}, // not a clause's comma
		{"no marks at all", "no marks at all"},
	}
	for _, tt := range tests {
		if got := textMendDetached(tt.in); got != tt.want {
			t.Errorf("textMendDetached(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTextLinkRunOn checks that a line opening with a link's text joins
// the sentence it goes on with, and that shop and address lines with the
// same detached commas stay apart.
func TestTextLinkRunOn(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"sentence broken at links", []string{
			"The flood defences underline the harbour master",
			"Ada Brook 's role as Mill Lane",
			"Keel Street 's chief engineer this winter.",
		}, []string{"The flood defences underline the harbour master\nAda Brook's role as Mill Lane\nKeel Street's chief engineer this winter."}},
		{"shop lines", []string{
			"Keel Street Carry-On",
			"Now $79.99 , discount of 43% Savings",
		}, []string{"Keel Street Carry-On", "Now $79.99, discount of 43% Savings"}},
		{"address under a menu", []string{
			"Events Workshops Showroom Music Lessons Recording Studio",
			"Harbourton Sound , 5501 Mill Lane",
		}, []string{"Events Workshops Showroom Music Lessons Recording Studio", "Harbourton Sound, 5501 Mill Lane"}},
		{"a sentence that ended", []string{
			"The council met on Keel Street on Monday evening.",
			"Ada Brook 's plan was approved.",
		}, []string{"The council met on Keel Street on Monday evening.", "Ada Brook's plan was approved."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, b := range textSplitBlocks(strings.Join(tt.lines, "\n")) {
				got = append(got, b.text)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("blocks %q, want %q", got, tt.want)
			}
		})
	}
}
