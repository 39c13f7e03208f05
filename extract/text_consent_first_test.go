package extract

import (
	"strings"
	"testing"
)

// TestTextConsentFinePrint checks that a form's fine print in the first
// person, or told to the reader as "you are consenting" or "you declare",
// leaves the flat body as apparatus, that isConsentLine (the HTML path's
// reading) does not take the first-person lines, and that a certificate's
// heading ended by a colon, advice opening "By …ing" and a by-phrase's
// own "you" stay.
func TestTextConsentFinePrint(t *testing.T) {
	apparatus := onBlock(textIsApparatus)
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"By submitting my information, I consent to Harbour College contacting me about its courses using automated calls and text messages.", true},
		{"By clicking the button below, I acknowledge that I have read and accept the Terms of Use.", true},
		{"By checking this box, I authorize Keel Movers to send me marketing calls and text messages at the number provided above.", true},
		{"By providing a telephone number and submitting the form, you are consenting to be contacted by SMS text message. Message and data rates may apply.", true},
		{`By clicking "Accept all" you declare that you consent to the use of all cookies stated above.`, true},
		{"By making a contribution to this project, I certify that:", false},
		{"By cooking at home for a month, I saved enough to repair the boat before the spring tides.", false},
		{"By streamlining what you accept into your house, you'll also streamline your life.", false},
		{"By the time I agreed to sell the boat, the harbour had frozen over.", false},
	} {
		if got := apparatus(tt.in); got != tt.want {
			t.Errorf("textIsApparatus(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	first := "by submitting my information, i consent to harbour college contacting me."
	if isConsentLine(first) {
		t.Errorf("isConsentLine(%q) = true: the HTML path's reading took a first-person line", first)
	}
}

// TestTextConsentFinePrintGate holds textIsConsentFinePrint's first test
// (the line opens "by ") to the two readings it spares: on lines that
// open otherwise, neither reading takes the line.
func TestTextConsentFinePrintGate(t *testing.T) {
	for _, low := range []string{
		"by submitting my information, i consent to harbour college contacting me.",
		"you are consenting: by providing a number, you are consenting to be contacted.",
		" by clicking the button below, i acknowledge that i have read the terms.",
		"byclicking, i acknowledge that i have read the terms.",
		"by the time i agreed, you declare that you consent to the cookies.",
		"and by clicking, you are consenting to be contacted by sms.",
		"", "by", "by ",
	} {
		plain := !strings.HasSuffix(low, ":") && (consentLineOf(low, "i", consentVerbs) || consentLineOf(low, "you", textMoreConsentVerbs))
		if got := textIsConsentFinePrint(low); got != plain {
			t.Errorf("textIsConsentFinePrint(%q) = %v, the readings say %v", low, got, plain)
		}
	}
}
