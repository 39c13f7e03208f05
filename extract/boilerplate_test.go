package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/textnorm"
)

func TestIsConsentLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"By signing up, you agree to receive the Harbour Times newsletter.", true},
		{"By clicking Join, you confirm you are 16+ and accept our Terms.", true},
		{"By subscribing you agree to our Privacy Policy.", true},
		{"By continuing to use this site without changing your settings, you consent to cookies.", true},
		{"By refusing single-use crates, you'll help the harbour, and what you accept aboard matters.", false},
		{"By Mira Tolland, harbour correspondent; you agree it was a storm.", false},
		{"The board said that by signing up, you agree to nothing.", false},
		{"By sorting the nets and what you accept aboard, you'll save hours.", false},
		{"By noon, the harbour master said, you could see the quay again.", false},
	}
	for _, tt := range tests {
		if got := isConsentLine(textLowerPrefix(tt.in, textPhraseWindow)); got != tt.want {
			t.Errorf("isConsentLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIsBoilerplate(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Lorem ipsum dolor sit amet, consectetur adipiscing elit.", true},
		{"This field is for validation purposes and should be left unchanged.", true},
		{"By signing up, you agree to receive the Harbour Times newsletter.", true},
		{"The harbour master said the field was closed for validation of the new moorings.", false},
		{"This is some text inside of a div block.", true},
		{"< Back to top", true},
		{"Back to Top ↑", true},
		{"Back to top of the table: the Quayside side won again.", false},
	}
	for _, tt := range tests {
		// As the text path asks (the block's start, lower-cased) and as the
		// HTML path does (its folded words).
		for _, low := range []string{textLowerPrefix(tt.in, textPhraseWindow), strings.Join(textnorm.Words(tt.in), " ")} {
			if got := isBoilerplate(low); got != tt.want {
				t.Errorf("isBoilerplate(%q) = %v, want %v", low, got, tt.want)
			}
		}
	}
}
