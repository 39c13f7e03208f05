package cluster

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storyfold/storyfold/textnorm"
)

func TestScanNames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Declan Ashgrove checked into Sable Ridge.", []string{"declan", "ashgrove", "declan ashgrove", "sable", "ridge", "sable ridge"}},
		{"Police said the man fled.", nil},                                                  // lone capital opening a sentence
		{"The actress met Vorsel on Monday.", []string{"vorsel"}},                           // stopword and calendar words are not names
		{"Officers in Harrowgate, Nebraska responded.", []string{"harrowgate", "nebraska"}}, // a comma ends a run
		{"Kim Jong-un met Putin.", []string{"kim", "jong", "kim jong", "putin"}},            // "un" is not capitalised,
	}
	for _, tt := range tests {
		var got []string
		scanNames(tt.in, func(k string) { got = append(got, k) })
		if !slices.Equal(got, tt.want) {
			t.Errorf("scanNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestScanNumbers(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"more than 6,000 casualties", []string{"6000"}},
		{"a 5.6 magnitude quake", []string{"5.6"}},
		{"in 2008, 45 people", []string{"2008", "45"}},
		{"in 2008, 450 people", []string{"2008", "450"}},
		{"1,234,567 votes", []string{"1234567"}},
		{"on June 8, 2025", []string{"8", "6/8", "2025"}},
		{"May 03, 2013", []string{"3", "5/3", "2013"}},
		{"8 June", []string{"8", "6/8"}},
		{"a 33-year-old", []string{"33"}},
		{"no figures here", nil},
	}
	for _, tt := range tests {
		var got []string
		scanNumbers(tt.in, func(k string) { got = append(got, k) })
		if !slices.Equal(got, tt.want) {
			t.Errorf("scanNumbers(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLead(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short body", 300, "short body"},
		{"one two three four", 9, "one two"},
		{"unbroken", 4, "unbr"},
	}
	for _, tt := range tests {
		if got := lead(tt.in, tt.n); got != tt.want {
			t.Errorf("lead(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

func TestVectors(t *testing.T) {
	idf := []float32{1, 1, 2, 1}
	a := vec{{0, 1}, {2, 1}}
	b := vec{{2, 1}, {3, 1}}
	tests := []struct {
		name      string
		got, want float64
	}{
		{"cosine self", cosine(a, a, idf), 1},
		// a·b = 1*1*2*2 = 4; |a| = sqrt(1+4), |b| = sqrt(4+1)
		{"cosine shared term", cosine(a, b, idf), 4.0 / 5},
		{"cosine empty", cosine(a, nil, idf), 0},
		{"dot", dot(a, b), 1},
	}
	for _, tt := range tests {
		if d := tt.got - tt.want; d > 1e-6 || d < -1e-6 {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	sum := addScaled(a, b, 1)
	if want := (vec{{0, 1}, {2, 2}, {3, 1}}); !slices.Equal(sum, want) {
		t.Errorf("addScaled = %v, want %v", sum, want)
	}
	if back := addScaled(sum, b, -1); !slices.Equal(back, a) {
		t.Errorf("removing b again = %v, want %v", back, a)
	}
	if got, _ := sum.truncate(2, idf, nil); !slices.Equal(got, vec{{0, 1}, {2, 2}}) {
		t.Errorf("truncate = %v, want %v (by idf weight, ties by id)", got, vec{{0, 1}, {2, 2}})
	}
}

func TestTimeFactor(t *testing.T) {
	o := DefaultOptions()
	o.TimeScale, o.TimeFloor, o.TimeBoost = 24*time.Hour, 0.5, 1.5
	c := New(o)
	day := time.Date(2025, 6, 16, 0, 0, 0, 0, time.UTC)
	var zero time.Time
	tests := []struct {
		name string
		a, b time.Time
		want float64
	}{
		{"undated", zero, day, 1},
		{"same day", day, day, 1.5},
		{"one day later", day.AddDate(0, 0, 1), day, 0.5 + math.Exp(-1)},
		{"one day earlier", day.AddDate(0, 0, -1), day, 0.5 + math.Exp(-1)},
		{"far apart", day, day.AddDate(1, 0, 0), 0.5},
	}
	for _, tt := range tests {
		if got := c.timeFactor(tt.a, tt.b, c.o.TimeFloor); math.Abs(got-tt.want) > 1e-6 {
			t.Errorf("%s: timeFactor = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestTopKeysMatchesSort holds topKeys to its plain definition: leave out
// the terms held by more than MaxKeyDF of the documents, sort the rest by
// idf-weighted weight (highest first, ties to the lower id), keep n, sort
// those by id. Weights and idf come from small sets so keys tie.
func TestTopKeysMatchesSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	c := New(DefaultOptions())
	c.voc.n = 1000
	c.voc.idf, c.voc.df = make([]float32, 300), make([]uint32, 300)
	for i := range c.voc.idf {
		c.voc.idf[i] = float32(1 + rng.IntN(4))
		c.voc.df[i] = uint32(rng.IntN(100))
	}
	limit := uint32(c.o.MaxKeyDF * float64(c.voc.n))
	for range 2000 {
		var v vec
		for id := range uint32(len(c.voc.idf)) {
			if rng.IntN(3) == 0 {
				v = append(v, entry{id: id, w: float32(1+rng.IntN(6)) / 4})
			}
		}
		n := rng.IntN(len(v) + 2)
		var cand vec
		for _, e := range v {
			if c.voc.df[e.id] <= limit {
				cand = append(cand, e)
			}
		}
		idf := c.voc.idf
		slices.SortStableFunc(cand, func(a, b entry) int { return cmp.Compare(b.w*idf[b.id], a.w*idf[a.id]) })
		cand = cand[:min(n, len(cand))]
		slices.SortFunc(cand, func(a, b entry) int { return cmpID(a.id, b.id) })
		want := []uint32{7}
		for _, e := range cand {
			want = append(want, e.id)
		}
		if got := c.topKeys([]uint32{7}, v, n); !slices.Equal(got, want) {
			t.Fatalf("topKeys(n=%d) of %d entries:\n got  %v\n want %v", n, len(v), got, want)
		}
	}
}

// TestTruncateMatchesSort holds truncate to its plain definition: sort by
// idf-weighted weight (highest first, ties to the lower id), keep max,
// sort those by id. Weights and idf come from small sets so keys tie.
func TestTruncateMatchesSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	idf := make([]float32, 400)
	for i := range idf {
		idf[i] = float32(1 + rng.IntN(4))
	}
	var keys []keyed
	for range 2000 {
		var v vec
		for id := range uint32(len(idf)) {
			if rng.IntN(3) == 0 {
				v = append(v, entry{id: id, w: float32(1+rng.IntN(6)) / 4})
			}
		}
		max := rng.IntN(len(v) + 2)
		byKey := slices.Clone(v)
		slices.SortStableFunc(byKey, func(a, b entry) int { return cmp.Compare(b.w*idf[b.id], a.w*idf[a.id]) })
		want := v
		if max > 0 && len(v) > max {
			want = byKey[:max]
			slices.SortFunc(want, func(a, b entry) int { return cmpID(a.id, b.id) })
		}
		var got vec
		got, keys = slices.Clone(v).truncate(max, idf, keys)
		if !slices.Equal(got, want) {
			t.Fatalf("truncate(%d) of %d entries:\n got  %v\n want %v", max, len(v), got, want)
		}
	}
}

func TestHeadline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Teen hurt in crash while driving home from graduation - WKDT Action News 9 - Dunhaven, Ohio", "Teen hurt in crash while driving home from graduation"},
		{"Driver In Marlow Co. Tractor Crash Recovering - KTV22.com | Continuous Coverage", "Driver In Marlow Co. Tractor Crash Recovering"},
		{"Trump says Putin 'tired' of Ukraine war - but fears he doesn't want a peace deal", "Trump says Putin 'tired' of Ukraine war - but fears he doesn't want a peace deal"},
		{"Man hurt in Dunhaven - KRVX News 9 Dunhaven, Ohio News Weather & Sports", "Man hurt in Dunhaven"},
		{"No separator here", "No separator here"},
		{"- leading dash only", "- leading dash only"},
		// A dateline taken for the title is no headline (textnorm.IsTimeStamp).
		{"Story Created: Aug 7, 2026 at 9: 56 AM AKDT", ""},
		{"Updated 11 / 27 / 2025 3: 41 PM", ""},
		{"Saturday, August 24, 2026", ""},
		{"First Posted 23: 37: 00 05 / 05 / 2026 - Harbourton Herald", ""},
		{"Ferry workers must act by May 9", "Ferry workers must act by May 9"},
		{"May", "May"},
		{"27 / 09 / 2026 - Harbourton to hold its first ferry vote", "27 / 09 / 2026 - Harbourton to hold its first ferry vote"},
	}
	for _, tt := range tests {
		if got := headline(tt.in); got != tt.want {
			t.Errorf("headline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// BodyWords are the body's word hashes whatever the title: none, one
// cut to its headline, one of spaces or of punctuation only, one whose
// last word runs up to the line break. Copy detection signs them.
func TestBodyWords(t *testing.T) {
	body := "Keel Street reopened Tuesday, 40 days after the Harbourton flood."
	want := textnorm.AppendWordHashes(nil, body)
	p := new(Prepared)
	for _, title := range []string{"", "   ", "—", "Keel Street reopens", "Keel Street reopens - WKDT Action News 9",
		"Harbourton: Keel Street reopens after flood of 2024"} {
		p.Reset(Doc{ID: "a", Title: title, Body: body}, DefaultOptions())
		if got := p.BodyWords(); !slices.Equal(got, want) {
			t.Errorf("title %q: body words %x, want %x", title, got, want)
		}
	}
}

// TestIsWordASCII checks isWord's ASCII table against the Unicode
// definition it stands for.
func TestIsWordASCII(t *testing.T) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		want := r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if isWord(r) != want {
			t.Errorf("isWord(%q) = %v, want %v", r, !want, want)
		}
	}
}

// TestCalendar checks the calendar words and a few that are not.
func TestCalendar(t *testing.T) {
	for w, want := range map[string]int{"january": 1, "sept": 9, "dec": 12, "may": 5, "friday": 0} {
		if got, ok := calendar(w); !ok || got != want {
			t.Errorf("calendar(%q) = %d, %v; want %d, true", w, got, ok, want)
		}
	}
	for _, w := range []string{"", "ma", "mayor", "decades", "fri", "Jan"} {
		if _, ok := calendar(w); ok {
			t.Errorf("calendar(%q) is a calendar word", w)
		}
	}
}

// TestTermVecMatchesTerms checks the word cache against textnorm.Terms:
// a text's vector holds the live ids of its stemmed content terms, also
// after its terms died (counted, then uncounted) and came back.
func TestTermVecMatchesTerms(t *testing.T) {
	v := newVocab()
	check := func(text string) vec {
		t.Helper()
		got := v.termVec(text, textnorm.AppendWordHashes(nil, text))
		var ids []uint32
		for _, term := range textnorm.Terms(text) {
			id, ok := v.ids[term]
			if !ok {
				t.Fatalf("termVec(%q): term %q has no id", text, term)
			}
			ids = append(ids, id)
		}
		if want := vecFromIDs(ids); !slices.Equal(got, want) {
			t.Fatalf("termVec(%q) = %v, want %v", text, got, want)
		}
		return got
	}
	a := "Rescuers searched the flooded valley on Monday, officials said."
	check(a)
	check("The valley flooded again; rescuers said 40 homes were lost.")
	f := check(a)
	v.count(f)
	v.uncount(f)
	check(a)
	check("Officials searched 40 valleys.")
}

// eachTokenByRunes is eachToken as first written, rune by rune: the
// reference the byte-table scan must match. It shares the set of sentence
// marks (isSentenceMark), so it checks the scan, not the set.
func eachTokenByRunes(s string, fn func(t token)) {
	start, sent, gapStart := -1, true, 0
	for i, r := range s {
		if isWord(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			gap := s[gapStart:start]
			fn(token{text: s[start:i], gap: gap, sentStart: sent, joined: gap == " "})
			start, sent, gapStart = -1, false, i
		}
		if isSentenceMark(r) {
			sent = true
		}
	}
	if start >= 0 {
		gap := s[gapStart:start]
		fn(token{text: s[start:], gap: gap, sentStart: sent, joined: gap == " "})
	}
}

// tokensMatch reports where eachToken and the rune-by-rune reference part
// on s, or "" when they agree.
func tokensMatch(s string) string {
	var got, want []token
	eachToken(s, func(t token) { got = append(got, t) })
	eachTokenByRunes(s, func(t token) { want = append(want, t) })
	if !slices.Equal(got, want) {
		return fmt.Sprintf("eachToken(%q) = %+v, want %+v", s, got, want)
	}
	return ""
}

func TestEachTokenMatchesRunes(t *testing.T) {
	texts := []string{
		"", "a", "Declan Ashgrove, 26, said: \"Yes.\" Then\nleft.", "Ünïcode Ñame 5.6.7 — café’s naïve e\u0301te",
		"bad \xff\xfe bytes\xc3", "日本語のテキスト。次の文", "under_score 3½ x²", "end.", "  ",
	}
	rng := rand.New(rand.NewPCG(7, 8))
	alphabet := []rune("aZ9_ .,!?\n:;\"'-éÉ’日\u0301\ufffd")
	for range 2000 {
		b := []rune{}
		for range rng.IntN(30) {
			b = append(b, alphabet[rng.IntN(len(alphabet))])
		}
		s := string(b)
		if rng.IntN(4) == 0 && len(s) > 0 {
			s = s[:rng.IntN(len(s))] // cut inside a rune: invalid UTF-8
		}
		texts = append(texts, s)
	}
	for _, s := range texts {
		if msg := tokensMatch(s); msg != "" {
			t.Fatal(msg)
		}
	}
}

// TestWeightMemo holds the memoised IDF weight to the plain formula, to
// the bit, as the document count moves both ways and across the memo's
// bound.
func TestWeightMemo(t *testing.T) {
	v := newVocab()
	for _, n := range []int{0, 1, 2, 7, 200, 201, 5000, 199, 1 << 20, 5000} {
		v.idfN = n
		for _, df := range []uint32{0, 1, 2, 3, 100, 1022, 1023, 1024, 1025, 1 << 20, 2, 0} {
			if got, want := v.weight(df), float32(math.Log(1+float64(n)/float64(df+1))); math.Float32bits(got) != math.Float32bits(want) {
				t.Fatalf("n %d, df %d: %v, want %v", n, df, got, want)
			}
		}
	}
}

// TestVecOfMatchesVecFromIDs holds the tally by id to the sort of every
// id, with repeats beyond the weight table's 64, empty lists and ids
// the vocabulary grew to hold between calls.
func TestVecOfMatchesVecFromIDs(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	v := newVocab()
	for i := range 2000 {
		for range 1 + rng.IntN(3) {
			v.id(strconv.Itoa(len(v.df)))
		}
		ids := make([]uint32, rng.IntN(300))
		for j := range ids {
			ids[j] = uint32(rng.IntN(min(len(v.df), 1+rng.IntN(200))))
		}
		want := vecFromIDs(slices.Clone(ids))
		if got := v.vecOf(ids); !slices.Equal(got, want) || len(got) != cap(got) {
			t.Fatalf("call %d: vecOf = %v, want %v", i, got, want)
		}
	}
	for id, n := range v.tally {
		if n != 0 {
			t.Fatalf("tally[%d] = %d after the calls", id, n)
		}
	}
}

// termVecTwoPasses is termVec as it was: every missing word learned, then
// every word looked up again.
func (v *vocab) termVecTwoPasses(s string, words []uint64) vec {
	if v.appendTermIDs(words) < len(words) {
		v.learnWords(s, words)
		v.appendTermIDs(words)
	}
	return v.vecOf(v.termIDs)
}

// TestLearnFromMatchesTwoPasses feeds two vocabularies the same stream of
// texts (new words, repeated ones, stopwords, numbers, non-ASCII words),
// one through termVec and one through the two passes, retiring documents
// now and then so ids die and their words come back under new ids, and
// wants the same vectors, ids and word cache.
func TestLearnFromMatchesTwoPasses(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	pool := []string{"the", "and", "of", "said", "Ünïcode", "café", "42", "x", "flood", "floods", "flooding"}
	a, b := newVocab(), newVocab()
	var seen []uint64
	var vecs []vec
	for i := range 3000 {
		for range rng.IntN(3) {
			pool = append(pool, fmt.Sprintf("new%dword%s", len(pool), []string{"", "s", "ing", "ed"}[rng.IntN(4)]))
		}
		var sb strings.Builder
		for range 1 + rng.IntN(40) {
			w := pool[rng.IntN(len(pool))]
			if rng.IntN(4) == 0 {
				w = pool[len(pool)-1-rng.IntN(min(len(pool), 5))] // a recent word, often new to the cache
			}
			if rng.IntN(5) == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			sb.WriteString(w + []string{" ", ", ", ". ", "\n"}[rng.IntN(4)])
		}
		s := sb.String()
		words := textnorm.AppendWordHashes(nil, s)
		seen = append(seen, words...)
		got, want := a.termVec(s, words), b.termVecTwoPasses(s, words)
		if !slices.Equal(got, want) {
			t.Fatalf("text %d %q: termVec %v, two passes %v", i, s, got, want)
		}
		a.count(got)
		b.count(want)
		vecs = append(vecs, got)
		if len(vecs) > 20 { // retire the oldest: ids no live document holds die
			a.uncount(vecs[0])
			b.uncount(vecs[0])
			vecs = vecs[1:]
		}
	}
	if !maps.Equal(a.ids, b.ids) || !maps.Equal(a.keyOf, b.keyOf) || !slices.Equal(a.dead, b.dead) {
		t.Fatal("the vocabularies differ")
	}
	for _, h := range seen {
		ia, oka := a.words.Get(h)
		ib, okb := b.words.Get(h)
		if ia != ib || oka != okb {
			t.Fatalf("word %x: cached %d %v, two passes %d %v", h, ia, oka, ib, okb)
		}
	}
}

// A report whose title is its dateline is headed by its lead, as an
// untitled one is, and does not meet another event's report through a
// stamp of the same day.
func TestTimeStampTitleIsNoHead(t *testing.T) {
	o := DefaultOptions()
	stamp := "Updated Tuesday, June 2, 2026 9: 03 AM EDT"
	p := Prepare(Doc{ID: "a", Title: stamp, Body: ashgrove[0]}, o)
	if want := lead(ashgrove[0], o.HeadChars); p.head != want {
		t.Errorf("head %q, want the lead %q", p.head, want)
	}
	headCos := func(title string) float64 {
		c := New(o)
		a := c.featuresOf(Prepare(Doc{ID: "a", Title: title, Body: ashgrove[0]}, o))
		v := c.featuresOf(Prepare(Doc{ID: "v", Title: title, Body: vorsel[0]}, o))
		return cosine(a.head, v.head, c.voc.idf)
	}
	if stamped, untitled := headCos(stamp), headCos(""); stamped != untitled {
		t.Errorf("two events' reports under one stamp: head cosine %.3f, untitled %.3f", stamped, untitled)
	}
}
