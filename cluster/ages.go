package cluster

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// Ages are how reports of a shooting, a crash or a death name the people
// in it before they name them at all ("a 15-year-old boy", "Boy, 8,
// dies", "Smith, 34, of Harbourton"), and the reports of one event agree
// on them: on gvc-dev 96% of the pairs of reports of one event that both
// state an age share one, against 12% of pairs of different events (ECB+
// dev: 91% against 3%). Two same-city shootings on one day share their
// words, their city and their day; the victims' ages still tell them
// apart.

// maxAge bounds what is read as an age: larger numbers are counts, years
// and addresses.
const maxAge = 110

// ageScanner finds ages written "15-year-old", "15 years old", "aged 15",
// "age of 15" and "Word, 15," (a name or noun, then the age between
// commas), in digits or, for the first forms, in words up to twenty.
type ageScanner struct {
	fn func(age int)
	// The last two tokens and the gaps before them, newest last: enough
	// for "15 - year - old" and "age of 15".
	w, gap [2]string
	// comma is an age read as "Word, 15" waiting for the comma after it.
	comma int
}

func (a *ageScanner) token(t token, w string) {
	if a.comma > 0 {
		// "Boy, 8, dies", but not ECB+'s spaced thousands "biologists, 1, 300".
		if strings.HasPrefix(strings.TrimLeft(t.gap, " "), ",") && !(len(w) == 3 && isNumber(w)) {
			a.fn(a.comma)
		}
		a.comma = 0
	}
	w2, w1 := a.w[0], a.w[1] // two tokens back, one back
	switch {
	case w == "old" && (w1 == "year" || w1 == "years" || w1 == "yr") && ageJoin(t.gap) && ageJoin(a.gap[1]):
		// "15-year-old": w2 is the age.
		if n := ageWord(w2); n > 0 {
			a.fn(n)
		}
	case w1 == "aged" || w1 == "age" || w1 == "of" && w2 == "age":
		if n := ageDigits(w); n > 0 && t.gap == " " {
			a.fn(n)
		}
	case w1 != "" && !isNumber(w1) && ageComma(t.gap):
		if _, cal := calendar(w1); !cal {
			a.comma = ageDigits(w)
		}
	}
	a.w, a.gap = [2]string{w1, w}, [2]string{a.gap[1], t.gap}
}

func (a *ageScanner) flush() {
	if a.comma > 0 {
		a.fn(a.comma)
	}
	*a = ageScanner{fn: a.fn}
}

// ageJoin is the gap inside "15-year-old", ECB+'s "15 - year - old" and
// "15 year old".
func ageJoin(gap string) bool {
	return gap == "-" || gap == " " || gap == " - " || gap == "–"
}

// ageComma is the gap of "Boy, 8": a comma and spaces.
func ageComma(gap string) bool {
	return strings.TrimSpace(gap) == ","
}

// ageDigits reads w as an age in digits, 0 when it is not one.
func ageDigits(w string) int {
	if len(w) > 3 {
		return 0
	}
	n, err := strconv.Atoi(w)
	if err != nil || n < 1 || n > maxAge {
		return 0
	}
	return n
}

// ageWord reads w as an age in digits or in words up to twenty.
func ageWord(w string) int {
	if n := ageDigits(w); n > 0 {
		return n
	}
	if i := slices.Index(ageWords, w); i >= 0 {
		return i + 1
	}
	return 0
}

var ageWords = []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}

// ageCount is how many of a story's members state an age.
type ageCount struct {
	age uint8
	n   int32
}

// addAges adds (k=1) or removes (k=-1) one member's ages to a story's
// counts, kept in age order; an age no member states any more is dropped.
func addAges(counts []ageCount, ages []uint8, k int32) []ageCount {
	for _, a := range ages {
		i, found := slices.BinarySearchFunc(counts, a, func(c ageCount, a uint8) int { return int(c.age) - int(a) })
		switch {
		case found:
			counts[i].n += k
			if counts[i].n <= 0 {
				counts = slices.Delete(counts, i, i+1)
			}
		case k > 0:
			counts = slices.Insert(counts, i, ageCount{age: a, n: k})
		}
	}
	return counts
}

// agesApart reports whether both sides state ages and q shares none of
// the story's: the ages stated by at least share of its aged members (a
// round-up of a month's shootings ages many children, and would otherwise
// open its story to every report that ages one). Both are in age order.
func agesApart(q []uint8, s []ageCount, aged int32, share float64) bool {
	if len(q) == 0 || len(s) == 0 {
		return false
	}
	least := max(1, int32(math.Ceil(share*float64(aged)-1e-9)))
	i, j := 0, 0
	for i < len(q) && j < len(s) {
		switch {
		case q[i] < s[j].age:
			i++
		case q[i] > s[j].age:
			j++
		default:
			if s[j].n >= least {
				return false
			}
			i++
			j++
		}
	}
	return true
}

// ageSet sorts ages and drops repeats.
func ageSet(ages []uint8) []uint8 {
	slices.Sort(ages)
	return slices.Compact(ages)
}
