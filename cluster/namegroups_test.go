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
	group := storyOfArticle(c)
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
		return storyOfArticle(c)
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

// Three accidental shootings of boys in one town, two reports each, that
// name nothing but the town: the name groups are one group. Each
// shooting's reports age their boy, and no two shootings' reports share
// an age.
var ageChain = []struct {
	age  int
	text [2]string
}{
	{4, [2]string{
		"A 4-year-old boy found a pistol in a bedroom drawer and shot himself in the hand at an apartment in Harbourton, police said. The toddler was taken to hospital by helicopter.",
		"Police in Harbourton said the boy, 4, was recovering after the pistol his father kept in a bedroom drawer went off in his hand while his parents slept.",
	}},
	{7, [2]string{
		"A 7-year-old boy was shot in the face when a rifle left in a parked truck fired as he climbed into the cab outside a feed store in Harbourton, deputies said.",
		"The boy, 7, remained in critical condition after the rifle behind the truck seat discharged at the feed store, and deputies in Harbourton said the owner could face charges.",
	}},
	{8, [2]string{
		"An 8-year-old boy died after he shot himself in the head with a revolver he found under a couch cushion while playing video games at a friend's townhouse in Harbourton.",
		"Detectives in Harbourton said the boy, 8, and two friends were alone in the townhouse when he found the loaded revolver under the couch and it fired.",
	}},
}

// ageChainStory restores the age chain into one story, and unrelated
// stories beside it, and returns the clusterer and the chain's story.
func ageChainStory(t *testing.T, o Options, unaged int) (*Clusterer, *story) {
	t.Helper()
	c := New(o)
	for _, sh := range ageChain {
		for j, text := range sh.text {
			c.Restore(Doc{ID: fmt.Sprintf("age%d-%d", sh.age, j), Body: text}, "s-chain")
		}
	}
	for i := range unaged {
		c.Restore(Doc{ID: fmt.Sprintf("unaged-%d", i), Body: "A boy was accidentally shot in Harbourton and taken to hospital, police said; no other details were released."}, "s-chain")
	}
	for i, body := range brackmoorOthers {
		c.Restore(Doc{ID: fmt.Sprintf("other-%d", i), Body: body}, fmt.Sprintf("s-other-%d", i))
	}
	return c, c.stories[c.byID["s-chain"]]
}

// One Maintain leaves each shooting's reports together and apart from
// the others'; with the cut off, or in a story fewer than SplitAgedShare
// of whose members state ages, the chain stays whole.
func TestAgeGroupsCutChain(t *testing.T) {
	c, s := ageChainStory(t, DefaultOptions(), 0)
	if _, _, ok := c.nameGroupsCut(s.members); ok {
		t.Fatalf("the name groups cut the chain: the case is the ages' to cut")
	}
	c.markDirty(s)
	c.Maintain()
	group := storyOfArticle(c)
	for _, sh := range ageChain {
		a, b := group[fmt.Sprintf("age%d-0", sh.age)], group[fmt.Sprintf("age%d-1", sh.age)]
		if a != b {
			t.Errorf("the %d-year-old's two reports are in stories %s and %s", sh.age, a, b)
		}
		for _, other := range ageChain {
			if other.age != sh.age && group[fmt.Sprintf("age%d-0", other.age)] == a {
				t.Errorf("the %d-year-old's and the %d-year-old's reports are still in one story %s", sh.age, other.age, a)
			}
		}
	}

	o := DefaultOptions()
	o.SplitAgedShare = 0
	c, s = ageChainStory(t, o, 0)
	if a, b, ok := c.splitStory(s); ok {
		t.Errorf("with the age groups off the chain is cut %d | %d", len(a), len(b))
	}
	// Six aged reports of ten: 0.6, under the share.
	c, s = ageChainStory(t, DefaultOptions(), 4)
	if a, b, ok := c.splitStory(s); ok {
		t.Errorf("with 6 of 10 members aged the chain is cut %d | %d", len(a), len(b))
	}
}

// A round-up in the chain's story ages all three boys: it shares an age
// with each shooting's reports, and were it a link the groups would be
// one. One Maintain still leaves each shooting's reports apart from the
// others'; with SplitAgesBridge off the chain stays whole.
func TestAgeGroupsRoundUpNoLink(t *testing.T) {
	roundUp := "The county's safe storage campaign hands out free cable locks at every library branch after a 4-year-old, a 7-year-old and an 8-year-old were wounded this month. Volunteers knock on doors each weekend, and the coalition wants landlords to post leaflets in every lobby."
	chain := func(o Options) (*Clusterer, *story) {
		c, _ := ageChainStory(t, o, 0)
		c.Restore(Doc{ID: "roundup", Body: roundUp}, "s-chain")
		return c, c.stories[c.byID["s-chain"]]
	}
	c, s := chain(DefaultOptions())
	c.markDirty(s)
	c.Maintain()
	group := storyOfArticle(c)
	for _, sh := range ageChain {
		for _, other := range ageChain {
			if other.age != sh.age && group[fmt.Sprintf("age%d-0", other.age)] == group[fmt.Sprintf("age%d-0", sh.age)] {
				t.Errorf("the %d-year-old's and the %d-year-old's reports are still in one story", sh.age, other.age)
			}
		}
	}

	o := DefaultOptions()
	o.SplitAgesBridge = 0
	c, s = chain(o)
	if a, b, ok := c.splitStory(s); ok {
		t.Errorf("with the round-up a link the chain is cut %d | %d", len(a), len(b))
	}
}

// A report that ages three people of one shooting (the boy, his brother,
// a neighbour) shares its ages with that shooting's reports only: it
// keeps them, and its group with it.
func TestDropBridgesKeepsOneGroup(t *testing.T) {
	keys := [][]uint32{{16}, {16}, {16, 18, 43}, {5}, {5}}
	got := dropBridges(keys, 3)
	if len(got[2]) != 3 {
		t.Errorf("a member of one group lost its keys: %v", got[2])
	}
	keys = [][]uint32{{16}, {16}, {16, 5, 43}, {5}, {5}}
	if got := dropBridges(keys, 3); len(got[2]) != 0 {
		t.Errorf("a member bridging two groups kept its keys: %v", got[2])
	}
}

// A round-up in the chain's story (a safe storage campaign's, naming
// its own people and places) names two of its incidents' towns, victims
// and streets: sharing event names with both, it would join their
// groups. One Maintain still leaves Harbourton's and Saltmarsh's reports
// apart; with SplitNameBridges off they stay in one story.
func TestNameGroupsRoundUpNoLink(t *testing.T) {
	roundUp := "The Brackmoor Safe Storage Coalition, Mayor Odile Varga and the Pellow Library Trust hand out free cable locks at the Quarry Hall, the Ferris Wheel Arcade and the Lantern Market after Declan Ashgrove died on Keel Street in Harbourton and Tobin Whitlow on Gannet Lane in Saltmarsh. Volunteers from Saint Brannock Church and the Osprey Rowing Club knock on doors each weekend."
	apart := func(o Options) bool {
		c, s := chainStory(t, o)
		c.Restore(Doc{ID: "roundup", Body: roundUp}, "s-chain")
		c.markDirty(s)
		c.Maintain()
		group := storyOfArticle(c)
		return group["harbourton-0"] != group["saltmarsh-0"] && group["harbourton-1"] != group["saltmarsh-1"]
	}
	if !apart(DefaultOptions()) {
		t.Errorf("Harbourton's and Saltmarsh's reports are still in one story")
	}
	o := DefaultOptions()
	o.SplitNameBridges = false
	if apart(o) {
		t.Errorf("with the round-up a link Harbourton's and Saltmarsh's reports are apart: the case does not test the rule")
	}
}

// Only a member whose keys join groups of the others loses them: two
// members that each join the same two groups join them without the
// other, so neither is a cut vertex.
func TestDropCutMembers(t *testing.T) {
	for _, tc := range []struct {
		keys [][]uint32
		cut  []int
	}{
		{[][]uint32{{1}, {1}, {1, 2}, {2}, {2}}, []int{2}},
		{[][]uint32{{1}, {1, 2}, {1, 2}, {2}}, nil},
		{[][]uint32{{1, 9}, {1}, {1, 2, 3}, {2}, {3, 4}, {4}}, []int{2, 4}},
		{[][]uint32{{7}, {8}, {}}, nil},
	} {
		got := dropCutMembers(tc.keys)
		var cut []int
		for i := range got {
			if len(got[i]) == 0 && len(tc.keys[i]) > 0 {
				cut = append(cut, i)
			}
		}
		if !slices.Equal(cut, tc.cut) {
			t.Errorf("dropCutMembers(%v) empties %v, want %v", tc.keys, cut, tc.cut)
		}
	}
}

// storyOfArticle maps each article c holds to its story's ID.
func storyOfArticle(c *Clusterer) map[string]string {
	group := map[string]string{}
	for _, st := range c.stories {
		if st == nil {
			continue
		}
		for _, m := range st.members {
			group[m.id] = st.id
		}
	}
	return group
}

// wholeApart checks that the articles a0..a(na-1) share one story, the
// articles b0..b(nb-1) another (group is each article's story).
func wholeApart(t *testing.T, group map[string]string, a string, na int, b string, nb int) {
	t.Helper()
	for _, side := range [2]struct {
		prefix string
		n      int
	}{{a, na}, {b, nb}} {
		for i := range side.n {
			if g, want := group[fmt.Sprintf("%s%d", side.prefix, i)], group[side.prefix+"0"]; g != want {
				t.Errorf("%s%d is in %s, %s0 in %s", side.prefix, i, g, side.prefix, want)
			}
		}
	}
	if group[a+"0"] == group[b+"0"] {
		t.Errorf("%s0 and %s0 are still one story %s", a, b, group[a+"0"])
	}
}
