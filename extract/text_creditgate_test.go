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

// TestTextMayHoldGluedLabelNeeded checks that textMayHoldGluedLabel lets
// through every end textMayGlueCredit does, and answers as
// strings.ContainsAny of its capitals, over invented lines of the labels,
// the lead words, lower-case words, other capitals and UTF-8 letters
// whose bytes, their high bit cleared, read as capitals ("é" is 0xC3
// 0xA9, 'C' and ')' so cleared) and stray bytes (0xFF, 0xD5) whose sums
// in the span's test would carry into the next byte had their high bit
// stayed, each line cut at every length so a label meets each of the
// eight-byte words' places; and that textIsGluedCredit of a long block,
// which asks the gate, answers as its plain form. It fails with a capital
// left out of textGluedLabelCapitals or a UTF-8 byte taken for one.
func TestTextMayHoldGluedLabelNeeded(t *testing.T) {
	parts := []string{"the", "quiz", "homes", "9", "Credit", "credit", "Photo", "photo", "Image", "image", "Picture",
		"Featured", "Feature", "Hero", "Header", "Cover", "Top", "Lead", "Main", "via", "by", "Mira", "Gear", "Bay",
		"Owen", "Quay", "Wyn", "\xff", "\xd5", "é", "café", "’", "Ĉ", "Ô", "Ïle", "Ťa", ":", ".", ")"}
	seps := []string{" ", " ", "", ". ", "\n", ": "}
	// Each way through textMayGlueCredit alone among lower-case words,
	// at every place in an eight-byte word.
	for _, label := range []string{"homes Credit", "homes Image", "homes Photo", "homes Picture", "Image via",
		"Photo via", "Feature image", "Featured photo", "Hero image", "Header photo", "Cover image", "Top photo",
		"Lead image", "Main photo"} {
		for pad := range 9 {
			end := strings.Repeat("x", pad) + " " + label + " caf\u00e9 by the quay"
			if !textMayGlueCredit(end) {
				t.Fatalf("textMayGlueCredit refuses %q: the test's label is no label", end)
			}
			if !textMayHoldGluedLabel(end) {
				t.Fatalf("textMayHoldGluedLabel refuses %q, which textMayGlueCredit lets through", end)
			}
		}
	}
	rng := fastRand(56, 205)
	refused := 0
	for n := 0; n < 20000; n++ {
		s := fastJoinPieces(rng, 1+rng.IntN(12), parts, seps)
		// the gate is asked of long blocks only
		b := &textBlock{text: s, words: captionMaxWords + 1}
		if got, want := textIsGluedCredit(b), textIsGluedCreditPlain(b); got != want {
			t.Fatalf("textIsGluedCredit(%q) = %v, plain form %v", s, got, want)
		}
		for k := 0; k <= len(s); k++ {
			end := s[k:]
			got := textMayHoldGluedLabel(end)
			if !got && textMayGlueCredit(end) {
				t.Fatalf("textMayHoldGluedLabel refuses %q, which textMayGlueCredit lets through", end)
			}
			if want := strings.ContainsAny(end, "CFHILMPT"); got != want {
				t.Fatalf("textMayHoldGluedLabel(%q) = %v, ContainsAny %v", end, got, want)
			}
			if !got {
				refused++
			}
		}
	}
	if refused < 1000 {
		t.Fatalf("the gate refused only %d ends: the test reads too few", refused)
	}
}
