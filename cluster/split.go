package cluster

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"time"
)

// A story that has swallowed two similar events (two celebrities entering
// rehab, two title fights of one boxer) looks like one topic to the global
// weights: the words they share are rare in the corpus. Inside the story
// those shared words say nothing, and what tells the events apart are the
// words one half shares and the other lacks — the other celebrity, the
// other opponent. split weighs terms by their rarity inside the story,
// cuts it in two with spherical 2-means, and keeps the cut only when each
// half has a name of its own (present in most of the half, rare in the
// other): two events have different protagonists, while the aspects of
// one event (the shooting, the trial) share theirs.

// splitStory returns the two halves of s's scored members when they are
// two events; ok is false when s should stay whole.
func (c *Clusterer) splitStory(s *story) (a, b []member, ok bool) {
	a, b, _, ok = c.cutStory(s)
	return a, b, ok
}

// cutStory is splitStory; again is true when the halves should be checked
// for a cut again at once: the cut is by name or age groups
// (nameGroupsCut, ageGroupsCut), or its halves score under SplitAgainScore.
func (c *Clusterer) cutStory(s *story) (a, b []member, again, ok bool) {
	var ms []member
	for _, m := range s.members {
		if m.f != nil {
			ms = append(ms, m)
		}
	}
	if len(ms) < c.o.SplitMinSize || len(ms) > c.o.SplitMaxSize {
		return nil, nil, false, false
	}
	if a, b, sc, ok := c.meansCut(ms); ok && (sc < c.o.SplitMaxScore-orderBand || c.meansCutsInIDOrder(ms)) {
		return a, b, sc < c.o.SplitAgainScore, true
	}
	if a, b, ok = c.yearsCut(ms); ok {
		return a, b, false, true
	}
	a, b, ok = c.nameGroupsCut(ms)
	if !ok {
		a, b, ok = c.ageGroupsCut(ms)
	}
	if !ok {
		if a, b, ok = c.agentsCut(ms); ok {
			return a, b, false, true
		}
	}
	return a, b, ok, ok
}

// meansCut cuts ms in two by 2-means on their local vectors and returns
// the halves and their score; ok when each half has two members and a
// name of its own and they score under SplitMaxScore.
func (c *Clusterer) meansCut(ms []member) (a, b []member, sc float64, ok bool) {
	side := twoMeans(c.localVecs(ms), c.o.SplitSeeds)
	for i, m := range ms {
		if side[i] {
			a = append(a, m)
		} else {
			b = append(b, m)
		}
	}
	if len(a) < 2 || len(b) < 2 || !c.ownName(a, b) || !c.ownName(b, a) {
		return nil, nil, 0, false
	}
	sc = c.halvesScore(a, b)
	return a, b, sc, sc < c.o.SplitMaxScore
}

// meansCutsInIDOrder reports whether meansCut cuts ms taken in ID order
// too. The halves' centroids are cut back to their CentroidTerms
// strongest terms whenever they grow past twice that (addToCentroid), so
// which terms survive, and the halves' score, hang on the order the
// members are added in, as 2-means' ties do: a story of one event was cut
// in some orders and held in others (ecbplus-dev: Bettie Page's death cut
// from the tributes 10 | 4, the same fourteen members and the same halves
// scoring 0.497 in the order they came and 0.515 in ID order). A cut the
// arrival order alone passes is not made. The second cut runs only when
// the first passes within orderBand of SplitMaxScore (docs/quality.md,
// eighteenth session).
func (c *Clusterer) meansCutsInIDOrder(ms []member) bool {
	if slices.IsSortedFunc(ms, memberByID) {
		return true
	}
	sorted := slices.Clone(ms)
	slices.SortFunc(sorted, memberByID)
	_, _, _, ok := c.meansCut(sorted)
	return ok
}

// orderBand is how far under SplitMaxScore a 2-means cut's halves must
// score for the cut to stand without meansCutsInIDOrder. The order of
// summing moved ecbplus-dev's halves by 0.018. wouldSplit and uncut test
// the same kept-apart halves at every Maintain: on gvc-dev packed 100
// times, checking every passing cut in ID order ran 160 more 2-means on
// top of 197; within the band, none, with the same figures.
const orderBand = 0.05

// memberByID orders members by ID.
func memberByID(x, y member) int { return cmp.Compare(x.id, y.id) }

// A story can also hold two similar events years apart (a coach hired
// and, three years on, fired), whose 2-means cut finds another line. A
// report cannot be written before a year it names, so an undated report
// naming 2008 is from 2008 or later, and reports dated 2005 are of
// another moment than it. yearsCut draws that line: the members dated
// well before a year against those dated or naming it, the members the
// text does not place joining the half they score higher with; the cut
// is kept under the 2-means cut's test.

// yearsCut returns the early and late members of ms for the year that
// parts them best: early members dated at least SplitYearGap before the
// year's first day, late members dated in or after it or, undated,
// naming it or a later year (yearNamed), at least SplitYearMin of each.
// The members neither side places go to the half whose centroid they
// score higher against, and the cut is kept when each half has a name of
// its own and they score under SplitYearMaxScore (the lowest scoring year
// wins). ok is false otherwise.
func (c *Clusterer) yearsCut(ms []member) (a, b []member, ok bool) {
	n := c.o.SplitYearMin
	if n <= 0 {
		return nil, nil, false
	}
	named := make([]int, len(ms))
	var years []int
	for i, m := range ms {
		if m.f.date.IsZero() {
			named[i] = c.yearNamed(m.f)
			if named[i] > 0 && !slices.Contains(years, named[i]) {
				years = append(years, named[i])
			}
		}
	}
	best := c.o.SplitYearMaxScore
	for _, y := range years {
		ea, la := c.yearHalves(ms, named, y)
		if len(ea) < n || len(la) < n {
			continue
		}
		ea, la = c.placeRest(ms, ea, la, 0)
		if !c.ownName(ea, la) || !c.ownName(la, ea) {
			continue
		}
		if sc := c.halvesScore(ea, la); sc < best {
			a, b, best, ok = ea, la, sc, true
		}
	}
	return a, b, ok
}

// yearHalves returns the members of ms placed before and in or after year
// y (yearsCut); named holds each undated member's latest year named.
func (c *Clusterer) yearHalves(ms []member, named []int, y int) (early, late []member) {
	start := time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC)
	for i, m := range ms {
		switch d := m.f.date; {
		case d.IsZero():
			if named[i] >= y {
				late = append(late, m)
			}
		case !d.Before(start):
			late = append(late, m)
		case start.Sub(d) >= c.o.SplitYearGap:
			early = append(early, m)
		}
	}
	return early, late
}

// placeRest adds the members of ms in neither early nor late to the one
// whose centroid scores them higher, their names' cosine to its names
// added names times (agentsCut; 0 for the score alone).
func (c *Clusterer) placeRest(ms, early, late []member, names float64) (a, b []member) {
	in := make(map[string]bool, len(early)+len(late))
	for _, m := range early {
		in[m.id] = true
	}
	for _, m := range late {
		in[m.id] = true
	}
	sa, sb := c.halvesCentroids(early, late)
	a, b = slices.Clone(early), slices.Clone(late)
	for _, m := range ms {
		if in[m.id] {
			continue
		}
		q := c.featureQuery(m.f) // its norms, once for both halves
		xa, xb := c.scoreQuery(q, sa), c.scoreQuery(q, sb)
		if names > 0 {
			xa += names * cosine(m.f.ents, sa.ents, c.voc.idf)
			xb += names * cosine(m.f.ents, sb.ents, c.voc.idf)
		}
		if xa >= xb {
			a = append(a, m)
		} else {
			b = append(b, m)
		}
	}
	return a, b
}

// yearNamed returns the latest year f's numbers name (a number from
// minYear to maxYear), or 0 when they name none.
func (c *Clusterer) yearNamed(f *features) int {
	latest := 0
	for _, e := range f.nums {
		k := c.voc.keyOf[e.id]
		if len(k) != len(numPrefix)+4 || k[:len(numPrefix)] != numPrefix {
			continue
		}
		if y, err := strconv.Atoi(k[len(numPrefix):]); err == nil && y >= minYear && y <= maxYear && y > latest {
			latest = y
		}
	}
	return latest
}

// yearsApart reports whether f, dated, is of another moment than s by the
// line yearsCut draws: at least SplitYearMin of s's members are placed
// SplitYearGap or more after it (dated so or, undated, naming a year that
// starts so long after it) and none is dated nearer. Maintain does not
// move such an article into s: it would undo a years cut, the hired
// coach's report going back to the firing's story it scores a little
// higher with. An undated article naming a year is not held back by
// older dated members: on gvc-dev with a fifth of its dates dropped and
// packed 100 times closer that lost 0.0008 BCubed, and ECB+ gained
// nothing from it (docs/quality.md, fourteenth session).
func (c *Clusterer) yearsApart(f *features, s *story) bool {
	n, gap := c.o.SplitYearMin, c.o.SplitYearGap
	if n <= 0 || f.date.IsZero() || len(s.members) < n {
		return false
	}
	far := 0
	for _, m := range s.members {
		if m.f == nil {
			continue
		}
		at := m.f.date
		if at.IsZero() {
			if y := c.yearNamed(m.f); y > 0 {
				at = time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC)
			}
		}
		switch {
		case at.IsZero():
		case at.Sub(f.date) >= gap:
			far++
		case !m.f.date.IsZero():
			return false // a member dated near f, or before it
		}
	}
	return far >= n
}

// minYear and maxYear bound the numbers read as years.
const minYear, maxYear = 1900, 2099

// A story can also be a chain: reports of several shootings in several
// towns, each joined to the story by what they share with one member or
// two ("a 17-year-old", "accidentally", the year) while the names gate
// held back their scores but not enough. Such a story holds no two halves
// with a name of their own each (every incident is a few reports), and the
// 2-means test above leaves it whole. But its reports fall into groups that
// share no name of their event with one another: the town, the victim,
// the street. nameGroupsCut groups the members by the event names they
// share and cuts one group off when the group and the rest score apart.

// nameGroupsCut groups ms by the event names they share (eventNames) and
// returns a group of at least two members and the rest, at least two,
// when their centroids score under SplitMaxScore; the largest such group
// is cut first (split checks both halves again at once). ok is false when
// the members form one group.
func (c *Clusterer) nameGroupsCut(ms []member) (a, b []member, ok bool) {
	if c.o.SplitNameHolders <= 0 {
		return nil, nil, false
	}
	names := c.eventNames(ms)
	if c.o.SplitNameBridges {
		names = dropCutMembers(names)
	}
	return c.groupsCut(ms, names)
}

// A chain can also hold its incidents' names in common: one county's
// children's shootings, each report naming the county, its sheriff's
// office and its hospital, which the chain's reports are most of (on
// gvc-dev, with its dates packed 100 times closer, a Houston-area chain
// of three boys' accidental shootings, Harris County and a newspaper's
// gallery furniture in every report). What its incidents do not share
// is the child's age: reports of one shooting agree on it (gvc-dev: 234
// of 244 pairs share an age, against 12 % of pairs of two shootings).

// ageGroupsCut is nameGroupsCut with the ages the members state as the
// keys they share, tried only when at least SplitAgedShare of the members
// state ages: a story of shootings, not one of a trial or an election
// whose reports age whoever they mention (ECB+ dev states ages in 188 of
// its 462 reports).
func (c *Clusterer) ageGroupsCut(ms []member) (a, b []member, ok bool) {
	if c.o.SplitAgedShare <= 0 {
		return nil, nil, false
	}
	keys := make([][]uint32, len(ms))
	aged := 0
	for i, m := range ms {
		for _, age := range realAges(m.f.ages) {
			keys[i] = append(keys[i], uint32(age))
		}
		if len(keys[i]) > 0 {
			aged++
		}

	}
	if float64(aged) < c.o.SplitAgedShare*float64(len(ms)) {
		return nil, nil, false
	}
	if c.o.SplitAgesBridge > 0 {
		keys = dropBridges(keys, c.o.SplitAgesBridge)
	}
	return c.groupsCut(ms, keys)
}

// groupsCut joins the members of ms that share a key (keys[i] are member
// i's, each key a name id or an age, never both in one call) and returns a
// group of at least two members and the rest, at least two, when their
// centroids score under SplitMaxScore; the largest such group is cut
// first. ok is false when no group can be cut off.
func (c *Clusterer) groupsCut(ms []member, names [][]uint32) (a, b []member, ok bool) {
	find, _ := joinByKeys(names, 0)
	groups := map[int][]int{}
	for i := range ms {
		r := find(i)
		groups[r] = append(groups[r], i)
	}
	if len(groups) < 2 {
		return nil, nil, false
	}
	order := make([][]int, 0, len(groups))
	for _, g := range groups {
		order = append(order, g)
	}
	// Largest first, then by first member: the same cut in any map order.
	slices.SortFunc(order, func(x, y []int) int {
		return cmp.Or(cmp.Compare(len(y), len(x)), cmp.Compare(x[0], y[0]))
	})
	for _, g := range order {
		if len(g) < 2 || len(ms)-len(g) < 2 {
			continue
		}
		in := make([]bool, len(ms))
		for _, i := range g {
			in[i] = true
		}
		a, b = nil, nil
		for i, m := range ms {
			if in[i] {
				a = append(a, m)
			} else {
				b = append(b, m)
			}
		}
		if c.halvesScore(a, b) < c.o.SplitMaxScore {
			return a, b, true
		}
	}
	return nil, nil, false
}

// eventNames returns, for each member of ms, the names it holds that tell
// the story's event: names of whose documents the story's members are at
// least SplitNameHolders. A town's name, held by the reports of all its
// shootings, or "Police", held by nearly every report, are not; an
// incident's victim, street or school, named by its own reports only, is. The story's share, not a
// count of stories (tellingNames): a story's main names are in too many
// documents to be index keys, which tellingNames needs.
func (c *Clusterer) eventNames(ms []member) [][]uint32 {
	held := map[uint32]int{}
	for _, m := range ms {
		for _, e := range m.f.ents {
			held[e.id]++
		}
	}
	out := make([][]uint32, len(ms))
	for i, m := range ms {
		for _, e := range m.f.ents {
			if n := held[e.id]; float64(n) >= c.o.SplitNameHolders*float64(c.voc.df[e.id]) {
				out[i] = append(out[i], e.id)
			}
		}
	}
	return out
}

// halvesScore is the centroid-to-centroid score of two halves: the aspects
// of one event (one protagonist, several places) still score high.
func (c *Clusterer) halvesScore(a, b []member) float64 {
	return c.storyScore(c.halvesCentroids(a, b))
}

// halvesCentroids returns a story each for the members of a and of b,
// holding only their centroids: what the split check scores.
func (c *Clusterer) halvesCentroids(a, b []member) (sa, sb *story) {
	sa, sb = &story{normsAt: -1}, &story{normsAt: -1}
	for _, m := range a {
		c.addToCentroid(sa, m.f, 1)
	}
	for _, m := range b {
		c.addToCentroid(sb, m.f, 1)
	}
	return sa, sb
}

// localVecs returns each member's body and name terms weighted by global
// IDF times IDF inside the story, as unit vectors. The counts inside the
// story are kept by term id in the clusterer's scratch (ids are dense),
// cleared again after: a map of them was most of localVecs. Each member's
// body and names are merged in scratch, and its vector scaled to unit
// length where it was made (vec.unitOwn): the two vectors made for that
// were 6% of a 10k bench ingest's allocations.
func (c *Clusterer) localVecs(ms []member) []vec {
	df := c.localCounts(ms, 1)
	defer c.localCounts(ms, 0)
	n := float64(len(ms))
	out := make([]vec, len(ms))
	for i, m := range ms {
		var merged vec
		if !c.newVecs { // read only in this iteration: the scratch serves
			merged = appendScaled(c.localMerged[:0], m.f.body, m.f.ents, 1)
			c.localMerged = merged
		} else {
			merged = addScaled(m.f.body, m.f.ents, 1)
		}
		v := make(vec, 0, len(merged))
		for _, e := range merged {
			// Terms of a single member cannot group members; terms of all
			// say nothing inside the story.
			if d := df[e.id]; d > 1 {
				w := float64(e.w) * float64(c.voc.idf[e.id]) * math.Log(n/float64(d))
				if w > 0 {
					v = append(v, entry{id: e.id, w: float32(w)})
				}
			}
		}
		out[i] = c.unitOwn(v) // v is new
	}
	return out
}

// localCounts counts, by term id, the members' body and name vectors
// holding each term (a term in both of a member's counts twice) into
// c.localDF and returns it; with add 0 it sets those counts back to 0.
func (c *Clusterer) localCounts(ms []member, add int32) []int32 {
	df := c.localDF
	for _, m := range ms {
		for _, v := range [...]vec{m.f.body, m.f.ents} {
			for _, e := range v {
				if int(e.id) >= len(df) {
					df = append(df, make([]int32, int(e.id)+1-len(df))...)
				}
				df[e.id] = add * (df[e.id] + 1)
			}
		}
	}
	c.localDF = df
	return df
}

// twoMeans cuts unit vectors in two by spherical 2-means. It starts from
// up to seeds deterministic seed pairs (each of the members least like
// the rest, with the member least like it) and keeps the cut with the highest
// spherical k-means objective, the summed norms of the halves' sums. It
// returns true for the vectors on the first half.
func twoMeans(vs []vec, seeds int) []bool {
	var sum vec
	for _, v := range vs {
		sum = addScaled(sum, v, 1)
	}
	var best []bool
	bestObj := -1.0
	tried := map[[2]int]bool{}
	lt := newLocalTerms(vs)
	for _, first := range leastLike(vs, sum, seeds) {
		pair := [2]int{first, argmin(vs, vs[first])}
		if pair[0] > pair[1] {
			pair[0], pair[1] = pair[1], pair[0]
		}
		if tried[pair] {
			continue
		}
		tried[pair] = true
		side, obj := twoMeansFrom(lt, pair[0], pair[1])
		if obj > bestObj {
			best, bestObj = side, obj
		}
	}
	return best
}

// twoMeansFrom runs spherical 2-means from two seed vectors. The halves'
// sums are dense over the story's terms (localTerms), so comparing a
// member with a sum costs the member's length, not the sum's: the sparse
// merge made each pass cost the story's size squared. The sums are
// accumulated in member order in float32 and read in term order, as
// addScaled and dot do, so the cut is the same.
func twoMeansFrom(lt *localTerms, a, b int) ([]bool, float64) {
	ca, cb := lt.member(a), lt.member(b)
	na, nb := make([]float32, lt.n), make([]float32, lt.n)
	side := make([]bool, len(lt.vs))
	var obj float64
	for iter := range 8 {
		clear(na)
		clear(nb)
		changed := false
		for i := range lt.vs {
			s := lt.dot(i, ca) >= lt.dot(i, cb)
			changed = changed || s != side[i] || iter == 0
			side[i] = s
			if s {
				lt.add(na, i)
			} else {
				lt.add(nb, i)
			}
		}
		ca, na = na, ca
		cb, nb = nb, cb
		obj = math.Sqrt(sumSquares(ca)) + math.Sqrt(sumSquares(cb))
		if !changed {
			break
		}
	}
	return side, obj
}

// localTerms numbers the terms of a story's member vectors in id order.
type localTerms struct {
	n   int
	idx [][]int32 // idx[i][k] is the local number of vs[i][k]
	vs  []vec
}

func newLocalTerms(vs []vec) *localTerms {
	var ids []uint32
	for _, v := range vs {
		for _, e := range v {
			ids = append(ids, e.id)
		}
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	lt := &localTerms{n: len(ids), idx: make([][]int32, len(vs)), vs: vs}
	for i, v := range vs {
		lt.idx[i] = make([]int32, len(v))
		for k, e := range v {
			j, _ := slices.BinarySearch(ids, e.id)
			lt.idx[i][k] = int32(j)
		}
	}
	return lt
}

// member returns member i's vector, dense over the local terms.
func (lt *localTerms) member(i int) []float32 {
	c := make([]float32, lt.n)
	for k, e := range lt.vs[i] {
		c[lt.idx[i][k]] = e.w
	}
	return c
}

// add adds member i to the dense sum c, dropping a weight that falls to
// ~0 as addScaled does.
func (lt *localTerms) add(c []float32, i int) {
	for k, e := range lt.vs[i] {
		j := lt.idx[i][k]
		if c[j] += e.w; c[j] <= 1e-6 {
			c[j] = 0
		}
	}
}

// dot is the dot product of member i with the dense sum c.
func (lt *localTerms) dot(i int, c []float32) float64 {
	var s float64
	for k, e := range lt.vs[i] {
		s += float64(e.w) * float64(c[lt.idx[i][k]])
	}
	return s
}

// sumSquares is the squared norm of a dense vector, in term order.
func sumSquares(c []float32) float64 {
	var s float64
	for _, w := range c {
		s += float64(w) * float64(w)
	}
	return s
}

// leastLike returns the indexes of the n vectors least like ref, least
// first.
func leastLike(vs []vec, ref vec, n int) []int {
	idx := make([]int, len(vs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(dot(vs[a], ref), dot(vs[b], ref)) })
	return idx[:min(n, len(idx))]
}

// argmin returns the index of the vector least like ref (lowest index on
// ties).
func argmin(vs []vec, ref vec) int {
	best, bestDot := 0, math.Inf(1)
	for i, v := range vs {
		if d := dot(v, ref); d < bestDot {
			best, bestDot = i, d
		}
	}
	return best
}

// dot is the plain dot product of two sparse vectors.
func dot(a, b vec) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			s += float64(a[i].w) * float64(b[j].w)
			i++
			j++
		}
	}
	return s
}

// ownName reports whether some name is held by at least SplitNameShare of
// the members of a and by at most SplitNameLeak of those of b.
func (c *Clusterer) ownName(a, b []member) bool {
	return ownTerm(a, b, func(f *features) vec { return f.ents }, c.o.SplitNameShare, c.o.SplitNameLeak)
}

// ownTerm reports whether some term of the vectors pick gives is held by
// at least share of a's members and at most leak of b's.
func ownTerm(a, b []member, pick func(*features) vec, share, leak float64) bool {
	count := func(ms []member) map[uint32]int {
		n := map[uint32]int{}
		for _, m := range ms {
			for _, e := range pick(m.f) {
				n[e.id]++
			}
		}
		return n
	}
	inA, inB := count(a), count(b)
	for id, n := range inA {
		if float64(n) >= share*float64(len(a)) && float64(inB[id]) <= leak*float64(len(b)) {
			return true
		}
	}
	return false
}

// A round-up ("three Houston-area children in four days accidentally
// shoot themselves": ages 6, 5, 3 and 4; a tally of the year's: seven
// ages) ages the children of several shootings and joins their groups
// into one, and the chain is not cut (gvc-dev --undated --seed 2, one
// order of five: a Houston-area story of five incidents). A report of
// one shooting that ages three people (the victim, his brother, the man
// charged) shares them with its own reports only.

// dropBridges returns keys with those of every member stating at least
// many keys emptied when they are shared with two or more groups of the
// members stating fewer: such a member stays in the story, in no group
// (groupsCut leaves it with the rest). Members stating many keys that
// touch one group keep them.
func dropBridges(keys [][]uint32, many int) [][]uint32 {
	find, first := joinByKeys(keys, many)
	out := slices.Clone(keys)
	for i, ks := range keys {
		if len(ks) < many {
			continue
		}
		touched := -1
		for _, k := range ks {
			j, seen := first[k]
			if !seen {
				continue // an age no other member states
			}
			if r := find(j); touched < 0 {
				touched = r
			} else if r != touched {
				out[i] = nil
				break
			}
		}
	}
	return out
}

// A report can name the events of two groups: a round-up of the week's
// shootings, a follow-up recalling an earlier one. Sharing event names
// with both, it joins their groups into one and the chain is not cut.

// dropCutMembers returns keys with those of every member emptied whose
// keys join two or more groups of the other members: a cut vertex of the
// graph of members and the keys two or more of them hold (with such a
// member gone, every key left still has a holder, so the graph's parts
// are the other members' groups). Tarjan's depth-first search finds them
// all in time linear in the members' keys.
func dropCutMembers(keys [][]uint32) [][]uint32 {
	holders := map[uint32][]int{}
	for i, ks := range keys {
		for _, k := range ks {
			holders[k] = append(holders[k], i)
		}
	}
	// Nodes: members 0..n-1, then each key held twice or more.
	n := len(keys)
	keyNode := map[uint32]int{}
	var adj [][]int
	adj = make([][]int, n)
	for i, ks := range keys {
		for _, k := range ks {
			if len(holders[k]) < 2 {
				continue
			}
			node, ok := keyNode[k]
			if !ok {
				node = len(adj)
				keyNode[k] = node
				adj = append(adj, nil)
			}
			adj[i] = append(adj[i], node)
			adj[node] = append(adj[node], i)
		}
	}
	disc, low := make([]int, len(adj)), make([]int, len(adj))
	cut := make([]bool, n)
	t := 0
	var visit func(u, parent int)
	visit = func(u, parent int) {
		t++
		disc[u], low[u] = t, t
		children := 0
		for _, v := range adj[u] {
			switch {
			case disc[v] == 0:
				children++
				visit(v, u)
				low[u] = min(low[u], low[v])
				if u < n && parent >= 0 && low[v] >= disc[u] {
					cut[u] = true
				}
			case v != parent:
				low[u] = min(low[u], disc[v])
			}
		}
		if u < n && parent < 0 && children > 1 {
			cut[u] = true
		}
	}
	for i := range n {
		if disc[i] == 0 {
			visit(i, -1)
		}
	}
	out := slices.Clone(keys)
	for i := range n {
		if cut[i] {
			out[i] = nil
		}
	}
	return out
}

// joinByKeys joins the members whose keys meet (keys[i] are member i's)
// and returns find, which gives each member's group (a union-find root),
// and the first member joined that holds each key. Members holding skip
// keys or more join no one (0: every member joins).
func joinByKeys(keys [][]uint32, skip int) (find func(int) int, first map[uint32]int) {
	parent := make([]int, len(keys))
	for i := range parent {
		parent[i] = i
	}
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	first = map[uint32]int{}
	for i, ks := range keys {
		if skip > 0 && len(ks) >= skip {
			continue
		}
		for _, k := range ks {
			if j, seen := first[k]; seen {
				parent[find(i)] = find(j)
			} else {
				first[k] = i
			}
		}
	}
	return find, first
}
