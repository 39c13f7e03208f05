package claims

import (
	"strconv"
	"strings"
)

var smallNumbers = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

var scales = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"mln": 1e6, "bln": 1e9, "bn": 1e9,
}

// fractions are read only before "of" ("half of the troops"), where they
// are a share; elsewhere "half" is mostly time ("second half", "half an hour").
var fractions = map[string]float64{
	"half": 0.5, "third": 1.0 / 3, "thirds": 1.0 / 3, "quarter": 0.25, "quarters": 0.25,
}

// numberStarts are the words a spelled-out numeral can start with
// (parseFraction, parseWords): "a"/"an" before a scale or "dozen", "one"
// or "half" before a fraction, and the small numbers.
var numberStarts = func() map[string]bool {
	m := map[string]bool{"a": true, "an": true, "one": true, "half": true}
	for w := range smallNumbers {
		m[w] = true
	}
	return m
}()

// numberStartLens has, for each first byte of a word in numberStarts,
// a bit for each such word's length, so that most words (almost every
// word of a sentence reaches parseNumber) are ruled out without hashing.
var numberStartLens = func() (t [256]uint32) {
	for w := range numberStarts {
		t[w[0]] |= 1 << len(w) // every word in numberStarts is shorter than 32 bytes
	}
	return t
}()

// isNumberStart reports numberStarts[w].
func isNumberStart(w string) bool {
	if w == "" || len(w) >= 32 {
		return numberStarts[w]
	}
	return numberStartLens[w[0]]&(1<<len(w)) != 0 && numberStarts[w]
}

// digitsOnly drops the thousands separators of a numeral, including the
// spaced ones of detokenised text ("2, 000").
var digitsOnly = strings.NewReplacer(",", "", " ", "")

// number is a parsed numeral: its value, the tokens it spans and how it
// was written.
type number struct {
	value    float64
	i, j     int    // token span [i, j)
	word     bool   // spelled out ("one million")
	fraction bool   // "half", "two-thirds"
	scaled   bool   // had a scale word ("1.5 million")
	plain    bool   // bare integer digits without separators ("2022")
	unit     string // a unit glued to the digits ("60km")
}

// parseNumber reads a numeral starting at toks[i].
func parseNumber(toks []token, i int) (number, bool) {
	if i >= len(toks) {
		return number{}, false
	}
	switch t := toks[i]; t.kind {
	case tNum:
		v, err := strconv.ParseFloat(digitsOnly.Replace(t.text), 64)
		if err != nil {
			return number{}, false
		}
		n := number{value: v, i: i, j: i + 1, plain: !strings.ContainsAny(t.text, ",.")}
		return withScale(toks, n), true
	case tMixed:
		return parseSuffixed(toks, i)
	case tWord:
		if !isNumberStart(t.lower) {
			return number{}, false // most words: one lookup, not four
		}
		if n, ok := parseFraction(toks, i); ok {
			return n, true
		}
		return parseWords(toks, i)
	}
	return number{}, false
}

// withScale applies a following scale word: "1.5 million".
func withScale(toks []token, n number) number {
	k := n.j
	if k+1 < len(toks) && toks[k].text == "-" && !toks[k].spaceBefore && !toks[k+1].spaceBefore {
		k++ // "$31.5-million"
	}
	if k < len(toks) {
		if s, ok := scales[toks[k].lower]; ok && s > 100 {
			n.value *= s
			n.j = k + 1
			n.scaled = true
			n.plain = false
		}
	}
	return n
}

// parseSuffixed reads money shorthand after a currency sign ("$5m",
// "£2.5bn") and measures glued to their unit ("60km", "20kg"); other
// digit-letter mixes ("1st", "G7", "9mm" calibres) are not quantities.
func parseSuffixed(toks []token, i int) (number, bool) {
	t := toks[i].lower
	money := i > 0 && currencies[toks[i-1].text] != ""
	for _, suf := range suffixes {
		digits, ok := strings.CutSuffix(t, suf.s)
		if !ok || money != (suf.m != 1) {
			continue
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(digits, ",", ""), 64)
		if err != nil {
			return number{}, false
		}
		return number{value: v * suf.m, i: i, j: i + 1, scaled: suf.m != 1, unit: suf.unit}, true
	}
	return number{}, false
}

// suffixes are the letters glued to numbers that parseSuffixed reads,
// longest first so "km" is not read as "m".
var suffixes = []struct {
	s    string
	m    float64
	unit string
}{
	{"bn", 1e9, ""}, {"m", 1e6, ""}, {"k", 1e3, ""},
	{"km", 1, "km"}, {"kg", 1, "kg"}, {"mph", 1, "mph"}, {"lbs", 1, "lbs"},
	{"ft", 1, "ft"}, {"cm", 1, "cm"}, {"kmh", 1, "kmh"},
}

// parseFraction reads "half", "a third", "two-thirds", "three quarters"
// when "of" follows.
func parseFraction(toks []token, i int) (number, bool) {
	num, k, hyphen := 1.0, i, false
	if toks[i].is("a", "one") {
		k++
	} else if v, ok := smallNumbers[toks[i].lower]; ok && v > 1 {
		num = v
		k++
		if k < len(toks) && toks[k].text == "-" && !toks[k].spaceBefore {
			k++
			hyphen = true
		}
	}
	if k >= len(toks) {
		return number{}, false
	}
	f, ok := fractions[toks[k].lower]
	if !ok || (k == i && toks[k].lower != "half") {
		return number{}, false
	}
	halfMeasure := k == i && k+2 < len(toks) && toks[k+1].text == "-" && measureWords[toks[k+2].lower]
	// "two-thirds happened": a hyphenated fraction is one even without "of"
	if (k+1 >= len(toks) || !toks[k+1].is("of")) && !halfMeasure && !(hyphen && toks[k].lower != "quarter") {
		return number{}, false
	}
	if halfMeasure {
		return number{value: f, i: i, j: k + 1, word: true}, true // "half-hour"
	}
	return number{value: num * f, i: i, j: k + 1, word: true, fraction: true}, true
}

// parseWords reads spelled-out numbers: "eleven", "twenty-five",
// "one hundred and fifty", "a million", "two dozen".
func parseWords(toks []token, i int) (number, bool) {
	total, cur := 0.0, 0.0
	k, seen := i, false
	if toks[k].is("a", "an") && k+1 < len(toks) {
		if _, ok := scales[toks[k+1].lower]; ok || toks[k+1].is("dozen") {
			cur, k, seen = 1, k+1, true
		}
	}
	for ; k < len(toks); k++ {
		t := toks[k]
		if v, ok := smallNumbers[t.lower]; ok {
			cur += v
			seen = true
			continue
		}
		if s, ok := scales[t.lower]; ok && (seen || cur > 0) {
			if cur == 0 {
				cur = 1
			}
			cur *= s
			seen = true
			if s > 100 {
				total, cur = total+cur, 0
			}
			continue
		}
		if t.is("dozen") && (seen || cur > 0) {
			cur *= 12
			continue
		}
		if seen && (t.text == "-" && !t.spaceBefore || t.is("and")) && k+1 < len(toks) {
			if _, ok := smallNumbers[toks[k+1].lower]; ok {
				continue
			}
		}
		break
	}
	if !seen {
		return number{}, false
	}
	return number{value: total + cur, i: i, j: k, word: true, scaled: total > 0}, true
}
