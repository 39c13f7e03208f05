package extract

import "testing"

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
	checkMatchFrom(t, lines, pieces, 49, "textConsentVoiceMatch", textConsentVoiceRE, textConsentVoiceMatch, 1000)
}
