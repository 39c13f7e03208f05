package extract

// textMayCountViews is textHasAny(s, "iew", "IEW", "isited", "ISITED",
// "ead", "EAD"), the view counter's gate (textIsPromoLine): the pieces of
// "views", "visited" and "reads" a counter holds in lower or in upper
// case. Each piece ends in a 'w' or a 'd', so one pass over the line
// looks behind those bytes alone, where the six searches each read the
// line (0.47 M of the 100 long wcxb-dev flat pages' 321 M instructions
// for 772 lines, fifty-fifth session). TestTextMayCountViewsMatchesPieces
// holds it to the six searches.
func textMayCountViews(s string) bool {
	for i := 2; i < len(s); i++ {
		switch s[i] {
		case 'w':
			if s[i-2:i] == "ie" {
				return true
			}
		case 'W':
			if s[i-2:i] == "IE" {
				return true
			}
		case 'd':
			if s[i-2:i] == "ea" || i >= 5 && s[i-5:i] == "isite" {
				return true
			}
		case 'D':
			if s[i-2:i] == "EA" || i >= 5 && s[i-5:i] == "ISITE" {
				return true
			}
		}
	}
	return false
}
