package cluster

import (
	"strings"
	"testing"
)

// agentOf returns the agent of s, "" when its first prose sentence opens
// with no name (a lower-case subject, "A magnitude 6 quake struck") or
// no prose sentence comes within agentTokens.
func agentOf(s string) string {
	var a agentScanner
	eachToken(s, func(t token) { a.token(t, strings.ToLower(t.text)) })
	a.flush()
	return a.agent
}

func TestAgentOf(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		// The name before the verb, its last run only up to a lower-case word.
		{"The Harbourton Rovers have made a five-year offer to forward Maren Solberg, the club said.", "harbourton rovers"},
		{"Rovers manager Ada Pennick confirmed the offer to Maren Solberg on Friday night.", "rovers"},
		// A name set apart by a comma ends before it.
		{"Maren Solberg, Harbourton Rovers forward, signed a five-year contract on Friday.", "maren solberg"},
		{"Mayor Maren Solberg signed the Keel Street budget on Tuesday after a long debate.", "mayor maren solberg"},
		// A clause before the subject is read past.
		{"With a month left in office, the Harbourton council loosened the rules on Mill Lane.", "harbourton"},
		// A headline in Title Case is no prose; the lead under it is read.
		{"Rovers Make Huge Offer To Solberg\n\nThe Keelside Wanderers made an offer to Maren Solberg too.", "keelside wanderers"},
		// A dateline in capitals and a date before the subject.
		{"HARBOURTON, March 3, 2024 The Keelside Wanderers withdrew their offer on Monday.", "keelside wanderers"},
		// A lower-case subject: no agent.
		{"A magnitude 5 quake struck near Harbourton on Monday, the survey said.", ""},
		// A clause with no comma after it: no agent.
		{"After the Rovers made their offer the Wanderers waited for an answer from the player.", ""},
	} {
		if got := agentOf(c.text); got != c.want {
			t.Errorf("agentOf(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestNamedAgent(t *testing.T) {
	keys := []string{entPrefix + "solberg", entPrefix + "maren solberg", numPrefix + "2024"}
	for _, c := range []struct{ agent, want string }{
		{"maren solberg", "maren solberg"},
		{"solberg", "solberg"},
		{"authorities", ""}, // a sentence's first word the text names nowhere else
		{"2024", ""},        // a number key is no name
		{"", ""},
	} {
		if got := namedAgent(c.agent, keys); got != c.want {
			t.Errorf("namedAgent(%q) = %q, want %q", c.agent, got, c.want)
		}
	}
}

// Two clubs' offers to one player, a week apart and undated: the reports
// share the player, her agent, the contract's length and the words of an
// offer, and differ in who made it. The Harbourton Rovers' reports open
// with the Rovers, the Keelside Wanderers' with the Wanderers.
var (
	roversOffer = []string{
		"The Harbourton Rovers have made a five-year offer to forward Maren Solberg, her agent Tobin Whitlow said on Friday at the winter meetings.",
		"The Rovers made a five-year contract offer to free agent Maren Solberg at the winter meetings, agent Tobin Whitlow confirmed.",
		"Harbourton Rovers owner Ada Pennick met Tobin Whitlow and offered Maren Solberg a five-year contract, the largest in club history.",
		"The Harbourton Rovers offered Maren Solberg a five-year deal; Tobin Whitlow said the forward would weigh the offer over the winter meetings.",
		"Rovers general manager Corwin Bellamy said the club has offered forward Maren Solberg a five-year contract through her agent Tobin Whitlow.",
	}
	wanderersOffer = []string{
		"The Keelside Wanderers have made a five-year offer to forward Maren Solberg, her agent Tobin Whitlow said after the winter meetings.",
		"The Wanderers made a five-year contract offer to free agent Maren Solberg, agent Tobin Whitlow confirmed after the winter meetings.",
		"Keelside Wanderers owner Ansel Marrow met Tobin Whitlow and offered Maren Solberg a five-year contract, the richest in club history.",
		"The Keelside Wanderers offered Maren Solberg a five-year deal; Tobin Whitlow said the forward would weigh the offer after the winter meetings.",
		"Wanderers general manager Declan Ashgrove said the club has offered forward Maren Solberg a five-year contract through her agent Tobin Whitlow.",
	}
)

// offersStory restores both offers' reports into one story, as a store
// would hold a merge made while the second club's first reports found
// only the first club's story, runs Maintain and returns each article's
// story.
func offersStory(t *testing.T, o Options) map[string]string {
	t.Helper()
	return storyOfArticle(maintainedStory(o, "s-offers", append(docs("rovers-", roversOffer), docs("wanderers-", wanderersOffer)...)))
}

// TestAgentsCut: Maintain cuts the two offers' story along who made the
// offer, each club's reports whole. With the agents cut off the story
// stays one.
func TestAgentsCut(t *testing.T) {
	group := offersStory(t, DefaultOptions())
	wholeApart(t, group, "rovers-", len(roversOffer), "wanderers-", len(wanderersOffer))
	o := DefaultOptions()
	o.SplitAgentMin = 0
	if group := offersStory(t, o); group["rovers-0"] != group["wanderers-0"] {
		t.Errorf("with the agents cut off the story was cut anyway: the test does not hold the agents cut")
	}
}

// TestAgentsCutBar: halves scoring at or over SplitAgentMaxScore stay
// one story, however their agents part them.
func TestAgentsCutBar(t *testing.T) {
	o := DefaultOptions()
	o.SplitAgentMaxScore = 0.3 // under the two offers' halves' score
	if group := offersStory(t, o); group["rovers-0"] != group["wanderers-0"] {
		t.Errorf("halves scoring over SplitAgentMaxScore were cut")
	}
}

// TestAgentSaved: a restored clusterer's documents keep their agents, so
// the agents cut reads the same after a restart.
func TestAgentSaved(t *testing.T) {
	c := New(DefaultOptions())
	c.Restore(Doc{ID: "rovers-0", Body: roversOffer[0]}, "s-offers")
	data, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	r := New(DefaultOptions())
	if err := r.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	ms := r.stories[r.byID["s-offers"]].members
	if len(ms) != 1 || ms[0].f == nil || ms[0].f.agent != "harbourton rovers" {
		t.Errorf("restored members %+v, want rovers-0 with agent %q", ms, "harbourton rovers")
	}
}

// Two decisions on one quay, told in the same words: the Harbourton
// council's bid (its harbour wall repairs and tidal basin dredging) and
// the Keelside Port Trust's lease (a cafe and a market hall). The
// council's reports open with the council, the trust's with the trust.
var (
	quayBid = []string{
		"The Harbourton council approved a bid for the old ferry quay on Keel Street, council leader Maren Solberg said, after a vote on the harbour wall repairs and the tidal basin.",
		"The Harbourton council voted for the ferry quay bid; Maren Solberg said the harbour wall repairs and the tidal basin dredging come first.",
		"Harbourton council members backed the quay bid by nine votes to two, Maren Solberg said, with the harbour wall and the tidal basin in the plan.",
		"The Harbourton council approved the quay bid on Keel Street, leaving the harbour wall repairs and the tidal basin dredging to next spring, Maren Solberg said.",
		"The Harbourton council's quay bid passed, Maren Solberg said, and the harbour wall repairs and tidal basin dredging will start in spring.",
	}
	quayLease = []string{
		"The Keelside Port Trust signed a lease for the old ferry quay on Keel Street, trust chair Ansel Marrow said, with a new cafe and a market hall.",
		"The Keelside Port Trust signed the ferry quay lease; Ansel Marrow said a cafe and a market hall would open in the summer.",
		"Keelside Port Trust members backed the quay lease, Ansel Marrow said, and a cafe and a market hall are in the plan.",
		"The Keelside Port Trust signed the quay lease on Keel Street, Ansel Marrow said, with a market hall and a cafe by summer.",
		"The Keelside Port Trust's quay lease was signed, Ansel Marrow said, and the cafe and market hall will open in summer.",
	}
	// A report of the lease whose lead opens with no name and whose
	// words are the council's: by its score it is the bid's, by its
	// names (the trust, its chair) the lease's.
	quayTrustReport = "The harbour wall repairs and the tidal basin dredging were approved by vote; the harbour wall repairs and tidal basin dredging start in spring after the vote, Ansel Marrow of the Keelside Port Trust said, and Maren Solberg agreed."
)

// quayCutSide returns the first member of the agents cut's half that
// holds quayTrustReport.
func quayCutSide(t *testing.T, o Options) string {
	t.Helper()
	c := New(o)
	for _, d := range append(append(docs("bid-", quayBid), docs("lease-", quayLease)...), Doc{ID: "trust-report", Body: quayTrustReport}) {
		c.Restore(d, "s-quay")
	}
	ms := c.stories[c.byID["s-quay"]].members
	for _, m := range ms {
		if m.id == "trust-report" && m.f.agent != "" {
			t.Fatalf("trust-report has agent %q, want none", m.f.agent)
		}
	}
	a, b, ok := c.agentsCut(ms)
	if !ok {
		t.Fatalf("the quay story was not cut")
	}
	for _, half := range [2][]member{a, b} {
		for _, m := range half {
			if m.id == "trust-report" {
				return half[0].id
			}
		}
	}
	t.Fatalf("trust-report in neither half")
	return ""
}

// TestAgentsCutPlacesByNames: a member with no agent goes to the core its
// names are nearer, though its other words are the other core's; placed
// by the score alone (SplitAgentNames 0) it goes to the other.
func TestAgentsCutPlacesByNames(t *testing.T) {
	if got := quayCutSide(t, DefaultOptions()); got != "lease-0" {
		t.Errorf("trust-report is in the half of %s, want lease-0's", got)
	}
	o := DefaultOptions()
	o.SplitAgentNames = 0
	if got := quayCutSide(t, o); got != "bid-0" {
		t.Errorf("placed by the score alone, trust-report is in the half of %s, want bid-0's: the test does not hold SplitAgentNames", got)
	}
}
