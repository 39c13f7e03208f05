package cluster

import (
	"math"
	"strconv"
	"testing"
)

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
