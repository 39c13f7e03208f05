package claims

import "strings"

// skipNumber reports numerals that are not quantities whatever follows
// them: labels ("AR-15", "No. 5", "Route 66"), dates ("June 15"), times
// ("4:45", "12 p.m.") and ages ("aged 25", "Smith, 25,").
func skipNumber(s string, toks []token, lo, hi number) bool {
	i := lo.i
	if lo.plain && lo.value == 911 && hi.value == 911 {
		return true // the US emergency number: "called 911", "a 911 call"
	}
	if lo.plain && len(toks[lo.i].text) >= 5 {
		return true // news writes counts as "10,000"; "20130504" is an id
	}
	return isLabel(toks, lo) || isDate(toks, lo) || isAge(toks, lo, hi) ||
		mayBeClock(s[toks[hi.j-1].end:]) && clockAfter.MatchString(s[toks[hi.j-1].end:]) ||
		i > 0 && toks[i-1].text == ":" && !toks[i].spaceBefore
}

// mayBeClock is false where clockAfter cannot match: after at most one
// space it needs ':', 'a', 'p' or 'o'. Most numbers are followed by a
// space and a noun, which this turns away without the regular expression.
func mayBeClock(rest string) bool {
	if rest != "" && strings.IndexByte(" \t\n\f\r", rest[0]) >= 0 { // \s
		rest = rest[1:]
	}
	return rest != "" && strings.IndexByte(":apo", rest[0]) >= 0
}

// isLabel reports numbers that name something.
func isLabel(toks []token, n number) bool {
	i := n.i
	if i == 0 || n.word {
		return false
	}
	prev := toks[i-1]
	glued := !toks[i].spaceBefore
	switch {
	case glued && (prev.text == "-" || prev.text == "–") && i >= 2 && !prev.spaceBefore && toks[i-2].kind != tSym && !toks[i-2].is("minus", "magnitude"):
		return true // AR-15, COVID-19, 1950-53
	case prev.text == "-" && i >= 2 && isAcronym(toks[i-2]) && len(toks[i-2].text) <= 3:
		return true // "AK - 47" as detokenised text writes it
	case prev.text == ":" && i >= 2 && toks[i-2].kind == tNum:
		return true // "23: 51"
	case prev.is("of") && i >= 2 && toks[i-2].kind == tNum && !n.word:
		return true // "Image 4 of 12"
	case prev.kind == tWord && isAcronym(prev) && n.plain:
		return true // WAVE 3, KFVS 12
	case glued && (prev.text == "." || prev.text == "#" || prev.text == "/"):
		return true // .22, #3, 24/7
	case prev.text == "." && i >= 2 && toks[i-2].is("no"):
		return true // No. 5
	case prev.kind == tWord && idWords[prev.lower] && !(prev.lower == "no" && !prev.capitalised()):
		return true
	}
	return false
}

// isAcronym reports an all-capitals word of two or more letters ("AK",
// "WAVE"); country codes like "US" and "UK" are not labels.
func isAcronym(t token) bool {
	if t.kind != tWord || len(t.text) < 2 || countries[t.lower] != "" {
		return false
	}
	return strings.ToUpper(t.text) == t.text
}

// isSentenceStart reports whether toks[i] opens the sentence (after any
// opening quotes).
func isSentenceStart(toks []token, i int) bool {
	for k := 0; k < i; k++ {
		if toks[k].kind != tSym {
			return false
		}
	}
	return true
}

// isDate reports a day of the month next to a month name.
func isDate(toks []token, n number) bool {
	if n.word || !n.plain || n.value > 31 {
		return false
	}
	isMonth := func(t token) bool {
		if t.is("may", "march") && !t.capitalised() {
			return false
		}
		return months[strings.TrimSuffix(t.lower, ".")]
	}
	i := n.i
	if i > 0 && isMonth(toks[i-1]) {
		return true
	}
	if i >= 2 && toks[i-1].text == "." && isMonth(toks[i-2]) {
		return true // "Jan. 7"
	}
	return n.j < len(toks) && isMonth(toks[n.j])
}

// isAge reports an age: "aged 25", "age 25", "John Smith, 25, of Elmbrook".
func isAge(toks []token, lo, hi number) bool {
	i := lo.i
	if i > 0 && toks[i-1].is("aged", "age", "ages") || i > 1 && (toks[i-1].kind == tSym || toks[i-1].is("of")) && toks[i-2].is("age") {
		return true // "aged 25", "Age – 17", "under the age of 12"
	}
	if lo.word || !lo.plain || hi.value >= 120 || i < 2 || hi.j >= len(toks) {
		return false
	}
	opened := toks[i-1].text == "," || toks[i-1].text == "("
	closed := toks[hi.j].text == "," || toks[hi.j].text == ")" || toks[hi.j].text == "."
	return opened && closed && toks[i-2].capitalised()
}

// isYear reports a bare four-digit year: "in 2022", "the 2014 invasion".
// A year-like number that counts something ("2000 people", "more than
// 1500") is kept.
func isYear(toks []token, lo, hi number, m Match, sawCap bool) bool {
	if !lo.plain || lo.value < 1800 || lo.value > 2100 || lo.value != float64(int(lo.value)) {
		return false
	}
	if lo.i > 0 && months[toks[lo.i-1].lower] || sawCap {
		return true // "27 September 2013", "the 2013 Parliamentary elections"
	}
	if m.Qualifier != "" || hi.value != lo.value && hi.value > 2100 {
		return false
	}
	counted := strings.HasSuffix(m.Unit, "s") || m.Unit == "people" || m.Unit == "percent"
	return !counted
}

// isBareOne reports "one" used as a pronoun or determiner: "one of the",
// "no one", "one day", "one-on-one".
func isBareOne(toks []token, n number, np nounPhrase) bool {
	if !n.word || n.value != 1 || n.scaled || n.fraction {
		return false
	}
	if n.j < len(toks) && toks[n.j].text == "-" && np.unit != "" {
		return false // "the one-week anniversary", "a one - storey supermarket"
	}
	if n.i > 0 && toks[n.i-1].is("no", "not", "any", "every", "each", "the", "this", "that", "which", "someone", "anyone") {
		return true
	}
	if n.j >= len(toks) || np.unit == "" {
		return true
	}
	next := toks[n.j]
	return next.kind != tWord || functionWords[next.lower] || timeWords[next.lower] || timeWords[np.unit]
}
