package extract

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// textMonthDateLines builds n lines of one or two date-like runs, each
// part of textMonthDateRE's match drawn with its near misses: months in
// every spelling and case and broken ones, white space with \v, days of
// one to three digits, suffixes, marks, years in and out of range, and
// the runes a month may follow.
func textMonthDateLines(rng *rand.Rand, n int) []string {
	parts := [][]string{
		{"", "", "x", "A", "Z", "1", "(", "é", "\xff", "\xe2\x80", "—", " ", "Mon "},
		{"Jan", "January", "JANUARY", "JANuary", "Janu", "Feb", "February", "Mar", "March", "MARCH", "Marc", "Apr", "April",
			"May", "MAY", "MAy", "Mayor", "Jun", "June", "JUNE", "Jul", "July", "Aug", "August", "AUG", "Sep", "Sept", "SEPT",
			"September", "SEPTEMBER", "Septem", "Oct", "October", "Nov", "November", "Dec", "December", "DEC", "dec", "Mark"},
		{"", "", ".", "..", ","},
		{" ", " ", "", "  ", "\t", "\v", "\n", "\f\r", " \v"},
		{"5", "05", "31", "29", "30", "0", "00", "123", "", "9"},
		{"", "", "st", "nd", "rd", "th", "s", "TH"},
		{"", "", ",", ".", ",,"},
		{" ", " ", "", "  ", "\t", "\v", "\r\n"},
		{"2020", "2024", "1999", "1900", "2023", "2100", "202", "19", "20x9", "20245", "2019September"},
		{"", "", "x", "7:15 PM", "April 24, 2025", "–", "é"},
	}
	lines := make([]string, 0, n)
	for range n {
		var b strings.Builder
		for range rng.IntN(2) + 1 {
			for _, p := range parts {
				b.WriteString(p[rng.IntN(len(p))])
			}
		}
		lines = append(lines, b.String())
	}
	return lines
}

// TestTextMonthDateReadMatchesRE holds textMonthDateIndex, which reads
// textMonthDateRE's match by hand, to the expression over the whole line,
// and textMonthDateAt to time.Parse on each match, on lines of a date's
// parts and their near misses (textMonthDateLines).
func TestTextMonthDateReadMatchesRE(t *testing.T) {
	found, dates, fellBack := 0, 0, 0
	for _, s := range textMonthDateLines(fastRand(67, 5), 300000) {
		want := textMonthDateRE.FindStringSubmatchIndex(s)
		first := textCasedMonthAt(s)
		if first < 0 {
			if want != nil {
				t.Fatalf("textCasedMonthAt(%q) = -1, but the expression matches it", s)
			}
			continue
		}
		got := textMonthDateIndex(s, first)
		if !slices.Equal(got, want) {
			t.Fatalf("textMonthDateIndex(%q, %d) = %v, the expression %v", s, first, got, want)
		}
		if want == nil {
			continue
		}
		found++
		if want[2] > 0 && s[want[2]-1] >= 0x80 {
			fellBack++
		}
		plain, err := time.Parse("Jan 2 2006", textMonth(s[want[2]:want[3]])+" "+s[want[4]:want[5]]+" "+s[want[6]:want[7]])
		at, ok := textMonthDateAt(s, want)
		if ok != (err == nil) || ok && !at.Equal(plain) || ok && at != plain {
			t.Fatalf("textMonthDateAt(%q, %v) = %v, %v; time.Parse gives %v, %v", s, want, at, ok, plain, err)
		}
		dates += textBool(ok)
	}
	t.Logf("%d matches, %d dates, %d fell back", found, dates, fellBack)
	if found < 20000 || dates < 10000 || found-dates < 1000 || fellBack < 100 {
		t.Errorf("%d matches, %d dates, %d after a longer rune: too few to test the reading", found, dates, fellBack)
	}
}
