package extract

import (
	"testing"
	"time"
)

// TestMonthNumberNamesEveryMonth holds monthNumber, on textMonthNumber's
// key, to time.Parse's reading of each month word isMonth takes, and to 0
// for words it does not.
func TestMonthNumberNamesEveryMonth(t *testing.T) {
	for _, w := range []string{"jan", "january", "feb", "february", "mar", "march", "apr", "april", "may",
		"jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october",
		"nov", "november", "dec", "december"} {
		want, err := time.Parse("Jan", textMonth(w))
		if err != nil {
			t.Fatal(err)
		}
		if got := monthNumber(w); got != int(want.Month()) {
			t.Errorf("monthNumber(%q) = %d, want %d", w, got, want.Month())
		}
	}
	for _, w := range []string{"", "ma", "mayor", "junk", "decade", "monday"} {
		if got := monthNumber(w); got != 0 {
			t.Errorf("monthNumber(%q) = %d, want 0", w, got)
		}
	}
}
