package extract

import (
	"strings"
	"testing"
)

// TestTextIsTitleLineMatchesBothSets holds textIsTitleLine, which asks
// one set of the job and rank words, to the job line's test and then the
// rank words' (textIsJobLine || textShortLineHas(b, textRankWords)), on
// invented lines of one to eight words: every job and rank word in its
// own case, capitalised and in capitals, names, fillers and marks, some
// lines ending a sentence.
func TestTextIsTitleLineMatchesBothSets(t *testing.T) {
	var words []string
	for w := range jobWords {
		words = append(words, w, strings.ToUpper(w[:1])+w[1:])
	}
	for w := range textRankWords {
		words = append(words, w, strings.ToUpper(w))
	}
	words = append(words, "Jane", "Roe", "of", "Harbourton", "Homes", "-", "&", "the", "Ferry", "2026")
	r := fastRand(74, 4)
	titles := 0
	for range 50_000 {
		var line strings.Builder
		for n := 1 + r.IntN(8); n > 0; n-- {
			if line.Len() > 0 {
				line.WriteByte(' ')
			}
			if r.IntN(3) == 0 {
				line.WriteString(words[r.IntN(len(words))])
			} else {
				line.WriteString(words[len(words)-1-r.IntN(10)])
			}
		}
		if r.IntN(8) == 0 {
			line.WriteByte('.')
		}
		b := textNewBlock(line.String())
		want := textIsJobLine(&b) || textShortLineHas(&b, newTextShortWords(textRankWords))
		if got := textIsTitleLine(&b); got != want {
			t.Fatalf("textIsTitleLine(%q) = %v, the two sets give %v", b.text, got, want)
		}
		titles += textBool(want)
	}
	if titles < 1000 {
		t.Errorf("only %d invented lines are title lines: too few to hold the test", titles)
	}
}
