package claims

import "strings"

// sayVerbs introduce who a statement comes from.
var sayVerbs = set(
	"said", "says", "say", "told", "added", "noted", "stated", "reported",
	"estimates", "estimated", "estimate", "assessed", "assesses", "warned", "believes", "believe",
	"confirmed", "announced", "explained", "claimed", "wrote", "tweeted", "posted", "tells",
)

// sayVerbLens has, for each first byte of a word in sayVerbs, a bit for
// each such word's length, so that saySubject rules out most of a
// sentence's words without hashing them (as numberStartLens does).
var sayVerbLens = func() (t [256]uint32) {
	for w := range sayVerbs {
		t[w[0]] |= 1 << len(w) // every say verb is shorter than 32 bytes
	}
	return t
}()

// isSayVerb reports sayVerbs[w].
func isSayVerb(w string) bool {
	if w == "" || len(w) >= 32 {
		return sayVerbs[w]
	}
	return sayVerbLens[w[0]]&(1<<len(w)) != 0 && sayVerbs[w]
}

// orgWords are lower-case words that belong to a source's name: "the UK
// ministry of defence", "South Korean authorities".
var orgWords = set(
	"ministry", "ministry's", "defence", "defense", "department", "intelligence",
	"officials", "official", "authorities", "government", "police", "office",
	"spokesman", "spokeswoman", "spokesperson", "sources", "agency", "council",
	"service", "services", "military", "army", "prosecutors", "investigators",
	"officers", "statement", "update", "assessment", "report", "estimates",
	"media", "leaders", "sheriff", "sheriff's", "department's", "coroner",
	"witnesses", "spokesman's", "officials'", "authorities'",
	// people and papers news quotes by role ("residents told", "Jaiden's
	// mother said", "according to court records"); added after the blind
	// attribution sample of testdata/claims/attributions.jsonl.
	"residents", "neighbors", "neighbours", "relatives", "family", "members",
	"friends", "deputies", "detectives", "doctors", "experts", "analysts",
	"reports", "records", "documents", "affidavit", "obituary", "page", "account",
	"website", "minister", "director", "chief", "head", "manager", "president",
	"secretary", "governor", "mayor", "commissioner", "lawyer", "attorney",
	"mother", "father", "son", "daughter", "brother", "sister", "wife", "husband",
	"court", "complaint", "police's",
)

// titleWords are abbreviated titles written with a period.
var titleWords = set("lt", "sgt", "gov", "capt", "det", "dr", "mr", "mrs", "ms", "rep", "sen", "gen", "col", "maj", "cpl", "ofc", "insp", "supt", "cmdr", "adm", "prof")

// docWords name the document rather than its author: "the statement said".
var docWords = set("statement", "update", "assessment", "report", "estimates", "estimate", "post", "analysis", "data", "figures")

// pronounSources stand for a source named earlier in the article.
var pronounSources = set("it", "he", "she", "they")

// Attribution returns the canonical name of who a sentence attributes its
// content to ("X said", "according to X", "X's assessment", "said X"), or
// "" when it names nobody. Pronouns ("it said") give "".
func Attribution(sentence string) string {
	name, pronoun := attribution(sentence)
	if pronoun {
		return ""
	}
	return name
}

// attribution returns the canonical source and whether the sentence only
// refers back to one ("it said", "the ministry added").
func attribution(sentence string) (string, bool) {
	return attributionOf(tokenize(replaceAbbreviations(sentence)))
}

// attributionOf is attribution over the sentence's tokens.
func attributionOf(toks []token) (string, bool) {
	phrase := accordingTo(toks)
	if phrase == "" {
		phrase = saySubject(toks)
	}
	if phrase == "" {
		return "", false
	}
	key := strings.ToLower(phrase)
	definite := false
	for _, p := range []string{"the ", "its ", "a "} {
		if k, ok := strings.CutPrefix(key, p); ok {
			key, definite = k, true
		}
	}
	// "it said", "the statement said", "the ministry added" point back to
	// a source named earlier; bare "police said" names its source.
	if pronounSources[key] || docWords[key] || definite && key == strings.ToLower(key) && key == strings.TrimSpace(phrase[len(phrase)-len(key):]) {
		return "", true
	}
	return canonicalSource(phrase), false
}

// canonicalSource canonicalises a source phrase after dropping a trailing
// document word ("the UK defence ministry's statement").
func canonicalSource(phrase string) string {
	words := strings.Fields(phrase)
	n := len(words)
	if n > 1 && docWords[strings.ToLower(words[n-1])] {
		prev := words[n-2]
		rest := strings.Join(words[:n-1], " ")
		if strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") || Canonical(rest) != tidyUnknown(rest) {
			words = words[:n-1] // "the UK defence ministry's statement" is the ministry's
		}
	}
	return Canonical(strings.Join(words, " "))
}

// accordingTo reads the source after "according to".
func accordingTo(toks []token) string {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].lower != "according" || toks[i+1].lower != "to" { // as is, without its call at every token
			continue
		}
		k := i + 2
		for k < len(toks) && toks[k].is("the", "a", "an", "new", "latest", "preliminary") {
			k++
		}
		// "according to estimates by British intelligence": the author, not the document
		for j := k; j < len(toks) && j < k+3; j++ {
			if toks[j].is("by", "from") {
				k = j + 1
				for k < len(toks) && toks[k].is("the", "a", "an") {
					k++
				}
				break
			}
			if toks[j].kind != tWord || functionWords[toks[j].lower] {
				break
			}
		}
		return sourceForward(toks, k)
	}
	return ""
}

// sourceForward collects a source name starting at toks[k]: capitalised
// words, country names, org words and list commas ("the US, South Korean
// and Ukraine intelligence officials").
func sourceForward(toks []token, k int) string {
	start, end, sawRole := k, k, false
	for ; k < len(toks) && k < start+12; k++ {
		t := toks[k]
		switch {
		case t.kind == tWord && (t.capitalised() || orgWords[t.lower] || countries[t.lower] != ""):
			sawRole = sawRole || orgWords[t.lower]
			end = k + 1
			continue
		case t.text == "," && !sawRole && k+1 < len(toks) && toks[k+1].capitalised():
			continue
		case t.text == "." && end == k && k > start && titleWords[toks[k-1].lower]:
			continue // "spokesman Lt. Corin Abbott"
		case t.is("and", "of") && end == k && k+1 < len(toks) && (toks[k+1].capitalised() || orgWords[toks[k+1].lower]):
			continue
		}
		break
	}
	return joinTokens(toks, start, end)
}

// saySubject reads the source of the first speech verb that has one:
// before it ("the ministry said"), or after it ("said Police Chief Smith").
func saySubject(toks []token) string {
	for i, t := range toks {
		if t.kind != tWord || !isSayVerb(t.lower) {
			continue
		}
		if p := sourceBackward(toks, i); p != "" {
			return p
		}
		if i > 0 && toks[i-1].kind == tSym {
			if p := sourceForward(toks, i+1); p != "" {
				return p
			}
		}
	}
	return ""
}

// sourceBackward collects the source name ending before the verb at
// toks[v], skipping adverbs and auxiliaries ("has assessed", "recently said").
func sourceBackward(toks []token, v int) string {
	k := v - 1
	for k >= 0 && (toks[k].is("has", "have", "had", "also", "previously", "later", "then", "further") || strings.HasSuffix(toks[k].lower, "ly") && toks[k].kind == tWord && !toks[k].capitalised() && !orgWords[toks[k].lower]) {
		k--
	}
	if k >= 1 && weekdays[toks[k].lower] && toks[k-1].is("on") {
		k -= 2 // "the girl's aunt on Friday said"
	}
	if k >= 0 && toks[k].text == ")" {
		for k >= 0 && toks[k].text != "(" {
			k-- // "the UK's Ministry of Defence (MoD) said"
		}
		k--
	}
	if k < 0 {
		return ""
	}
	if toks[k].text == "," {
		return appositiveSource(toks, k)
	}
	end := k + 1
	for ; k >= 0; k-- {
		t := toks[k]
		ok := t.kind == tWord && (t.capitalised() || orgWords[t.lower] || countries[t.lower] != "" || t.is("it", "he", "she", "they"))
		if t.is("of") && k < end-1 && k > 0 && toks[k-1].kind == tWord ||
			t.text == "." && k > 0 && titleWords[toks[k-1].lower] {
			ok = true // "Ministry of Defence", "Sgt. Tomas Berel"
		}
		if t.is("it", "he", "she", "they") && k == end-1 {
			return t.lower
		}
		if !ok || isSentenceStart(toks, k) && functionWords[t.lower] {
			break
		}
	}
	start := max(k+1, end-maxSourceWords)
	phrase := joinTokens(toks, start, end)
	switch {
	case phrase != "" && start > 0 && toks[start-1].is("the"):
		phrase = "the " + phrase // kept so "the ministry said" reads as a reference back
	case phrase == "" && end > 0 && toks[end-1].kind == tWord:
		switch determinerBefore(toks, end) {
		case "the":
			phrase = "the " + toks[end-1].lower // "the sergeant said", "the family said"
		case "a":
			phrase = toks[end-1].lower // "a second juror added": an unnamed source
		}
	}
	return phrase
}

// determinerBefore returns "the" for a definite noun phrase of lower-case
// words ending at toks[end-1] ("the officer", "his obituary"), "a" for an
// indefinite one ("a second juror"), else "".
func determinerBefore(toks []token, end int) string {
	for k := end - 1; k >= 0 && k >= end-8; k-- {
		t := toks[k]
		switch {
		case k == end-1:
		case k > 0 && toks[k-1].is("of"):
			return "" // "members of the child"
		case t.is("the", "his", "her", "their", "its"):
			return "the"
		case t.is("a", "an"):
			return "a"
		}
		if t.kind == tSym && t.text != "-" || t.kind == tWord && t.capitalised() && !isSentenceStart(toks, k) ||
			t.kind == tWord && functionWords[t.lower] {
			return ""
		}
	}
	return ""
}

// appositiveSource reads "Pellman's daughter, Rosa, said" (the name between
// the commas) and "Dana Ostrow, a spokeswoman for the school district, said" (the
// name before them); comma is the index of the comma before the verb.
func appositiveSource(toks []token, comma int) string {
	open := -1
	for k := comma - 1; k >= 0 && k >= comma-15; k-- {
		if toks[k].text == "," {
			open = k
			break
		}
		if toks[k].kind == tSym && toks[k].text != "-" && toks[k].text != "." {
			return ""
		}
	}
	if open < 0 {
		return ""
	}
	mid := joinTokens(toks, open+1, comma)
	if allCapitalised(toks[open+1 : comma]) {
		return mid
	}
	return sourceBackward(toks, open)
}

func allCapitalised(toks []token) bool {
	for _, t := range toks {
		if t.kind != tWord || !t.capitalised() {
			return false
		}
	}
	return len(toks) > 0
}

var weekdays = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday")

// maxSourceWords bounds a source name read backwards, so a headline in
// title case does not become one long name.
const maxSourceWords = 6

// joinTokens returns the words of toks[i:j] joined by single spaces, with
// leading "of"/"and" trimmed.
func joinTokens(toks []token, i, j int) string {
	i, j = max(i, 0), min(j, len(toks))
	if i >= j {
		return ""
	}
	for i < j && toks[i].is("of", "and") {
		i++
	}
	words := make([]string, 0, j-i)
	for _, t := range toks[i:j] {
		if t.text == "," || t.text == "." {
			if len(words) > 0 {
				words[len(words)-1] += t.text
			}
			continue
		}
		words = append(words, t.text)
	}
	return strings.Join(words, " ")
}
