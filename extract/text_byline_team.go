package extract

import "strings"

// textTeamCredit is the team a line opening with "By the " credits
// ("By the Harbour Team 2–3 minutes" gives "the Harbour Team", as the
// gold writes it), or "": one to three capitalised words, then "Team".
// textBylineRE wants a capital after "By", and "By" alone far from the
// headline opens sentences; "By the … Team" does not.
func textTeamCredit(line string) string {
	rest, ok := strings.CutPrefix(line, "By the ")
	if !ok {
		return ""
	}
	words := strings.Fields(rest)
	for i, w := range words {
		if i > 3 || w == "" || w[0] < 'A' || w[0] > 'Z' {
			return ""
		}
		if w == "Team" {
			if i == 0 {
				return ""
			}
			return "the " + strings.Join(words[:i+1], " ")
		}
	}
	return ""
}
