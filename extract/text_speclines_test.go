package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestTextKeepSpecLines checks which dropped "Label: value" lines come
// back between the kept lines of a review.
func TestTextKeepSpecLines(t *testing.T) {
	above := "The Keel Street kettle boils a full litre in under four minutes on the ferry's galley stove."
	below := "We took it out on the morning crossing twice and it kept the tea hot until Harbourton."
	tests := []keepRuleCase{
		{"a kettle's facts between two paragraphs",
			[]string{above, "Capacity: 1 litre", "Material: Stainless steel", "Warranty: 2 years", below},
			[]bool{true, false, false, false, true},
			[]bool{true, true, true, true, true}},
		{"the rest of a run the model kept a line of",
			[]string{above, "Keel Street Kettle", "Capacity: 1 litre", "Material: Stainless steel", "Keel Street Mug", below},
			[]bool{true, false, true, false, false, true},
			[]bool{true, false, true, true, false, true}},
		{"one fact alone",
			[]string{above, "Capacity: 1 litre", below},
			[]bool{true, false, true},
			[]bool{true, false, true}},
		{"a label stated down the run",
			[]string{above, "Credit: Harbourton Post", "Credit: Harbourton Post", below},
			[]bool{true, false, false, true},
			[]bool{true, false, false, true}},
		{"a clause in lower case after the colon",
			[]string{above, "Late notice: the ticket is forfeited", "Early notice: the ticket is refunded", below},
			[]bool{true, false, false, true},
			[]bool{true, false, false, true}},
		{"a forum poster's card",
			[]string{above, "Join Date: Aug 2008", "Location: Harbourton", below},
			[]bool{true, false, false, true},
			[]bool{true, false, false, true}},
		{"a pager under the page",
			[]string{above, "Prev: Keel Street", "Next: Quay Lane", below},
			[]bool{true, false, false, true},
			[]bool{true, false, false, true}},
		{"a card neither side of which stays",
			[]string{above, "Book now", "Price: $40", "Duration: 2 hours", "Book now", below},
			[]bool{true, false, false, false, false, true},
			[]bool{true, false, false, false, false, true}},
		{"a date's lead-in",
			[]string{above, "Reviewed on: 9/30/2025", "Cost: $40", below},
			[]bool{true, false, false, true},
			[]bool{true, false, false, true}},
		{"a pointer's title after the colon",
			[]string{above, "Capacity: 1 litre", "Learn More: Keel Street Kettles Compared", below},
			[]bool{true, false, false, true},
			[]bool{true, false, false, true}},
		{"a pointer cue's title after the colon",
			[]string{above, "Capacity: 1 litre", "See Also: The Quay Lane Teapot", below},
			[]bool{true, false, false, true},
			[]bool{true, false, false, true}},
		{"a contents list of the headings kept below",
			[]string{above, "Harbourton: The Morning Crossing", "Quay Lane: An Afternoon Tea", below, "Harbourton: The Morning Crossing", below + " Again.", "Quay Lane: An Afternoon Tea", above + " Again."},
			[]bool{true, false, false, true, true, true, true, true},
			[]bool{true, false, false, true, true, true, true, true}},
		{"facts stated again but kept nowhere else",
			[]string{above, "Capacity: 1 litre", "Material: Stainless steel", below, "Capacity: 1 litre", "Material: Stainless steel"},
			[]bool{true, false, false, true, false, false},
			[]bool{true, true, true, true, false, false}},
		{"facts above the first kept line",
			[]string{"Capacity: 1 litre", "Material: Stainless steel", above, below},
			[]bool{false, false, true, true},
			[]bool{false, false, true, true}},
	}
	for _, tt := range tests {
		checkKeepRule(t, tt.name, tt.lines, tt.keep, tt.want, textKeepSpecLines)
	}
}

// TestTextKeepSpecLinesCopies checks that a fact line stated over every
// card of a page stays out while one stated a few times comes back.
func TestTextKeepSpecLinesCopies(t *testing.T) {
	above := "The Keel Street kettle boils a full litre in under four minutes on the ferry's galley stove."
	below := "We took it out on the morning crossing twice and it kept the tea hot until Harbourton."
	for _, tc := range []struct {
		dup  int
		want bool
	}{{0, true}, {textSpecCopies, true}, {textSpecCopies + 1, false}} {
		blocks := textSplitBlocks(strings.Join([]string{above, "Capacity: 1 litre", "Material: Stainless steel", below}, "\n"))
		blocks[2].dup = tc.dup
		keep := []bool{true, false, false, true}
		textKeepSpecLines(blocks, keep)
		if want := []bool{true, true, tc.want, true}; !slices.Equal(keep, want) {
			t.Errorf("dup %d: keep = %v, want %v", tc.dup, keep, want)
		}
	}
}

// textSpecLabelPlain is textSpecLabel as first written: the value split
// by strings.Fields and counted, the label lowered by strings.ToLower.
func textSpecLabelPlain(s string) string {
	c := strings.Index(s, ": ")
	if s[0] < 'A' || s[0] > 'Z' || c <= 0 {
		return ""
	}
	label, value := s[:c], strings.TrimSpace(s[c+2:])
	if value == "" || strings.Count(label, " ") >= textSpecLabelWords || strings.ContainsAny(label, ".,;!\"") {
		return ""
	}
	if len(strings.Fields(value)) > textSpecValueWords || value[0] >= 'a' && value[0] <= 'z' {
		return ""
	}
	if sp := strings.LastIndexByte(label, ' '); sp > 0 && slices.Contains(textSpecLeadWords, label[sp+1:]) {
		return ""
	}
	if l := strings.ToLower(label); l != "learn more" && !slices.Contains(textPointerCues, l) {
		return l
	}
	return ""
}

// textSpecLowLabelOf is textSpecLowLabel of b's label, "" where b has
// none (textSpecLabel), as textKeepSpecLines reads a line.
func textSpecLowLabelOf(b *textBlock, low []byte) string {
	raw := textSpecLabel(b)
	if raw == "" {
		return ""
	}
	l, _ := textSpecLowLabel(low, raw)
	return l
}

// TestTextSpecLabelMatchesPlain holds textSpecLabel, counting the value's
// words up to its bound, to the plain form it replaced: the value split
// by strings.Fields and counted, the label lowered. The lines are random
// "Label: value" pieces with values of a few words to many, spaces of
// other kinds and lower-case openings.
func TestTextSpecLabelMatchesPlain(t *testing.T) {
	plain := textSpecLabelPlain
	pieces := []string{"Capacity", "Join Date", ": ", ":", " ", "  ", "\u00a0", "\t", "32 ounces", "Steel", "a", "x", "1", "on", "Learn More", "See Also", ".", "word "}
	rng := fastRand(44, 92)
	found := 0
	for _, line := range fastPieceLines(nil, rng, pieces, 100000, 0, 24) {
		if line == "" {
			continue
		}
		b := textNewBlock(line) // the reader notes its ": " (textBlock.colon)
		got, want := textSpecLowLabelOf(&b, nil), plain(line)
		if got != want {
			t.Fatalf("textSpecLabel(%q) = %q, want %q", line, got, want)
		}
		if got != "" {
			found++
		}
	}
	if found < 1000 {
		t.Fatalf("only %d fact lines: the test reads too few", found)
	}
}

// TestTextSpecLabelRunMatchesPlain reads random lines in runs, each run's
// labels lowered into one buffer as textKeepSpecLines reads them
// (textSpecLowLabel), and holds every label of a run, read when the run is
// done, to textSpecLabelPlain: a later label, a pointer turned away and
// the buffer's growth past textSpecLowRoom must leave the earlier ones as
// they were. Labels beyond ASCII ("Größe", "İnce", the Kelvin sign) go
// through strings.ToLower.
func TestTextSpecLabelRunMatchesPlain(t *testing.T) {
	pieces := []string{"Capacity", "Join Date", "Größe", "İnce", "\u212aelvin", ": ", ":", " ", "32 ounces", "Steel", "a", "1", "on", "Learn More", "See Also", "Width Of Blade", "."}
	rng := fastRand(45, 94)
	lines := fastPieceLines(nil, rng, pieces, 100000, 0, 12)
	var low []byte
	found, grown := 0, false
	for at := 0; at < len(lines); {
		run := lines[at:min(len(lines), at+1+rng.IntN(150))]
		at += len(run)
		low = low[:0]
		got := make([]string, len(run))
		for k, line := range run {
			if line != "" {
				b := textNewBlock(line) // the reader notes its ": " (textBlock.colon)
				if raw := textSpecLabel(&b); raw != "" {
					got[k], low = textSpecLowLabel(low, raw)
				}
			}
		}
		grown = grown || len(low) > textSpecLowRoom
		for k, line := range run {
			want := ""
			if line != "" {
				want = textSpecLabelPlain(line)
			}
			if got[k] != want {
				t.Fatalf("textSpecLabel(%q) in a run = %q, want %q", line, got[k], want)
			}
			found += textBool(want != "")
		}
	}
	if found < 1000 || !grown {
		t.Fatalf("%d fact lines, buffer grown past its room %v: the test reads too few", found, grown)
	}
}

// TestTextKeepSpecLinesAllocations checks that a run of fact lines costs
// one allocation for its lowered labels, not one a label.
func TestTextKeepSpecLinesAllocations(t *testing.T) {
	above := "The Keel Street kettle boils a full litre in under four minutes on the ferry's galley stove."
	below := "We took it out on the morning crossing twice and it kept the tea hot until Harbourton."
	blocks := textSplitBlocks(strings.Join([]string{above, "Capacity: 1 litre", "Material: Stainless steel", "Warranty: 2 years", "Weight: 900 grams", below}, "\n"))
	keep := make([]bool, len(blocks))
	n := testing.AllocsPerRun(100, func() {
		clear(keep)
		keep[0], keep[len(keep)-1] = true, true
		textKeepSpecLines(blocks, keep)
	})
	if !keep[1] || !keep[4] {
		t.Fatalf("keep = %v: the facts did not come back", keep)
	}
	if n > 1 {
		t.Fatalf("textKeepSpecLines: %v allocations a page, want at most 1", n)
	}
}

// TestTextReadBlockColonMatchesSearch holds the block reader's colon
// flag, which textSpecLabel asks before its cut, to the search for ": "
// it stands for: over random lines of words, colons, marks, spaces and
// runes beyond ASCII, and every block of the test pages.
func TestTextReadBlockColonMatchesSearch(t *testing.T) {
	pieces := []string{"Capacity", "10", ":", ": ", " :", "::", " ", "  ", "\u00a0", "\t", ".", "?", "!", "é", "—", "\xff", "’", "a", "x1", "http://x.org", "'", "(", ")"}
	rng := fastRand(45, 97)
	var blocks []textBlock
	for _, line := range fastPieceLines(nil, rng, pieces, 50000, 0, 24) {
		if line != "" {
			blocks = append(blocks, textNewBlock(line))
		}
	}
	for _, p := range textSpeedPages(t) {
		blocks = append(blocks, textSplitBlocks(string(p.Content))...)
	}
	held := 0
	for i := range blocks {
		b := &blocks[i]
		want := strings.Contains(b.text, ": ")
		if b.colon != want {
			t.Fatalf("the block %q: colon %v, the search %v", b.text, b.colon, want)
		}
		if want {
			held++
		}
	}
	if held < 1000 {
		t.Errorf("only %d blocks hold \": \"; want 1000 or more", held)
	}
}
