package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestCleanAuthor(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Jane Roe", "Jane Roe"},
		{"  Jane   Roe ", "Jane Roe"},
		{"By Jane Roe", "Jane Roe"},
		{"Author Jane Roe", "Jane Roe"},
		{"Authors Jane Roe and Ed Poe", "Jane Roe and Ed Poe"},
		{"Recipe by Jane Roe", "Jane Roe"},
		{"This post was written by Jane Roe", "Jane Roe"},
		{"@janeroe", ""},
		{"@https://twitter.com/janeroe", ""},
		{"https://example.org/authors/jane-roe", ""},
		{"262588213843476", ""},
		{"Dec", ""},
		{"August", ""},
		{"Jane Roe December", "Jane Roe"},
		{"Jane Roe • March", "Jane Roe"},
		{"Jane Roe; October", "Jane Roe"},
		{"Jane Roe • June 3, 2025", "Jane Roe"},
		{"Jane Roe Last updated on", "Jane Roe"},
		{"Jane Roe Updated August 2025", "Jane Roe"},
		{"Updated Jan 5", ""},
		{"Tom May", "Tom May"},         // a surname, not the byline's date
		{"Ed June Lee", "Ed June Lee"}, // a middle name
		{"Ann Marchetti", "Ann Marchetti"},
		{"Nearby Desk", "Nearby Desk"}, // "by " inside a word is no label
		{"Jane Roe; Head; Community Outreach", "Jane Roe"},
		{"Jane Roe Senior Autos Reporter", "Jane Roe"},
		{"Jane Roe Contributing Writer", "Jane Roe"},
		{"Jane Roe Founder; Lead Reviewer", "Jane Roe"},
		{"Jane Roe; Ed Poe; Ann Lu", "Jane Roe; Ed Poe; Ann Lu"}, // co-authors stay
		{"Jane Roe; Ed Poe; Extension garden educators", "Jane Roe; Ed Poe"},
		{"Jane Roe, Dietitian", "Jane Roe, Dietitian"},
		{"Jane Roe, Senior Director of Sales", "Jane Roe, Senior Director of Sales"},
		{"Ann Marie Roe Writer", "Ann Marie Roe"},
		// A list of names with credentials stays whole (cutJobTitle).
		{"Jane Roe, DVM; Ed Poe, BA, VTS (Behavior)", "Jane Roe, DVM; Ed Poe, BA, VTS (Behavior)"},
		{"Jane Roe, MD; Ed Poe, RN & Al Moe, DVM", "Jane Roe, MD; Ed Poe, RN & Al Moe, DVM"},
		{"Jane Roe, MD; Head; Community Outreach", "Jane Roe, MD"},
	}
	for _, tt := range tests {
		if got := cleanAuthor(tt.in); got != tt.want {
			t.Errorf("cleanAuthor(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSpelledOnPage(t *testing.T) {
	page := []block{{text: "Posted by jdoe42 on the board, and ted replied"}, {text: "Reply from mary_k"}}
	tests := []struct{ in, want string }{
		{"Jdoe42", "jdoe42"},
		{"Mary_k", "mary_k"},
		{"Jane Roe", "Jane Roe"}, // not on the page
		{"", ""},
		{"OST", "OST"},       // only inside "Posted": not a whole word
		{"TED", "ted"},       // inside "Posted" first, then a whole word
		{"MARY_K", "mary_k"}, // the second block
	}
	for _, tt := range tests {
		if got := spelledOnPage(tt.in, page); got != tt.want {
			t.Errorf("spelledOnPage(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// nameLikeByFields is nameLike as it was, splitting the whole line first:
// the reference for the early stop.
func nameLikeByFields(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || jobWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

func TestNameLikeMatchesFields(t *testing.T) {
	for _, s := range []string{
		"", "Jane", "Jane Roe", " Jane  Roe ", "Jane Roe Smith Jones", "Jane Roe Smith Jones Fifth",
		"Jane Roe Smith Jones fifth", "Jane Roe Senior Writer", "jane Roe", "Jane roe", "Ünal Öz",
		"Jane\tRoe\nSmith", "Jane Roe Smith Jones Fifth Sixth", "a b c d e", "Jane Editor",
	} {
		if got, want := nameLike(s), nameLikeByFields(s); got != want {
			t.Errorf("nameLike(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestNameLikeMatchesFieldsRandom holds nameLike's hand-cut words and its
// job words' first-byte gate to nameLikeByFields on invented lines: names,
// every job word in lower case, capitalised, in capitals and with a
// capital dotted I (which lowers to an ASCII i), Unicode spaces, a
// Kelvin sign, invalid bytes.
func TestNameLikeMatchesFieldsRandom(t *testing.T) {
	pieces := []string{"Jane", "Roe", "Émile", "ünal", "K", "\u212avin", "Mc-Donald", "O'Neil", "3rd", "x",
		"İan", "\xff", "\xc3", "Ed"}
	for w := range jobWords {
		up := strings.ToUpper(w[:1]) + w[1:]
		pieces = append(pieces, w, up, strings.ToUpper(w), strings.ReplaceAll(strings.ToUpper(w), "I", "İ"))
	}
	spaces := []string{" ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u0085", "\v", "\r\n", "\u200b"}
	rng := fastRand(7, 75)
	for range 200000 {
		var b strings.Builder
		if rng.IntN(4) == 0 {
			b.WriteString(spaces[rng.IntN(len(spaces))])
		}
		for k := range 1 + rng.IntN(6) {
			if k > 0 {
				b.WriteString(spaces[rng.IntN(len(spaces))])
			}
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		if rng.IntN(4) == 0 {
			b.WriteString(spaces[rng.IntN(len(spaces))])
		}
		s := b.String()
		if got, want := nameLike(s), nameLikeByFields(s); got != want {
			t.Fatalf("nameLike(%q) = %v, want %v", s, got, want)
		}
	}
}
