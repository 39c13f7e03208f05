package cluster

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"testing"
	"time"
)

// stateStream is a synthetic stream with copies and undated reports,
// under options that retire stories along the way, so a saved state holds
// dead terms, retired story numbers and stories waiting for Maintain.
func stateStream(n int) ([]Doc, Options) {
	docs := newSynth(3).stream(n)
	for i := range docs {
		switch {
		case i%9 == 5:
			docs[i].CopyOf = docs[i-3].ID
		case i%7 == 3:
			docs[i].Published = docs[i].Published.AddDate(0, 0, -400) // far apart: joins another story only by words
		case i%11 == 0:
			docs[i].Published = time.Time{}
		case i%13 == 0:
			docs[i].Published = docs[i].Published.In(time.FixedZone("EST", -5*3600)) // a zone the state does not keep
		}
	}
	o := DefaultOptions()
	o.MaxStories = 150
	return docs, o
}

// feed adds docs to c, with Maintain every 40, and returns what it did.
func feed(c *Clusterer, docs []Doc, from int) []string {
	var out []string
	for i, d := range docs {
		a := c.Add(d)
		out = append(out, fmt.Sprintf("%s %s %.6f %v", d.ID, a.StoryID, a.Score, a.Opened))
		if (from+i)%40 == 39 {
			for _, m := range c.Maintain() {
				out = append(out, fmt.Sprintf("move %s %s→%s", m.ArticleID, m.From, m.To))
			}
		}
	}
	return out
}

// A clusterer taken up from its saved state goes on exactly as the one
// that saved it: the same assignments, scores and moves, and the same
// state at the end.
func TestStateRoundTrip(t *testing.T) {
	docs, o := stateStream(5200)
	cut := 4700 // past the first retirement (every 4096 operations)
	c := New(o)
	feed(c, docs[:cut], 0)
	data, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	r := New(o)
	if err := r.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	if !maps.Equal(r.docs, c.docs) || !maps.Equal(r.byID, c.byID) || !maps.Equal(r.voc.ids, c.voc.ids) ||
		!maps.Equal(r.voc.keyOf, c.voc.keyOf) {
		t.Fatalf("maps read off the state differ: docs %d/%d, stories %d/%d, keys %d/%d",
			len(r.docs), len(c.docs), len(r.byID), len(c.byID), len(r.voc.ids), len(c.voc.ids))
	}
	if again, _ := r.MarshalBinary(); !slices.Equal(again, data) {
		t.Fatalf("state read back encodes to %d bytes, not the %d read", len(again), len(data))
	}
	retired, dead := 0, 0
	for _, s := range c.stories {
		if s == nil {
			retired++
		}
	}
	for _, d := range c.voc.dead {
		if d {
			dead++
		}
	}
	if retired == 0 || dead == 0 {
		t.Fatalf("the stream retired %d stories and %d terms: the state is not tested with holes", retired, dead)
	}
	want, got := feed(c, docs[cut:], cut), feed(r, docs[cut:], cut)
	if i := slices.IndexFunc(want, func(w string) bool { return !slices.Contains(got, w) }); i >= 0 || len(got) != len(want) {
		t.Fatalf("after the restart the clusterer went another way: %d steps against %d, first missing %q", len(got), len(want), want[max(i, 0)])
	}
	a, _ := c.MarshalBinary()
	b, _ := r.MarshalBinary()
	if !slices.Equal(a, b) {
		t.Errorf("final states differ: %d and %d bytes", len(a), len(b))
	}
	t.Logf("%d documents, %d stories (%d retired), state %d KB", cut, len(c.stories), retired, len(data)/1024)
}

// A state is refused, with ErrState and an empty clusterer left behind,
// when it was saved with other options, by another version, or is cut
// short anywhere; it never panics.
func TestStateRefused(t *testing.T) {
	docs, o := stateStream(300)
	c := New(o)
	feed(c, docs, 0)
	data, _ := c.MarshalBinary()

	other := o
	other.Threshold += 0.01
	cases := map[string][]byte{"empty": nil, "not a state": []byte("SQLite format 3\x00")}
	cases["another version"] = append([]byte(stateMagic), append([]byte{stateVersion + 1}, data[len(stateMagic)+1:]...)...)
	cases["trailing bytes"] = append(slices.Clone(data), 0)
	for _, cut := range []int{5, 13, 100, len(data) / 3, len(data) / 2, len(data) - 1} {
		cases[fmt.Sprintf("cut at %d", cut)] = data[:cut]
	}
	for name, b := range cases {
		r := New(o)
		err := r.UnmarshalBinary(b)
		if !errors.Is(err, ErrState) || len(r.stories) != 0 || len(r.docs) != 0 {
			t.Errorf("%s: err %v, %d stories left", name, err, len(r.stories))
		}
	}
	if err := New(other).UnmarshalBinary(data); !errors.Is(err, ErrState) {
		t.Errorf("other options: err %v", err)
	}
	for cut := 0; cut < len(data); cut += 1 + cut/200 { // cut points all through, for the panics
		if err := New(o).UnmarshalBinary(data[:cut]); err == nil {
			t.Fatalf("cut at %d of %d: read as a state", cut, len(data))
		}
	}
}
