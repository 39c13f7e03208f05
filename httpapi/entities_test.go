package httpapi

import (
	"slices"
	"testing"
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
		{"", nil},
	} {
		if got := nameRuns(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("nameRuns(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
