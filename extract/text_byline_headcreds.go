package extract

import "strings"

// A byline under the headline with the writer's credentials after a
// comma ("By Jane Roe, MD*", "Written by Jane Roe, CFP®", "By Jane Roe,
// DVM. Reviewed by Ed Poe, DVM"): the gold keeps them with the name, as
// textInlineBylineName does for a credit anywhere on the page. A
// credential that runs on into a job ("By Jane Roe, WCI Columnist") is
// the job's and is left with it.

// textWithBylineCreds is name with the credentials that follow it on
// the first line that holds it within textAuthorWindow blocks of the
// title at from and the body at first (textFindAuthor's window), when
// they end the byline (textBylineCreds). The HTML path's byline reader
// (visibleByline) does not ask it: there the stated author settles the
// name.
func textWithBylineCreds(name string, blocks []textBlock, from, first int) string {
	if name == "" || strings.Contains(name, ",") {
		return name
	}
	for i := max(0, from-textAuthorWindow); i < min(len(blocks), first+textAuthorWindow); i++ {
		t := blocks[i].text
		k := strings.Index(t, name)
		if k < 0 {
			continue
		}
		line := t[k:]
		if j := strings.IndexByte(line, '\n'); j >= 0 {
			line = line[:j]
		}
		return name + textBylineCreds(line, name)
	}
	return name
}

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
