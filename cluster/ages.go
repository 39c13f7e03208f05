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
// commas), in digits or, for the first forms, in words up to twenty. It
// keeps what it needs of the last two tokens as kinds and values, not
// strings: every token of every article passes through it, and storing
// strings cost a write barrier each.
type ageScanner struct {
	fn func(age int)
	// sex, when set, is called with ageBoy or ageGirl for each word
	// naming a boy or a girl (sexes.go).
	sex func(age int)
	// The last two tokens, one back and two back: their kinds, the ages
	// they would be, and whether the gap before the last was an ageJoin.
	kind1, kind2 ageKind
	val1, val2   int
	join1        bool
	// comma is an age read as "Word, 15" waiting for the comma after it.
	comma int
}

type ageKind uint8

const (
	ageNone    ageKind = iota // no token yet
	ageOther                  // any other word
	ageNumber                 // a word with a digit; its value is its age, if it is one
	ageSpelled                // a number in words up to twenty
	ageYear                   // "year", "years", "yr"
	ageOld                    // "old"
	ageAged                   // "aged"
	ageAge                    // "age"
	ageOf                     // "of"
)

// ageKindOf returns the kind of the lower-case word w and, for numbers,
// the age it would be (0 when it cannot be one).
func ageKindOf(w string) (ageKind, int) {
	switch w {
	case "year", "years", "yr":
		return ageYear, 0
	case "old":
		return ageOld, 0
	case "aged":
		return ageAged, 0
	case "age":
		return ageAge, 0
	case "of":
		return ageOf, 0
	}
	if isNumber(w) {
		return ageNumber, ageDigits(w)
	}
	// Numbers in words, for "fifteen-year-old"; a switch, not a lookup in
	// a list: most words are none of them, which a switch settles by
	// length first.
	switch w {
	case "one":
		return ageSpelled, 1
	case "two":
		return ageSpelled, 2
	case "three":
		return ageSpelled, 3
	case "four":
		return ageSpelled, 4
	case "five":
		return ageSpelled, 5
	case "six":
		return ageSpelled, 6
	case "seven":
		return ageSpelled, 7
	case "eight":
		return ageSpelled, 8
	case "nine":
		return ageSpelled, 9
	case "ten":
		return ageSpelled, 10
	case "eleven":
		return ageSpelled, 11
	case "twelve":
		return ageSpelled, 12
	case "thirteen":
		return ageSpelled, 13
	case "fourteen":
		return ageSpelled, 14
	case "fifteen":
		return ageSpelled, 15
	case "sixteen":
		return ageSpelled, 16
	case "seventeen":
		return ageSpelled, 17
	case "eighteen":
		return ageSpelled, 18
	case "nineteen":
		return ageSpelled, 19
	case "twenty":
		return ageSpelled, 20
	}
	return ageOther, 0
}

func (a *ageScanner) token(t token, w string) {
	if a.sex != nil {
		if x := sexWord(w); x != 0 {
			a.sex(x)
		}
	}
	kind, val := ageKindOf(w)
	if a.comma > 0 {
		// "Boy, 8, dies", but not ECB+'s spaced thousands "biologists, 1, 300".
		if strings.HasPrefix(strings.TrimLeft(t.gap, " "), ",") && !(kind == ageNumber && len(w) == 3) {
			a.fn(a.comma)
		}
		a.comma = 0
	}
	switch {
	case kind == ageOld && a.kind1 == ageYear && ageJoin(t.gap) && a.join1:
		// "15-year-old": two back is the age.
		if a.val2 > 0 {
			a.fn(a.val2)
		}
	case a.kind1 == ageAged || a.kind1 == ageAge || a.kind1 == ageOf && a.kind2 == ageAge:
		if kind == ageNumber && val > 0 && t.gap == " " {
			a.fn(val)
		}
	case ageComma(t.gap) && a.kind1 != ageNone && a.kind1 != ageNumber:
		if kind == ageNumber {
			a.comma = val
		}
	}
	a.kind2, a.val2 = a.kind1, a.val1
	a.kind1, a.val1, a.join1 = kind, val, ageJoin(t.gap)
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

// ageComma is the gap of "Boy, 8": a comma and spaces. Most gaps are one
// space, which the first test settles.
func ageComma(gap string) bool {
	return len(gap) > 1 && strings.TrimSpace(gap) == ","
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
	q, s = realAges(q), realCounts(s)
	if len(q) == 0 || len(s) == 0 {
		return false
	}
	least := max(1, int32(math.Ceil(share*float64(aged))))
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
