package extract

import "strings"

// textConsentVoiceMatch is textConsentVoiceRE.MatchString(low), read from
// the byte before the first of the openings every match starts with
// ("partners", "third", "3rd", "this "): a match starts at \b and one of
// them, so none starts before that first opening, and the byte before it
// is kept so that the expression sees the same \b there (a match cannot
// start at that byte, which opens no earlier opening). The expression read
// a long consent paragraph from its start: 0.5 M of 100 wcxb-dev flat
// pages' instructions (docs/quality.md, "Text speed, round thirty-six";
// TestTextConsentVoiceMatchesRE).
func textConsentVoiceMatch(low string) bool {
	from := -1
	for _, p := range textConsentVoiceOpenings {
		end := len(low)
		if from >= 0 {
			end = min(from+len(p)-1, len(low)) // an opening found later cannot come first
		}
		if k := strings.Index(low[:end], p); k >= 0 && (from < 0 || k < from) {
			from = k
		}
	}
	if from < 0 {
		return false
	}
	return textConsentVoiceRE.MatchString(low[max(from-1, 0):])
}

// textConsentVoiceOpenings are the openings of textConsentVoiceRE's
// words.
var textConsentVoiceOpenings = [...]string{"partners", "third", "3rd", "this "}
