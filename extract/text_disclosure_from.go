package extract

// The link disclosure's other three expressions, read as textDisclosureAct
// is (textDisclosureActFrom): on the 100 long wcxb-dev flat pages they ran
// 14 times over whole lines of up to 60 words, some 54 thousand
// instructions a run (0.76 M), since a site's note names its payment late
// and the writer's "I" or "my" is mostly not there, so the expression read
// every byte.

// textDisclosurePayOpenings open textDisclosurePay's phrases, lower case,
// each as long as no letter in it but the first is one the expression
// folds to a non-ASCII one (the long s, ſ; the Kelvin sign): "commi" of a
// commission, "compen" of compensation, "support" of "supports our
// work", "at no " of "at no cost to you", "affiliate " of an affiliate
// link, "paid p" of a paid placement or promotion. The longer the
// opening, the fewer words it stops at ("company", "compare", "come"),
// and the nearer the match the expression starts.
var textDisclosurePayOpenings = []string{"commi", "compen", "support", "at no ", "affiliate ", "paid p"}

// textDisclosureSiteOpenings open textDisclosureSite's words, lower case:
// "we", "our", "us" and "this site", "this post" and the rest. None opens
// with a letter the expression folds to a non-ASCII one.
var textDisclosureSiteOpenings = []string{"we", "ou", "u", "thi"}

// textDisclosurePayMatch is textDisclosurePay.MatchString(s), read from
// where a match may start (textFoldedOpeningFrom).
func textDisclosurePayMatch(s string) bool {
	from := textFoldedOpeningFrom(s, textDisclosurePayOpenings, true)
	return from >= 0 && textDisclosurePay.MatchString(s[from:])
}

// textDisclosureSiteMatch is textDisclosureSite.MatchString(s), read from
// where a match may start (textFoldedOpeningFrom).
func textDisclosureSiteMatch(s string) bool {
	from := textFoldedOpeningFrom(s, textDisclosureSiteOpenings, false)
	return from >= 0 && textDisclosureSite.MatchString(s[from:])
}

// textFoldedOpeningFrom is where the first match of a case-folding
// expression of the form \b(?:…) may start in s, or -1 where it has none:
// the first byte that follows no ASCII \w byte and opens one of openings
// (lower-case ASCII, read by textHasFoldedAt) in some case. From that byte
// the expression sees the same \b (no \w before it either way) and the
// same bytes after it, so it matches s[from:] just when it matches s.
// With longS, an opening's first "s" may be the long s the expression
// folds it to; \b before that non-ASCII letter wants a \w byte in front,
// which s[from:] would not show, so a long s answers 0, the whole line.
func textFoldedOpeningFrom(s string, openings []string, longS bool) int {
	for i := 0; i < len(s); i++ {
		if longS && s[i] == 0xC5 && i+1 < len(s) && s[i+1] == 0xBF {
			return 0
		}
		if i > 0 && textIsWordByte(s[i-1]) {
			continue
		}
		for _, p := range openings {
			if textHasFoldedAt(s, i, p) {
				return i
			}
		}
	}
	return -1
}

// textHasDisclosureWriter is textDisclosureWriter.MatchString(s), read by
// hand: "I", "my", "My", "me" or "Me" with no ASCII \w byte on either side
// (the expression does not fold case, and a non-ASCII letter is no \w to
// its \b).
func textHasDisclosureWriter(s string) bool {
	for i := 0; i < len(s); i++ {
		n := 0
		switch s[i] {
		case 'I':
			n = 1
		case 'M', 'm':
			if i+1 < len(s) && (s[i+1] == 'y' || s[i+1] == 'e') {
				n = 2
			}
		}
		if n == 0 || i > 0 && textIsWordByte(s[i-1]) || i+n < len(s) && textIsWordByte(s[i+n]) {
			continue
		}
		return true
	}
	return false
}
