package extract

import (
	"slices"
	"testing"
	"time"
)

// textDateLineBelowPlain is textDateLineBelow before the reader's digit
// count turned blocks away: every block's text read.
func textDateLineBelowPlain(b *textBlock, inBody bool, maxWords int) (time.Time, bool) {
	if inBody && textIsDateSentence(b) {
		return textParseDate(textDashTail(b.text))
	}
	return textDateLineRead(b, maxWords)
}

// textIsDateOnlyPlain is textIsDateOnly before the reader's digit
// count turned blocks away.
func textIsDateOnlyPlain(b *textBlock) bool {
	if b.words > textDateOnlyMaxWords || b.sentEnd || !textHasDigitByte(b.text) {
		return false
	}
	return textDateIn(b.text)
}

// TestTextDateLineDigitsMatchRead holds textDateLine, textDateLineBelow,
// textIsDateOnly and the title context's dated, which turn away a block
// whose reader counted fewer digits than a date holds
// (textTooFewDateDigits), to the same reads of every block's text, on the
// speed tests' lines, invented dates of just five digits ("May 5, 2025")
// and of six ("14.11.24"), a month and year alone, no date ("May 2025"),
// and 20,000 random lines of date pieces, digits of other scripts and
// words, each read as its block and as an unread block (html_byline.go's,
// no counts). Dates of each length must turn up.
func TestTextDateLineDigitsMatchRead(t *testing.T) {
	lines := append(slices.Clip(textSpeedLines(t)), "May 2025", "May 5, 2025", "5 May 2025", "2025 May 5", "Posted in May 2025 by Ann Roe.",
		"14.11.24", "Updated 1/5/2025", "March ٢٠٢٥", "", "2025", "Kettles rose by 10 percent last year, the harbour office said - May 2025.")
	rng := fastRand(41, 35)
	pieces := []string{"2025", "19", "20", "1", "5", ".", "-", " - ", "/", "May", "Jan", " 14.11.24", "Posted", " on ", " the ", " was ",
		"٣", ", ", "9", ". ", "Updated ", "kettle ", "ferry "}
	lines = fastPieceLines(lines, rng, pieces, 20000, 0, 14)
	dated := map[int]int{} // dates found by their block's digit count, up to 6
	for _, s := range lines {
		read := textNewBlock(s)
		for _, b := range [...]*textBlock{&read, {text: s}} {
			for _, maxWords := range [...]int{textDateBylineWords, textDateMaxWords} {
				want, wantOK := textDateLineRead(b, maxWords)
				if got, ok := textDateLine(b, maxWords); ok != wantOK || !got.Equal(want) {
					t.Fatalf("textDateLine(%q, %d) = %v, %v; its text reads %v, %v", s, maxWords, got, ok, want, wantOK)
				}
				if wantOK && b == &read {
					dated[min(b.digits, 6)]++
				}
				if got, want := textIsDateOnly(b), textIsDateOnlyPlain(b); got != want {
					t.Fatalf("textIsDateOnly(%q) = %v; its text reads %v", s, got, want)
				}
				c := newTextTitleContext([]textBlock{*b}, 0)
				if got, want := c.dated(0), textDateIn(s); got != want {
					t.Fatalf("dated(%q) = %v; its text reads %v", s, got, want)
				}
				for _, inBody := range [...]bool{false, true} {
					want, wantOK := textDateLineBelowPlain(b, inBody, maxWords)
					if got, ok := textDateLineBelow(b, inBody, maxWords); ok != wantOK || !got.Equal(want) {
						t.Fatalf("textDateLineBelow(%q, %v, %d) = %v, %v; its text reads %v, %v", s, inBody, maxWords, got, ok, want, wantOK)
					}
				}
			}
		}
	}
	if dated[textDateDigits] == 0 || dated[6] == 0 {
		t.Fatalf("dates by digit count %v: none of %d or of six digits", dated, textDateDigits)
	}
	t.Logf("dates by digit count: %v", dated)
}
