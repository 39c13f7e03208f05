package web

import (
	"slices"
	"testing"
)

func TestLooseIndex(t *testing.T) {
	const hay = "The MoD previously warned:\u00a0“The two forces do not share a common language.”\n\nNext."
	for _, tt := range []struct {
		needle string
		want   string // the stretch of hay found, "" for none
	}{
		{"The MoD previously warned: \"The two forces do not share a common language.\"",
			"The MoD previously warned:\u00a0“The two forces do not share a common language.”"},
		{"the two FORCES", "The two forces"},
		{"  common   language ", "common language"},
		{"two forces – do not", ""},
		{"", ""},
		{"Next.", "Next."},
	} {
		start, end, ok := looseIndex(hay, tt.needle)
		got := ""
		if ok {
			got = hay[start:end]
		}
		if got != tt.want {
			t.Errorf("looseIndex(%q) = %q, want %q", tt.needle, got, tt.want)
		}
	}
}

func TestMarkClaims(t *testing.T) {
	body := "First paragraph with the 6,000 figure. Another sentence.\n\nSecond, with ‘quotes’ here."
	claims := []placedClaim{
		{N: 1, ID: "claim-1", Sentence: "First paragraph with the 6,000 figure."},
		{N: 2, ID: "claim-2", Sentence: "with the 6,000 figure"}, // inside claim 1's sentence
		{N: 3, ID: "claim-3", Sentence: "Second, with 'quotes' here."},
		{N: 4, ID: "claim-4", Sentence: "Headline States It"},
	}
	paras, unplaced := markClaims(body, claims)
	if len(paras) != 2 {
		t.Fatalf("%d paragraphs", len(paras))
	}
	first := paras[0][0]
	if !first.Mark || !slices.Equal(first.IDs, []string{"claim-1", "claim-2"}) || first.Text != claims[0].Sentence {
		t.Errorf("first mark = %+v", first)
	}
	if second := paras[1][0]; !second.Mark || second.Text != "Second, with ‘quotes’ here." {
		t.Errorf("second mark = %+v", second)
	}
	ids, rest := titleClaims("Headline states it", unplaced)
	if !slices.Equal(ids, []string{"claim-4"}) || len(rest) != 0 {
		t.Errorf("title claims = %v, rest %v", ids, rest)
	}
}
