package textnorm

import "testing"

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
