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
		{"Harbourton ,\tthe quay", "Harbourton,\tthe quay"}, // any blank the line reader trims ends the comma's clause
		{"Harbourton ,\u00a0the quay", "Harbourton,\u00a0the quay"},
		{"Harbourton ,\u200bthe quay", "Harbourton,\u200bthe quay"},
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

// textDetachedAtBySearch is textDetachedAt as it was written first: a
// search for each mark with its space, the first that holds winning.
func textDetachedAtBySearch(s string, from int) int {
	best := -1
	for _, p := range [...]string{" ,", " '", " ’", " n't"} {
		for k := from; k < len(s); {
			j := strings.Index(s[k:], p)
			if j < 0 {
				break
			}
			j += k
			if best >= 0 && j >= best {
				break
			}
			if j > 0 && textDetachedMark(s[j+1:]) && textWordEnd(s[:j]) {
				best = j
				break
			}
			k = j + 1
		}
	}
	return best
}

// TestTextDetachedAtMatchesSearch holds the one-scan textDetachedAt to
// the search per mark, from every start: on random strings of the marks'
// pieces, and on the test pages' lines with their marks detached again.
func TestTextDetachedAtMatchesSearch(t *testing.T) {
	rng := fastRand(3, 4)
	pieces := []string{" ", ",", "'", "’", "”", "n", "t", "s", "n't", "'s", "’s", " ,", "a", "Z", "5", ")", "-", "\xe2", "\xff", "é"}
	lines := []string{"", " ", ",", " ,", "a ,", "a 's", "a n't", "a ’s"}
	for len(lines) < 20000 {
		lines = append(lines, fastPieces(rng, pieces, 0, 30))
	}
	for _, s := range lines {
		for from := range len(s) + 1 {
			if got, want := textDetachedAt(s, from), textDetachedAtBySearch(s, from); got != want {
				t.Fatalf("textDetachedAt(%q, %d) = %d, by search %d", s, from, got, want)
			}
		}
	}
	// the page lines from where textMendDetached asks: the start and past
	// each mark found
	detach := strings.NewReplacer(",", " ,", "'s", " 's", "’s", " ’s", "n't", " n't")
	for _, s := range textSpeedLines(t) {
		s = detach.Replace(s)
		for from := 0; from <= len(s); {
			got, want := textDetachedAt(s, from), textDetachedAtBySearch(s, from)
			if got != want {
				t.Fatalf("textDetachedAt(%q, %d) = %d, by search %d", s, from, got, want)
			}
			if got < 0 {
				break
			}
			from = got + 1
		}
	}
}
