package cluster

import (
	"bytes"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"
)

// Two similar events, as ECB+ pairs them: two actors entering rehab.
var (
	vorsel = []string{
		"Nadia Vorsel checked herself into Cedar Hollow Center in Elmbrook, her publicist Owen Pratley told Variety on Tuesday. The Summer Harbor star, 41, asked for privacy.",
		"Summer Harbor actress Nadia Vorsel has entered Cedar Hollow Center, rep Owen Pratley confirmed. Vorsel, 41, went to the Elmbrook facility on Tuesday.",
		"Actress Nadia Vorsel is in rehab at Cedar Hollow in Elmbrook. Her rep Owen Pratley said the 41-year-old star would not comment further.",
	}
	ashgrove = []string{
		"Declan Ashgrove checked into the Sable Ridge Center in Palmvale on Thursday to begin a 60-day court-ordered stay, his lawyer Irene Castellan said.",
		"Declan Ashgrove arrived at Sable Ridge Center in Palmvale for his 60-day rehab stay after leaving a Fenwick Bay facility, attorney Irene Castellan confirmed.",
		"After a night in Fenwick Bay, Declan Ashgrove entered Sable Ridge in Palmvale, lawyer Irene Castellan told the court, starting 60 days of treatment.",
	}
	g7 = "President Donald Trump told reporters at the Group of Seven summit in Kananaskis that expelling Russia from the G8 was a mistake, blaming Justin Trudeau and Barack Obama."
)

func docs(prefix string, texts []string) []Doc {
	var out []Doc
	for i, t := range texts {
		out = append(out, Doc{ID: fmt.Sprintf("%s%d", prefix, i), Body: t})
	}
	return out
}

func TestAddJoinsOneEventAndKeepsAnotherApart(t *testing.T) {
	c := New(DefaultOptions())
	var got []Assignment
	for _, d := range append(docs("vorsel", vorsel), append(docs("ashgrove", ashgrove), Doc{ID: "g7", Body: g7})...) {
		got = append(got, c.Add(d))
	}
	for i, want := range []string{"s-vorsel0", "s-vorsel0", "s-vorsel0", "s-ashgrove0", "s-ashgrove0", "s-ashgrove0", "s-g7"} {
		if got[i].StoryID != want {
			t.Errorf("doc %d: story %s (score %.3f), want %s", i, got[i].StoryID, got[i].Score, want)
		}
	}
	if !got[0].Opened || got[1].Opened || got[1].Score < DefaultOptions().Threshold {
		t.Errorf("first doc opened=%v; second opened=%v score=%.3f", got[0].Opened, got[1].Opened, got[1].Score)
	}
	if moves := c.Maintain(); len(moves) != 0 {
		t.Errorf("Maintain moved %v on a clean clustering", moves)
	}
}

func TestCopyJoinsItsOriginal(t *testing.T) {
	c := New(DefaultOptions())
	c.Add(Doc{ID: "a", Body: vorsel[0]})
	c.Add(Doc{ID: "b", Body: g7})
	a := c.Add(Doc{ID: "copy", Body: g7, CopyOf: "a"})
	if a.StoryID != "s-a" || a.Score != 1 || a.Opened {
		t.Errorf("copy assigned %+v, want story s-a with score 1", a)
	}
	// A copy of an unknown document is scored like any other.
	if a := c.Add(Doc{ID: "orphan", Body: g7, CopyOf: "nope"}); a.StoryID != "s-b" {
		t.Errorf("orphan copy assigned %+v, want s-b", a)
	}
}

func TestRestoreThenAdd(t *testing.T) {
	c := New(DefaultOptions())
	for _, d := range docs("vorsel", vorsel[:2]) {
		c.Restore(d, "s-stored")
	}
	if a := c.Add(Doc{ID: "new", Body: vorsel[2]}); a.StoryID != "s-stored" || a.Opened {
		t.Errorf("after Restore, Add gave %+v, want s-stored", a)
	}
}

func TestMaintainMergesIntoOlderStory(t *testing.T) {
	c := New(DefaultOptions())
	c.Restore(Doc{ID: "a", Body: vorsel[0]}, "s-old")
	c.Restore(Doc{ID: "b", Body: vorsel[1]}, "s-new")
	c.Restore(Doc{ID: "x", Body: g7}, "s-g7")
	c.markDirty(c.stories[c.byID["s-new"]])
	moves := c.Maintain()
	if want := []Move{{ArticleID: "b", From: "s-new", To: "s-old"}}; !slices.Equal(moves, want) {
		t.Errorf("Maintain = %v, want %v", moves, want)
	}
}

func TestMaintainSplitsTwoEvents(t *testing.T) {
	c := New(DefaultOptions())
	for _, d := range append(docs("vorsel", vorsel), docs("ashgrove", ashgrove)...) {
		c.Restore(d, "s-vorsel0")
	}
	c.Add(Doc{ID: "g7", Body: g7}) // dirties nothing in s-vorsel0
	c.markDirty(c.stories[c.byID["s-vorsel0"]])
	moves := c.Maintain()
	var moved []string
	for _, m := range moves {
		if m.From != "s-vorsel0" || m.To != "s-ashgrove0" {
			t.Errorf("unexpected move %+v", m)
		}
		moved = append(moved, m.ArticleID)
	}
	if want := []string{"ashgrove0", "ashgrove1", "ashgrove2"}; !slices.Equal(moved, want) {
		t.Errorf("moved %v, want %v", moved, want)
	}
}

// A copy of a copy goes with its group when a cut moves the group's
// original: copy detection may match a new article to an earlier copy.
func TestSplitTakesCopiesOfCopies(t *testing.T) {
	c := New(DefaultOptions())
	for _, d := range append(docs("vorsel", vorsel), docs("ashgrove", ashgrove)...) {
		c.Restore(d, "s-vorsel0")
	}
	c.Restore(Doc{ID: "copy", Body: ashgrove[1], CopyOf: "ashgrove1"}, "s-vorsel0")
	c.Restore(Doc{ID: "copy-of-copy", Body: ashgrove[1], CopyOf: "copy"}, "s-vorsel0")
	c.markDirty(c.stories[c.byID["s-vorsel0"]])
	c.Maintain()
	for _, id := range []string{"copy", "copy-of-copy"} {
		if got, want := c.stories[c.docs[id]].id, c.stories[c.docs["ashgrove1"]].id; got != want {
			t.Errorf("%s is in %s, its original in %s", id, got, want)
		}
	}
}

func TestTimeKeepsFarApartReportsApart(t *testing.T) {
	c := New(DefaultOptions())
	day := time.Date(2013, 5, 3, 0, 0, 0, 0, time.UTC)
	c.Add(Doc{ID: "a", Body: ashgrove[0], Published: day})
	same := c.Add(Doc{ID: "b", Body: ashgrove[1], Published: day})
	c2 := New(DefaultOptions())
	c2.Add(Doc{ID: "a", Body: ashgrove[0], Published: day})
	far := c2.Add(Doc{ID: "b", Body: ashgrove[1], Published: day.AddDate(2, 0, 0)})
	if far.Score >= same.Score {
		t.Errorf("two years apart scores %.3f, same day %.3f: want lower", far.Score, same.Score)
	}
}

func TestRetireBoundsStories(t *testing.T) {
	o := DefaultOptions()
	o.MaxStories = 2
	c := New(o)
	for i := range 5 {
		c.Add(Doc{ID: fmt.Sprint(i), Body: fmt.Sprintf("alpha%d bravo%d charlie%d", i, i, i)})
	}
	c.retire()
	live := 0
	for _, s := range c.stories {
		if s != nil {
			live++
		}
	}
	if live != 2 || len(c.docs) != 2 {
		t.Errorf("%d live stories and %d documents, want 2 and 2", live, len(c.docs))
	}
	// The retired documents' terms leave the IDF and the dictionary.
	if _, ok := c.voc.ids["alpha0"]; ok || c.voc.n != 2 {
		t.Errorf("after retiring: alpha0 known=%v, %d documents counted, want false and 2", ok, c.voc.n)
	}
	// Only the live ids' keys are kept.
	if len(c.voc.keyOf) != len(c.voc.ids) || len(c.voc.ids) >= len(c.voc.df) {
		t.Errorf("%d keys kept for %d live ids, %d ids made", len(c.voc.keyOf), len(c.voc.ids), len(c.voc.df))
	}
	for key, id := range c.voc.ids {
		if c.voc.keyOf[id] != key {
			t.Errorf("id %d: key %q, the dictionary has %q", id, c.voc.keyOf[id], key)
		}
	}
	// A forgotten word that comes back gets a fresh id and matches again.
	a := c.Add(Doc{ID: "again", Body: "alpha0 bravo0 charlie0"})
	b := c.Add(Doc{ID: "again2", Body: "alpha0 bravo0 charlie0"})
	if !a.Opened || b.StoryID != a.StoryID {
		t.Errorf("returning words: %+v then %+v, want the second to join the first", a, b)
	}
}

// An article left alone in its story is checked as an article, not as a
// story: at Maintain it joins the story it scores Threshold in, although
// the two stories' score is far under MergeThreshold.
func TestMaintainReattachesLoneArticle(t *testing.T) {
	c := New(DefaultOptions())
	for _, d := range docs("vorsel", vorsel) {
		c.Restore(d, "s-vorsel")
	}
	c.Add(Doc{ID: "g7", Body: g7})
	followUp := Doc{ID: "late", Body: "A week on, Owen Pratley said Vorsel was doing well and thanked fans for their letters and flowers."}
	c.o.Threshold = 1 // as if the IDF of its day had kept it apart
	if a := c.Add(followUp); !a.Opened {
		t.Fatalf("follow-up joined %s at threshold 1", a.StoryID)
	}
	c.o.Threshold = DefaultOptions().Threshold
	own := c.stories[c.docs["late"]]
	sc := c.storyScore(own, c.stories[c.byID["s-vorsel"]])
	if sc < c.o.Threshold || sc >= c.o.MergeThreshold {
		t.Fatalf("follow-up scores %.3f against its story, want in [Threshold, MergeThreshold) for the test to mean anything", sc)
	}
	c.Maintain()
	if got := c.stories[c.docs["late"]].id; got != "s-vorsel" {
		t.Errorf("lone follow-up in %s after Maintain, want s-vorsel", got)
	}
	if got := c.stories[c.docs["g7"]].id; got != "s-g7" {
		t.Errorf("unrelated lone report moved to %s", got)
	}
}

// Documents prepared on other goroutines, ahead of the clusterer, are
// placed as Add places them: preparing reads no clusterer state, and the
// vocabulary hands out ids in the same order.
func TestAddPreparedMatchesAdd(t *testing.T) {
	docs := newSynth(5).stream(600)
	for i := 3; i < len(docs); i += 7 {
		docs[i].CopyOf = docs[i-2].ID // some copies, which join without scoring
	}
	o := DefaultOptions()
	preps := make([]*Prepared, len(docs))
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(docs); i += 4 {
				preps[i] = Prepare(docs[i], o)
			}
		}()
	}
	wg.Wait()
	a, b := New(o), New(o)
	for i, d := range docs {
		want, got := a.Add(d), b.AddPrepared(preps[i])
		if got != want {
			t.Fatalf("doc %d: prepared %+v, added %+v", i, got, want)
		}
		if i%50 == 49 && !slices.Equal(a.Maintain(), b.Maintain()) {
			t.Fatalf("maintenance after doc %d differs", i)
		}
	}
}

// One Prepared reset for each document in turn, as a restart's reader
// reuses them, places the documents as Add does: nothing the clusterer
// keeps may share the buffers Reset reuses.
func TestResetMatchesPrepare(t *testing.T) {
	docs := newSynth(6).stream(600)
	for i := range docs { // ages, which the features keep from Reset's scan
		docs[i].Body += fmt.Sprintf(" A %d-year-old was hurt, and Ada Roe, %d, too.", 18+i/4%40, 20+i%7)
	}
	o := DefaultOptions()
	a, b := New(o), New(o)
	var p Prepared
	for i, d := range docs {
		p.Reset(d, o)
		want, got := a.Add(d), b.AddPrepared(&p)
		if got != want {
			t.Fatalf("doc %d: reset %+v, added %+v", i, got, want)
		}
		if i%50 == 49 && !slices.Equal(a.Maintain(), b.Maintain()) {
			t.Fatalf("maintenance after doc %d differs", i)
		}
	}
}

// Maintain's moves check again the members that joined under SureJoin and
// leave the sure ones be, in a recheck as the IDF matures too.
func TestSureJoinsNotChecked(t *testing.T) {
	for _, tt := range []struct {
		name     string
		sureJoin float64
		recheck  bool
		want     int
	}{
		{"no bound", 2, false, 3},
		{"bound", 0.5, false, 2}, // the first article opened the story: checked
		{"no bound, recheck", 2, true, 3},
		{"bound, recheck", 0.5, true, 2},
	} {
		o := DefaultOptions()
		o.SureJoin = tt.sureJoin
		c := New(o)
		body := vorsel[0]
		var sure, unsure int
		// b repeats a; c, a friend's word, shares less with them.
		c2 := "Nadia Vorsel, the Summer Harbor actress, is said to be unwell, a friend of the family told reporters in Elmbrook."
		for i, d := range []Doc{{ID: "a", Body: body}, {ID: "b", Body: body + " Pratley said no more."}, {ID: "c", Body: c2}} {
			if a := c.Add(d); i > 0 && a.Score >= 0.5 {
				sure++
			} else if i > 0 {
				unsure++
			}
		}
		if sure != 1 || unsure != 1 {
			t.Fatalf("%s: %d sure and %d unsure joins, want one each: the documents do not test the bound", tt.name, sure, unsure)
		}
		c.recheckN = c.voc.n // no recheck: the count has not doubled
		if tt.recheck {
			c.recheckN = 1 // it has
		}
		c.Maintain()
		if c.checks != tt.want {
			t.Errorf("%s: Maintain checked %d members, want %d", tt.name, c.checks, tt.want)
		}
	}
}

// TestKeysOnceMatchesTwice holds addPrepared, which chooses a document's
// index keys once for its candidates and its join, to the plain order
// (bestStory, then join choosing them again): the same assignments and,
// every 50 documents, the same saved state, index included.
func TestKeysOnceMatchesTwice(t *testing.T) {
	docs := newSynth(6).stream(800)
	o := DefaultOptions()
	a, b := New(o), New(o)
	plain := func(c *Clusterer, d Doc) Assignment {
		p := Prepare(d, c.o)
		f := c.featuresOf(p)
		best, score := c.bestStory(&f, -1)
		if best >= 0 && score >= c.o.Threshold {
			c.join(c.stories[best], member{id: p.ID, f: &f, sure: score >= c.o.SureJoin})
			return Assignment{StoryID: c.stories[best].id, Score: score}
		}
		s := c.open("s-" + p.ID)
		c.join(s, member{id: p.ID, f: &f})
		c.maybeRetire()
		return Assignment{StoryID: s.id, Opened: true}
	}
	for i, d := range docs {
		if got, want := b.Add(d), plain(a, d); got != want {
			t.Fatalf("doc %d: %+v, want %+v", i, got, want)
		}
		if i%50 == 49 {
			if !slices.Equal(a.Maintain(), b.Maintain()) {
				t.Fatalf("maintenance after doc %d differs", i)
			}
			sa, _ := a.MarshalBinary()
			sb, _ := b.MarshalBinary()
			if !bytes.Equal(sa, sb) {
				t.Fatalf("state after doc %d differs", i)
			}
		}
	}
}
