package extract

import (
	"regexp"
	"slices"
	"testing"
)

// textCopyrightRE is the expression textCopyrightMatch reads by hand
// (text_copyright.go), kept as its reference.
var textCopyrightRE = regexp.MustCompile(`^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*)?(?:-\s*(?:19|20)\d\d\s*)?([A-Z][\w.&' -]{1,60}?)[\s.,]*(?:all rights reserved.*)?$`)

// TestTextPublisherGatesMatchRE holds textAgoMatch and textCopyrightMatch
// to the expressions they stand before, on invented source and copyright
// lines (and near misses: "Copyright", "ago" in a word, a line break or a
// tab before "ago", "ago" then a space or a line break) and 50,000 random
// lines of their pieces; both expressions must match now and then.
func TestTextPublisherGatesMatchRE(t *testing.T) {
	lines := []string{
		"", "ago", " ago", "Independent6 hours ago", "Reuters 3 days ago", "Reuters 3 days\tago",
		"Reuters 3 days\nago", "Reuters 3 days ago ", "Reuters 3 days ago\n", "Reuters 3 days Ago",
		"©2025 Bloomberg L.P.", "© 2024 Acme News. All rights reserved.", "(c) 2020 Acme News",
		"copyright 2019-2024 Acme Media", "Copyright 2024 Acme News", "(C) 2020 Acme News",
		" ©2025 Bloomberg", "copyrights Acme", "©Acme 2 hours ago", "Chicago", "The Times 1 year ago",
	}
	pieces := []string{"©", "(c)", "(C)", "copyright", "Copyright", " ", "\t", "\n", "ago", "Ago", " ago",
		"2024", "19", "-", "Acme", "News", "L.P.", "all rights reserved", ".", ",", "3", "hours", "days", "mins", "é"}
	rng := fastRand(36, 44)
	lines = fastPieceLines(lines, rng, pieces, 50_000, 0, 9)
	// Source lines: a name, a number, a unit, white space, "ago" or a near
	// miss, and now and then more after it.
	names := []string{"Acme", "Acme News", "the Times", "Reuters.com", "ACME", "É"}
	units := []string{"hours", "hour", "mins", "days", "weeks", "years", "hrs", "fortnights"}
	seps := []string{" ", "\t", "\n", "", "  "}
	ends := []string{"ago", "Ago", "ago ", "ago\n", "agony", "ago.", "ago"}
	for range 20_000 {
		lines = append(lines, names[rng.IntN(len(names))]+" "+[]string{"", "3", "12"}[rng.IntN(3)]+
			[]string{"", " "}[rng.IntN(2)]+units[rng.IntN(len(units))]+seps[rng.IntN(len(seps))]+ends[rng.IntN(len(ends))])
	}
	// Copyright lines: an opening, its optional parts in any order and
	// number, a name of the expression's bytes and others, some past its
	// 61, and an end or a near miss (textCopyrightName).
	opens := []string{"©", "(c)", "copyright", "Copyright", "(c", ""}
	parts := []string{" ", "\t", "\f", "\r", "\v", "\n", "©", "2024", "1999", "2101", "19", "-", " - ", "-2025"}
	nameParts := []string{"A", "Acme", "acme", " ", ".", "&", "'", "_", "-", "9", "é", "News", "L.P.", ",", "Media Group Holdings"}
	tails := []string{"", ".", " ", ", ", "all rights reserved", ". all rights reserved.", " all rights reserved\nx",
		" All Rights Reserved", "all rights", "\n", "\f.", "x", "\xff"}
	for range 50_000 {
		var b []byte
		b = append(b, opens[rng.IntN(len(opens))]...)
		for range rng.IntN(4) {
			b = append(b, parts[rng.IntN(len(parts))]...)
		}
		for range rng.IntN(12) {
			b = append(b, nameParts[rng.IntN(len(nameParts))]...)
		}
		lines = append(lines, string(append(b, tails[rng.IntN(len(tails))]...)))
	}
	agos, copies := 0, 0
	for _, s := range lines {
		want := textAgoRE.FindStringSubmatch(s)
		if got := textAgoMatch(s); !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Fatalf("textAgoMatch(%q) = %q, the expression %q", s, got, want)
		}
		if want != nil {
			agos++
		}
		want = textCopyrightRE.FindStringSubmatch(s)
		if got := textCopyrightMatch(s); !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Fatalf("textCopyrightMatch(%q) = %q, the expression %q", s, got, want)
		}
		if want != nil {
			copies++
		}
	}
	if agos < 50 || copies < 2000 {
		t.Fatalf("%d source lines and %d copyright lines matched: too few to test the gates", agos, copies)
	}
	t.Logf("%d source lines, %d copyright lines of %d", agos, copies, len(lines))
}
