package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/textnorm"
)

// TestTextRightsNoticeLeftOut checks that textLeaveOutFurnitureLines
// reads the rights notices typed without the mark (textIsRightsNotice):
// "All rights reserved", "(c)" with a year, a short capitalised line
// opening "Copyright" with a year, even past the mark's word limit;
// and leaves a list's "(c)" item, a heading and a sentence opening
// "Copyright", a notice with a web address and a longer paragraph.
func TestTextRightsNoticeLeftOut(t *testing.T) {
	disclaimer := strings.Repeat("The fund's figures are given for reference and are not advice. ", 6)
	terms := strings.Repeat("The fund's figures are given for reference and are not advice. ", 7)
	checkLeftOutBy(t, []leftOutLine{
		{"The harbour board voted on Tuesday to reopen the old ferry slip for the summer season.", false},
		{"Tomas Bell, Ferry Slip, 1931. Gelatin silver print. Harbour Gallery. All rights reserved, DACS 2024.", true},
		{disclaimer + "All Rights Reserved.", true},
		{"Membership terms apply to every berth. (c) 2025 Harbour Mutual Group, Inc.", true},
		{"Copyright Mara Quist 2012-2025. CC BY-NC 4.0.", true},
		{"(c) It is not clear that every berth is leased.", false},
		{"Copyright Office Weighs In on Harbour Surveys", false},
		{"Copyright in the old survey maps passed to the board in 1950.", false},
		{"For full terms, visit www.harbourmutual.example/terms (c) 2025 Harbour Mutual Group, Inc.", false},
		// A disclaimer longer than any caption (98 words) that points to
		// its terms' address before its rights goes: the address guard is
		// a short caption's.
		{terms + "For full terms, visit www.harbourmutual.example/terms (c) 2025 Harbour Mutual Group, Inc.", true},
		{strings.Repeat(disclaimer, 2) + "All rights reserved.", false},
		{"Divers will inspect the new piles before the first crossing in June.", false},
	}, func(blocks []textBlock, keep, out []bool) { textLeaveOutFurnitureLinesText(blocks, keep, out, "", "") })
}

// TestTextRightsMarkYearMatchesIndex holds textHasRightsMarkYear, one
// pass over the line's '(', to the two searches it replaced (the nearer
// of "(c) " and "(C) ", then on past it), over random lines of marks,
// parentheses, spaces and years.
func TestTextRightsMarkYearMatchesIndex(t *testing.T) {
	plain := func(s string) bool {
		for k := 0; ; {
			i := strings.Index(s[k:], "(c) ")
			if j := strings.Index(s[k:], "(C) "); j >= 0 && (i < 0 || j < i) {
				i = j
			}
			if i < 0 {
				return false
			}
			i += k
			if (i == 0 || s[i-1] == ' ') && i+8 <= len(s) && textYearAt(s, i+4) {
				return true
			}
			k = i + len("(c) ")
		}
	}
	pieces := []string{"(c) ", "(C) ", "(c)", "(", "((", "c) ", ")", " ", "2025", "1931", "12", "x", "Harbour ", "©"}
	rng := fastRand(44, 920)
	checkSameAnswer(t, fastPieceLines(nil, rng, pieces, 100000, 0, 10), "textHasRightsMarkYear", textHasRightsMarkYear, plain, 2000)
}

// TestTextRightsWordGateMatchesSearch holds textMayHoldRightsWord, the
// look through a line's content keys for "rights" before the search for
// "all rights reserved", to the search alone: over the test pages'
// lines and random lines of the phrase's words in every case, the words
// that hold them ("overall", "copyrights", "unreserved", "rightsholder"),
// spaces past ASCII, word runes that are no letters and runes that fold
// to ASCII ('ſ', the Kelvin sign), each read as the page's reader reads
// a block, its keys kept.
func TestTextRightsWordGateMatchesSearch(t *testing.T) {
	pieces := []string{"all ", "All ", "ALL ", "aLL ", "all", "overall ", "rights ", "Rights ", "RIGHTS ", "rIGHTS ",
		"rights", "copyrights ", "rightsholder ", "right ", "reserved", "Reserved.", "RESERVED", "reSERVED ",
		"unreserved ", "reservedly ", "all rights reserved", "All Rights Reserved.", " ", "  ", "\u00a0", "\t",
		"_", "9", "é", "\u017f", "\u212a", "'", "-", ".", ",", "(c) ", "2025 ", "Harbour "}
	lines := slices.Clone(textSpeedLines(t))
	lines = fastPieceLines(lines, fastRand(143, 1), pieces, 100000, 1, 9)
	lines = append(lines, "Harbour Mutual. All rights reserved.", "ALL RIGHTS RESERVED", "all rights reservedly held",
		"Overall rights reserved for members", "all rIGHTS reserved", "all righ\u017fs reserved")
	var sc textnorm.WordScanner
	var keys []uint64
	read := func(s string) textBlock {
		keys = make([]uint64, 0, 8) // a buffer of its own, never nil, as the page reader's
		return textReadBlock(s, textLowerPrefix(s, textPhraseWindow), textWebUnread, &sc, &keys)
	}
	search := func(s string) bool { return textHasFoldedASCIIAt(s, "all rights reserved", textRightsReservedRare) }
	gated := func(s string) bool {
		b := read(s)
		if b.keys == nil {
			t.Fatalf("the reader kept no keys for %q", s)
		}
		return textMayHoldRightsWord(b.keys) && search(s)
	}
	checkSameAnswer(t, lines, "textMayHoldRightsWord before the search", gated, search, 2000)
}

// TestTextRightsWordLoopMatchesPlain holds textMayHoldRightsWord's look
// through the keys, four at a time, to the plain loop over each key: key
// lists of every length to 13, "rights" at every place, twice or not at
// all, and a nil list (not known: true).
func TestTextRightsWordLoopMatchesPlain(t *testing.T) {
	plain := func(keys []uint64) bool {
		if keys == nil {
			return true
		}
		for _, k := range keys {
			if k == textRightsKey {
				return true
			}
		}
		return false
	}
	if !textMayHoldRightsWord(nil) {
		t.Fatal("textMayHoldRightsWord(nil) = false, want true: the keys are not known")
	}
	other := textContentKeyPlain([]byte("harbour"))
	for n := 0; n <= 13; n++ {
		for i := -1; i < n; i++ {
			for j := -1; j < n; j++ {
				keys := make([]uint64, n)
				for k := range keys {
					keys[k] = other + uint64(k)
				}
				if i >= 0 {
					keys[i] = textRightsKey
				}
				if j >= 0 {
					keys[j] = textRightsKey
				}
				if got, want := textMayHoldRightsWord(keys), plain(keys); got != want {
					t.Fatalf("textMayHoldRightsWord of %d keys, \"rights\" at %d and %d = %v, want %v", n, i, j, got, want)
				}
			}
		}
	}
}

// TestTextRightsMarkYearGateMatchesSearch holds textMayHoldMarkYear, the
// line's digit count asked before the search for "(c) " and a year, to
// the search alone: over the test pages' lines and random lines of the
// marks, years, years cut short or split ("202", "20 25"), years glued
// to letters, '_' or a stopword, and digits past ASCII, each read as the
// page's reader reads a block, its keys kept.
func TestTextRightsMarkYearGateMatchesSearch(t *testing.T) {
	pieces := []string{"(c) ", "(C) ", "(c)", "(", "c) ", " ", "2025", "1931", "2025 ", "202", "20 25", "9", "19",
		"x2025", "2025th ", "_", "the", "a", "\u0661\u0662\u0663\u0664", "\uff12\uff10\uff12\uff15", "Harbour ", "©", ".", "-"}
	lines := slices.Clone(textSpeedLines(t))
	lines = fastPieceLines(lines, fastRand(146, 1), pieces, 100000, 1, 10)
	lines = append(lines, "(c) 2025 Harbour Mutual Group, Inc.", "(c) 202 5", "(C) 1999", "(c) 2025")
	var sc textnorm.WordScanner
	var keys []uint64
	gated := func(s string) bool {
		keys = make([]uint64, 0, 8) // a buffer of its own, never nil, as the page reader's
		b := textReadBlock(s, textLowerPrefix(s, textPhraseWindow), textWebUnread, &sc, &keys)
		if b.keys == nil {
			t.Fatalf("the reader kept no keys for %q", s)
		}
		return textMayHoldMarkYear(b.digits, b.keys) && textHasRightsMarkYear(s)
	}
	checkSameAnswer(t, lines, "textMayHoldMarkYear before the search", gated, textHasRightsMarkYear, 2000)
}
