package httpapi

import (
	"slices"
	"testing"

	"github.com/storyfold/storyfold/news"
)

func TestNameRuns(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"North Korea suffered more than 6,000 casualties in Ukraine, UK intelligence says",
			[]string{"North Korea", "Ukraine", "UK"}},
		{"More than 6,000 North Korean soldiers", []string{"North Korean"}},
		{"the UK Ministry of Defence said on Sunday", []string{"UK Ministry of Defence"}},
		{"Russia 's Kursk region", []string{"Russia", "Kursk"}},
		{"Kim Jong-un 's role as Russian President Vladimir Putin's key ally", []string{"Kim Jong-un", "Russian President Vladimir Putin"}},
		{"More Than Half Of North Korean Troops Sent To Russia Injured Or Killed, UK Says", []string{"UK"}},
		{"“I'm fine,” E said; J. Smith agreed", []string{"Smith"}},
		{"Police: Man hurt in Dunhaven | Local News", []string{"Police", "Man", "Dunhaven", "Local"}},
		{"Dunhaven, Ohio News, Weather, Sports - 1 hurt after east Dunhaven crash", []string{"Dunhaven"}},
		{"Harrowgate student hurt - WKDT-TV: Harrowgate, Marlow, OH News Weather & Sports", []string{"Harrowgate", "WKDT-TV", "OH"}},
		{"", nil},
	} {
		var got []string
		for _, r := range nameRuns(tt.in) {
			got = append(got, r.text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("nameRuns(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEntities(t *testing.T) {
	st := news.Story{
		Headline: "Vermont: fire damages Elmbrook Bethel Church",
		Articles: []news.StoryArticle{{Title: "Damage estimated at $2 million, Elmbrook police say"}},
		Claims: []news.Claim{
			{Text: "Firefighters said the fire started on Friday night.", AttributedTo: "Elmbrook Fire Department"},
			{Text: "Damage was extensive. The church is in Elmbrook.", AttributedTo: "police"},
			{Text: "Neighbors heard shots.", AttributedTo: "Neighbors"},
		},
	}
	got := Entities(st)
	// "Firefighters", "Damage" and "Vermont" only start a sentence or title.
	want := []string{"Elmbrook", "Elmbrook Bethel Church", "Elmbrook Fire Department"}
	if !slices.Equal(got, want) {
		t.Errorf("Entities = %q, want %q", got, want)
	}
}
