package cluster

import (
	"math"
	"strings"

	"github.com/storyfold/storyfold/textnorm"
)

// Agents: a topic can hold two similar events whose reports share every
// name and word (a rule issued by one government and reversed by the
// next, two clubs' offers to one player). Their halves score over
// SplitMaxScore, and neither side has a name the other lacks: the
// reports of each name the other's actors too. What differs is who
// acted: the name a lead's first sentence opens with, before its verb
// ("The Harbourton council approved", "the Keelside Wanderers made an
// offer"). A report's agent is the first run of capitalised words of its
// lead's first prose sentence, ended by the first lower-case word that is
// no stopword: "Mayor Maren Solberg signed" gives "mayor maren solberg",
// "Rovers manager Ada Pennick confirmed" "rovers". On ecbplus-dev 209
// of 461 reports have one (gvc-dev: 127 of 436; its leads open
// with "A 15-year-old boy"); the reports of one event that have one
// mostly share it.

// agentTokens bounds how far into the text the agent is looked for: a
// dateline, a headline and a lead's first sentence fit in it.
const agentTokens = 120

// agentZone bounds the words read for the subject, agentRun the words
// of its name kept.
const agentZone, agentRun = 13, 8

// agentScanner finds a text's agent in the token pass that finds its
// names (scanKeys), without keeping the tokens: while a sentence runs it
// reads its subject, and when the sentence ends it keeps that as the
// agent if the sentence was prose: at least six words, a third of them
// lower-case (a headline in Title Case or capitals, a dateline or a
// label is not). After the first prose sentence, or agentTokens tokens,
// it reads no more.
type agentScanner struct {
	n     int // tokens read
	done  bool
	agent string

	// The sentence being read: its tokens, those lower-case, where its
	// subject is read (agentPhase), the subject's words read and the
	// name's words.
	toks, lower int
	phase       agentPhase
	zone        int
	run         [agentRun]string
	runN        int
}

type agentPhase uint8

const (
	agentStart   agentPhase = iota // the sentence's first word
	agentClause                    // a clause before the subject, up to its comma
	agentSubject                   // the subject's words
	agentRead                      // the subject is read
)

func (a *agentScanner) token(t token, w string) {
	if a.done {
		return
	}
	if a.n++; a.n > agentTokens {
		a.done = true
		return
	}
	if t.sentStart && a.toks > 0 {
		if a.endSentence() {
			a.done = true
			return
		}
		a.toks, a.lower, a.phase, a.zone, a.runN = 0, 0, agentStart, 0, 0
	}
	a.toks++
	if !isCapitalised(t.text) && !isNumber(w) {
		a.lower++
	}
	switch a.phase {
	case agentStart:
		// A sentence opening with a clause ("With a month left in
		// office, the Harbourton council loosened") is read from after
		// the clause's comma.
		if agentOpener(w) {
			a.phase = agentClause
			return
		}
		a.phase = agentSubject
	case agentClause:
		if !strings.Contains(t.gap, ",") {
			return
		}
		a.phase = agentSubject
	case agentRead:
		return
	}
	a.subject(t, w)
}

// subject reads one word of the subject: the name is the first run of
// capitalised words, ended by a lower-case word or any gap but a space;
// datelines' capitals, numbers and calendar words before it are passed
// over, and a lower-case word that is no stopword before any name means
// the subject is none.
func (a *agentScanner) subject(t token, w string) {
	switch {
	case isNumber(w) && a.runN > 0 && t.joined && hasLetter(w):
		a.add(w) // "the Harbourton 76ers"
	case isNumber(w) || len(w) < 2:
		// A dateline's numbers, an initial.
	case isCapitalised(t.text) && allCaps(t.text):
		// A dateline's place in capitals.
	case isCapitalised(t.text):
		_, cal := calendar(w)
		switch {
		case cal || textnorm.IsStopword(w):
			if a.runN > 0 {
				a.phase = agentRead
			}
		case a.runN > 0 && !t.joined:
			a.phase = agentRead
		default:
			a.add(w)
		}
	default:
		if a.runN > 0 || !textnorm.IsStopword(w) {
			a.phase = agentRead
		}
	}
	if a.zone++; a.zone >= agentZone {
		a.phase = agentRead
	}
}

func (a *agentScanner) add(w string) {
	if a.runN < agentRun {
		a.run[a.runN] = w
		a.runN++
	}
}

// endSentence keeps the sentence's subject as the agent and reports true
// when the sentence was prose.
func (a *agentScanner) endSentence() bool {
	if a.toks < 6 || a.lower*3 < a.toks {
		return false
	}
	if a.phase != agentClause && a.runN > 0 {
		a.agent = strings.Join(a.run[:a.runN], " ")
	}
	return true
}

// flush reads the last sentence when no earlier one was prose.
func (a *agentScanner) flush() {
	if !a.done && a.toks > 0 {
		a.endSentence()
	}
	a.done = true
}

// allCaps reports whether w, capitalised, has no lower-case letter and
// two or more letters.
func allCaps(w string) bool {
	if len(w) < 2 {
		return false
	}
	return strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// agentOpener reports whether a sentence opening with the lower-case word
// w opens with a clause before its subject.
func agentOpener(w string) bool {
	switch w {
	case "with", "in", "after", "before", "just", "as", "when", "while", "on", "at",
		"for", "by", "despite", "following", "amid", "since", "according", "during",
		"if", "although", "though", "once", "today", "yesterday", "tonight", "now",
		"earlier", "later", "last", "this", "under", "over", "from", "because",
		"until", "unlike", "like", "meanwhile", "however", "still", "so", "but", "and":
		return true
	}
	return false
}

// hasLetter reports whether the lower-case word w has an ASCII letter.
func hasLetter(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return true
		}
	}
	return false
}

// namedAgent returns agent when keys (a document's name and number keys,
// prefixed) name it: a lone capitalised word opening a sentence is an
// agent only when the document also writes it as a name elsewhere
// ("Obama overturns", not "Authorities say").
func namedAgent(agent string, keys []string) string {
	if agent == "" {
		return ""
	}
	last := agent[strings.LastIndexByte(agent, ' ')+1:]
	for _, k := range keys {
		if len(k) == len(last)+1 && k[0] == entPrefix[0] && k[1:] == last {
			return agent
		}
	}
	return ""
}

// agentsCut cuts ms along who acted: the members' agents are grouped by
// the words they share ("Los Angeles Angels" with "the Angels"), and the
// two groups held by most members, each at least SplitAgentMin of them and
// SplitAgentShare of the members with an agent, are the halves' cores; the
// other members go to the half they score higher with, their names
// counted SplitAgentNames times more: the cut is about who acted, and a
// report whose lead opens with no name still names its actors, while its
// other words are those of both events (ecbplus-dev: an unagented report
// of Obama's reversal scores Bush's core higher by its words, 0.463
// against 0.415, and Obama's by its names, 0.647 against 0.522). The cut
// is kept when the halves score under SplitAgentMaxScore.
func (c *Clusterer) agentsCut(ms []member) (a, b []member, ok bool) {
	if c.o.SplitAgentMin <= 0 {
		return nil, nil, false
	}
	ids := map[string]uint32{}
	keys := make([][]uint32, len(ms))
	agented := 0
	for i, m := range ms {
		if m.f.agent == "" {
			continue
		}
		agented++
		for w := range strings.FieldsSeq(m.f.agent) {
			id, seen := ids[w]
			if !seen {
				id = uint32(len(ids))
				ids[w] = id
			}
			keys[i] = append(keys[i], id)
		}
	}
	if agented < 2*c.o.SplitAgentMin {
		return nil, nil, false
	}
	find, _ := joinByKeys(keys, 0)
	size := map[int]int{}
	for i := range ms {
		if len(keys[i]) > 0 {
			size[find(i)]++
		}
	}
	g1, g2 := -1, -1
	for r, n := range size {
		switch {
		case g1 < 0 || n > size[g1] || n == size[g1] && r < g1:
			g1, g2 = r, g1
		case g2 < 0 || n > size[g2] || n == size[g2] && r < g2:
			g2 = r
		}
	}
	least := max(c.o.SplitAgentMin, int(math.Ceil(c.o.SplitAgentShare*float64(agented))))
	if g2 < 0 || size[g2] < least {
		return nil, nil, false
	}
	var ca, cb []member
	for i, m := range ms {
		if len(keys[i]) == 0 {
			continue
		}
		switch find(i) {
		case g1:
			ca = append(ca, m)
		case g2:
			cb = append(cb, m)
		}
	}
	a, b = c.placeRest(ms, ca, cb, c.o.SplitAgentNames)
	if c.halvesScore(a, b) >= c.o.SplitAgentMaxScore {
		return nil, nil, false
	}
	return a, b, true
}
