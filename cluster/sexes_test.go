package cluster

import (
	"slices"
	"testing"
)

func TestScanSexes(t *testing.T) {
	p := Prepare(Doc{Title: "Girl, 15, shot in Harbourton", Body: "Two boys saw the 15-year-old girl fall, police said. The boy's mother called 911."}, DefaultOptions())
	if want := []uint8{15, ageBoy, ageGirl}; !slices.Equal(p.ages, want) {
		t.Errorf("ages and sexes %v, want %v", p.ages, want)
	}
	var ages []int
	scanAges("a 15-year-old girl", func(a int) { ages = append(ages, a) })
	if !slices.Equal(ages, []int{15}) {
		t.Errorf("scanAges gives %v: the sexes are only for the features", ages)
	}
}

func TestSexesApart(t *testing.T) {
	var s []ageCount
	for _, a := range [][]uint8{{15, ageGirl}, {ageGirl}, {15}} {
		s = addAges(s, a, 1)
	}
	for _, tt := range []struct {
		q    []uint8
		want bool
	}{
		{nil, false}, {[]uint8{15}, false}, {[]uint8{ageGirl}, false},
		{[]uint8{ageBoy}, true}, {[]uint8{15, ageBoy}, true}, {[]uint8{ageBoy, ageGirl}, false},
	} {
		if got := sexesApart(tt.q, s); got != tt.want {
			t.Errorf("sexesApart(%v, %v) = %v, want %v", tt.q, s, got, tt.want)
		}
	}
	if sexesApart([]uint8{ageBoy}, addAges(nil, []uint8{15}, 1)) {
		t.Error("a story that names no sex is apart from a boy")
	}
	// The sexes are no ages: a story whose members name a girl but state
	// no age is not apart from a report stating one, nor is a report that
	// names only a boy from a story's ages.
	girl := addAges(nil, []uint8{ageGirl}, 1)
	if agesApart([]uint8{15}, girl, 0, 0.5) || agesApart([]uint8{ageBoy}, s, 2, 0.5) {
		t.Error("the age gate counts the sexes as ages")
	}
}

// Two shootings of 15-year-olds in one town on one day, told in the same
// words: the girl's story keeps out the boy's report.
var (
	millLaneGirl = []string{
		"A 15-year-old girl was shot and killed on Mill Lane in Harbourton late Friday, police said. Officers found her with a gunshot wound to the chest.",
		"Harbourton police are looking for a gunman after a girl, 15, was shot dead on Mill Lane on Friday night. No arrests have been made.",
		"Police in Harbourton said a 15-year-old girl died after she was shot on Mill Lane. Detective Mara Lindqvist asked witnesses to come forward.",
	}
	millLaneBoy    = "A 15-year-old boy was shot and killed near Mill Lane in Harbourton late Friday, police said. Officers found him with a gunshot wound to the chest."
	millLaneSame   = "Detective Mara Lindqvist said the girl shot on Mill Lane in Harbourton was 15 and knew the gunman, police said Friday."
	millLaneNoKids = "Police in Harbourton said a 15-year-old was shot on Mill Lane on Friday night, and asked witnesses to come forward."
)

func TestSexGate(t *testing.T) {
	c := New(DefaultOptions())
	story := oneStory(t, c, "g", millLaneGirl)
	checkGate(t, c, story, gateCase{
		open:      func(o *Options) { o.SexGateFactor = 1 },
		factor:    DefaultOptions().SexGateFactor,
		other:     millLaneBoy,
		why:       "the story names only a girl",
		otherOpen: true,
		same:      []string{millLaneSame, millLaneNoKids},
	})
}
