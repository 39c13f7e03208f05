package cluster

import "slices"

// Sexes: reports of a child's shooting call the child a boy or a girl
// long before they name anyone, and reports of one event agree. Two
// same-city shootings of children on near days share the city, the day,
// the words and often the age ("a 15-year-old girl shot in Harbourton",
// "Harbourton police investigate 15-year-old boy's death"); the sex still
// tells them apart. On gvc-dev (title and text), 3 of the 291 pairs of
// reports of one event have one report naming only boys and the other
// only girls, against 10,005 of 94,539 pairs of different events (ECB+
// dev: 13 of 2,721 against 585 of 103,770; it seldom names children).
//
// A document's sexes ride in its age set, and a story's in its age counts,
// as two values above any age (maxAge), so they are kept and saved with
// the ages; realAges and realCounts leave them out for the age gate.
const (
	ageBoy  = 254 // the document names a boy ("boy", "boys")
	ageGirl = 255 // or a girl ("girl", "girls")
)

// sexWord returns ageBoy or ageGirl for a lower-case word naming a boy or
// a girl, else 0.
func sexWord(w string) int {
	switch w {
	case "boy", "boys":
		return ageBoy
	case "girl", "girls":
		return ageGirl
	}
	return 0
}

// realAges is an age set without the sexes.
func realAges(a []uint8) []uint8 {
	i, _ := slices.BinarySearch(a, maxAge+1)
	return a[:i]
}

// realCounts is a story's age counts without the sexes.
func realCounts(c []ageCount) []ageCount {
	i, _ := slices.BinarySearchFunc(c, maxAge+1, func(c ageCount, a int) int { return int(c.age) - a })
	return c[:i]
}

// sexesApart reports whether q (an age set) names a boy or a girl and the
// story's members name only the other: none names the sex, or either of
// the sexes, q names.
func sexesApart(q []uint8, s []ageCount) bool {
	qb, qg := slices.Contains(q, ageBoy), slices.Contains(q, ageGirl)
	if !qb && !qg {
		return false
	}
	var nb, ng int32
	for i := len(s) - 1; i >= 0 && s[i].age > maxAge; i-- {
		switch s[i].age {
		case ageBoy:
			nb = s[i].n
		case ageGirl:
			ng = s[i].n
		}
	}
	return nb+ng > 0 && !(qb && nb > 0) && !(qg && ng > 0)
}
