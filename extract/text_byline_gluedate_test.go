package extract

import "testing"

// TestTextNameAfterGluedDate checks a date with the writer's name run on
// from its year, under the headline or over it; none when the words are
// the page's own common words or when no date is stated before the name.
func TestTextNameAfterGluedDate(t *testing.T) {
	const head = "Harbour Ferries Return for Winter\n"
	textCheckAuthorsAround(t, []textAuthorAround{
		{head + "March 4, 2025Jane Roe\n", "Jane Roe"},
		{"Mar 4, 2025Jane K. Roe\n" + head, "Jane K. Roe"},
		{head + "March 4, 2025March 9, 2025Jane Roe\n", "Jane Roe"},
		{head + "March 4, 2025Harbour Board\n", ""},
		{head + "4 Ferries 2025Jane Roe\n", ""},
	})
}

// TestTextGluedYearEnd checks where a year a capital follows ends.
func TestTextGluedYearEnd(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want int
	}{
		{"May 1, 2016Ann", 11},
		{"May 1, 2016June 2, 2017Ann", 23},
		{"May 1, 12016Ann", -1},
		{"May 1, 2016 Ann", -1},
		{"May 1, 2016ann", -1},
	} {
		if got := textGluedYearEnd(tt.s); got != tt.want {
			t.Errorf("textGluedYearEnd(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}
