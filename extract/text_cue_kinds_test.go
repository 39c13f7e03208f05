package extract

import "testing"

// textShortCueKindPlain is textShortCues.first as textCueOf read it
// before: textHasCue asked of each list in turn.
func textShortCueKindPlain(low string) textCueKind {
	for i, l := range []*textCueList{textHardEndCues, textEndCues, textDropCues, textSoftCues} {
		if textHasCue(low, l) {
			return textCueKind(i + 1)
		}
	}
	return textKindNone
}

// TestTextShortCuesMatchPlain holds the one pass over the four lists'
// cues to the lists asked in turn, on the test pages' lowered openings
// and on every cue alone, cut short, followed by a letter, by a letter
// past ASCII, by a space and a word, by a colon: "related articles" is a
// hard end cue and an end cue ("related"), and must read as the first.
func TestTextShortCuesMatchPlain(t *testing.T) {
	lows := textLowerPrefixes(textSpeedLines(t), textPhraseWindow)
	for _, l := range []*textCueList{textHardEndCues, textEndCues, textDropCues, textSoftCues} {
		for _, cues := range l.byFirst {
			for _, c := range cues {
				lows = append(lows, c, c[:len(c)-1], c+"s", c+"é", c+" more", c+": x", c+"...", c[:1])
			}
		}
	}
	lows = append(lows, "", "keep reading", "é")
	kinds := map[textCueKind]int{}
	for _, low := range lows {
		got, want := textShortCues.first(low), textShortCueKindPlain(low)
		if got != want {
			t.Fatalf("textShortCues.first(%q) = %d, want %d", low, got, want)
		}
		kinds[got]++
	}
	for k := textKindHardEnd; k <= textKindSoft; k++ {
		if kinds[k] == 0 {
			t.Errorf("no line of kind %d: the test reads too little", k)
		}
	}
	if got := textShortCues.first("related articles"); got != textKindHardEnd {
		t.Errorf(`"related articles" reads as kind %d, want the hard end cues' %d`, got, textKindHardEnd)
	}
}

// textGluedCuePlain is textGluedCue as it read the end cues before, by
// their first byte (textCueList.starting).
func textGluedCuePlain(low string) textCue {
	for _, c := range textEndCues.starting(low) {
		if textHasCuePrefix(low, c) {
			if cue := textGluedAfter(low[len(c):]); cue != textCueNone {
				return cue
			}
		}
	}
	return textCueNone
}

// TestTextGluedCueMatchesPlain holds textGluedCue, which reads the end
// cues filed by their first four bytes, to the cues of the first byte, on
// the test pages' lowered openings and on every end cue cut short or
// followed by "...", "…", ":", a letter or a space and a word, alone and
// after another cue that shares its opening ("related" before "related
// articles"), counting that both glued forms are met.
func TestTextGluedCueMatchesPlain(t *testing.T) {
	lows := textLowerPrefixes(textSpeedLines(t), textPhraseWindow)
	for _, cues := range textEndCues.byFirst {
		for _, c := range cues {
			for _, tail := range []string{"", "...x", "…x", ": x", "s...", " more:", "é"} {
				lows = append(lows, c+tail, c[:len(c)-1]+tail)
			}
		}
	}
	lows = append(lows, "", "rel", "related articles: x", "related: articles...")
	met := map[textCue]int{}
	for _, low := range lows {
		got, want := textGluedCue(low), textGluedCuePlain(low)
		if got != want {
			t.Fatalf("textGluedCue(%q) = %d, want %d", low, got, want)
		}
		met[got]++
	}
	if met[textCueEnd] == 0 || met[textCueDrop] == 0 {
		t.Errorf("glued cues met %v: the test reads too little", met)
	}
}
