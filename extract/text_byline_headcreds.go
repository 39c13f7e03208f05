package extract

import "strings"

// A byline under the headline with the writer's credentials after a
// comma ("By Jane Roe, MD*", "Written by Jane Roe, CFP®", "By Jane Roe,
// DVM. Reviewed by Ed Poe, DVM"): the gold keeps them with the name, as
// textInlineBylineName does for a credit anywhere on the page. A
// credential that runs on into a job ("By Jane Roe, WCI Columnist") is
// the job's and is left with it.

// textBylineCreds is the credentials that follow name in byline t when
// they end the byline (textCredsEndByline), or "". A footnote's asterisk
// after the last is left out.
func textBylineCreds(t, name string) string {
	after := textAfterName(t, name)
	creds := textCredentialsAfter(after)
	if creds == "" {
		return ""
	}
	if !textCredsEndByline(after[len(creds):]) {
		return ""
	}
	return creds
}

// textCredsEndByline reports whether what follows a byline's last
// credential, s, ends the name: nothing, a footnote's asterisk, a full
// stop, or what ends a byline (textBylineEnds: a separator, a date).
func textCredsEndByline(s string) bool {
	s = strings.TrimLeft(s, "*")
	return s == "" || s[0] == '.' || s[0] == ',' || textBylineEnds(s)
}
