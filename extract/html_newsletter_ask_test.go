package extract

import (
	"slices"
	"testing"
)

// TestNewsletterAskMatchesRE holds newsletterAskMatch to newsletterAskRE,
// its plain form, on the test pages' lines, invented lines at its edges
// (each verb after the line's opening signs, after "just" or "please",
// after each sentence end with and without spaces, glued to a word, in
// capitals, with the long s and the Kelvin sign, after a long s the
// opening's \W* passes over) and 60,000 random lines of its pieces;
// matches must turn up, half past the line's start.
func TestNewsletterAskMatchesRE(t *testing.T) {
	lines := append(slices.Clone(textSpeedLines(t)), "", "join", "Join us", "joined", "join_", "join9", "joiné", "« Sign up now",
		"SIGN UP", "sign  up", "sign\tup", "Just subscribe", "just  subscribe", "Please join", "please just join", "just please join",
		"ſign up", "*ſign up", "xſign up", "ſubſcribe", "Juſt join", "pleaſe join", "ſ join", "Great news. Join us", "news.Join us",
		"news. \t Subscribe", "news!\nsign up", "Q? join", "Note: Subscribe", "news, join us", "news.. join", "9 join", "_join",
		"\xffjoin", "sign\x00up", "é join", "\u212ajoin", "i\u0307join")
	pieces := []string{"sign up", "Sign Up", "SIGN", "sign", " up", "subscribe", "SUBSCRIBE", "ſubscribe", "subſcribe", "subscri",
		"join", "JOIN", "Join", "joi", "just ", "JUST ", "juſt ", "please ", "Please ", "pleaſe ", ".", "!", "?", ":", ",", " ", "  ",
		"\t", "\v", "\n", ". ", ": ", "? ", "! ", ".\t", ". Join", "! sign up", ": ſubscribe", "? Just join", ". Please join", "ſ", "\u212a", "x", "ed", "_", "9", "é", "«", "\xff", "to our newsletter", "ı", "İ"}
	checkMatchFrom(t, lines, pieces, 65, "newsletterAskMatch", newsletterAskRE, newsletterAskMatch, 2000)
}
