package claims

import (
	"math"
	"sort"
	"strings"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/textnorm"
)

// mention is one quantity in one sentence.
type mention struct {
	s *sentence
	m Match
}

// unitClasses folds the words sources use for one counted thing.
var unitClasses = map[string]string{
	"troops": "troops", "soldiers": "troops", "forces": "troops", "servicemen": "troops",
	"personnel": "troops", "fighters": "troops", "troop": "troops", "soldier": "troops",
	"casualties": "casualties", "casualty": "casualties",
	"deaths": "deaths", "dead": "deaths", "fatalities": "deaths", "killed": "deaths",
	"injuries": "injuries", "injured": "injuries", "wounded": "injuries", "hurt": "injuries",
	"people": "people", "persons": "people", "individuals": "people", "person": "people",
}

// humanUnits become deaths, injuries or casualties when the sentence says
// what happened to them.
var humanUnits = set("troops", "people", "men", "women", "children", "civilians", "victims", "students", "officers", "adults")

// unitClass is the counted thing as alignment compares it. Units repeat
// from mention to mention; textnorm.Stem's memo spares stemming them
// again (a ledger's own memo of them did, before it had one).
func unitClass(m Match) string {
	c, ok := unitClasses[m.Unit]
	if !ok {
		c = textnorm.Stem(m.Unit)
	}
	switch {
	case m.Outcome != "" && (totalUnits[c] || totalUnits[m.Unit]):
		return m.Outcome
	case m.Outcome != "" && humanUnits[m.Unit]:
		// "two women were killed" counts part of the dead, not all of
		// them: aligning it with "4 dead" made most "differ" claims on
		// gvc-dev (610379, 548991, 589488, 681768).
		return m.Unit + " " + m.Outcome
	}
	return c
}

// totalUnits count everyone an outcome befell; other human units count a
// part of them.
var totalUnits = set("troops", "people", "victims", "civilians", "others")

// displayUnit names the counted thing for people: the class when it is
// one of ours ("casualties"), else the unit as written.
func displayUnit(m Match) string {
	c := unitClass(m)
	if _, ok := unitClasses[m.Unit]; ok || c == m.Outcome {
		return c
	}
	return m.Unit
}

// quantityClaims aligns the quantities with a unit by subject, unit class
// and modifier, one claim per group.
func (x *Extractor) quantityClaims(sents []sentence) []news.Claim {
	groups := map[string][]mention{}
	var order []string
	for i := range sents {
		for _, m := range sents[i].qty {
			if m.Unit == "" {
				continue
			}
			key := strings.Join(strings.Fields(m.Subject+" "+m.Modifier+" "+unitClass(m)), " ")
			if groups[key] == nil {
				order = append(order, key)
			}
			groups[key] = append(groups[key], mention{s: &sents[i], m: m})
		}
	}
	claims := make([]news.Claim, 0, len(order))
	for _, key := range order {
		ms := groups[key]
		class := unitClass(ms[0].m)
		if ms[0].m.Subject != "" && !genericUnits[class] || eventCounts[class] {
			for _, part := range splitOnes(ms) {
				claims = append(claims, x.quantityClaim(part))
			}
			continue
		}
		// Without a subject, "20 years" in one report and "3 years" in
		// another are usually different things, not a disagreement.
		for _, part := range x.compatibleParts(ms) {
			claims = append(claims, x.quantityClaim(part))
		}
	}
	sort.SliceStable(claims, func(i, j int) bool { return len(claims[i].Sources) > len(claims[j].Sources) })
	return claims
}

// eventCounts are the counts a story's sources should agree on even when
// no subject is named: the dead and the wounded. Bare "people" or
// "victims" groups mixed populations, crowds and earlier events on the
// cluster data (ecbplus-dev 20_ecbplus: 120,000 islanders beside 10
// dead), so those are only aligned when equal.
var eventCounts = set("deaths", "injuries", "casualties")

// genericUnits say too little to call two different numbers a
// disagreement even with a subject: a country's "people" can hold 10 dead
// beside 400,000 residents of a port city in one report.
var genericUnits = set("people", "years", "months", "weeks", "days", "hours", "minutes", "times", "percent")

// splitOnes keeps mentions of a single one apart: "one victim was in
// critical condition" names a person, it does not count the victims.
func splitOnes(ms []mention) [][]mention {
	var ones, rest []mention
	for _, mt := range ms {
		if mt.m.Low == 1 && mt.m.High == 1 && mt.m.Subject == "" {
			ones = append(ones, mt)
		} else {
			rest = append(rest, mt)
		}
	}
	var parts [][]mention
	for _, p := range [][]mention{rest, ones} {
		if len(p) > 0 {
			parts = append(parts, p)
		}
	}
	return parts
}

// compatibleParts splits mentions into runs that agree with their first
// mention, in order.
func (x *Extractor) compatibleParts(ms []mention) [][]mention {
	var parts [][]mention
	for _, mt := range ms {
		placed := false
		for i, p := range parts {
			if x.compatible(p[0].m.Quantity, mt.m.Quantity) {
				parts[i] = append(p, mt)
				placed = true
				break
			}
		}
		if !placed {
			parts = append(parts, []mention{mt})
		}
	}
	return parts
}

// quantityClaim builds the claim of one group of mentions: its most
// reported value, and agree/differ by interval overlap with that value.
func (x *Extractor) quantityClaim(ms []mention) news.Claim {
	rep := representative(ms)
	first := ms[rep].m
	c := news.Claim{Kind: "quantity", Status: news.ClaimAgree,
		Subject: strings.Join(strings.Fields(first.Subject+" "+first.Modifier+" "+displayUnit(first)), " ")}
	q := ms[rep].m.Quantity
	c.Quantity = &q
	var sents []*sentence
	for _, mt := range ms {
		mq := mt.m.Quantity
		c.Mentions = append(c.Mentions, news.ClaimMention{ArticleID: mt.s.id, Sentence: mt.s.text, Quantity: &mq, AttributedTo: mt.s.source})
		if !x.compatible(q, mq) {
			c.Status = news.ClaimDiffer
		}
		sents = append(sents, mt.s)
	}
	x.fill(&c, sents, func(s *sentence) bool { return sameQuantity(ms, s, q) })
	return c
}

// fill sets a claim's text, sources, attribution, confidence and single
// status from its sentences; prefer picks sentences fit to stand for it.
func (x *Extractor) fill(c *news.Claim, sents []*sentence, prefer func(*sentence) bool) {
	best, bestScore := sents[0], -1
	sources, conf := map[string]int{}, map[string]int{}
	confs := map[string]*news.Confidence{}
	for _, s := range sents {
		if !contains(c.Sources, s.id) {
			c.Sources = append(c.Sources, s.id)
		}
		if s.source != "" {
			sources[s.source]++
		}
		if s.conf != nil {
			conf[s.conf.Term]++
			confs[s.conf.Term] = s.conf
		}
		score := boolInt(prefer(s))*4 + boolInt(s.source != "")*2 + boolInt(s.conf != nil) + boolInt(!s.title)
		if score > bestScore {
			best, bestScore = s, score
		}
	}
	c.Text = best.text
	c.AttributedTo = most(sources)
	if t := most(conf); t != "" {
		c.Confidence = confs[t]
	}
	if len(c.Sources) == 1 {
		c.Status = news.ClaimSingle
	}
}

// representative returns the index of the first mention of the value most
// sources report (the earliest such value on ties).
func representative(ms []mention) int {
	type val struct {
		q       news.Quantity
		first   int
		sources map[string]bool
	}
	var vals []*val
	for i, mt := range ms {
		q := mt.m.Quantity
		q.Unit = ""
		var v *val
		for _, w := range vals {
			if w.q == q {
				v = w
			}
		}
		if v == nil {
			v = &val{q: q, first: i, sources: map[string]bool{}}
			vals = append(vals, v)
		}
		v.sources[mt.s.id] = true
	}
	best := vals[0]
	for _, v := range vals[1:] {
		if len(v.sources) > len(best.sources) {
			best = v
		}
	}
	return best.first
}

func sameQuantity(ms []mention, s *sentence, q news.Quantity) bool {
	for _, mt := range ms {
		if mt.s == s && mt.m.Low == q.Low && mt.m.High == q.High && mt.m.Qualifier == q.Qualifier {
			return true
		}
	}
	return false
}

// interval is the range of true values a reported quantity allows.
func (x *Extractor) interval(q news.Quantity) (float64, float64) {
	e, a := x.opts.ExactTolerance, x.opts.ApproxTolerance
	switch q.Qualifier {
	case "more than", "at least":
		return q.Low, math.Inf(1)
	case "up to", "fewer than":
		return 0, q.High
	case "around", "approximately":
		return q.Low * (1 - a), q.High * (1 + a)
	case "nearly":
		return q.Low * (1 - a), q.High
	}
	if q.Low != q.High {
		return q.Low, q.High // a stated range is its own tolerance
	}
	return q.Low * (1 - e), q.High * (1 + e)
}

// compatible reports whether two reports of one quantity can both be true:
// 11,000 lies inside 10,000–12,000; "6,000" fits "more than 6,000".
func (x *Extractor) compatible(a, b news.Quantity) bool {
	alo, ahi := x.interval(a)
	blo, bhi := x.interval(b)
	return alo <= bhi && blo <= ahi
}

// textClaims groups sentences carrying estimative language (without a
// quantity claim) or a verification note by wording.
func (x *Extractor) textClaims(sents []sentence, kind string) []news.Claim {
	var want []*sentence
	for i := range sents {
		if wantText(&sents[i], kind) {
			want = append(want, &sents[i])
		}
	}
	groups := x.group(want)
	claims := make([]news.Claim, 0, len(groups))
	for _, g := range groups {
		c := news.Claim{Kind: kind, Status: news.ClaimAgree}
		if kind == "verification" {
			c.Subject = g[0].verify
		}
		for _, s := range g {
			c.Mentions = append(c.Mentions, news.ClaimMention{ArticleID: s.id, Sentence: s.text, AttributedTo: s.source})
		}
		x.fill(&c, g, func(s *sentence) bool { return true })
		claims = append(claims, c)
	}
	sort.SliceStable(claims, func(i, j int) bool { return len(claims[i].Sources) > len(claims[j].Sources) })
	return claims
}

func wantText(s *sentence, kind string) bool {
	if kind == "verification" {
		return s.verify != ""
	}
	if s.conf == nil {
		return false
	}
	for _, m := range s.qty {
		if m.Unit != "" {
			return false
		}
	}
	return true
}

// group groups sentences by wording (see grouper).
func (x *Extractor) group(sents []*sentence) [][]*sentence {
	g := newGrouper(x.opts.MergeSimilarity, sents)
	for _, s := range sents {
		g.add(s)
	}
	return g.groups
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
