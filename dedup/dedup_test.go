package dedup

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// seedBody returns lines [from, to] (1-based, inclusive) of a seed file:
// the article body, cut by hand from the site furniture around it, since
// extraction is extract's job and containment on the body is what dedup
// answers for.
func seedBody(t *testing.T, prefix string, from, to int) string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", prefix+"_*.txt"))
	if err != nil || len(paths) != 1 {
		t.Fatalf("seed %s: %v (%d files)", prefix, err, len(paths))
	}
	b, err := os.ReadFile(paths[0])
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(b), "\n")
	if to <= 0 || to > len(lines) {
		to = len(lines)
	}
	return strings.Join(lines[from-1:to], "\n")
}

type seed struct {
	name     string
	from, to int // body lines; to 0 means to the end
}

// seeds lists the five seed pages with their body lines. 004 starts at
// line 3, after the donation appeal.
var seeds = []seed{{"000", 8, 20}, {"001", 2, 9}, {"002", 4, 6}, {"003", 1, 5}, {"004", 3, 0}}

func TestSeedsBodies(t *testing.T) {
	checkSeedPairs(t, func(s seed) string { return seedBody(t, s.name, s.from, s.to) }, map[string]bool{"000-004": true})
}

// With the furniture left in, no pair may be taken for a copy: 000 and
// 004 share their body but 000 carries three times its length of
// "Related Articles", so the pair waits for extraction.
func TestSeedsRawNoFalseMatch(t *testing.T) {
	checkSeedPairs(t, func(s seed) string { return seedBody(t, s.name, 1, 0) }, map[string]bool{"000-004": false})
}

// checkSeedPairs indexes the seeds in order and checks every pair against
// want; pairs want leaves out must not match, pairs it maps to false are
// not checked.
func checkSeedPairs(t *testing.T, text func(seed) string, want map[string]bool) {
	o := DefaultOptions()
	sg := NewSigner(o)
	ix := NewIndex(o)
	for _, s := range seeds {
		for _, m := range ix.Query(sg.Sign(text(s))) {
			pair := m.ID + "-" + s.name
			if w, ok := want[pair]; ok && !w {
				continue
			}
			if !want[pair] {
				t.Errorf("%s matched, want no match: %+v", pair, m)
			}
			delete(want, pair)
		}
		ix.Add(s.name, sg.Sign(text(s)))
	}
	for pair, w := range want {
		if w {
			t.Errorf("%s did not match, want a match", pair)
		}
	}
}

func TestSharedPassagesSeeds(t *testing.T) {
	o := DefaultOptions()
	tests := []struct {
		a, b string
		want string // a phrase one of the passages must contain
	}{
		{"001", "003", "highly attritional dismounted assaults"},
		{"003", "001", "half of the 11,000 North Korean troops"},
		{"001", "002", "highly attritional dismounted assaults"},
		{"004", "000", "unconditionally support the stand of Russia"},
	}
	for _, tt := range tests {
		t.Run(tt.a+"-"+tt.b, func(t *testing.T) {
			a := seedBody(t, tt.a, 1, 0)
			got := SharedPassages(a, seedBody(t, tt.b, 1, 0), o)
			if !slices.ContainsFunc(got, func(p string) bool { return strings.Contains(p, tt.want) }) {
				t.Errorf("passages %q lack %q", got, tt.want)
			}
			for _, p := range got {
				if !strings.Contains(a, p) {
					t.Errorf("passage %q is not a span of a", p)
				}
				if n := len(strings.Fields(p)); n < o.PassageWords {
					t.Errorf("passage %q has %d words, under %d", p, n, o.PassageWords)
				}
			}
		})
	}
}

func TestSharedPassagesNone(t *testing.T) {
	a := "The council approved the new budget for the harbour on Tuesday evening after a long debate."
	b := "Scientists found a new species of frog in the rainforest, the university said on Monday."
	if got := SharedPassages(a, b, DefaultOptions()); len(got) != 0 {
		t.Errorf("got %q, want none", got)
	}
	if got := SharedPassages("", b, DefaultOptions()); len(got) != 0 {
		t.Errorf("empty a: got %q, want none", got)
	}
}

func TestSignatureRoundTrip(t *testing.T) {
	sg := NewSigner(DefaultOptions())
	tests := []struct {
		name string
		sig  Signature
	}{
		{"empty", Signature{}},
		{"no words", sg.Sign("  --  ")},
		{"article", sg.Sign(synthArticle(rand.New(rand.NewPCG(1, 2)), 400))},
		{"short", sg.Sign("one two")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := tt.sig.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			var got Signature
			if err := got.UnmarshalBinary(b); err != nil {
				t.Fatal(err)
			}
			if got.Exact != tt.sig.Exact || got.Words != tt.sig.Words || got.Shingles != tt.sig.Shingles || got.Lead != tt.sig.Lead || !slices.Equal(got.Min, tt.sig.Min) {
				t.Errorf("round trip: got %+v, want %+v", got, tt.sig)
			}
		})
	}
}

func TestUnmarshalMalformed(t *testing.T) {
	good, _ := NewSigner(DefaultOptions()).Sign("a b c d e f g").MarshalBinary()
	for name, b := range map[string][]byte{
		"nil":       nil,
		"version":   append([]byte{9}, good[1:]...),
		"truncated": good[:len(good)-1],
		"trailing":  append(slices.Clone(good), 0),
	} {
		var s Signature
		if err := s.UnmarshalBinary(b); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func FuzzUnmarshalSignature(f *testing.F) {
	good, _ := NewSigner(DefaultOptions()).Sign("a b c d e f g").MarshalBinary()
	f.Add(good)
	f.Fuzz(func(t *testing.T, b []byte) {
		var s Signature
		if s.UnmarshalBinary(b) != nil {
			return
		}
		again, _ := s.MarshalBinary()
		var s2 Signature
		if err := s2.UnmarshalBinary(again); err != nil || s2.Exact != s.Exact || !slices.Equal(s2.Min, s.Min) {
			t.Fatalf("re-marshal of %x: %v", b, err)
		}
	})
}

func TestSignIgnoresTypography(t *testing.T) {
	sg := NewSigner(DefaultOptions())
	a := sg.Sign("“Shoigu has highly likely been a key interlocutor,” it said — adding more.")
	b := sg.Sign("'Shoigu has  highly likely been a KEY interlocutor,' it said - adding\nmore.")
	if a.Exact != b.Exact || !slices.Equal(a.Min, b.Min) {
		t.Errorf("typographic variants signed differently")
	}
}

func TestOriginal(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2025, 6, d, 12, 0, 0, 0, time.UTC) }
	tests := []struct {
		name  string
		group []Member
		want  string
	}{
		{"empty", nil, ""},
		{"earliest published", []Member{{ID: "b", Published: day(2), Words: 900}, {ID: "a", Published: day(1), Words: 100}}, "a"},
		{"undated after dated", []Member{{ID: "u", Words: 900, Seen: 1}, {ID: "d", Published: day(5), Words: 10, Seen: 2}}, "d"},
		{"most complete", []Member{{ID: "teaser", Published: day(1), Words: 120}, {ID: "full", Published: day(1), Words: 600}}, "full"},
		{"first seen", []Member{{ID: "y", Words: 5, Seen: 9}, {ID: "x", Words: 5, Seen: 3}}, "x"},
		{"id breaks ties", []Member{{ID: "n2", Words: 5}, {ID: "n1", Words: 5}}, "n1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Every rotation of the group must give the same original.
			for r := range max(1, len(tt.group)) {
				g := append(slices.Clone(tt.group[r:]), tt.group[:r]...)
				if got := Original(g); got != tt.want {
					t.Errorf("rotation %d: got %q, want %q", r, got, tt.want)
				}
			}
		})
	}
}

func TestIndexVariants(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	base := synthArticle(rng, 600)
	paras := strings.Split(base, "\n\n")
	tests := []struct {
		name      string
		text      string
		wantMatch bool
		wantExact bool
	}{
		{"same words", strings.ToUpper(base), true, true},
		{"paragraph dropped", strings.Join(append(slices.Clone(paras[:2]), paras[3:]...), "\n\n"), true, false},
		{"teaser of a third", strings.Join(paras[:len(paras)/3], "\n\n"), true, false},
		{"other article", synthArticle(rng, 600), false, false},
		{"two sentences", strings.Join(strings.Fields(base)[:30], " "), false, false},
	}
	o := DefaultOptions()
	sg := NewSigner(o)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := NewIndex(o)
			ix.Add("base", sg.Sign(base))
			got := ix.Query(sg.Sign(tt.text))
			if (len(got) > 0) != tt.wantMatch {
				t.Fatalf("matches %+v, want match %v", got, tt.wantMatch)
			}
			if tt.wantMatch && got[0].Exact != tt.wantExact {
				t.Errorf("exact %v, want %v", got[0].Exact, tt.wantExact)
			}
		})
	}
}

// TestIndexGrowth adds enough articles to grow the tables several times
// and checks that each one still finds its own near copy and nothing else.
func TestIndexGrowth(t *testing.T) {
	o := DefaultOptions()
	sg := NewSigner(o)
	ix := NewIndex(o)
	rng := rand.New(rand.NewPCG(3, 4))
	var texts []string
	for i := range 2000 {
		texts = append(texts, synthArticle(rng, 150))
		ix.Add(fmt.Sprint(i), sg.Sign(texts[i]))
	}
	for i := 0; i < len(texts); i += 37 {
		words := strings.Fields(texts[i])
		got := ix.Query(sg.Sign(strings.Join(words[5:], " ")))
		if len(got) != 1 || got[0].ID != fmt.Sprint(i) {
			t.Errorf("article %d: got %+v", i, got)
		}
	}
	if per := ix.Bytes() / ix.Len(); per > 600 {
		t.Errorf("%d bytes per article, over 600", per)
	}
}

func TestIndexEmptyNeverMatches(t *testing.T) {
	sg := NewSigner(DefaultOptions())
	ix := NewIndex(DefaultOptions())
	ix.Add("a", sg.Sign(""))
	ix.Add("b", sg.Sign(" - "))
	if got := ix.Query(sg.Sign("")); len(got) != 0 {
		t.Errorf("empty body matched %+v", got)
	}
}

func TestSignShingleCounts(t *testing.T) {
	tests := []struct {
		text            string
		words, shingles int
	}{
		{"", 0, 0},
		{"one two", 2, 1},
		{"a b c d e", 5, 1},
		{"a b c d e f", 6, 2},
		{strings.Repeat("x y z w v ", 20), 100, 5}, // a page that repeats itself
	}
	sg := NewSigner(DefaultOptions())
	for _, tt := range tests {
		s := sg.Sign(tt.text)
		if s.Words != tt.words || s.Shingles != tt.shingles {
			t.Errorf("%.20q: words %d shingles %d, want %d %d", tt.text, s.Words, s.Shingles, tt.words, tt.shingles)
		}
	}
}

// Exact copies stay out of the bands but a near copy still finds them all.
func TestIndexExactCopiesFoundThroughFirst(t *testing.T) {
	o := DefaultOptions()
	sg := NewSigner(o)
	ix := NewIndex(o)
	base := synthArticle(rand.New(rand.NewPCG(9, 9)), 400)
	for i := range 5 {
		ix.Add(fmt.Sprint("copy", i), sg.Sign(base))
	}
	got := ix.Query(sg.Sign(strings.Join(strings.Fields(base)[10:], " ")))
	var ids []string
	for _, m := range got {
		ids = append(ids, m.ID)
	}
	if want := []string{"copy0", "copy1", "copy2", "copy3", "copy4"}; !slices.Equal(ids, want) {
		t.Errorf("got %v, want %v", ids, want)
	}
}

func FuzzSharedPassages(f *testing.F) {
	f.Add("“Shoigu has highly likely been a key interlocutor,” it said on Sunday.", "'Shoigu has highly likely been a key interlocutor' it said")
	f.Add("a b c d e f g h i j", "x a b c d e f g h i j y")
	f.Fuzz(func(t *testing.T, a, b string) {
		o := DefaultOptions()
		for _, p := range SharedPassages(a, b, o) {
			if !strings.Contains(a, p) || p == "" {
				t.Fatalf("passage %q is not a span of %q", p, a)
			}
		}
	})
}

// An opening shared by many articles is boilerplate: it stops making
// candidates, and the lead table stops growing for it.
func TestIndexBoilerplateLead(t *testing.T) {
	o := DefaultOptions()
	sg := NewSigner(o)
	ix := NewIndex(o)
	rng := rand.New(rand.NewPCG(5, 5))
	const opening = "Sign up for our free morning newsletter and get the top stories in your inbox every day. "
	for i := range 3 * maxLeadShare {
		ix.Add(fmt.Sprint(i), sg.Sign(opening+synthArticle(rng, 200)))
	}
	if ix.leadT.n != maxLeadShare {
		t.Errorf("lead table holds %d, want %d", ix.leadT.n, maxLeadShare)
	}
	teaser := opening + strings.Join(strings.Fields(synthArticle(rng, 200))[:60], " ")
	if got := ix.Query(sg.Sign(teaser)); len(got) != 0 {
		t.Errorf("boilerplate opening matched %d articles", len(got))
	}
}

// Verify measures a pair exactly: a rewrite sharing three quarters of a
// short article is not a copy, however the estimate scattered, while a
// teaser of the first third is.
func TestVerify(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	sg := NewSigner(DefaultOptions())
	words := strings.Fields(synthArticle(rng, 120))
	other := strings.Fields(synthArticle(rng, 400))
	// A rewrite: a new opening, then 90 of the article's words and more.
	rewrite := strings.Join(append(append(slices.Clone(other[200:230]), words[30:]...), other[:200]...), " ")
	tests := []struct {
		name     string
		a, b     string
		wantCopy bool
		wantC    [2]float64 // containment range
	}{
		{"identical", strings.Join(words, " "), strings.Join(words, " "), true, [2]float64{1, 1}},
		{"teaser", strings.Join(words, " "), strings.Join(words[:40], " "), true, [2]float64{1, 1}},
		{"rewrite", strings.Join(words, " "), rewrite, false, [2]float64{0.7, 0.78}},
		{"unrelated", strings.Join(words, " "), strings.Join(other, " "), false, [2]float64{0, 0.05}},
	}
	for _, tt := range tests {
		_, c, ok := sg.Verify(tt.a, tt.b)
		if ok != tt.wantCopy || c < tt.wantC[0] || c > tt.wantC[1] {
			t.Errorf("%s: containment %.3f copy %v, want %v in %v", tt.name, c, ok, tt.wantCopy, tt.wantC)
		}
	}
	if _, _, ok := sg.Verify("", "some words here"); ok {
		t.Error("an empty body verified as a copy")
	}
}

// An index with room reserved answers every query as one grown article by
// article, and its tables do not grow while the reserved articles come.
func TestIndexReserve(t *testing.T) {
	o := DefaultOptions()
	sg := NewSigner(o)
	grown, reserved := NewIndex(o), NewIndex(o)
	reserved.Reserve(1500)
	sizes := len(reserved.bands[0].slots)
	rng := rand.New(rand.NewPCG(5, 6))
	var texts []string
	for i := range 1500 {
		texts = append(texts, synthArticle(rng, 120))
		if i%10 == 3 {
			texts[i] = texts[i-1] // exact copies
		}
		sig := sg.Sign(texts[i])
		grown.Add(fmt.Sprint(i), sig)
		reserved.Add(fmt.Sprint(i), sig)
	}
	if got := len(reserved.bands[0].slots); got != sizes {
		t.Errorf("a band table grew from %d to %d slots inside the reserved room", sizes, got)
	}
	if len(grown.bands[0].slots) == sizes {
		t.Fatal("the grown index has the reserved size: the test cannot tell them apart")
	}
	for i := 0; i < len(texts); i += 7 {
		words := strings.Fields(texts[i])
		sig := sg.Sign(strings.Join(words[3:], " "))
		if a, b := grown.Query(sig), reserved.Query(sig); !reflect.DeepEqual(a, b) {
			t.Fatalf("article %d: grown index %+v, reserved %+v", i, a, b)
		}
	}
}

// TestIndexDoc holds Doc and ID to the order articles were added in,
// across the id table's growths, for ids added twice (the first counts)
// and for ids never added.
func TestIndexDoc(t *testing.T) {
	sg := NewSigner(DefaultOptions())
	ix := NewIndex(DefaultOptions())
	sig := sg.Sign("Harbourton council closed Keel Street for the mill repairs on Monday.")
	for i := range 3000 {
		ix.Add(fmt.Sprintf("keel-%d", i), sig)
	}
	ix.Add("keel-7", sig) // again, as article 3000
	ix.Add("", sig)
	// Page IDs are 32 lower-case hex digits and are kept as 16 bytes;
	// an id of those 16 bytes, or in upper case, is another id.
	hexIDs := []string{
		"00f1e2d3c4b5a69788796a5b4c3d2e1f",                                 // 3002
		"00F1E2D3C4B5A69788796A5B4C3D2E1F",                                 // 3003
		"\x00\xf1\xe2\xd3\xc4\xb5\xa6\x97\x88\x79\x6a\x5b\x4c\x3d\x2e\x1f", // 3004
		"00f1e2d3c4b5a69788796a5b4c3d2e1g",                                 // 3005
	}
	for _, id := range hexIDs {
		ix.Add(id, sig)
	}
	for i, id := range hexIDs {
		if doc, ok := ix.Doc(id); !ok || doc != 3002+i || ix.ID(doc) != id {
			t.Errorf("Doc(%q) = %d, %v; want %d", id, doc, ok, 3002+i)
		}
	}
	if doc, ok := ix.Doc("00f1e2d3c4b5a69788796a5b4c3d2e10"); ok {
		t.Errorf("Doc of a hex id never added = %d", doc)
	}
	// An id added again stays out of the id table: no probe run grows.
	for range 500 {
		ix.Add("keel-7", sig)
	}
	if n := ix.byID.n; n != 3000+1+len(hexIDs) {
		t.Errorf("%d ids in the id table, want %d distinct", n, 3000+1+len(hexIDs))
	}
	if doc, ok := ix.Doc("keel-7"); !ok || doc != 7 {
		t.Errorf(`Doc("keel-7") = %d, %v after adding it again; want 7`, doc, ok)
	}
	for i := range 3000 {
		id := fmt.Sprintf("keel-%d", i)
		if doc, ok := ix.Doc(id); !ok || doc != i || ix.ID(doc) != id {
			t.Fatalf("Doc(%q) = %d, %v; want %d (ID %q)", id, doc, ok, i, ix.ID(max(doc, 0)))
		}
	}
	if doc, ok := ix.Doc(""); !ok || doc != 3001 {
		t.Errorf(`Doc("") = %d, %v; want 3001`, doc, ok)
	}
	if ix.ID(3000) != "keel-7" {
		t.Errorf("ID(3000) = %q", ix.ID(3000))
	}
	for _, id := range []string{"keel-3000", "mill-1", "keel-"} {
		if doc, ok := ix.Doc(id); ok {
			t.Errorf("Doc(%q) = %d, never added", id, doc)
		}
	}
}

// TestIndexDigestRows holds the digests of articles between exact copies
// and empty ones (which keep none) to their own: a query's estimate of
// each indexed article is the one its full signature gives.
func TestIndexDigestRows(t *testing.T) {
	o := DefaultOptions()
	sg := NewSigner(o)
	ix := NewIndex(o)
	rng := rand.New(rand.NewPCG(7, 8))
	var sigs []Signature
	var texts []string
	for i := range 700 {
		text := synthArticle(rng, 120)
		switch {
		case i%7 == 2 || i%97 == 5:
			text = texts[i-1] // an exact copy: no digests
		case i%11 == 4 || i > 130 && i < 330:
			text = "" // empty: no digests, and whole words of inBands without any
		}
		texts = append(texts, text)
		sigs = append(sigs, sg.Sign(text))
		ix.Add(fmt.Sprint(i), sigs[i])
	}
	for i, text := range texts {
		if text == "" || i > 0 && text == texts[i-1] {
			continue
		}
		q := sg.Sign(strings.Join(strings.Fields(text)[4:], " "))
		agree := 0
		for k, v := range q.Min {
			if digest(v) == digest(sigs[i].Min[k]) {
				agree++
			}
		}
		want, _ := estimate(float64(agree)/float64(len(q.Min)), q.Shingles, sigs[i].Shingles)
		found := false
		for _, m := range ix.Query(q) {
			if m.ID == fmt.Sprint(i) {
				found = true
				if m.Jaccard != want {
					t.Errorf("article %d: Jaccard %v, its signature gives %v", i, m.Jaccard, want)
				}
			}
		}
		if !found {
			t.Errorf("article %d: not found by its near copy", i)
		}
	}
}
