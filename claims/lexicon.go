package claims

import "strings"

// Word lists the quantity and attribution readers share. They are small
// closed classes of English, not tuned values.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// qualifiers maps the words before a number to a canonical qualifier.
// Verbs like "surpass" are read as qualifiers because headlines put them
// where prose puts "more than" ("casualties surpass 6,000").
var qualifiers = map[string]string{
	"more than": "more than", "over": "more than", "upwards of": "more than",
	"in excess of": "more than", "well over": "more than", "just over": "more than",
	"surpass": "more than", "surpasses": "more than", "surpassed": "more than",
	"exceed": "more than", "exceeds": "more than", "exceeded": "more than",
	"at least": "at least", "a minimum of": "at least", "no fewer than": "at least",
	"no less than": "at least",
	"about":        "around", "around": "around", "some": "around", "circa": "around",
	"approximately": "approximately", "roughly": "approximately", "an estimated": "approximately",
	"estimated": "approximately",
	"nearly":    "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
	"up to": "up to", "as many as": "up to", "as much as": "up to",
	"fewer than": "fewer than", "less than": "fewer than", "under": "fewer than",
}

// functionWords end the noun phrase after a number: "6,000 in Kursk"
// counts nothing named.
var functionWords = set(
	"the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with",
	"and", "or", "but", "as", "is", "are", "was", "were", "be", "been", "being",
	"has", "have", "had", "will", "would", "could", "should", "may", "might",
	"can", "did", "do", "does", "that", "this", "these", "those", "which", "who",
	"whom", "whose", "it", "its", "their", "his", "her", "they", "he", "she",
	"we", "i", "you", "after", "before", "since", "during", "into", "than",
	"per", "more", "less", "if", "when", "while", "where", "so", "not", "no",
	"all", "each", "both", "about", "over", "under", "out", "up", "off", "there",
	"then", "said", "says", "say", "told", "say", "also", "only", "just",
	"killed", "died", "dead", "shot", "injured", "wounded", "hurt", "arrested",
	"missing", "left", "including", "among", "between", "against", "through",
	"them", "us", "him", "me", "what", "how", "why", "because", "until", "ago",
)

// nounModifiers may sit between a number and what it counts.
var nounModifiers = set(
	"additional", "more", "other", "new", "extra", "further", "estimated",
	"total", "initial", "remaining", "separate", "different", "unarmed", "armed",
	"innocent", "young", "suspected", "alleged", "confirmed", "reported", "known",
	"unidentified", "unnamed", "unknown", "military", "foreign", "local",
	"federal", "senior", "former", "top", "major", "small", "large", "big",
	"previous", "recent", "last", "next", "full", "straight", "consecutive",
)

// keyModifiers change which quantity a number is: 3,000 additional troops
// are not the 11,000 first deployed.
var keyModifiers = set("additional", "more", "new", "extra", "further", "other", "remaining")

var months = set(
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan", "feb", "mar", "apr",
	"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
)

// idWords before a number make it a name or label ("Route 66", "Flight 370").
var idWords = set(
	"no", "number", "route", "highway", "interstate", "flight", "channel",
	"apartment", "apt", "suite", "room", "unit", "section", "article", "chapter",
	"page", "episode", "season", "game", "district", "precinct", "box", "gate",
	"exit", "floor", "level", "row", "bill", "proposition", "prop", "amendment",
	"model", "version", "phase", "stage", "grade", "class", "ward", "lot",
	"station", "code", "title", "resolution", "act", "squad", "engine", "ladder",
	"battalion", "company", "local", "pier", "terminal", "platform", "track",
	"lane", "number", "no.", "vol", "volume", "part", "line", "bus", "dist", "copyright",
)

var streetWords = set(
	"st", "street", "avenue", "ave", "road", "rd", "drive", "dr", "boulevard",
	"blvd", "lane", "ln", "way", "court", "ct", "place", "pl", "parkway", "pkwy",
	"highway", "terrace", "circle", "trail", "pike", "square",
)

// timeWords after "one" make it an adverbial ("one day"), not a count.
var timeWords = set(
	"day", "time", "point", "night", "morning", "afternoon", "evening", "way",
	"thing", "another", "side", "hand", "reason", "question", "moment", "minute",
	"bit", "kind", "sort", "thought",
)

// riseVerbs link a counted noun before them to a number after them:
// "the death toll rose to 5", "casualties stand at 6,000".
var riseVerbs = set(
	"rose", "risen", "rises", "rise", "climbed", "climbs", "reached", "reaches",
	"hit", "hits", "stands", "stood", "is", "was", "were", "are", "amount",
	"amounts", "amounted", "total", "totals", "totaled", "totalled", "numbered",
	"jumped", "increased", "grew", "fell", "dropped", "topped", "tops",
)

var deathWords = set("killed", "dead", "died", "slain", "fatally", "deaths", "death")
var injuryWords = set("injured", "wounded", "hurt", "injuries", "injury")

// abbreviations are rewritten to same-length forms before tokenising, so
// "U.S." reads as one word and byte offsets still index the original.
var abbreviations = strings.NewReplacer("U.S.", "US  ", "U.K.", "UK  ")

// replaceAbbreviations rewrites the abbreviations of s. Most sentences
// hold neither, and a search for "U.", which starts both, is cheaper than
// the replacer's own scan.
func replaceAbbreviations(s string) string {
	if !strings.Contains(s, "U.") {
		return s
	}
	return abbreviations.Replace(s)
}

var currencyWords = map[string]string{
	"dollars": "dollars", "dollar": "dollars", "pounds": "pounds", "euros": "euros", "euro": "euros", "yen": "yen",
}

var currencies = map[string]string{"$": "dollars", "£": "pounds", "€": "euros", "¥": "yen"}
