package cluster

import (
	"math"
	"slices"
	"testing"
)

func TestScanAges(t *testing.T) {
	tests := []struct {
		in   string
		want []int
	}{
		{"A 15-year-old boy was shot.", []int{15}},
		{"a 57 - year - old Quayside woman", []int{57}}, // ECB+'s spaced hyphens
		{"the boy, who was eight years old,", []int{8}}, // in words
		{"Boy, 8, dies after shooting", []int{8}},       // between commas
		{"said Mara Lindqvist, 34, of Harbourton.", []int{34}},
		{"identified as Tomas Brede, 41.", []int{41}}, // at the end of the text
		{"a man aged 62 and a woman, age 60", []int{62, 60}},
		{"at the age of 10", []int{10}},
		{"In a related story, 1, 300 biologists wrote", nil}, // spaced thousands
		{"On Friday, 12 people were hurt", nil},              // no comma after the number
		{"on June 6, 2013, police said", nil},                // a date
		{"on Friday, Dec. 14, 2008", nil},
		{"in 2012, 15, then 16 people", nil},       // a number before
		{"a 300-year-old oak, 120 feet tall", nil}, // past maxAge
		{"sold 40 (year-old stock)", nil},          // no join before "year"
	}
	for _, tt := range tests {
		var got []int
		scanAges(tt.in, func(a int) { got = append(got, a) })
		if !slices.Equal(got, tt.want) {
			t.Errorf("scanAges(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestAddAges(t *testing.T) {
	var s []ageCount
	s = addAges(s, []uint8{8, 34}, 1)
	s = addAges(s, []uint8{34, 61}, 1)
	if want := []ageCount{{8, 1}, {34, 2}, {61, 1}}; !slices.Equal(s, want) {
		t.Fatalf("after two members: %v, want %v", s, want)
	}
	s = addAges(s, []uint8{8, 34}, -1)
	if want := []ageCount{{34, 1}, {61, 1}}; !slices.Equal(s, want) {
		t.Fatalf("after removing one: %v, want %v", s, want)
	}
	for _, tt := range []struct {
		q    []uint8
		want bool
	}{{nil, false}, {[]uint8{8}, true}, {[]uint8{8, 61}, false}, {[]uint8{70}, true}} {
		if got := agesApart(tt.q, s, 2, 0); got != tt.want {
			t.Errorf("agesApart(%v, %v) = %v, want %v", tt.q, s, got, tt.want)
		}
	}
	if agesApart([]uint8{8}, nil, 0, 0) {
		t.Error("a story that states no ages is apart from every age")
	}
	// A round-up that ages four children beside three reports of the
	// story's 34-year-old: its ages are not the story's.
	s = nil
	for _, ages := range [][]uint8{{34}, {34, 61}, {34}, {4, 6, 7, 9}} {
		s = addAges(s, ages, 1)
	}
	if !agesApart([]uint8{6}, s, 4, 0.5) || agesApart([]uint8{34}, s, 4, 0.5) || agesApart([]uint8{6}, s, 4, 0) {
		t.Errorf("with a round-up in %v, want 6 apart from the ages of half the members and 34 not", s)
	}
}

// Two shootings on one day in one town, told in the same words and the
// same names: the victims' ages tell them apart.
var (
	keelStreet = []string{
		"A man, 34, was shot and killed outside a bar on Keel Street in Harbourton late Friday, police said. Officers found the victim with a gunshot wound to the chest.",
		"Harbourton police are looking for a gunman after a 34-year-old man was shot dead outside a Keel Street bar on Friday night. No arrests have been made.",
		"Police in Harbourton said a man aged 34 died after he was shot outside a bar on Keel Street. Detective Mara Lindqvist asked witnesses to come forward.",
	}
	otherVictim = "A 19-year-old man was shot and killed outside a bar near Keel Street in Harbourton late Friday, police said. Officers found the victim with a gunshot wound."
	sameVictim  = "Detective Mara Lindqvist said the 34-year-old man shot outside the Keel Street bar in Harbourton knew the gunman, police said Friday."
	noAge       = "Police in Harbourton said a man was shot outside a bar on Keel Street on Friday night, and asked witnesses to come forward."
)

func TestAgeGate(t *testing.T) {
	c := New(DefaultOptions())
	story := oneStory(t, c, "k", keelStreet)
	if story.aged != 3 || !slices.Equal(story.ages, []ageCount{{34, 3}}) {
		t.Fatalf("the story has %d aged members and ages %v, want 3 and 34 three times", story.aged, story.ages)
	}
	// Same day: the near factor.
	checkGate(t, c, story, gateCase{
		open:      func(o *Options) { o.AgeGateFactor, o.AgeGateNearFactor = 1, 1 },
		factor:    DefaultOptions().AgeGateNearFactor,
		other:     otherVictim,
		why:       "the story's ages are not its",
		otherOpen: true,
		same:      []string{sameVictim, noAge},
	})
}

// A report a month after the Keel Street shooting ages the man charged,
// not the man shot: the gate keeps its milder factor for far dates, while
// the same report on the day of the shooting meets the near one.
var keelCharged = "A 19-year-old man was charged with murder in the shooting outside a bar on Keel Street in Harbourton, police said. Detective Mara Lindqvist said the gunman knew the victim."

func TestAgeGateFarDates(t *testing.T) {
	c := New(DefaultOptions())
	story := oneStory(t, c, "k", keelStreet)
	open := func(o *Options) { o.AgeGateFactor, o.AgeGateNearFactor = 1, 1 }
	for _, tc := range []struct {
		days   int
		factor float64
	}{{30, c.o.AgeGateFactor}, {0, c.o.AgeGateNearFactor}} {
		gated, opened := gateScoresDoc(c, story, Doc{Body: keelCharged, Published: shotDay.AddDate(0, 0, tc.days)}, open)
		if opened <= 0 {
			t.Fatalf("%d days after the story: the charge report scores %.3f with the gate open, want it scored", tc.days, opened)
		}
		if math.Abs(gated-opened*tc.factor) > 1e-9 {
			t.Errorf("%d days after the story: the charge report scores %.3f, %.3f with the gate open; want × %.2f", tc.days, gated, opened, tc.factor)
		}
	}
}

// A year after the Mill Lane shooting, the verdict's report ages the
// gunman 39, the shooting's reports 38: he is a year older, not another
// man; a report a year before ages him 37. Sooner, two years off, or a
// year younger a year on, the gate holds.
var (
	millLane = []string{
		"Police charged Tom Orrin, 38, with shooting two co-workers at the Mill Lane print works in Harbourton on Friday.",
		"Tom Orrin, 38, was held without bail after the shooting at the print works on Mill Lane in Harbourton, police said.",
		"A 38-year-old worker, Tom Orrin, opened fire at the Mill Lane print works in Harbourton, killing a co-worker, police said.",
	}
	millLaneVerdict = "A jury found Tom Orrin, 39, guilty of murder in the shooting at the Mill Lane print works in Harbourton."
	millLaneOlder   = "A jury found Tom Orrin, 40, guilty of murder in the shooting at the Mill Lane print works in Harbourton."
	millLaneBefore  = "Tom Orrin, 37, was fined for a fight with a co-worker at the Mill Lane print works in Harbourton, police said."
)

func TestAgeYearGap(t *testing.T) {
	c := New(DefaultOptions())
	story := oneStory(t, c, "m", millLane)
	for _, tc := range []struct {
		body  string
		days  int
		gated bool
	}{
		{millLaneVerdict, 400, false}, {millLaneBefore, -400, false},
		{millLaneVerdict, 30, true}, {millLaneOlder, 400, true}, {millLaneVerdict, -400, true},
	} {
		score, opened := gateScoresDoc(c, story, Doc{Body: tc.body, Published: shotDay.AddDate(0, 0, tc.days)},
			func(o *Options) { o.AgeGateFactor, o.AgeGateNearFactor = 1, 1 })
		if gated := score < opened-1e-9; gated != tc.gated {
			t.Errorf("%q %d days from the story: scores %.3f, %.3f with the gate open; want gated %v", tc.body, tc.days, score, opened, tc.gated)
		}
	}
}

// The Harbourton council's vote on the Mill Lane library states no ages,
// and its follow-up a year on keeps TimeFloorUnaged of its score; the Mill
// Lane shooting's reports and a follow-up a year on state ages, and keep
// TimeFloor.
var (
	libraryVote = []string{
		"The Harbourton council voted on Tuesday to close the Mill Lane library, citing the cost of repairs to its roof.",
		"Harbourton will close the library on Mill Lane after the council voted to stop paying for its roof repairs.",
		"Councillors in Harbourton voted to shut the Mill Lane library, and readers protested outside the town hall.",
	}
	libraryYearOn  = "A year after the Harbourton council voted to close it, the Mill Lane library reopened under a readers' trust."
	shootingYearOn = "A year after the shooting at the Mill Lane print works in Harbourton, Tom Orrin, 38, was still awaiting trial."
)

func TestTimeFloorUnaged(t *testing.T) {
	o := DefaultOptions()
	if o.TimeFloorUnaged == o.TimeFloor {
		t.Fatalf("TimeFloorUnaged is TimeFloor (%.2f): nothing to tell apart", o.TimeFloor)
	}
	for _, tc := range []struct {
		story []string
		body  string
		floor float64
	}{{libraryVote, libraryYearOn, o.TimeFloorUnaged}, {millLane, shootingYearOn, o.TimeFloor}} {
		c := New(o)
		s := oneStory(t, c, "s", tc.story)
		undated := c.featuresOf(Prepare(Doc{Body: tc.body}, c.o))
		dated := c.featuresOf(Prepare(Doc{Body: tc.body, Published: shotDay.AddDate(1, 0, 0)}, c.o))
		base := c.score(&undated, s)
		if base <= 0 {
			t.Fatalf("%q scores %.3f undated, want it scored", tc.body, base)
		}
		if got := c.score(&dated, s) / base; math.Abs(got-tc.floor) > 1e-6 {
			t.Errorf("%q a year on keeps %.3f of its score, want the floor %.2f", tc.body, got, tc.floor)
		}
	}
}
