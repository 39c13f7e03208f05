package textnorm

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestIsTimeStamp(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Story Created: Aug 7, 2026 at 9:56 AM AKDT", true},
		{"Updated 11 / 27 / 2025 3: 41 PM", true}, // tokenised, as ECB+ writes it
		{"Saturday, August 24, 2026", true},
		{"12:52 p.m. EDT May 2, 2026", true},
		{"Updated Thu 6 May 2026, 9:03am AEST", true},
		{"First Posted 23:37:00 05/05/2026", true},
		{"UPDATED AT 3:05PM", true},
		{"Mönday 5", false},
		{"May", false},            // no digit: a word, not a date
		{"Posted Updated", false}, // the same
		{"Ferry workers must act by May 9", false},
		{"27/09/2026 - Harbourton to hold its first ferry vote", false},
		{"Harbourton 2026", false},
		{"9:56 AM HARBOURTON", false}, // not a zone's shape
	} {
		if got := IsTimeStamp(c.s); got != c.want {
			t.Errorf("IsTimeStamp(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestIsTimeStampFirstWordMatchesPlain holds IsTimeStamp, which turns a
// line away on its first word read byte by byte, to the plain form on
// lines of stamp words, zones, digits, marks, headline words and letters
// beyond ASCII (é, the Kelvin sign, ſ) at the start and between words.
func TestIsTimeStampFirstWordMatchesPlain(t *testing.T) {
	pieces := []string{"Updated", "MAY", "may", "Mayor", "Aug", "7", "2026", ":", ", ", " ", "", "\t", "AKDT", "ET", "EDT", "UTC",
		"p.m.", "am", "Harbourton", "ferry", "é", "\u212a", "ſt", "Mönday", "_", "-", "’", "\xff", "9:56", "at", "Posted"}
	rng := rand.New(rand.NewPCG(67, 7))
	stamps, turned := 0, 0
	for range 300000 {
		var b strings.Builder
		for range rng.IntN(6) + 1 {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := isTimeStampSplit(s)
		if got := IsTimeStamp(s); got != want {
			t.Fatalf("IsTimeStamp(%q) = %v, the plain form %v", s, got, want)
		}
		if want {
			stamps++
		}
		if w, ok := firstASCIIWord(s); ok && !isStampWord(w) && !isZoneAbbrev(w) {
			turned++
		}
	}
	t.Logf("%d stamps, %d turned away", stamps, turned)
	if stamps < 10000 || turned < 10000 {
		t.Errorf("%d stamps, %d lines turned away on the first word: too few", stamps, turned)
	}
}
