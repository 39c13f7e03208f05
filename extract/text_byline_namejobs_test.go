package extract

import "testing"

// TestTextLabelOverNameJobs holds the co-author strip to its shape: a
// label alone, then names each before a comma and a description in lower
// case or on a digit.
func TestTextLabelOverNameJobs(t *testing.T) {
	const body = "The harbour board will run the ferries twice a day from the quay this winter, and the times are set."
	for _, c := range []struct {
		what   string
		blocks []string
		want   string
	}{
		{"two co-authors", []string{"Written by", "Jane Roe, 4+ years covering ferries", "Ed Poe, senior editor and tide enthusiast", "Updated March 13, 2024", body}, "Jane Roe, Ed Poe"},
		{"one writer", []string{"Written by", "Jane Roe, harbour reporter for ten years", body}, "Jane Roe"},
		{"a credential", []string{"By", "Jane Roe, DVM", body}, ""},
		{"a team's credit", []string{"Written by", "The Team, edited by Walter", body}, ""},
		{"no label", []string{"Ferries", "Jane Roe, 4+ years covering ferries", body}, ""},
	} {
		if got := textLabelOverNameJobs(textNewBlocks(c.blocks...)); got != c.want {
			t.Errorf("%s: %q, want %q", c.what, got, c.want)
		}
	}
}
