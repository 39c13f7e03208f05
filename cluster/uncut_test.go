package cluster

import "testing"

// One event, a fire at a Harbourton mill. The first reports quote either
// the fire chief or a neighbour, never both: young, the story has two
// halves with names of their own and is cut. The later reports quote
// both, and the cut test on the grown union fails: uncut merges the
// halves back.
var (
	millChief = []string{
		"Fire chief Marta Kessler said the blaze at the Keel Street mill in Harbourton started in the dye shed before dawn. Kessler said two crews fought the fire for six hours.",
		"The Keel Street mill fire in Harbourton burned through the dye shed, chief Marta Kessler told reporters. Kessler praised the crews who kept it from the warehouse.",
	}
	millNeighbour = []string{
		"Neighbour Jonas Tolland woke to smoke from the Harbourton mill on Keel Street and called for help. Tolland watched the roof of the old building fall in.",
		"Jonas Tolland, who lives on Mill Lane, saw flames over the Keel Street mill in Harbourton. Tolland said the smoke hung over the town all morning.",
	}
	millBoth = []string{
		"Chief Marta Kessler thanked Jonas Tolland, whose call brought crews to the burning Keel Street mill in Harbourton. Kessler said the dye shed was lost.",
		"Jonas Tolland told chief Marta Kessler he saw the first flames at the Harbourton mill on Keel Street. Kessler and Tolland spoke as the ruins cooled.",
		"The Harbourton mill fire on Keel Street was reported by Jonas Tolland, chief Marta Kessler said. Kessler said Tolland's call saved the warehouse.",
		"Marta Kessler, Harbourton's fire chief, and neighbour Jonas Tolland walked the Keel Street mill ruins. Tolland and Kessler said the town would rebuild the dye shed.",
	}
)

// millStories cuts the young story of the mill fire, adds the reports
// naming both to the neighbour's half, and returns each report's story.
func millStories(t *testing.T, o Options) map[string]string {
	t.Helper()
	c := maintainedStory(o, "s-mill", append(docs("chief", millChief), docs("neighbour", millNeighbour)...))
	if c.docs["chief0"] == c.docs["neighbour0"] {
		t.Fatal("the young story was not cut")
	}
	half := c.stories[c.docs["neighbour0"]]
	for _, d := range docs("both", millBoth) {
		c.Restore(d, half.id)
	}
	c.markDirty(half)
	c.Maintain()
	where := map[string]string{}
	for id, seq := range c.docs {
		where[id] = c.stories[seq].id
	}
	return where
}

func TestUncutMergesHalvesBack(t *testing.T) {
	// The halves score about 0.45 here: over MergeThreshold, Maintain's
	// ordinary merge would join them too. Halves of one event often
	// score under it (the shared words are what the cut discounts), so
	// the bar is raised to show uncut alone.
	o := DefaultOptions()
	o.MergeThreshold = 0.6
	got := millStories(t, o)
	if got["chief0"] != got["neighbour0"] || got["chief0"] != got["both0"] {
		t.Errorf("stories %v: want the mill fire whole again", got)
	}
	o.UncutScore = 0 // every cut holds
	if got := millStories(t, o); got["chief0"] == got["neighbour0"] {
		t.Errorf("with UncutScore 0 the halves merged: %v", got)
	}
	o.UncutScore = 0.5 // halves scoring under it are left apart
	if got := millStories(t, o); got["chief0"] == got["neighbour0"] {
		t.Errorf("with UncutScore 0.5 the halves merged: %v", got)
	}
}

// maintainedStory restores ds into one story, as a store would hold a
// merge Maintain has not checked yet, and runs Maintain.
func maintainedStory(o Options, id string, ds []Doc) *Clusterer {
	c := New(o)
	for _, d := range ds {
		c.Restore(d, id)
	}
	c.markDirty(c.stories[c.byID[id]])
	c.Maintain()
	return c
}
