package extract

import (
	"strings"
	"testing"
)

// TestTextMoreOnListLeftOut: a "More on" label over two post titles or
// more goes with them, down to the article's own numbered heading; a
// label over one title, over prose, and a line that only names more
// stay.
func TestTextMoreOnListLeftOut(t *testing.T) {
	checkLeftOut(t, []leftOutLine{
		{"The harbour board said the Keel Street quay would reopen on Monday after the repairs were finished.", false},
		{"More on Keel Street", true},
		{"Ten Walks Around the Old Harbour", true},
		{"How the Ferry Doubled Its Crossings", true},
		{"2. North Harbour", false},
		{"The north harbour is quieter, and its pier is the oldest on the coast, built in 1820.", false},
		{"More on the pier", false},
		{"The pier's planks were replaced in the spring, one section at a time, by the same crew.", false},
		{"More on North Harbour", false},
		{"Where the Boats Go", false},
		{"The boats leave from the north pier twice a day, and once on Sundays in winter.", false},
		{"There is more on the timetable at the office", false},
		{"Ferry Times for Winter", false},
		{"Island Routes", false},
	})
}

// TestTextMoreOnLabelWithColon holds the colon and the question of
// textIsMoreOnLabel and textIsPostTitle: a label ended by a colon goes
// with its titles, a question among them; a question over prose is one
// title and stays, as does a label over it.
func TestTextMoreOnLabelWithColon(t *testing.T) {
	checkLeftOut(t, []leftOutLine{
		{"The harbour board said the Keel Street quay would reopen on Monday after the repairs were finished.", false},
		{"More on Keel Street:", true},
		{"Ten Walks Around the Old Harbour", true},
		{"What Is a Tidal Berth?", true},
		{"How the Ferry Doubled Its Crossings", true},
		{"2. North Harbour", false},
		{"The north harbour is quieter, and its pier is the oldest on the coast, built in 1820.", false},
		{"More on the pier:", false},
		{"What is a pile pier?", false},
		{"A pile pier stands on posts driven into the sea bed, and the water runs under it freely.", false},
	})
}

// TestTextAnnouncedPostsLeftOut holds textLeaveOutAnnouncedPosts: the
// titles under a sentence naming "the following" guides or pages go and
// the sentence stays; a singular post, a sentence naming no list, a lone
// title, stay.
func TestTextAnnouncedPostsLeftOut(t *testing.T) {
	checkLeftOut(t, []leftOutLine{
		{"Readers planning a first crossing found the following pages helpful:", false},
		{"Ten Walks Around the Old Harbour", true},
		{"How the Ferry Doubled Its Crossings", true},
		{"Ferry or Bridge: Which Is Faster?", true},
		{"Recap", false},
		{"We compared the two ferries in the following comparison guides:", false},
		{"North Ferry vs. South Ferry", true},
		{"South Ferry vs. Island Bus", true},
		{"The ferry is the better choice for most trips, and the cheaper one in winter.", false},
		{"To plan the day, read the following post:", false},
		{"Morning at the Harbour", false},
		{"Afternoon on the Island", false},
		{"The island walk takes three hours, and the last ferry back leaves at six.", false},
		{"Bring the following things:", false},
		{"Warm Coats and Hats", false},
		{"Good Walking Boots", false},
		{"The café by the pier sells hot soup all day.", false},
		{"More is in the following guides:", false},
		{"One Day on the Island", false},
		{"The island has one shop, by the church.", false},
	})
}

// TestTextIsPostListIntroFoldFirst holds textIsPostListIntro, which asks
// for "follow" in any case before it lowers the line, to its form that
// lowered every line ending in a colon, over random lines of the
// phrase's pieces in every case, the runes that lower to ASCII letters,
// and the list's nouns.
func TestTextIsPostListIntroFoldFirst(t *testing.T) {
	pieces := []string{"the ", "The ", "THE ", "fol", "FOL", "Fol", "lo", "LO", "lO", "w", "W", "ing ", "İng ", "\u212aing ", "wing ",
		"following ", "Following ", "guides", "pages", "comparison ", "posts", ":", ":", " ", "x",
		"the following guides:", "THE FOLLOWİNG PAGES:", "The FoLLoWing comparison posts:", "the fol\u212aowing guides:"}
	rng := fastRand(76, 3)
	checkSameAnswer(t, fastPieceLines(nil, rng, pieces, 200000, 0, 12), "textIsPostListIntro", func(line string) bool {
		return textIsPostListIntro(&textBlock{text: line})
	}, func(line string) bool {
		return strings.HasSuffix(line, ":") && textReadPostListIntro(line)
	}, 200)
}

// TestTextHasFoldedASCIIMatchesLoop holds textHasFoldedASCII to the
// byte loop it replaced (each place whose byte, lowered, is w's first,
// then strings.EqualFold) for the words its callers ask, over random
// lines of their pieces in both cases and runes that fold to ASCII.
func TestTextHasFoldedASCIIMatchesLoop(t *testing.T) {
	pieces := []string{"com", "COM", "Com", "ment", "MENT", "ago", "AGO", "aGo", "day", "DAY", "Day", "fol", "FOL", "low", "LOW",
		"d", "D", "a", "A", "f", "F", "c", "C", "\u212a", "\u017f", "İ", " ", "x", "1"}
	rng := fastRand(41, 7)
	found := 0
	for _, line := range fastPieceLines(nil, rng, pieces, 100000, 0, 10) {
		for _, w := range []string{"comment", "ago", "day", "follow"} {
			want := false
			for i := 0; i+len(w) <= len(line); i++ {
				if line[i]|0x20 == w[0] && strings.EqualFold(line[i:i+len(w)], w) {
					want = true
					break
				}
			}
			if got := textHasFoldedASCII(line, w); got != want {
				t.Fatalf("textHasFoldedASCII(%q, %q) = %v, want %v", line, w, got, want)
			} else if got {
				found++
			}
		}
	}
	if found < 5000 {
		t.Fatalf("only %d matches: the test reads too few", found)
	}
}

// TestTextHasFoldedASCIIAtMatchesFirst holds textHasFoldedASCIIAt, looking
// from a later letter of the word, to textHasFoldedASCII looking from its
// first and to the fold asked at every place (textHasFoldedPlain, which
// holds the neighbours' test before the fold), over random lines of the
// word's pieces in both cases and runes that fold to ASCII.
func TestTextHasFoldedASCIIAtMatchesFirst(t *testing.T) {
	pieces := []string{"all rights reserved", "ALL RIGHTS RESERVED", "All Rights Reserved", "aLl rIGhts ReSeRVed", "all", "ALL", "All", "a", "A", " rights", " RIGHTS", " Rights", "ri", "ghts", " reser", "ved", "VED", "Ved", "v", "V", "d", "D",
		"\u212a", "\u017f", "İ", " ", "x", "1"}
	rng := fastRand(43, 9)
	found := 0
	for _, line := range fastPieceLines(nil, rng, pieces, 100000, 0, 12) {
		for _, at := range []int{textRightsReservedRare, 0, 4, 18} {
			w := "all rights reserved"
			got, want := textHasFoldedASCIIAt(line, w, at), textHasFoldedASCII(line, w)
			if plain := textHasFoldedPlain(line, w); got != want || got != plain {
				t.Fatalf("textHasFoldedASCIIAt(%q, %q, %d) = %v, at 0 %v, the fold at every place %v", line, w, at, got, want, plain)
			} else if got {
				found++
			}
		}
	}
	if found < 2000 {
		t.Fatalf("only %d matches: the test reads too few", found)
	}
}

// textHasFoldedPlain reports whether s holds w in any case, asking
// strings.EqualFold at every byte: the plain form of
// textHasFoldedASCIIAt.
func textHasFoldedPlain(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}
