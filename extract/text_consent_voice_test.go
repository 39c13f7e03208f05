package extract

import (
	"math/rand/v2"
	"testing"
)

// TestTextConsentVoiceMatchesRE holds textConsentVoiceMatch to
// textConsentVoiceRE on whole lines: invented ones (each word at the
// start, after a word byte, after a non-ASCII letter, glued to a word,
// the openings without their words) and 60,000 random lines of the
// words' pieces; matches must turn up, many past the line's start.
func TestTextConsentVoiceMatchesRE(t *testing.T) {
	lines := []string{
		"", "partners", "our partners use", "xpartners", "partnership", "éthird-party", "third party", "third-parties",
		"thirdparty", "3rd party", "23rd party", "this site", "this website", "thissite", "this web site", "athis site",
		"this ", "third", "3rd",
	}
	pieces := []string{"partners", "partner", "third", "3rd", "part", "party", "parties", "y", "ies", "-", " ", "this ", "this",
		"site", "web", "website", "x", "_", "2", "é", ".", "we ", "cookies "}
	rng := rand.New(rand.NewPCG(36, 49))
	lines = textRandomLines(lines, rng, pieces, 60_000, 12)
	matched, inside := 0, 0
	for _, s := range lines {
		want := textConsentVoiceRE.MatchString(s)
		if got := textConsentVoiceMatch(s); got != want {
			t.Fatalf("textConsentVoiceMatch(%q) = %v, the expression %v", s, got, want)
		}
		if want {
			matched++
			if loc := textConsentVoiceRE.FindStringIndex(s); loc[0] > 1 {
				inside++
			}
		}
	}
	if matched < 1000 || inside < 500 {
		t.Fatalf("%d matches, %d past the start: too few to test the start", matched, inside)
	}
	t.Logf("%d of %d lines match, %d past their start", matched, len(lines), inside)
}
