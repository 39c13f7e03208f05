package extract

import "strings"

// textIsConsentFinePrint reports the fine print under a form that
// isConsentLine, written for the reader told "you agree", does not read:
// the form speaking for its user in the first person ("By submitting my
// information, I consent to ASU contacting me …", "By clicking the button
// below, I acknowledge that I have read …", "By checking this box, I
// authorize …") and two more wordings told to the reader ("you are
// consenting to be contacted by SMS", "you declare that you consent to
// the use of cookies"). On wcxb-dev's flat bodies the base kept ten such
// lines on seven sites (articles, services, a shop's pages), none in the
// gold but the start of one form's line (0693, a sign-up page's "By
// submitting, I agree to …", which the gold keeps cut). A line ending in a
// colon announces terms that follow and stays: "By making a contribution
// to this project, I certify that:" heads a documentation page's
// certificate, which the gold keeps. The HTML path keeps isConsentLine
// alone (isBoilerplate).
func textIsConsentFinePrint(low string) bool {
	// Every line consentLineOf reads opens "by ": asked first, it spares
	// the other lines of the page two calls (0.75 M of 100 wcxb-dev flat
	// pages' 411 M instructions before it; TestTextConsentFinePrintGate).
	if !strings.HasPrefix(low, "by ") || strings.HasSuffix(low, ":") {
		return false
	}
	return consentLineOf(low, "i", consentVerbs) || consentLineOf(low, "you", textMoreConsentVerbs)
}

// textMoreConsentVerbs are the wordings told to the reader that
// consentVerbs leaves to textIsConsentFinePrint.
var textMoreConsentVerbs = []string{" are consenting", " declare"}
