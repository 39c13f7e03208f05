package cluster

import (
	"math"
	"strconv"
	"testing"
	"time"
)

// Two shootings on one day in two towns, told in the same words: only the
// names tell them apart.
var (
	shotDay    = time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC)
	harbourton = []string{
		"A man was shot and killed outside a bar on Keel Street in Harbourton late Friday, police said. Officers found the victim, 34, with a gunshot wound to the chest.",
		"Harbourton police are looking for a gunman after a man, 34, was shot dead outside a Keel Street bar on Friday night. No arrests have been made.",
		"Police in Harbourton said a 34-year-old man died after he was shot outside a bar on Keel Street. Detective Mara Lindqvist asked witnesses to come forward.",
	}
	quaysideShooting = "A man was shot and killed outside a bar in Quayside late Friday, police said. Officers found the victim with a gunshot wound and no arrests have been made."
	harbourtonFollow = "Detective Mara Lindqvist said the Keel Street shooting in Harbourton was not random and police were looking for a gunman seen near the bar."
)

func TestNameGate(t *testing.T) {
	c := New(DefaultOptions())
	story := oneStory(t, c, "h", harbourton)
	scores := func(body string) (gated, open float64) { return gateScores(c, story, body, &c.o.NameGateFactor) }
	other, otherOpen := scores(quaysideShooting)
	if want := otherOpen * DefaultOptions().NameGateFactor; math.Abs(other-want) > 1e-9 {
		t.Errorf("the other town's report scores %.3f, want %.3f (its names are not the story's)", other, want)
	}
	if follow, open := scores(harbourtonFollow); follow != open || follow < c.o.Threshold {
		t.Errorf("a follow-up naming the story's people and place scores %.3f, %.3f without the gate; want equal and over Threshold", follow, open)
	}
	// With a threshold between the two scores, as a stream's IDF can put
	// it, the gate is what keeps the other town's report out.
	c.o.Threshold = (other + otherOpen) / 2
	if a := c.Add(Doc{ID: "q", Body: quaysideShooting, Published: shotDay}); !a.Opened {
		t.Errorf("the other town's report joined %s with score %.3f, want a story of its own", a.StoryID, a.Score)
	}
}

// gateScores counts body into c's IDF once, then scores it against story
// as it is and with the gate whose factor is *factor opened (set to 1).
func gateScores(c *Clusterer, story *story, body string, factor *float64) (gated, open float64) {
	f := c.featuresOf(Prepare(Doc{Body: body, Published: shotDay}, c.o))
	gated = c.score(&f, story)
	was := *factor
	*factor = 1
	open = c.score(&f, story)
	*factor = was
	return gated, open
}

// oneStory adds reports dated shotDay to c, with IDs prefix0, prefix1, …,
// and returns the story they make, failing unless they all make one.
func oneStory(t *testing.T, c *Clusterer, prefix string, reports []string) *story {
	t.Helper()
	for i, body := range reports {
		c.Add(Doc{ID: prefix + strconv.Itoa(i), Body: body, Published: shotDay})
	}
	s := c.stories[c.byID["s-"+prefix+"0"]]
	if len(s.members) != len(reports) {
		t.Fatalf("the %s… reports made a %d-member story, want %d", prefix, len(s.members), len(reports))
	}
	return s
}
