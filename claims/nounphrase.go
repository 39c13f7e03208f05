package claims

import "strings"

// nounPhrase is what follows a number: what it counts and how.
type nounPhrase struct {
	unit     string // counted noun, lower case; "share" for fractions
	modifier string // a key modifier ("additional")
	entity   string // a country inside the phrase ("North Korean troops")
	end      int    // token after the phrase
	age      bool   // "4-year-old", "25 years old"
	ago      bool   // "two years ago": a time reference
	id       bool   // a name or label: ".22-caliber", "1200 block", "14 Orrin Lane"
	sawCap   bool   // capitalised words were skipped before the unit
}

// readNounPhrase reads the counted noun after the number ending at k.
// spacedCompound says the number may open a compound written with spaced
// hyphens, as ECB+ detokenises them ("two - lane", "4, 000 - seat"):
// spelled-out or grouped numbers, not bare digits ("2011 - 12").
func readNounPhrase(toks []token, k int, fraction, spacedCompound, title bool) nounPhrase {
	np := nounPhrase{end: k}
	if k >= len(toks) {
		return np
	}
	if fraction {
		np.unit = "share"
		np.entity = countryWithin(toks, k, 6)
		return np
	}
	if unit, ok := unitSymbol(toks, k); ok {
		np.unit, np.end = unit.unit, unit.end
		return np
	}
	if toks[k].text == "-" && (!toks[k].spaceBefore || k+1 < len(toks) && measureWords[toks[k+1].lower] || spacedCompound) {
		return hyphenCompound(toks, k, title)
	}
	switch {
	case k+1 < len(toks) && toks[k].is("year", "years", "month", "months") && toks[k+1].is("old"),
		k+2 < len(toks) && toks[k].is("year", "years", "month", "months") && toks[k+1].text == "-" && toks[k+2].is("old"):
		np.age = true
	case toks[k].is("caliber", "calibre", "mm", "gauge", "millimeter", "block"):
		np.id = true
	}
	if np.age || np.id {
		return np
	}
	if toks[k].is("of") {
		k++
		if k < len(toks) && toks[k].is("the", "those", "these", "his", "her", "their", "its", "our", "my") {
			k++
		}
	}
	scanNoun(toks, k, title, &np)
	if np.unit != "" && np.end < len(toks) && toks[np.end].is("ago") {
		np.ago = true
	}
	return np
}

// unitSymbol reads "%", "percent" and "per cent".
func unitSymbol(toks []token, k int) (nounPhrase, bool) {
	switch {
	case toks[k].text == "%" || toks[k].is("percent", "pct"):
		return nounPhrase{unit: "percent", end: k + 1}, true
	case k+1 < len(toks) && toks[k].is("per") && toks[k+1].is("cent"):
		return nounPhrase{unit: "percent", end: k + 2}, true
	}
	return nounPhrase{}, false
}

// hyphenCompound reads "4-year-old" (an age), ".40-caliber" (a label) and
// "three-day" (a unit).
func hyphenCompound(toks []token, k int, title bool) nounPhrase {
	np := nounPhrase{end: k}
	if k+1 >= len(toks) || toks[k+1].kind != tWord {
		return np
	}
	w := toks[k+1].lower
	switch {
	case toks[k+1].capitalised() && !title:
		np.id = true // "24-Hour Radio", "Channel 7-Newsroom"
	case k+3 < len(toks) && toks[k+2].text == "-" && toks[k+3].is("old") &&
		(strings.HasPrefix(w, "year") || strings.HasPrefix(w, "month") || strings.HasPrefix(w, "week") || strings.HasPrefix(w, "day")):
		np.age = true
	case w == "caliber" || w == "calibre" || w == "gauge" || w == "round" || w == "millimeter":
		np.id = true
	case functionWords[w]:
		// "one-on-one": no unit
	default:
		np.unit, np.end = w, k+2
	}
	return np
}

// scanNoun skips modifiers (capitalised words, countries, adjectives) and
// takes the first noun-like word as the unit.
func scanNoun(toks []token, k int, title bool, np *nounPhrase) {
	sawCap := false
	for steps := 0; k < len(toks) && steps < 5; steps++ {
		t := toks[k]
		if t.text == "(" || t.text == "[" {
			k = skipBracket(toks, k)
			continue
		}
		if t.text == "-" && np.unit == "" && k+1 < len(toks) && toks[k+1].kind == tNum && sawCap {
			k += 2 // "three AK-47 rifles"
			continue
		}
		if t.kind != tWord {
			return
		}
		if c, e := countryAt(toks, k); c != "" {
			np.entity, k = c, e
			continue
		}
		switch wordRole(toks, k, title, sawCap) {
		case roleStop:
			return
		case roleLabel:
			np.id = true
			return
		case roleCurrency:
			np.unit, np.end = currencyWords[t.lower], k+1 // "a hundred Million Dollars"
			return
		case roleProper:
			sawCap, np.sawCap = true, true
			k++
		case roleModifier:
			if keyModifiers[t.lower] {
				np.modifier = t.lower
			}
			k++
		default:
			np.unit, np.end = headNoun(toks, k, title)
			return
		}
	}
}

// The roles a word after a number can play.
const (
	roleNoun     = iota // the counted noun
	roleStop            // a function word or verb: nothing named is counted
	roleLabel           // a street name: the number was an address
	roleCurrency        // "Dollars"
	roleProper          // a capitalised modifier: "North Korean", "DPRK"
	roleModifier        // an adjective or adverb: "additional", "fully loaded"
)

// wordRole classifies toks[k] inside the noun phrase after a number.
func wordRole(toks []token, k int, title, sawCap bool) int {
	lw := toks[k].lower
	nextWord := k+1 < len(toks) && toks[k+1].kind == tWord
	if _, isNum := smallNumbers[lw]; isNum {
		return roleStop // "two of the five windows": five is read on its own
	}
	switch {
	case sawCap && streetWords[strings.TrimSuffix(lw, ".")]:
		return roleLabel
	case currencyWords[lw] != "":
		return roleCurrency
	case !title && toks[k].capitalised():
		return roleProper
	case nounModifiers[lw], strings.HasSuffix(lw, "ly") && nextWord:
		return roleModifier
	case strings.HasSuffix(lw, "ed") && nextWord && !functionWords[toks[k+1].lower]:
		return roleModifier // "two injured men"
	case functionWords[lw], strings.HasSuffix(lw, "ed") && !edNouns[lw], strings.HasSuffix(lw, "ly"):
		return roleStop // a verb: "40 Officers arrived"
	}
	return roleNoun
}

// headNoun extends the first counted word to the head of its compound:
// "two traffic officers", "12 nautical miles", "one remote controlled
// camera drone". Measure words are heads already ("a 20 year sentence"
// counts years).
func headNoun(toks []token, k int, title bool) (string, int) {
	unit, end := toks[k].lower, k+1
	if measureWords[unit] {
		return unit, end
	}
	for n := 0; n < 3 && end < len(toks) && !isHead(unit); n++ {
		t := toks[end]
		lw := t.lower
		if t.kind != tWord || (!title && t.capitalised()) || functionWords[lw] || verbStops[lw] || adverbStops[lw] ||
			strings.HasSuffix(lw, "ly") || strings.HasSuffix(lw, "ing") {
			break
		}
		if strings.HasSuffix(lw, "ed") && !edNouns[lw] {
			if end+1 < len(toks) && toks[end+1].kind == tWord && !functionWords[toks[end+1].lower] {
				end++ // "remote controlled camera": a participle inside the compound
				continue
			}
			break
		}
		unit, end = lw, end+1
	}
	return unit, end
}

// isHead reports a word that ends a compound: a plural ("officers") or a
// word for people.
func isHead(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || humanUnits[w] || personWords[w]
}

var personWords = set("person", "man", "woman", "child", "people")

// adverbStops follow a counted noun without being part of it ("three
// blocks away", "two decades later").
var adverbStops = set("outside", "away", "around", "east", "west", "north", "south", "later",
	"earlier", "ago", "apart", "each", "alone", "long", "old", "ahead", "back", "inside",
	"overall", "apiece", "total", "last", "next", "saw", "threw", "per", "worth", "aboard")

// verbStops are irregular past forms that follow a count as its verb
// ("3 bodies found", "two men shot").
var verbStops = set("found", "shot", "hit", "left", "taken", "made", "held", "sent", "seen",
	"told", "led", "struck", "hurt", "brought", "kept", "lost", "put", "run", "set", "got",
	"gave", "given", "took", "came", "went", "fled", "fell", "ran", "met", "won", "say", "says")

// countryWithin finds the first country in the n tokens from k.
func countryWithin(toks []token, k, n int) string {
	for i := k; i < len(toks) && i < k+n; i++ {
		if c, _ := countryAt(toks, i); c != "" {
			return c
		}
	}
	return ""
}

// unitBefore reads the counted noun that comes before its number in
// "casualties surpass 6,000" and "the death toll rose to 15".
func unitBefore(toks []token, qstart int, qual string) string {
	p := qstart - 1
	verbQualifier := qstart < len(toks) && (strings.HasPrefix(toks[qstart].lower, "surpass") || strings.HasPrefix(toks[qstart].lower, "exceed"))
	if !verbQualifier {
		if p >= 0 && toks[p].is("to", "at") {
			p--
		}
		if p < 0 || !riseVerbs[toks[p].lower] {
			return ""
		}
		p--
		if p >= 0 && toks[p].is("has", "have", "had") {
			p--
		}
	}
	if p < 0 || toks[p].kind != tWord || functionWords[toks[p].lower] {
		return ""
	}
	return toks[p].lower
}

// outcomeAfter says whether the words after a counted noun report deaths,
// injuries or both, up to the end of the clause.
func outcomeAfter(toks []token, k int) string {
	death, injury := false, false
	for i := k; i < len(toks) && i < k+7; i++ {
		t := toks[i]
		if t.kind == tSym && t.text != "-" {
			break
		}
		death = death || deathWords[t.lower]
		injury = injury || injuryWords[t.lower]
	}
	switch {
	case death && injury:
		return "casualties"
	case death:
		return "deaths"
	case injury:
		return "injuries"
	}
	return ""
}

// speechVerbs mark their subject as a source rather than a party.
var speechVerbs = set("said", "says", "say", "told", "estimates", "estimated", "assessed", "added", "reported", "believes", "warned", "noted", "stated", "announced", "confirmed")

// subjectBefore returns the last country named before toks[end] that is
// not the source of a statement ("the UK said") or of "according to".
func subjectBefore(toks []token, end int) string {
	last := ""
	for i := 0; i < end; {
		c, e := countryAt(toks, i)
		if c == "" {
			i++
			continue
		}
		speaker := e < len(toks) && speechVerbs[toks[e].lower] ||
			e+1 < len(toks) && toks[e].kind == tWord && speechVerbs[toks[e+1].lower] ||
			i >= 2 && toks[i-2].is("according") ||
			i >= 3 && toks[i-3].is("according") && toks[i-1].is("the")
		if !speaker {
			last = c
		}
		i = e
	}
	return last
}

// skipBracket returns the token after the bracket group opening at k, or
// k+len when it does not close within a few tokens.
func skipBracket(toks []token, k int) int {
	closer := map[string]string{"(": ")", "[": "]"}[toks[k].text]
	for i := k + 1; i < len(toks) && i < k+10; i++ {
		if toks[i].text == closer {
			return i + 1
		}
	}
	return len(toks)
}

// measureWords may follow a number after a spaced hyphen, as detokenised
// text writes compounds ("37 - year - old", "twelve - year veteran").
var measureWords = set("year", "years", "month", "months", "week", "weeks", "day", "days",
	"hour", "hours", "minute", "minutes", "mile", "miles", "century", "dozen", "degree", "degrees", "foot", "feet", "caliber", "calibre", "gauge")

// edNouns are counted nouns that end in "ed" like past-tense verbs.
var edNouns = set("hundred", "bed", "beds", "shed", "sheds", "seed", "seeds", "breed", "breeds", "deed", "deeds", "creed", "feed", "speed", "red", "dead", "wounded", "injured", "killed")
