package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/storyfold/storyfold/textnorm"
)

// The title candidates read with one word scanner a page: the page
// reader's, lent by textTitleVectorsIn, where the context grew a buffer
// of its own and textTitleCasedStop one for each line it read
// (docs/quality/text-extraction-2.md, "Text speed, the title candidates
// read with the page's scanner", forty-sixth session).

// TestTextTitleVectorsScannerLent holds the candidates and their vectors
// read with the page reader's scanner (textScratch.words, left inside
// a line) to those read with the context's own, on the test pages with the body's start at
// three places, each page with and without a URL slug.
func TestTextTitleVectorsScannerLent(t *testing.T) {
	s := newTextScratch()
	pages := textSpeedPages(t)
	for _, p := range pages[:min(len(pages), 400)] {
		blocks := textSplitBlocksIn(string(p.Content), s)
		for _, first := range []int{min(len(blocks), 4), len(blocks) / 3, len(blocks) / 2} {
			for _, url := range []string{"", "https://example.com/2026/12/harbour-ferry-fares-rise-again"} {
				p.URL = url
				// a scanner left inside a line: the reads must not depend
				// on where the lender stopped
				s.words.Reset("Stale Words Left By Another Reader.")
				s.words.Next()
				cands, vecs := textTitleVectorsIn(p, blocks, first, len(blocks), s)
				cands, vecs = slices.Clone(cands), slices.Clone(vecs) // vecs are s's room
				wantCands, wantVecs := textTitleVectorsIn(p, blocks, first, len(blocks), nil)
				if !slices.Equal(cands, wantCands) || !slices.Equal(vecs, wantVecs) {
					t.Fatalf("%s, body from %d, url %q: the candidates read with the page's scanner are %v, with the context's own %v (or their vectors differ)",
						p.ID, first, url, cands, wantCands)
				}
			}
		}
	}
}

// textTitleCasedStopPlain is textTitleCasedStop with a scanner of its
// own, as it was before it read with the context's.
func textTitleCasedStopPlain(b *textBlock) bool {
	if b.cue != textCueNone || b.words < textTitleCasedMinWords || b.words > textTitleCasedMaxWords ||
		!strings.HasSuffix(b.text, ".") || b.lines {
		return false
	}
	last := b.text[strings.LastIndexByte(b.text, ' ')+1 : len(b.text)-1]
	if strings.Contains(last, ".") {
		return false
	}
	sc := textnorm.NewWordScanner(b.text)
	for sc.Next() {
		if textnorm.IsStopwordBytes(sc.Word()) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(b.text[sc.Start():])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// TestTextTitleCasedStopSharedScanner holds textTitleCasedStop, every
// line read with one scanner, to its plain form, on the test pages'
// blocks and title-cased lines ending on a full stop, each asked after
// a longer line and after a shorter one.
func TestTextTitleCasedStopSharedScanner(t *testing.T) {
	lines := append(textSpeedLines(t),
		"Things to Know Before Sailing Out of Harbourton for the First Time.",
		"Who Reads the Tide Tables? Increasingly, Not a Skipper.",
		"Top 10 Boatyards in the U.S.A.",
		"The Ferry Runs Again.",
		"The Ferry runs Again.",
		"Éclair Shops of the Harbour Reopen.")
	var sc textnorm.WordScanner
	checkBlockMatchesPlain(t, lines, "textTitleCasedStop with the shared scanner", func(b *textBlock) bool {
		return textTitleCasedStop(b, &sc)
	}, textTitleCasedStopPlain, 3)
}

// TestTextTitleRoomReused holds the lists textTitleVectorsIn keeps in a
// pooled room (textTitleRoom) to new ones: the repeats of the test pages'
// headline candidates counted in one room page after page, left as the
// last page left it, against textTitleRepeats' own lists, and the
// context's answers a block zeroed however the room was left.
func TestTextTitleRoomReused(t *testing.T) {
	var r textTitleRoom
	pages := textSpeedPages(t)
	found := 0
	for _, p := range pages[:min(len(pages), 300)] {
		blocks := textSplitBlocks(string(p.Content))
		cands, heads := func() ([]int, []*textBlock) {
			c := newTextTitleContext(blocks, min(len(blocks), 4))
			return c.candidatesAndHeads(true)
		}()
		texts := make([]string, len(cands))
		for k, h := range heads {
			texts[k] = h.text
		}
		got := slices.Clone(textTitleRepeatsIn(blocks, texts, &r))
		want := textTitleRepeats(blocks, texts)
		if !slices.Equal(got, want) {
			t.Fatalf("%s: the repeats counted in the pooled room are %v, in new lists %v", p.ID, got, want)
		}
		for _, rep := range want {
			found += rep.inside
		}
		for k := range r.marks {
			r.marks[k] = 1 // as a page's answers leave them
		}
		if marks := r.marksFor(len(blocks)); slices.ContainsFunc(marks, func(m int8) bool { return m != 0 }) || len(marks) != 4*len(blocks) {
			t.Fatalf("%s: the room's answers for %d blocks are not %d zeros", p.ID, len(blocks), 4*len(blocks))
		}
	}
	if found == 0 {
		t.Fatal("no candidate was repeated on its page: the room's counts went untested")
	}
}
