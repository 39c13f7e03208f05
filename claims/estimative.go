package claims

import (
	"regexp"
	"strings"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/textnorm"
)

// yardstick is the UK Professional Head of Intelligence Assessment (PHIA)
// probability yardstick, which UK Defence Intelligence updates cite. Longer
// terms come first so "highly unlikely" is not read as "unlikely".
var yardstick = []struct {
	term      string
	low, high float64
}{
	{"almost certainly", 0.95, 1.00},
	{"almost certain", 0.95, 1.00},
	{"highly unlikely", 0.10, 0.20},
	{"highly likely", 0.80, 0.90},
	{"remote chance", 0.00, 0.05},
	{"realistic possibility", 0.40, 0.50},
	{"unlikely", 0.25, 0.35},
	{"likely", 0.55, 0.75},
	{"probably", 0.55, 0.75},
	{"probable", 0.55, 0.75},
}

// Estimative returns the first estimative term of a sentence placed on the
// PHIA yardstick ("highly likely": 0.80–0.90), or nil when it has none.
func Estimative(sentence string) *news.Confidence {
	s := " " + strings.Join(textnorm.Words(sentence), " ") + " "
	best, at := -1, len(s)
	for i, y := range yardstick {
		j := strings.Index(s, " "+y.term+" ")
		if j >= 0 && j < at {
			best, at = i, j
		}
	}
	if best < 0 {
		return nil
	}
	y := yardstick[best]
	return &news.Confidence{Term: y.term, Low: y.low, High: y.high}
}

// verification matches a source's note that a claim could not be checked.
var verification = regexp.MustCompile(`(?i)\b(no evidence was (provided|given|offered)|` +
	`(unable|could not|couldn't|cannot|can't|not able|was not able) to (independently )?(verify|confirm)|` +
	`(could not|couldn't|cannot|can't|did not) (independently )?(verify|confirm)|` +
	`(could not|cannot|can't|couldn't) (be )?(independently )?(verified|confirmed)|` +
	`(has|have|had) not been (independently )?(verified|confirmed)|` +
	`without (providing )?(any )?evidence|did not provide (any )?evidence|provided no evidence)`)

// Verification returns the verification note a sentence carries ("no
// evidence was provided", "unable to independently verify"), lower case,
// or "" when it has none.
func Verification(sentence string) string {
	return strings.ToLower(verification.FindString(textnorm.Fold(sentence)))
}
