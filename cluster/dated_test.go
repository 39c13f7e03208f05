package cluster

import (
	"math"
	"strconv"
	"testing"
)

// Two votes of the Harbourton council on the Mill Lane library, years
// apart: the older reports carry no dateline, the newer do.
var (
	libraryClosing = []string{
		"The Harbourton council voted to close the Mill Lane library, Councillor Ada Pennick said, citing the cost of its leaking roof.",
		"Councillor Ada Pennick won the vote to shut the Mill Lane library in Harbourton; the Ostery Road branch will take its books.",
		"Harbourton will close its Mill Lane library after Councillor Ada Pennick's motion passed by six votes to three.",
	}
	libraryReopening = []string{
		"Mayor Tobias Wren reopened the Mill Lane library in Harbourton on Saturday after a new roof was paid for by the Fenwick Trust.",
		"The Mill Lane library is open again: Mayor Tobias Wren cut the ribbon in Harbourton with the Fenwick Trust's chair.",
		"Harbourton's Mill Lane library reopens, Mayor Tobias Wren said, thanks to a Fenwick Trust grant for its roof.",
	}
)

// TestDatedCut: a story holding both votes, the closing's reports
// undated and the reopening's dated, is cut into the two.
func TestDatedCut(t *testing.T) {
	c := New(DefaultOptions())
	var ms []member
	for i, body := range append(libraryClosing, libraryReopening...) {
		d := Doc{ID: "l" + strconv.Itoa(i), Body: body}
		if i >= len(libraryClosing) {
			d.Published = shotDay
		}
		f := c.featuresOf(Prepare(d, c.o))
		ms = append(ms, member{id: d.ID, f: &f})
	}
	a, b, ok := c.datedCut(ms)
	if !ok {
		t.Fatalf("the two votes were not cut apart (SplitDatedMin %d)", c.o.SplitDatedMin)
	}
	for _, m := range a {
		if m.f.date.IsZero() {
			t.Errorf("undated %s on the dated side", m.id)
		}
	}
	if len(a) != len(libraryReopening) || len(b) != len(libraryClosing) {
		t.Errorf("halves of %d and %d, want %d dated and %d undated", len(a), len(b), len(libraryReopening), len(libraryClosing))
	}
	// One vote's reports, some dated, some not, stay whole: no name of
	// its own on the undated side.
	ms = ms[:0]
	for i, body := range libraryReopening {
		d := Doc{ID: "r" + strconv.Itoa(i), Body: body}
		if i > 0 {
			d.Published = shotDay
		}
		f := c.featuresOf(Prepare(d, c.o))
		ms = append(ms, member{id: d.ID, f: &f})
	}
	if _, _, ok := c.datedCut(ms); ok {
		t.Errorf("one vote's reports were cut along their dates")
	}
}

// TestNameTrust: a follow-up naming the Keel Street shooting's town,
// street and detective, whose names are filed under three stories (the
// event in pieces), is not held by the names gate: its names cosine is
// over NameTrust. With the trust off it is.
func TestNameTrust(t *testing.T) {
	c := New(DefaultOptions())
	story := oneStory(t, c, "h", harbourton)
	for i, body := range []string{
		"Detective Mara Lindqvist said a second man was questioned over the Keel Street shooting in Harbourton.",
		"Flowers were left on Keel Street in Harbourton, where Detective Mara Lindqvist said the man was shot.",
	} {
		id := "p" + strconv.Itoa(i)
		c.Restore(Doc{ID: id, Body: body, Published: shotDay}, "s-"+id)
	}
	trusted, untrusted := gateScores(c, story, harbourtonFollow, func(o *Options) { o.NameTrust = 0 })
	if want := trusted * c.o.NameGateFactor; math.Abs(untrusted-want) > 1e-9 {
		t.Errorf("the follow-up scores %.3f trusted, %.3f without the trust; want %.3f (gated)", trusted, untrusted, want)
	}
	if trusted < c.o.Threshold {
		t.Errorf("the follow-up scores %.3f, under Threshold", trusted)
	}
}
