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
	checkGate(t, c, story, gateCase{
		open:   func(o *Options) { o.NameGateFactor = 1 },
		factor: DefaultOptions().NameGateFactor,
		other:  quaysideShooting,
		why:    "its names are not the story's",
		same:   []string{harbourtonFollow},
	})
}

// gateCase is a gate's test against a story: how to open the gate, the
// factor it applies, a report of another event it must keep out (and
// why), and reports of the story's event it must let through.
type gateCase struct {
	open   func(*Options)
	factor float64
	other  string
	why    string
	same   []string
	// otherOpen asks that the other event's report clear Threshold with
	// the gate open, so that the gate alone keeps it out.
	otherOpen bool
}

// checkGate scores the cases' reports against story: the other event's is
// multiplied by the gate's factor, the story's own reports are untouched
// and over Threshold, and with a threshold between the other report's two
// scores, as a stream's IDF can put it, the gate is what keeps it out.
func checkGate(t *testing.T, c *Clusterer, story *story, g gateCase) {
	t.Helper()
	other, otherOpen := gateScores(c, story, g.other, g.open)
	if other >= otherOpen {
		t.Errorf("the other event's report scores %.3f, %.3f with the gate open: the gate did not lower it", other, otherOpen)
	}
	if want := otherOpen * g.factor; math.Abs(other-want) > 1e-9 || g.otherOpen && otherOpen < c.o.Threshold {
		t.Errorf("the other event's report scores %.3f, %.3f with the gate open; want %.3f (%s)", other, otherOpen, want, g.why)
	}
	for _, body := range g.same {
		if got, open := gateScores(c, story, body, g.open); got != open || got < c.o.Threshold {
			t.Errorf("%q scores %.3f, %.3f with the gate open; want equal and over Threshold", body, got, open)
		}
	}
	c.o.Threshold = (other + otherOpen) / 2
	if a := c.Add(Doc{ID: "other", Body: g.other, Published: shotDay}); !a.Opened {
		t.Errorf("the other event's report joined %s with score %.3f, want a story of its own", a.StoryID, a.Score)
	}
}

// gateScores counts body, dated shotDay, into c's IDF once, then scores
// it against story as it is and with the options as open leaves them (a
// gate opened), which are then put back.
func gateScores(c *Clusterer, story *story, body string, open func(*Options)) (gated, opened float64) {
	return gateScoresDoc(c, story, Doc{Body: body, Published: shotDay}, open)
}

// gateScoresDoc is gateScores for a document of any date.
func gateScoresDoc(c *Clusterer, story *story, d Doc, open func(*Options)) (gated, opened float64) {
	f := c.featuresOf(Prepare(d, c.o))
	gated = c.score(&f, story)
	was := c.o
	open(&c.o)
	opened = c.score(&f, story)
	c.o = was
	return gated, opened
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

// Reports from one county name its sheriff's office whatever happened:
// the office is filed under many stories and says nothing of which event
// a report is about.
var (
	brackmoorOthers = []string{
		"A barn burned down on a farm outside Fenwick overnight, the Brackmoor County Sheriff's Office said. Firefighters saved the horses.",
		"The Brackmoor County Sheriff's Office is asking for help finding a retired teacher last seen walking her dog near Mill Pond in Ostery.",
		"Two trucks collided on the Lantern Bridge near Pelling, and the Brackmoor County Sheriff's Office closed the road for the afternoon.",
	}
	saltmarshShooting = "A man, 34, was shot and killed outside a bar in Saltmarsh late Friday, the Brackmoor County Sheriff's Office said. Officers found the victim with a gunshot wound to the chest."
	harbourtonCounty  = "Detective Mara Lindqvist of the Brackmoor County Sheriff's Office said the man shot outside the Keel Street bar in Harbourton was 34."
)

func TestNameGateTellingNames(t *testing.T) {
	// The telling names at any cosine: the office is most of these short
	// reports' names (cosine 0.74), which NameTrust would take on trust
	// (TestNameTrust; docs/quality.md, eleventh session, fourth round).
	o := DefaultOptions()
	o.NameTrust = 0
	c := New(o)
	reports := make([]string, len(harbourton))
	for i, r := range harbourton {
		reports[i] = r + " The Brackmoor County Sheriff's Office is assisting."
	}
	story := oneStory(t, c, "h", reports)
	// Stories of their own, as a stream would have made them over weeks
	// (with this little IDF, scoring would put them with the shooting).
	for i, body := range brackmoorOthers {
		id := "o" + strconv.Itoa(i)
		c.Restore(Doc{ID: id, Body: body, Published: shotDay.AddDate(0, 0, -20*(i+1))}, "s-"+id)
	}
	checkGate(t, c, story, gateCase{
		open:   func(o *Options) { o.NameStories = 0 },
		factor: DefaultOptions().NameGateFactor,
		other:  saltmarshShooting,
		why:    "it shares only the county's office with the story",
		same:   []string{harbourtonCounty},
	})
}
