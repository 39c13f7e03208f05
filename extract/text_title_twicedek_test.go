package extract

import "testing"

// TestTextTitleStatedOverDek: read without a URL, a dek taken right
// under a headline the page states twice gives way to the headline; with
// a URL, a headline stated once, a copy too far over, a call to action,
// a short line, one stated again under the dek, or a line that is no
// candidate, the dek stays.
func TestTextTitleStatedOverDek(t *testing.T) {
	const (
		head = "Seven Raised Beds Built From Pallets in One Weekend"
		dek  = "Looks like these spare pallets are here to stay, so here are some good uses"
		act  = "Get started with a free garden plan"
	)
	for _, c := range []struct {
		name  string
		url   string
		lines []string // the last is the line taken
		cand  bool     // whether the line over the taken one is a candidate
		moves bool
	}{
		{"stated twice", "", []string{head, "Garden", head, dek}, true, true},
		{"stated twice in a row", "", []string{"Garden", head, head, dek}, true, true},
		{"with a URL", "https://example.org/beds", []string{head, "Garden", head, dek}, true, false},
		{"stated once", "", []string{"Home", "Garden", head, dek}, true, false},
		{"the copy too far over", "", []string{head, "Garden", "Beds", "Pallets", head, dek}, true, false},
		{"a call to action", "", []string{act, "Garden", act, dek}, true, false},
		{"a short line", "", []string{"Garden Beds", "Garden", "Garden Beds", dek}, true, false},
		{"stated again under", "", []string{head, "Garden", head, dek, head}, true, false},
		{"no candidate", "", []string{head, "Garden", head, dek}, false, false},
	} {
		blocks := textNewBlocks(c.lines...)
		at := len(c.lines) - 1
		if c.name == "stated again under" {
			at--
		}
		cands := []int{at}
		if c.cand {
			cands = []int{at - 1, at}
		}
		got := textTitleStatedOverDek(&textTitleCandidates{blocks: blocks, cands: cands, url: c.url}, at)
		if want := map[bool]int{true: at - 1, false: at}[c.moves]; got != want {
			t.Errorf("%s: textTitleStatedOverDek gives %d, want %d", c.name, got, want)
		}
	}
}
