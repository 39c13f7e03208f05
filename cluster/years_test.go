package cluster

import (
	"fmt"
	"testing"
	"time"
)

// Two moments of the Harbourton Gulls and their coach Ansel Marrow: his
// hiring, dated 2019, when the club let Tobin Whitlow go, and his firing
// years on, whose reports carry no date but name the 2024-25 season, with
// Corwin Bellamy as the interim coach. The two moments share their club,
// coach, president and arena, and the 2-means cut of the whole story does
// not pass its test.
var (
	gullsHired = []string{
		"The Harbourton Gulls named Ansel Marrow head coach after Tobin Whitlow was let go following one season at Keel Arena.",
		"Ansel Marrow returns to the Harbourton Gulls as head coach; Tobin Whitlow was dismissed by club president Ada Pennick.",
		"Club president Ada Pennick said Ansel Marrow will coach the Harbourton Gulls, replacing Tobin Whitlow after a single season.",
		"Tobin Whitlow is out and Ansel Marrow is in: the Harbourton Gulls hired the former Keel Arena favourite as head coach.",
	}
	gullsFired = []string{
		"The Harbourton Gulls fired head coach Ansel Marrow, club president Ada Pennick said, naming Corwin Bellamy interim coach for the 2024-25 season.",
		"Ada Pennick said the Harbourton Gulls dismissed Ansel Marrow; Corwin Bellamy takes over as interim coach for the rest of the 2024-25 season.",
		"Ansel Marrow was fired by the Harbourton Gulls after a 9-14 start to the 2024-25 season; Corwin Bellamy coaches at Keel Arena on Sunday.",
		"Losing at Keel Arena again cost Ansel Marrow his job: the Harbourton Gulls sacked their coach after a 9-14 start to the 2024-25 season, and Corwin Bellamy steps in.",
	}
	gullsHiredDay = time.Date(2019, 5, 23, 0, 0, 0, 0, time.UTC)
)

// gullsStory restores both moments' reports into one story, as a store
// would hold a merge made while the firing's first report found only the
// hiring's story, runs Maintain and returns each article's story. fired
// are the firing's reports.
func gullsStory(t *testing.T, o Options, fired []string) map[string]string {
	t.Helper()
	c := New(o)
	for i, body := range gullsHired {
		c.Restore(Doc{ID: fmt.Sprintf("hired-%d", i), Body: body, Published: gullsHiredDay.AddDate(0, 0, i%2)}, "s-gulls")
	}
	for i, body := range fired {
		c.Restore(Doc{ID: fmt.Sprintf("fired-%d", i), Body: body}, "s-gulls")
	}
	c.markDirty(c.stories[c.byID["s-gulls"]])
	c.Maintain()
	return storyOfArticle(c)
}

// TestYearsCut: the undated reports naming the 2024-25 season were
// written in 2024 or later, years after the hiring's reports dated 2019;
// Maintain cuts the story along that line and keeps each moment whole.
// With the cut off the story stays one.
func TestYearsCut(t *testing.T) {
	group := gullsStory(t, DefaultOptions(), gullsFired)
	wholeApart(t, group, "hired-", len(gullsHired), "fired-", len(gullsFired))
	o := DefaultOptions()
	o.SplitYearMin = 0
	if group := gullsStory(t, o, gullsFired); group["hired-0"] != group["fired-0"] {
		t.Errorf("with the years cut off the story was cut anyway: the test does not hold the years cut")
	}
}

// TestYearsApartHoldsMove: after the cut, a report of the hiring, dated
// 2019, in which Ansel Marrow talks of his predecessor's dismissal and of
// Corwin Bellamy, his assistant, scores higher with the firing's story
// than with the hiring's; Maintain does not move it there, since all the
// firing's reports name a year starting years after its date. (Merges are
// off: the check under test is the move's.)
func TestYearsApartHoldsMove(t *testing.T) {
	o := DefaultOptions()
	o.MergeThreshold = 5
	c := New(o)
	for i, body := range gullsFired {
		c.Restore(Doc{ID: fmt.Sprintf("fired-%d", i), Body: body}, "s-fired")
	}
	for i, body := range gullsHired {
		c.Restore(Doc{ID: fmt.Sprintf("hired-%d", i), Body: body, Published: gullsHiredDay.AddDate(0, 0, i%2)}, "s-hired")
	}
	c.Restore(Doc{ID: "hired-x", Published: gullsHiredDay,
		Body: "Ansel Marrow said the Harbourton Gulls were right to dismiss their coach; Corwin Bellamy, his assistant, will stay at Keel Arena."}, "s-hired")
	s := c.stories[c.byID["s-hired"]]
	for i := range s.members {
		// As a cut leaves it: the report just moved, the others checked.
		s.members[i].fresh = s.members[i].id == "hired-x"
	}
	fired := c.stories[c.byID["s-fired"]]
	f := s.members[len(s.members)-1].f
	c.addToCentroid(s, f, -1)
	own, other := c.score(f, s), c.score(f, fired)
	c.addToCentroid(s, f, 1)
	if other <= own+o.MoveMargin {
		t.Fatalf("the report scores %.3f with the firing, %.3f with the hiring: no move to hold back", other, own)
	}
	c.markDirty(s)
	c.Maintain()
	if g := storyOfArticle(c); g["hired-x"] != "s-hired" {
		t.Errorf("the 2019 report moved to %s, want s-hired", g["hired-x"])
	}
}

// TestYearNamed: the latest year a report names, "2024-25" read as 2024
// and 25, a count of people no year.
func TestYearNamed(t *testing.T) {
	c := New(DefaultOptions())
	for _, tc := range []struct {
		body string
		want int
	}{
		{"The club was founded in 1998 and fired its coach in the 2024-25 season.", 2024},
		{"A crowd of 2500 saw the Gulls lose at Keel Arena.", 0},
		{"The Gulls lost again on Saturday.", 0},
	} {
		f := c.featuresOf(Prepare(Doc{ID: "y", Body: tc.body}, c.o))
		if got := c.yearNamed(&f); got != tc.want {
			t.Errorf("yearNamed(%q) = %d, want %d", tc.body, got, tc.want)
		}
	}
}

// The firing told in the hiring's words: the club, its president, its
// arena and the coach in every report, the interim coach in two. Its
// reports and the hiring's score 0.507 as halves, over SplitMaxScore.
var gullsFiredClose = []string{
	"The Harbourton Gulls let head coach Ansel Marrow go after a single season at Keel Arena, club president Ada Pennick said, naming Corwin Bellamy for the 2024-25 season.",
	"Ansel Marrow was dismissed as head coach by club president Ada Pennick; the Harbourton Gulls start the 2024-25 season at Keel Arena with Corwin Bellamy.",
	"Club president Ada Pennick said Ansel Marrow will no longer coach the Harbourton Gulls at Keel Arena after one season, letting the head coach go in the 2024-25 season.",
	"Ansel Marrow is out: the Harbourton Gulls and club president Ada Pennick fired the former Keel Arena favourite as head coach in the 2024-25 season.",
}

// TestYearsCutBar: the years cut keeps halves apart up to
// SplitYearMaxScore, over the 2-means cut's SplitMaxScore: its line is
// drawn by the dates and years, so two moments told in the same words are
// still cut. At SplitMaxScore the story stays whole.
func TestYearsCutBar(t *testing.T) {
	if group := gullsStory(t, DefaultOptions(), gullsFiredClose); group["hired-0"] == group["fired-0"] {
		t.Errorf("the hiring and the firing told alike are still one story %s", group["hired-0"])
	}
	o := DefaultOptions()
	o.SplitYearMaxScore = o.SplitMaxScore
	if group := gullsStory(t, o, gullsFiredClose); group["hired-0"] != group["fired-0"] {
		t.Errorf("with the years cut's bar at SplitMaxScore the story was cut anyway: the test does not hold the bar")
	}
}
