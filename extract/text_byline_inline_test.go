package extract

import (
	"strings"
	"testing"
)

// TestTextInlineByline checks the credit line read anywhere on the page
// when nothing else names the writer: under the body, with co-authors,
// with credentials; not when two credits name different writers, not
// when the name goes on in lower case, not after "By" alone; "By" with
// a date on its line, unless the page's dated bylines differ in date.
func TestTextInlineByline(t *testing.T) {
	const head = "Home\nNews\nHarbour Ferries Return for Winter\nReport this article\n"
	const foot = "Share\nRelated posts\nContact us\n"
	// Past the headline's window: the credit sits under the body and a
	// share bar, where only this rule reads it.
	const under = "Share on Facebook\nShare on X\nEmail\nPrint\nTags\nFerries\nWinter\nTimetables\nQuays\nComments\n"
	for _, tt := range []struct{ credit, want string }{
		{"Written by Maren Solberg\n", "Maren Solberg"},
		{"Text by Maren Solberg and Ed Poe\n", "Maren Solberg and Ed Poe"},
		{"This post was written by Maren Solberg, MD, a harbour surgeon.\n", "Maren Solberg, MD"},
		{"This post was written by Maren Solberg, Head of Harbour Services.\n", "Maren Solberg"},
		{"Written by Maren Solberg\nAbout us\nWritten by Maren Solberg\n", "Maren Solberg"},
		// Two writers: a list of related posts.
		{"Written by Maren Solberg\nQuay Walks\nWritten by Ed Poe\n", ""},
		// The name goes on in lower case: cut, it would be wrong.
		{"Written by Dr Maren van Solberg\n", ""},
		// "By" far from the headline opens sentences.
		{"By Maren Solberg\n", ""},
		// With a date on its line a "By" line is a byline.
		{"By Maren Solberg – Updated Sep 9, 2025 | Fact-checked by Ed Poe\n", "Maren Solberg"},
		{"By Maren Solberg, CFP – Updated Sep 9, 2025\n", "Maren Solberg, CFP"},
		{"August 12, 2025 By The Quay Team\n", "The Quay Team"},
		// Related posts by one writer, each with its own date.
		{"October 28, 2025 by Maren Solberg | Quays\nSeptember 30, 2025 by Maren Solberg | Piers\n", ""},
		// A forum's posters by login, on other days.
		{"Posted by Maren Solberg on Friday January 12, 2024\nby jroe ( 1234 ) writes: on Saturday January 13, 2024\n", ""},
	} {
		if got := textFerriesAuthor(t, head+textFerriesParas+under+tt.credit+foot); got != tt.want {
			t.Errorf("%q: author %q, want %q", tt.credit, got, tt.want)
		}
	}
}

// TestTextAfterName checks the text after a name, and nothing for a name
// the line does not hold as written (unglued with its spaces folded),
// where the line's bytes were once read from a wrong place.
func TestTextAfterName(t *testing.T) {
	if got := textAfterName("By Jane  RoeUpdated", "Jane Roe"); got != "" {
		t.Errorf(`textAfterName of a name the line does not hold = %q, want ""`, got)
	}
	if got := textAfterName("By Jane Roe, MD", "Jane Roe"); got != ", MD" {
		t.Errorf(`textAfterName = %q, want ", MD"`, got)
	}
}

// TestTextWordsOverMatchesFields checks the bounded word count against
// strings.Fields on random lines of words, every kind of space, runes
// past ASCII and broken UTF-8, at bounds around their word counts.
func TestTextWordsOverMatchesFields(t *testing.T) {
	pieces := []string{"By", "Jane", "Roe", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u0085", "é", "2025", "\xff", "—", ",", ""}
	rng := fastRand(36, 1)
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(30) + rng.IntN(2)*rng.IntN(120) { // long lines too, read eight bytes at a time
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		count := len(strings.Fields(s))
		for n := max(0, count-2); n <= count+2; n++ {
			if got, want := textWordsOver(s, n), count > n; got != want {
				t.Fatalf("textWordsOver(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}
