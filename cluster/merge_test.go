package cluster

import "testing"

// One event told at two moments: a shooting at the Harbourton ferry
// works, then the hearing that sends the worker charged with it to trial.
// The hearing's reports tell the shooting again in other words, and their
// story scores the shooting's between 0.35 and 0.40.
var (
	ferryShooting = []string{
		"Dock worker Selma Varick shot two colleagues at the Harbourton ferry works on Keel Street on Monday, police said. Varick was charged with two counts of murder.",
		"Police in Harbourton charged Selma Varick with murder after two men were shot dead at the ferry works on Keel Street. Varick had been suspended that morning.",
		"Selma Varick, a worker at the Harbourton ferry works, is accused of killing two co-workers on Keel Street. Police said Varick left a meeting and came back with a gun.",
		"Two men died in the shooting at the Keel Street ferry works in Harbourton. Selma Varick, who worked there, was charged with murder, police said.",
	}
	ferryHearing = []string{
		"A judge ordered Selma Varick to stand trial for the killings of two men at the Harbourton ferry works on Keel Street. Prosecutor Ilse Brandt said Varick planned the shooting.",
		"Accused ferry works killer Selma Varick was held for trial after a hearing in Harbourton. Her lawyer Tomas Reede said Varick had been bullied at work.",
	}
)

// ferryStories restores the shooting's and the hearing's reports as two
// stories, runs Maintain and returns where the first of each is.
func ferryStories(t *testing.T, o Options) (shooting, hearing string, score float64) {
	t.Helper()
	c := New(o)
	for _, d := range docs("shooting", ferryShooting) {
		c.Restore(d, "s-shooting")
	}
	for _, d := range docs("hearing", ferryHearing) {
		c.Restore(d, "s-hearing")
	}
	score = c.storyScore(c.stories[c.byID["s-hearing"]], c.stories[c.byID["s-shooting"]])
	c.markDirty(c.stories[c.byID["s-hearing"]])
	c.Maintain()
	return c.stories[c.docs["shooting0"]].id, c.stories[c.docs["hearing0"]].id, score
}

func TestMaintainMergesOneEventsMoments(t *testing.T) {
	shooting, hearing, score := ferryStories(t, DefaultOptions())
	if score < 0.35 || score >= 0.4 {
		t.Fatalf("the stories score %.3f: the fixture is meant to score in [0.35, 0.4)", score)
	}
	if shooting != hearing {
		t.Errorf("the hearing stays in %s, the shooting in %s: want one story", hearing, shooting)
	}
	o := DefaultOptions()
	o.MergeThreshold = 0.4 // the bar before the cut test guarded merges so well
	if shooting, hearing, _ := ferryStories(t, o); shooting == hearing {
		t.Errorf("with MergeThreshold 0.4 the stories merged: the fixture shows nothing")
	}
}
