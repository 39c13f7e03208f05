package extract

import "strings"

// textHoldsCourtesy reports whether s holds "ourtesy" or "OURTESY"
// (textPromoLists[textPromoCourtesy]), as textHasAny does: it is sought
// by its y, a rare letter that IndexByte finds sixteen bytes at a time,
// and the six bytes before each y are compared. textIsPromoLine asks it
// alone of a line of more than newsletterMaxWords words with no colon and
// no " by" (textPromoSeen.has), some 890 lines of 41 to 60 words on the
// 100 long wcxb-dev flat pages of BenchmarkTextWCXB: a phrases matcher of
// the two, its windows of seven bytes moved by their last three, took
// some 1,300 instructions a line, for "our" ("your", "four") and the
// keys it shares stopped most windows (forty-seventh session,
// docs/quality/text-extraction-3.md). TestTextPromoPiecesMatchContains
// holds it to textHasAny.
func textHoldsCourtesy(s string) bool {
	for k := len("ourtes"); k < len(s); {
		i := strings.IndexByte(s[k:], 'y')
		if i < 0 {
			break
		}
		j := k + i
		if s[j-len("ourtes"):j] == "ourtes" { // a constant: compared as two loads
			return true
		}
		k = j + 1
	}
	for k := len("OURTES"); k < len(s); {
		i := strings.IndexByte(s[k:], 'Y')
		if i < 0 {
			return false
		}
		j := k + i
		if s[j-len("OURTES"):j] == "OURTES" {
			return true
		}
		k = j + 1
	}
	return false
}
