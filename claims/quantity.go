package claims

import (
	"regexp"
	"strings"

	"github.com/storyfold/storyfold/news"
)

// Match is one quantity found in a sentence.
type Match struct {
	news.Quantity
	// Text is the quantity as written, qualifier to unit: "more than 6,000 casualties".
	Text string
	// Start and End are its byte offsets in the sentence.
	Start, End int
	// Subject is the canonical entity the number is about ("North Korea"),
	// empty when the sentence names none.
	Subject string
	// Modifier is a word that makes it a different quantity of the same
	// unit ("additional"), empty when none.
	Modifier string
	// Outcome is "deaths", "injuries" or "casualties" when the sentence says
	// the counted people were killed or hurt ("6,000 soldiers have been
	// killed or injured"), else empty.
	Outcome string
}

// clockAfter matches a time of day right after a number: "4:45", "12 p.m.".
var clockAfter = regexp.MustCompile(`^(\s?:\s?\d\d|\s?[ap]\.?\s?m\b\.?|\s?o'clock)`)

// Quantities returns the quantities a sentence states: numbers in digits
// or words with their qualifier, range and counted unit. Years, dates,
// times of day, ages, ordinals and numbers that are names ("Route 66",
// "AR-15") are left out.
func Quantities(sentence string) []Match {
	s := replaceAbbreviations(sentence)
	return quantitiesOf(sentence, s, tokenize(s))
}

// quantitiesOf is Quantities over the sentence with its abbreviations
// rewritten (s) and the tokens of s.
func quantitiesOf(sentence, s string, toks []token) []Match {
	title := isTitleCase(toks)
	var out []Match
	for i := 0; i < len(toks); {
		if toks[i].kind == tSym {
			i++ // parseNumber reads no symbol: skip building its answer
			continue
		}
		n, ok := parseNumber(toks, i)
		if !ok {
			i++
			continue
		}
		m, next, ok := readQuantity(s, toks, n, title)
		if ok {
			m.Text = sentence[m.Start:m.End]
			out = append(out, m)
		}
		i = max(next, i+1)
	}
	return out
}

// readQuantity builds the quantity around the numeral n, or reports that
// the numeral is not one; next is where scanning resumes.
func readQuantity(s string, toks []token, n number, title bool) (Match, int, bool) {
	lo, hi := n, n
	if r, ok := parseRange(toks, n); ok {
		// A scaled upper end below the lower one ("10-0 Billion", a score
		// before a word the scale reads) is no range: the numeral stands
		// alone, and a quantity's low never passes its high.
		if l := scaleLow(toks, n, r); l.value <= r.value {
			lo, hi = l, r
		}
	}
	if skipNumber(s, toks, lo, hi) {
		return Match{}, hi.j, false
	}
	m := Match{Quantity: news.Quantity{Value: (lo.value + hi.value) / 2, Low: lo.value, High: hi.value}}
	start := n.i
	if start > 0 && currencies[toks[start-1].text] != "" {
		m.Unit = currencies[toks[start-1].text]
		start--
	}
	qual, qstart := qualifierBefore(toks, start)
	if qual == "between" {
		qual = ""
	}
	m.Qualifier = qual
	np := readNounPhrase(toks, hi.j, n.fraction, n.word || !n.plain && !n.scaled, title)
	if np.age || np.ago || np.id {
		return Match{}, np.end, false
	}
	if m.Unit == "" && afterMagnitude(toks, n.i) {
		m.Unit = "magnitude"
	}
	if m.Unit == "" {
		m.Unit = findUnit(toks, n, hi, np, qstart, qual)
	}
	if isYear(toks, n, hi, m, np.sawCap) || isBareOne(toks, n, np) || unnamed(toks, lo, hi, m) || isRecord(lo, hi, m) || isZeroAim(toks, lo, hi, m) {
		return Match{}, hi.j, false
	}
	if neg := negative(toks, n.i); neg >= 0 {
		m.Value, m.Low, m.High = -m.Value, -m.High, -m.Low
		qstart = min(qstart, neg)
	}
	m.Modifier, m.Outcome = np.modifier, outcomeAfter(toks, np.end)
	if m.Outcome == "" {
		m.Outcome = outcomeBefore(toks, qstart)
	}
	m.Subject = np.entity
	if m.Subject == "" && !timeUnits[m.Unit] {
		// A duration ("in less than three months") is not about the
		// country the sentence names.
		m.Subject = subjectBefore(toks, qstart)
	}
	m.Start, m.End = toks[qstart].start, toks[max(np.end, hi.j)-1].end
	return m, max(np.end, hi.j), true
}

// findUnit tries, in order: a unit glued to the digits ("60km"), the noun
// after the number, a noun before a linking verb ("the toll rose to 15"),
// and an outcome word ("3 dead").
func findUnit(toks []token, n, hi number, np nounPhrase, qstart int, qual string) string {
	switch {
	case n.unit != "":
		return n.unit
	case np.unit != "":
		return np.unit
	}
	if !n.fraction {
		if u := unitBefore(toks, qstart, qual); u != "" {
			return u
		}
	}
	return outcomeWord(toks, hi.j)
}

// isTitleCase reports whether most words are capitalised, as in headlines,
// where capitals say nothing about names.
func isTitleCase(toks []token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if t.kind == tWord && len(t.text) > 3 {
			words++
			if t.capitalised() {
				caps++
			}
		}
	}
	return words >= 3 && caps*10 >= words*7
}

// parseRange reads the upper end of "10,000-12,000", "10 to 12 million",
// "two or three" or "between 5 and 10".
func parseRange(toks []token, n number) (number, bool) {
	k := n.j
	if k+1 >= len(toks) || n.fraction {
		return number{}, false
	}
	t := toks[k]
	if t.text == "," && toks[k+1].is("or") && k+2 < len(toks) {
		k++ // "two, or three times"
		t = toks[k]
	}
	ok := (t.text == "-" || t.text == "–") && n.kind(toks) == toks[k+1].kind ||
		t.is("to", "or") ||
		t.is("and") && afterBetween(toks, n.i)
	if !ok {
		return number{}, false
	}
	next := k + 1
	if next+1 < len(toks) && currencies[toks[next].text] != "" {
		next++ // "between $220 million and $260 million"
	}
	hi, found := parseNumber(toks, next)
	if !found || hi.fraction || hi.value <= n.value && !hi.scaled {
		return number{}, false
	}
	return hi, true
}

// kind is the token kind of the numeral's first token.
func (n number) kind(toks []token) tokKind { return toks[n.i].kind }

// scaleLow applies the upper end's scale to a bare lower end: in "10 to 12
// million" both ends are millions.
func scaleLow(toks []token, lo, hi number) number {
	if hi.scaled && !lo.scaled && hi.j > 0 {
		if s, ok := scales[toks[hi.j-1].lower]; ok && lo.value*s <= hi.value {
			lo.value *= s
		}
	}
	return lo
}

// qualifierBefore finds a qualifier ending right before toks[start] and
// returns it with the index of its first token (start when none).
func qualifierBefore(toks []token, start int) (string, int) {
	for k := 3; k >= 1; k-- {
		if start-k < 0 {
			continue
		}
		words := make([]string, 0, k)
		for _, t := range toks[start-k : start] {
			words = append(words, t.lower)
		}
		phrase := strings.Join(words, " ")
		if q, ok := qualifiers[phrase]; ok {
			return q, start - k
		}
		if k == 1 && phrase == "between" {
			return "between", start - 1
		}
	}
	return "", start
}

// unnamed reports a bare number in digits that counts nothing named and
// has no qualifier: "called 911", "turns 21", "23: 51", "id=4410385".
// Numbers in words stay ("Four have died"): writers spell out counts,
// while digits alone are mostly labels, times and ages. Tuned on the
// hand-labelled cluster sentences (testdata/claims/labels.jsonl), where
// 24 of 39 false positives were bare digits.
func unnamed(toks []token, lo, hi number, m Match) bool {
	if m.Unit != "" || lo.scaled || hi.scaled {
		return false // "9 million." counts even when the unit was in the last sentence
	}
	if !lo.word && m.Qualifier != "" {
		// "a village of about 900" counts; "around 11" is mostly a
		// time of day (check split of labels.jsonl).
		return hi.value <= 24
	}
	if !lo.word {
		// "kills 2, injures 3": a casualty verb says what is counted;
		// "another 4,000 are stranded": a determiner and a verb make the
		// number the subject, a count of something named before.
		if lo.i > 0 && casualtyVerbs[toks[lo.i-1].lower] {
			return false
		}
		return !(lo.i > 0 && toks[lo.i-1].is("another", "the", "all", "only", "other", "those", "these") &&
			hi.j < len(toks) && toks[hi.j].is("are", "were", "was", "is", "have", "had", "remain", "remained"))
	}
	return hi.j >= len(toks) || toks[hi.j].kind != tWord
}

// casualtyVerbs before a bare number say it counts people: "kills 1".
var casualtyVerbs = set("kill", "kills", "killed", "killing", "injure", "injures", "injured", "injuring",
	"wound", "wounds", "wounded", "wounding", "leaves", "left")

// outcomeWord reads "3 dead", "two injured": the unit is what happened.
func outcomeWord(toks []token, k int) string {
	if k < len(toks) && (deathWords[toks[k].lower] || injuryWords[toks[k].lower]) {
		return toks[k].lower
	}
	return ""
}

// isRecord reports a score or tally written as a range: "a 21-27 record",
// "a 47-53 vote".
func isRecord(lo, hi number, m Match) bool {
	return lo.value != hi.value && !lo.word && tallyWords[m.Unit]
}

// isZeroAim reports a "zero" that names an aim or a policy rather than
// counting nothing: "Going Zero Waste", "zero tolerance", "net zero by
// 2040". A count of nothing is of a plural or of people ("zero deaths",
// "zero people") or a measure ("zero degrees", "zero percent").
func isZeroAim(toks []token, lo, hi number, m Match) bool {
	if !lo.word || lo.value != 0 || hi.value != 0 {
		return false
	}
	if lo.i > 0 && toks[lo.i-1].is("net") {
		return true
	}
	return m.Unit != "" && m.Unit != "percent" && !isHead(m.Unit)
}

var tallyWords = set("record", "score", "win", "victory", "lead", "loss", "defeat", "vote", "decision")

// negative returns the index of "minus" right before a number ("minus-15
// degree weather"), or -1.
func negative(toks []token, i int) int {
	switch {
	case i >= 2 && toks[i-1].text == "-" && toks[i-2].is("minus"):
		return i - 2
	case i >= 1 && toks[i-1].is("minus"):
		return i - 1
	}
	return -1
}

// afterMagnitude reports a number that follows "magnitude" ("magnitude
// 6.3", "magnitude-4.8"): an earthquake's strength.
func afterMagnitude(toks []token, i int) bool {
	switch {
	case i >= 1 && toks[i-1].is("magnitude"):
		return true
	case i >= 2 && toks[i-1].text == "-" && toks[i-2].is("magnitude"):
		return true
	}
	return false
}

var timeUnits = set("year", "years", "month", "months", "week", "weeks", "day", "days",
	"hour", "hours", "minute", "minutes", "second", "seconds", "decade", "decades", "times")

// afterBetween reports "between" right before the number or its currency
// sign: "between 5 and 10", "between $220 million and $260 million".
func afterBetween(toks []token, i int) bool {
	if i > 0 && currencies[toks[i-1].text] != "" {
		i--
	}
	return i > 0 && toks[i-1].is("between")
}

// outcomeBefore reads a casualty verb right before the number: "killing
// 10 people", "injured two others".
func outcomeBefore(toks []token, qstart int) string {
	if qstart == 0 {
		return ""
	}
	w := toks[qstart-1].lower
	switch {
	case strings.HasPrefix(w, "kill"):
		return "deaths"
	case strings.HasPrefix(w, "injur"), strings.HasPrefix(w, "wound"), w == "hurt", w == "hurting":
		return "injuries"
	}
	return ""
}
