package cluster

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Five accidental shootings of 17-year-olds in five towns, two reports
// each, told in the same words: the chain a dense stream grows when each
// report joins on "17-year-old", "accidentally" and the day. Every report
// also names the Brackmoor County Sheriff's Office, which other stories'
// reports name too.
var chainTowns = []struct{ town, victim, street string }{
	{"Harbourton", "Declan Ashgrove", "Keel Street"},
	{"Saltmarsh", "Tobin Whitlow", "Gannet Lane"},
	{"Dunhaven", "Ryland Fairweather", "Copper Row"},
	{"Keelby", "Ansel Marrow", "Tern Road"},
	{"Wrenfield", "Corwin Bellamy", "Mill Bank"},
}

func chainReports(town, victim, street string) [2]string {
	return [2]string{
		fmt.Sprintf("A 17-year-old boy was accidentally shot and killed by a friend handling a gun at a home on %s in %s, the Brackmoor County Sheriff's Office said. %s was pronounced dead at the scene.", street, town, victim),
		fmt.Sprintf("Police in %s said %s, 17, died after a friend accidentally shot him while playing with a handgun on %s. The Brackmoor County Sheriff's Office is investigating.", town, victim, street),
	}
}

// chainStory restores the chain's ten reports into one story, and reports
// of other stories naming the sheriff's office, as a store would hold
// them, and returns the clusterer and the chain's members.
func chainStory(t *testing.T, o Options) (*Clusterer, *story) {
	t.Helper()
	c := New(o)
	for i, ct := range chainTowns {
		for j, text := range chainReports(ct.town, ct.victim, ct.street) {
			c.Restore(Doc{ID: fmt.Sprintf("%s-%d", strings.ToLower(ct.town), j), Body: text}, "s-chain")
		}
		// Three reports of another story for each town, naming the office
		// and nothing of the chain's incidents.
		for j := range 3 {
			c.Restore(Doc{ID: fmt.Sprintf("other-%d-%d", i, j), Body: fmt.Sprintf(
				"Deputies of the Brackmoor County Sheriff's Office arrested a driver after a chase near Pellow Farm %d on Sunday; nobody was hurt.", i)},
				fmt.Sprintf("s-other-%d", i))
		}
	}
	return c, c.stories[c.byID["s-chain"]]
}

// The 2-means cut cannot cut the chain (no half of five incidents has a
// name of its own), the name groups can: each incident's reports share
// its town, victim and street and nothing of the others'. The sheriff's
// office, which every report names, does not join them: other stories'
// reports name it too.
func TestNameGroupsCutChain(t *testing.T) {
	c, s := chainStory(t, DefaultOptions())
	c.markDirty(s)
	c.Maintain()
	group := map[string]string{} // article → story
	for _, st := range c.stories {
		if st == nil {
			continue
		}
		for _, m := range st.members {
			group[m.id] = st.id
		}
	}
	for _, ct := range chainTowns {
		p := strings.ToLower(ct.town)
		a, b := group[p+"-0"], group[p+"-1"]
		if a != b {
			t.Errorf("%s's two reports are in stories %s and %s", ct.town, a, b)
		}
		for _, other := range chainTowns {
			if q := strings.ToLower(other.town); q != p && group[q+"-0"] == a {
				t.Errorf("%s's and %s's reports are still in one story %s", ct.town, other.town, a)
			}
		}
	}
}

// With the cut off the chain stays whole: the 2-means test alone does not
// cut it (the case above is the name groups' doing).
func TestNameGroupsCutOff(t *testing.T) {
	o := DefaultOptions()
	o.SplitNameHolders = 0
	c, s := chainStory(t, o)
	if a, b, ok := c.splitStory(s); ok {
		t.Fatalf("without the name groups the chain is cut %d | %d", len(a), len(b))
	}
}

// A name every report of the story holds joins the groups when the
// story's members are most of its documents, and not when other stories'
// reports hold it too: counting the office as an event name (a share
// bar of 0.3: the chain holds 10 of its 25 documents) leaves the chain
// whole.
func TestNameGroupsEventNames(t *testing.T) {
	o := DefaultOptions()
	o.SplitNameHolders = 0.3
	c, s := chainStory(t, o)
	if a, b, ok := c.splitStory(s); ok {
		t.Errorf("with the office counted as an event name the chain is cut %d | %d", len(a), len(b))
	}
	c, s = chainStory(t, DefaultOptions())
	var ms []member
	for _, m := range s.members {
		if m.f != nil {
			ms = append(ms, m)
		}
	}
	office, ok1 := c.voc.ids[entPrefix+"brackmoor county sheriff"]
	harbourton, ok2 := c.voc.ids[entPrefix+"harbourton"]
	if !ok1 || !ok2 {
		t.Fatalf("names not read: the office %v, Harbourton %v", ok1, ok2)
	}
	for i, names := range c.eventNames(ms) {
		if slices.Contains(names, office) {
			t.Errorf("member %s: the sheriff's office counted as an event name", ms[i].id)
		}
		if strings.HasPrefix(ms[i].id, "harbourton") && !slices.Contains(names, harbourton) {
			t.Errorf("member %s: Harbourton not counted as an event name", ms[i].id)
		}
	}
}

// One event's story, reports naming its victim and street in different
// words, is not cut: its reports share its names.
func TestNameGroupsKeepEvent(t *testing.T) {
	c := New(DefaultOptions())
	for i, text := range harbourton {
		c.Restore(Doc{ID: fmt.Sprintf("h%d", i), Body: text}, "s-h")
	}
	c.Restore(Doc{ID: "hf", Body: harbourtonFollow}, "s-h")
	if a, b, ok := c.splitStory(c.stories[c.byID["s-h"]]); ok {
		t.Fatalf("one event's story cut %d | %d", len(a), len(b))
	}
}

// Three events in one story, told in unrelated words: one split cuts an
// event off and, its halves scoring far apart (under SplitAgainScore),
// cuts the other half's two events apart at once rather than at the next
// Maintain pass.
func TestSplitAgainAtOnce(t *testing.T) {
	events := map[string][]string{
		"fire": {
			"Fire crews fought a blaze at the Saltmarsh harbour warehouse owned by Pellow Marine overnight; the roof collapsed.",
			"The Pellow Marine warehouse on Saltmarsh harbour burned through the night and firefighters saved the boats moored beside it.",
			"Smoke from the Pellow Marine warehouse fire drifted over Saltmarsh harbour until morning, the fire service said.",
		},
		"vote": {
			"The Dunhaven council voted to close the Abbotsgate library branch after a long debate over the budget.",
			"Councillors in Dunhaven backed closing Abbotsgate library by nine votes to four on Tuesday evening.",
		},
		"bridge": {
			"A footbridge over the Keelby canal gave way under a delivery van driven by Ottilie Brann, who climbed out unhurt.",
			"Engineers inspected the collapsed Keelby canal footbridge after Ottilie Brann's van fell through the deck.",
		},
	}
	run := func(o Options) map[string]string {
		c := New(o)
		for _, ev := range []string{"fire", "vote", "bridge"} {
			for i, text := range events[ev] {
				c.Restore(Doc{ID: fmt.Sprintf("%s-%d", ev, i), Body: text}, "s-three")
			}
		}
		c.split(c.byID["s-three"], nil)
		story := map[string]string{}
		for _, s := range c.stories {
			if s == nil {
				continue
			}
			for _, m := range s.members {
				story[m.id] = s.id
			}
		}
		return story
	}
	story := run(DefaultOptions())
	for ev, texts := range events {
		for i := range texts {
			if story[fmt.Sprintf("%s-%d", ev, i)] != story[ev+"-0"] {
				t.Errorf("%s-%d is not in its event's story", ev, i)
			}
		}
	}
	if story["fire-0"] == story["vote-0"] || story["vote-0"] == story["bridge-0"] || story["fire-0"] == story["bridge-0"] {
		t.Errorf("one split left two events in one story: fire %s, vote %s, bridge %s", story["fire-0"], story["vote-0"], story["bridge-0"])
	}
	o := DefaultOptions()
	o.SplitAgainScore = 0
	if s := run(o); s["fire-0"] != s["vote-0"] && s["vote-0"] != s["bridge-0"] && s["fire-0"] != s["bridge-0"] {
		t.Errorf("with no second cut at once one split still made three stories: the case does not test the rule")
	}
}
