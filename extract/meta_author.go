package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// cleanAuthor turns what a page or go-trafilatura states as the author
// into a byline name, or "" when it is not one, so that the next source
// is tried. On wcxb-dev articles the sources gave, beside names, social
// handles ("@site", the site's account more often than the writer's),
// numeric account ids, a lone month ("Dec"), a label before the name
// ("By", "Author", "Recipe by") and, glued after it, the byline's date
// ("Jane Roe December", "Jane Roe • March", "Jane Roe Last updated on").
// None of those is a gold author.
func cleanAuthor(s string) string {
	s = strings.Trim(cleanText(s), `"“”`) // "\"Jane Roe\"": quoted in the markup
	low := strings.ToLower(s)
	if low == "the author" || low == "author" {
		return "" // a label standing in for the name
	}
	// "By Jane Roe", "Recipe by Jane Roe", "This post was written by Jane Roe"
	if i := strings.Index(low, "by "); i >= 0 && i <= authorLabelMax && (i == 0 || low[i-1] == ' ') {
		s, low = strings.TrimSpace(s[i+3:]), low[i+3:]
	}
	for _, label := range []string{"authors ", "author ", "posted "} {
		if strings.HasPrefix(low, label) {
			s = strings.TrimSpace(s[len(label):])
		}
	}
	if s == "" || strings.HasPrefix(s, "@") || strings.HasPrefix(s, "http") ||
		!strings.ContainsFunc(s, unicode.IsLetter) {
		return ""
	}
	if i := authorTail(s); i >= 0 {
		s = strings.TrimRight(s[:i], " •|;,-–—")
	}
	s = cutJobTitle(s)
	first, rest, _ := strings.Cut(strings.ToLower(s), " ")
	if isMonth(strings.Trim(first, ".")) && rest == "" {
		return "" // a lone month: the byline's date without its name
	}
	if first == "updated" || first == "last" {
		return ""
	}
	return s
}

// cutJobTitle drops the job title that go-trafilatura's byline search
// joins after a name, with "; " or a space ("Jane Roe; Head; Community
// Development", "Jane Roe Senior Autos Reporter"): the gold keeps the
// name alone on the wcxb-dev articles bylined so. Co-authors joined the
// same way ("Jane Roe; Ed Poe") stay: parts are kept while they read as
// names. A title after a comma ("Jane Roe, Dietitian") is kept too: the
// gold keeps it as often as not. So is a list of names each with its
// credentials ("Ellen Lindell, VMD, DACVB; Monique Feyrecilde, BA, LVT;
// …", textCredNamesListed: a clinic's or a journal's co-authors, whose
// commas part the credentials), whose later parts are no bare names but
// no job titles either: the gold keeps the list as the page writes it
// (wcxb-dev 4597, read by textCredNameList). No page's words are asked
// here (no blocks): the readings that find such a list ask them.
func cutJobTitle(s string) string {
	parts := strings.Split(s, "; ")
	if len(parts) > 1 && textCredNamesListed(s, nil) {
		return s
	}
	keep := 1
	for keep < len(parts) && nameLike(parts[keep]) {
		keep++
	}
	parts[0] = cutJobWords(parts[0])
	return strings.Join(parts[:keep], "; ")
}

// cutJobWords cuts a name before the first job word after its first two
// words ("Jane Roe Contributing Writer"), unless a comma shows the title
// is meant as part of the byline.
func cutJobWords(s string) string {
	if strings.Contains(s, ",") {
		return s
	}
	words := strings.Fields(s)
	for i := 2; i < len(words); i++ {
		if jobWords[strings.ToLower(words[i])] {
			return strings.Join(words[:i], " ")
		}
	}
	return s
}

// nameLike reports whether s reads as a person's name: two to four
// capitalised words, none a job word.
// It stops at the fifth word rather than splitting all of s: it is asked
// of whole lines, and building their fields was most of its cost. A word
// whose first byte is ASCII is looked up among the job words only when
// that byte, lowered, opens one (jobWordFirsts): lowering keeps an ASCII
// rune as the lowered word's first byte. The lookup lowers the word into
// a buffer and hashes it, some 200 instructions a word; on 100 wcxb-dev
// flat pages the 13,688 lines asked cost 2.03 M instructions, 0.76 M of
// them the lookups (TestNameLikeMatchesFieldsRandom).
func nameLike(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n++; n > 4 {
			return false
		}
		if !opensUpper(w) || (w[0] >= utf8.RuneSelf || jobWordFirsts[w[0]|0x20]) && textLowerIn(jobWords, w) {
			return false
		}
	}
	return n >= 2
}

// jobWords start the job titles bylines give after a name.
var jobWords = map[string]bool{
	"writer": true, "editor": true, "reporter": true, "founder": true, "co-founder": true,
	"consultant": true, "contributor": true, "contributing": true, "senior": true, "staff": true,
	"former": true, "head": true, "lead": true, "chief": true, "ceo": true, "director": true,
	"correspondent": true, "columnist": true, "analyst": true, "reviewer": true, "manager": true,
	"managing": true, "executive": true, "associate": true, "deputy": true, "assistant": true,
}

// jobWordFirsts marks the first bytes of jobWords (nameLike).
var jobWordFirsts = func() (firsts [256]bool) {
	for w := range jobWords {
		firsts[w[0]] = true
	}
	return firsts
}()

// authorLabelMax is how far into a byline a "by" may end its label
// ("This post was written by ").
const authorLabelMax = 30

// authorTail is where a byline's date or update note starts after the
// name, or -1: "Last updated", "Updated", "Published", a month that ends
// the line or comes before a number ("Jane Roe December", "Jane Roe •
// March 3"). A scraper that breaks lines at links sets the date's label
// on the name's line ("By" / "Jane Roe Published: Jan 29, 2025").
// May, April, June and August end a line as names too ("Tom May"): they
// count only before a number.
func authorTail(s string) int {
	words := strings.Fields(s)
	at := 0
	for i, word := range words {
		at += strings.Index(s[at:], word)
		if i > 0 {
			w := strings.ToLower(strings.Trim(word, ".,;:•|"))
			month := isMonth(w)
			last := i == len(words)-1
			number := !last && strings.ContainsFunc(words[i+1], unicode.IsDigit)
			if month && (number || last && !monthNames[w]) || w == "updated" || w == "published" ||
				w == "last" && !last && strings.EqualFold(words[i+1], "updated") {
				return at
			}
		}
		at += len(word)
	}
	return -1
}

// monthNames are the months that are also people's names.
var monthNames = map[string]bool{"may": true, "april": true, "june": true, "august": true}
