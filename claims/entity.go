package claims

import (
	"strings"

	"github.com/storyfold/storyfold/textnorm"
)

// countries maps country names, demonyms and metonyms to one canonical
// name. Capitals are listed only where news uses them for the government
// ("Moscow's war", "Pyongyang said"); ambiguous ones (Washington) are not.
var countries = map[string]string{
	"north korea": "North Korea", "north korean": "North Korea", "north koreans": "North Korea",
	"dprk": "North Korea", "democratic people's republic of korea": "North Korea",
	"democratic people republic of korea": "North Korea", "pyongyang": "North Korea",
	"south korea": "South Korea", "south korean": "South Korea", "south koreans": "South Korea",
	"republic of korea": "South Korea", "seoul": "South Korea",
	"uk": "UK", "britain": "UK", "british": "UK", "united kingdom": "UK", "great britain": "UK",
	"us": "US", "usa": "US", "united states": "US", "america": "US", "american": "US", "americans": "US",
	"russia": "Russia", "russian": "Russia", "russians": "Russia", "moscow": "Russia", "kremlin": "Russia",
	"russian federation": "Russia",
	"ukraine":            "Ukraine", "ukrainian": "Ukraine", "ukrainians": "Ukraine", "kyiv": "Ukraine", "kiev": "Ukraine",
	"china": "China", "chinese": "China", "beijing": "China",
	"iran": "Iran", "iranian": "Iran", "tehran": "Iran",
	"israel": "Israel", "israeli": "Israel", "israelis": "Israel",
	"france": "France", "french": "France", "germany": "Germany", "german": "Germany",
	"japan": "Japan", "japanese": "Japan", "india": "India", "indian": "India",
	"pakistan": "Pakistan", "pakistani": "Pakistan", "canada": "Canada", "canadian": "Canada",
	"mexico": "Mexico", "mexican": "Mexico", "indonesia": "Indonesia", "indonesian": "Indonesia",
	"syria": "Syria", "syrian": "Syria", "iraq": "Iraq", "iraqi": "Iraq",
	"afghanistan": "Afghanistan", "afghan": "Afghanistan", "turkey": "Turkey", "turkish": "Turkey",
}

// countryStarts holds the first words of the country names, so most
// tokens are rejected without building phrases.
var countryStarts = func() map[string]bool {
	m := make(map[string]bool)
	for name := range countries {
		first, _, _ := strings.Cut(name, " ")
		m[first] = true
	}
	return m
}()

// organisations maps what remains of a name after its country to a
// canonical organisation. "Defence Intelligence" is the UK Ministry of
// Defence's intelligence arm and publishes under its name.
var organisations = map[string]string{
	"ministry of defence": "Ministry of Defence", "ministry of defense": "Ministry of Defence",
	"defence ministry": "Ministry of Defence", "defense ministry": "Ministry of Defence",
	"mod": "Ministry of Defence", "defence intelligence": "Ministry of Defence",
	"defence intelligence update": "Ministry of Defence", "defence ministry's statement": "Ministry of Defence",
	"department of defense": "Department of Defense", "pentagon": "Department of Defense",
	"dod": "Department of Defense",
}

// forceWords after a country name mean the country itself as a party:
// "North Korean forces" and "DPRK troops" are North Korea.
var forceWords = set("forces", "troops", "soldiers", "army", "military", "side", "regime", "state")

// Canonical returns one name for the many ways sources write an entity:
// "UK ministry of defence", "British Ministry of Defence", "UK Defence
// Ministry" and "the MoD" all give "UK Ministry of Defence" (a bare
// "ministry of defence" gives "Ministry of Defence"; the story fills in the
// country). "DPRK", "North Korea" and "North Korean forces" give "North
// Korea". Names it does not know are returned folded and trimmed.
func Canonical(name string) string {
	n := cleanName(name)
	if n == "" {
		return ""
	}
	var found []string
	rest := n
	for {
		c, r, ok := cutCountry(rest)
		if !ok {
			break
		}
		found = appendUnique(found, c)
		rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(r, ","), "and "))
		rest = strings.TrimPrefix(rest, "and ")
	}
	country := strings.Join(found, ", ")
	rest = strings.TrimSpace(rest)
	switch {
	case rest == "" || forceWords[rest]:
		if country != "" {
			return country
		}
	case organisations[rest] != "":
		return strings.TrimSpace(country + " " + organisations[rest])
	case country != "":
		return country + " " + rest
	}
	return tidyUnknown(name)
}

// cleanName folds a name, drops leading articles and possessives and
// parenthesised acronyms ("Ministry of Defence (MoD)").
func cleanName(name string) string {
	n := textnorm.Fold(name)
	if i := strings.Index(n, "("); i > 0 {
		n = strings.TrimSpace(n[:i])
	}
	n = strings.ReplaceAll(n, "u.s.", "us")
	n = strings.ReplaceAll(n, "u.k.", "uk")
	n = strings.ReplaceAll(n, "'s ", " ")
	n = strings.TrimSuffix(n, "'s")
	n = strings.Trim(n, " ,.;:'\"")
	for _, p := range []string{"the ", "a ", "an "} {
		n = strings.TrimPrefix(n, p)
	}
	return n
}

// cutCountry removes a leading country name, longest first.
func cutCountry(n string) (country, rest string, ok bool) {
	words := strings.Fields(n)
	for k := min(len(words), 6); k > 0; k-- {
		head := strings.TrimSuffix(strings.Join(words[:k], " "), ",")
		if c, found := countries[head]; found {
			return c, strings.Join(words[k:], " "), true
		}
	}
	return "", n, false
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// tidyUnknown trims an unknown name for display: no leading article, no
// possessive, single spaces.
func tidyUnknown(name string) string {
	n := strings.Join(strings.Fields(name), " ")
	n = strings.TrimSuffix(strings.TrimSuffix(n, "'s"), "’s")
	for _, p := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
		n = strings.TrimPrefix(n, p)
	}
	n = strings.Trim(n, " ,.;:'\"“”‘’")
	for _, w := range strings.Fields(n) {
		if !orgWords[strings.ToLower(w)] {
			return n
		}
	}
	return strings.ToLower(n) // "Police" at a sentence start is "police"
}

// countryAt matches the longest country name starting at toks[i] and
// returns its canonical name and the token after it.
func countryAt(toks []token, i int) (string, int) {
	if i >= len(toks) || !countryStarts[toks[i].lower] {
		return "", i
	}
	best, end := "", i
	var words []string
	for k := i; k < len(toks) && k < i+6; k++ {
		if toks[k].kind != tWord {
			break
		}
		words = append(words, toks[k].lower)
		if c, ok := countries[strings.Join(words, " ")]; ok {
			best, end = c, k+1
		}
	}
	if best == "us" || (best != "" && toks[i].lower == "us" && toks[i].text != "US") {
		return "", i // the pronoun "us"
	}
	return best, end
}
