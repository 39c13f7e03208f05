package extract

import (
	"regexp"
	"strings"
	"testing"
)

// textGluedCreditRE is the expression textGluedCreditAt reads by hand
// (text_credits_parse.go), kept as the tests' reference: its first
// group is set when the label is a bare "Credit:" glued to a word, its
// second is the credit. A label glued to a word must open in a
// capital ("Photo Credit:", "Image:") after a lower-case letter or a
// digit, where a sentence's "photo:" would not.
var textGluedCreditRE = regexp.MustCompile(`(?:[a-z0-9] (?:Photo|Image|Picture)(?: [Cc]redits?)?:|[a-z0-9] (Credits?):|` +
	`(?:^|[.!?)]\s+)(?:Featured?|Hero|Header|Cover|Top|Lead|Main) (?:[Ii]mage|[Pp]hoto)(?: [Cc]redits?:| by|:)|` +
	`(?:^|[.!?)]\s+)(?:Image|Photo) via)\s*(.*)$`)

// textIsGluedCreditPlain is textIsGluedCredit without textMayGlueCredit:
// the form the gate must agree with.
func textIsGluedCreditPlain(b *textBlock) bool {
	s := b.text
	end := s[max(len(s)-textCaptionReach, 0):]
	if !strings.Contains(end, "redit") && !strings.Contains(end, "mage") && !strings.Contains(end, "hoto") && !strings.Contains(end, "icture") {
		return false
	}
	m := textGluedCreditRE.FindStringSubmatchIndex(end)
	if m == nil || !textIsCreditTail(end[m[4]:]) {
		return false
	}
	if m[2] >= 0 {
		return textIsNameTail(end[m[4]:])
	}
	return true
}

// TestTextMayGlueCreditMatchesPlain checks that the gate refuses no end
// textGluedCreditRE matches and that textIsGluedCredit answers as its
// plain form, over invented lines built from the expression's labels,
// their lower-case and cut forms, marks and names. It fails with any of
// the gate's capitalised words or lead words left out, or with the
// lower-case picture words not sought.
func TestTextMayGlueCreditMatchesPlain(t *testing.T) {
	parts := []string{"the", "quiz", "homes", "tax", "a", "9", "Credit", "Credits", "credit", "credits", "Photo", "photo",
		"Image", "image", "Picture", "picture", "damage", "Featured", "Feature", "Hero", "Header", "Cover", "Top",
		"Lead", "Main", "via", "by", "Mira Tolland", "Harbour Gear, Inc.", "$2,000", "HarbourGear.com", ":", ".", "!", "?", ")"}
	seps := []string{" ", " ", " ", "", ". ", "\n", ": ", "\t", ".\r"}
	rng := fastRand(36, 49)
	matched := 0
	for n := 0; n < 200000; n++ {
		s := strings.TrimRight(fastJoinPieces(rng, 1+rng.IntN(9), parts, seps), " ")
		end := s[max(len(s)-textCaptionReach, 0):]
		if textGluedCreditRE.MatchString(end) {
			matched++
			if !textMayGlueCredit(end) {
				t.Fatalf("gate refuses %q, which the expression matches", end)
			}
		}
		b := &textBlock{text: s}
		if got, want := textIsGluedCredit(b), textIsGluedCreditPlain(b); got != want {
			t.Fatalf("textIsGluedCredit(%q) = %v, plain form %v", s, got, want)
		}
	}
	if matched < 1000 {
		t.Fatalf("only %d lines matched the expression: the test reads too few", matched)
	}
}
