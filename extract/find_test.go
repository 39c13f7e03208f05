package extract

import (
	"slices"
	"testing"
)

func TestOccurrences(t *testing.T) {
	tests := []struct {
		s, sub string
		want   []int
	}{
		{"a harbour, the harbour", "harbour", []int{2, 15}},
		{"aaaa", "aa", []int{0, 2}}, // not overlapping
		{"quay", "boat", nil},
		{"quay", "", nil},
	}
	for _, tt := range tests {
		if got := slices.Collect(occurrences(tt.s, tt.sub)); !slices.Equal(got, tt.want) {
			t.Errorf("occurrences(%q, %q) = %v, want %v", tt.s, tt.sub, got, tt.want)
		}
	}
	for k := range occurrences("a a a", "a") { // stopping early
		if k != 0 {
			t.Fatalf("went on after the loop broke: %d", k)
		}
		break
	}
}
