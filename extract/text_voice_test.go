package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/textnorm"
)

// TestTextVoiceWordsAreStopwords holds the block reader's fast path:
// textReadBlock asks textCountVoice only of stopwords, so a word it counts
// that left the stopword list would no longer be counted.
func TestTextVoiceWordsAreStopwords(t *testing.T) {
	for _, w := range []string{"you", "your", "yours", "yourself", "we", "our", "us", "ours"} {
		if !textnorm.IsStopword(w) {
			t.Errorf("%q is counted by textCountVoice but is no stopword", w)
		}
	}
}

// TestTextReadBlockVoiceMatchesPlain compares the block reader's counts
// of you, we and cookies with a plain count over every word, on invented
// lines in all cases and lengths.
func TestTextReadBlockVoiceMatchesPlain(t *testing.T) {
	lines := []string{
		"You and your friends; yours truly, Yourself.",
		"We said our plan suits us and ours, WE agreed.",
		"This site uses cookies. Accept all cookies to continue with our settings",
		"Cookie Settings",
		"A cookie jar held cookies for you.",
		"Cookiesx cookiee cooki yourselves youre wee",
		"Nothing here speaks to anyone at the quay.",
		// shorter than the eight bytes the reader loads a word from: a
		// fresh scanner's buffer holds fewer, and the word is read byte
		// by byte (textWordLow8Plain), its voice counted all the same
		"You", "we", "Us!", "OURS", "yourself",
	}
	for _, s := range lines {
		b := textNewBlock(s)
		you, we, cookie := 0, 0, false
		for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !('a' <= r && r <= 'z')
		}) {
			switch f {
			case "you", "your", "yours", "yourself":
				you++
			case "we", "our", "us", "ours":
				we++
			case "cookie", "cookies":
				cookie = true
			}
		}
		if b.you != you || b.we != we {
			t.Errorf("%q: you %d we %d, want %d %d", s, b.you, b.we, you, we)
		}
		// the consent notice is asked only of blocks naming cookies
		if want := cookie && textIsConsentNotice(s, b.words, b.we); (b.cue == textCueDrop) != want && b.cue != textCueEnd {
			t.Errorf("%q: cue %v, consent notice %v", s, b.cue, want)
		}
	}
}
