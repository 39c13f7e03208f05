// Package cluster assigns each incoming article to a story — every report
// of one real-world event — or opens a new story for it.
//
// It works online, one article at a time. Candidate stories come from an
// inverted index over each article's rarest content terms, its names
// (capitalised runs), numbers and dates, never from a scan of all stories.
// Each candidate is scored against the story's centroid: a weighted sum of
// four IDF-weighted cosines (content terms of title and body, of the title
// or lead, of names, of numbers and dates), multiplied by a decaying time
// factor when both sides have dates, and damped when both sides have names
// but share hardly any, or state ages but share none (ages.go). IDF is
// learned as documents arrive.
// Maintain later merges stories that have become one and moves articles
// that fit another story better, which makes the result depend less on the
// order articles came in.
package cluster

import (
	"math"
	"strconv"
	"time"
)

// Doc is one article as the clusterer sees it.
type Doc struct {
	// ID identifies the article; it must be unique.
	ID string
	// Title is the headline, empty when unknown.
	Title string
	// Body is the article text.
	Body string
	// Published is the publication time, zero when unknown.
	Published time.Time
	// CopyOf is the ID of an already-added document this one is a copy of
	// (dedup found it): the document joins that story without scoring.
	CopyOf string
}

// Assignment is where Add put a document.
type Assignment struct {
	// StoryID is the story the document joined or opened.
	StoryID string
	// Score is the score of the document against that story; 0 for a story
	// it opened, 1 for a copy joining its original's story.
	Score float64
	// Opened is true when the document opened a new story.
	Opened bool
}

// Move says that Maintain moved an article from one story to another.
type Move struct {
	ArticleID string
	From, To  string
}

// member is one article of a story.
type member struct {
	fresh bool // joined since the last Maintain
	// sure is true when the member joined its story scoring SureJoin:
	// Maintain's moves leave it be.
	sure   bool
	id     string
	f      *features // nil for copies, which follow their original
	copyOf string
}

// story is one story's state: centroids (sums of the members' unit
// vectors, truncated), time range and members.
type story struct {
	id                     string
	seq                    int32 // creation order: lower is older
	body, head, ents, nums vec
	// first and last bound the dated members' dates; zero when none.
	// first, the event's first report, is the story's date for the time
	// factor; last is for retirement.
	first, last time.Time
	ages        []ageCount // the ages members state, in age order
	aged        int32      // members that state an age
	members     []member
	touched     uint64
	dirty       bool
	splitAt     int        // members at the last split check
	cutFrom     []int32    // seqs of the stories split cut from it or it from
	norms       [4]float64 // cached by storyNorms
	normsAt     int        // vocab idfN the norms were computed at; -1 when stale
}

// Clusterer holds the stories being built. It is owned by one goroutine:
// its methods must not be called concurrently (the pipeline runs a single
// clustering stage, which keeps assignments deterministic).
type Clusterer struct {
	o Options
	// newVecs makes every sum and unit vector anew instead of in place
	// (addScaledInPlace, unitOwn, localVecs' scratch): only
	// TestVecsInPlace sets it, to hold the two ways equal.
	newVecs bool
	voc     *vocab
	idx     *index
	stories []*story // by seq; nil once retired
	byID    map[string]int32
	docs    map[string]int32 // article ID → story seq
	clock   uint64           // counts operations, for recency
	dirty   []int32          // stories changed since the last Maintain
	retired uint64           // clock at the last retire
	// recheckN is the document count at the last full recheck.
	recheckN int
	newest   time.Time // newest date seen, for the Window
	// Scratch reused between calls: centroid keys being truncated, and
	// term counts by id inside a story being split.
	truncKeys []keyed
	localDF   []int32
	// localMerged is localVecs' merge of a member's body and names.
	localMerged vec
	// bodyByID holds the body weights of the query bestStory is scoring,
	// by term id, and zero elsewhere (scatterBody).
	bodyByID []float32
	// stateSize is the size of the state last read or written
	// (state.go), the next encoding's first guess.
	stateSize int
	// checks counts the members Maintain's moves have scored again.
	checks int
}

// New returns an empty Clusterer.
func New(o Options) *Clusterer {
	return &Clusterer{
		o:    o,
		voc:  newVocab(),
		idx:  newIndex(o.MaxPostings),
		byID: make(map[string]int32),
		docs: make(map[string]int32),
	}
}

// Add assigns d to the best-scoring story, or opens a new one when no
// story scores Threshold.
func (c *Clusterer) Add(d Doc) Assignment {
	if a, ok := c.addCopy(d); ok {
		return a
	}
	return c.addPrepared(Prepare(d, c.o))
}

// AddPrepared is Add for a document prepared with Prepare and the
// clusterer's options.
func (c *Clusterer) AddPrepared(p *Prepared) Assignment {
	if a, ok := c.addCopy(p.Doc); ok {
		return a
	}
	return c.addPrepared(p)
}

// addPrepared places a document that copies no known one.
func (c *Clusterer) addPrepared(p *Prepared) Assignment {
	f := c.featuresOf(p)
	// The index keys are found once, for the candidates and for filing
	// the story: nothing between the two changes the frequencies and IDF
	// they are chosen by (featuresOf counted f already), and choosing them
	// twice (topKeys, nthBest) cost as much as scoring the candidates.
	keys := c.keys(&f)
	best, score := c.bestOf(c.featureQuery(&f), c.lookup(keys, -1))
	if best >= 0 && score >= c.o.Threshold {
		c.joinKeyed(c.stories[best], member{id: p.ID, f: &f, sure: score >= c.o.SureJoin}, keys)
		return Assignment{StoryID: c.stories[best].id, Score: score}
	}
	s := c.open("s-" + p.ID)
	c.joinKeyed(s, member{id: p.ID, f: &f}, keys)
	c.maybeRetire()
	return Assignment{StoryID: s.id, Opened: true}
}

// Restore puts d back into story storyID as stored, without scoring: it
// rebuilds the clusterer's state when storyfold restarts.
func (c *Clusterer) Restore(d Doc, storyID string) {
	c.restore(d, nil, storyID)
}

// RestorePrepared is Restore for a document prepared with Prepare and the
// clusterer's options.
func (c *Clusterer) RestorePrepared(p *Prepared, storyID string) {
	c.restore(p.Doc, p, storyID)
}

// restore is Restore; p, when not nil, is d prepared.
func (c *Clusterer) restore(d Doc, p *Prepared, storyID string) {
	seq, ok := c.byID[storyID]
	var s *story
	if ok {
		s = c.stories[seq]
	} else {
		s = c.open(storyID)
	}
	m := member{id: d.ID, copyOf: d.CopyOf}
	if _, known := c.docs[d.CopyOf]; d.CopyOf == "" || !known {
		if p == nil {
			p = Prepare(d, c.o)
		}
		f := c.featuresOf(p)
		m = member{id: d.ID, f: &f}
	}
	c.join(s, m)
	// Restored articles were decided before the restart: Maintain leaves
	// them be until new articles touch their stories.
	s.members[len(s.members)-1].fresh = false
	s.dirty = false
	c.recheckN = c.voc.n
}

// addCopy joins a copy to its original's story.
func (c *Clusterer) addCopy(d Doc) (Assignment, bool) {
	if d.CopyOf == "" {
		return Assignment{}, false
	}
	seq, ok := c.docs[d.CopyOf]
	if !ok || c.stories[seq] == nil {
		return Assignment{}, false
	}
	s := c.stories[seq]
	c.join(s, member{id: d.ID, copyOf: d.CopyOf})
	return Assignment{StoryID: s.id, Score: 1}, true
}

// featuresOf turns p into features and counts them into the IDF.
func (c *Clusterer) featuresOf(p *Prepared) features {
	f := c.voc.featuresOf(p)
	c.voc.count(f.body, f.ents, f.nums)
	// The four vectors are vocab.vecOf's, new and this document's alone.
	f.body, f.head, f.ents, f.nums = c.unitOwn(f.body), c.unitOwn(f.head), c.unitOwn(f.ents), c.unitOwn(f.nums)
	if f.date.After(c.newest) {
		c.newest = f.date
	}
	return f
}

// bestStory returns the best-scoring candidate story for f and its score,
// leaving out story skip; -1 when there is no candidate.
func (c *Clusterer) bestStory(f *features, skip int32) (int32, float64) {
	return c.bestOf(c.featureQuery(f), c.candidates(f, skip))
}

// candidates returns the live stories f's index keys find, leaving out
// story skip.
func (c *Clusterer) candidates(f *features, skip int32) []int32 {
	return c.lookup(c.keys(f), skip)
}

// lookup returns the live stories the index keys find, leaving out story
// skip.
func (c *Clusterer) lookup(keys []uint32, skip int32) []int32 {
	return c.idx.lookup(keys, c.keyWeight, c.o.MaxCandidates, func(s int32) bool {
		return s == skip || c.stories[s] == nil
	})
}

// bestOf returns the best-scoring of the stories cands for q and its
// score; -1 when there is none.
func (c *Clusterer) bestOf(q *query, cands []int32) (int32, float64) {
	c.scatterBody(q)
	defer c.clearBody(q)
	best, bestScore := int32(-1), 0.0
	for _, s := range cands {
		sc := c.scoreQuery(q, c.stories[s])
		if sc > bestScore {
			best, bestScore = s, sc
		}
	}
	return best, bestScore
}

// open starts an empty story with id.
func (c *Clusterer) open(id string) *story {
	if _, taken := c.byID[id]; taken {
		id = id + "-" + strconv.Itoa(len(c.stories))
	}
	s := &story{id: id, seq: int32(len(c.stories)), normsAt: -1}
	c.stories = append(c.stories, s)
	c.byID[id] = s.seq
	return s
}

// join adds m to s: centroids, time range, index.
func (c *Clusterer) join(s *story, m member) {
	var keys []uint32
	if m.f != nil {
		keys = c.keys(m.f)
	}
	c.joinKeyed(s, m, keys)
}

// joinKeyed is join given m's index keys, c.keys(m.f).
func (c *Clusterer) joinKeyed(s *story, m member, keys []uint32) {
	c.clock++
	s.touched = c.clock
	c.markDirty(s)
	m.fresh = true
	s.members = append(s.members, m)
	c.docs[m.id] = s.seq
	if m.f == nil {
		return
	}
	c.addToCentroid(s, m.f, 1)
	c.idx.add(s.seq, keys)
}

// markDirty queues s for the next Maintain.
func (c *Clusterer) markDirty(s *story) {
	if !s.dirty {
		s.dirty = true
		c.dirty = append(c.dirty, s.seq)
	}
}

// unitOwn is v scaled to unit length in v's own array (vec.unitOwn),
// which no one else may hold; a new vector under newVecs.
func (c *Clusterer) unitOwn(v vec) vec {
	if c.newVecs {
		return v.unit()
	}
	return v.unitOwn()
}

// addToCentroid adds (k=1) or removes (k=-1) f to s's centroids. The sums
// are made in s's own arrays (addScaledInPlace) when they have room: a new
// vector for each sum was the clusterer's largest allocation (49 MB of a
// 10k bench ingest's). Nothing else holds a story's centroid arrays: they
// are made here or by the state decoder, the queries made of them
// (storyQuery, mergeInto's features) are used before the story changes,
// and none is returned out of the package.
func (c *Clusterer) addToCentroid(s *story, f *features, k float32) {
	n, idf := c.o.CentroidTerms, c.voc.idf
	grow := func(v, add vec) vec {
		if !c.newVecs {
			v = addScaledInPlace(v, add, k)
		} else {
			v = addScaled(v, add, k)
		}
		if len(v) > 2*n {
			v, c.truncKeys = v.truncate(n, idf, c.truncKeys)
		}
		return v
	}
	s.normsAt = -1
	s.body, s.head = grow(s.body, f.body), grow(s.head, f.head)
	s.ents, s.nums = grow(s.ents, f.ents), grow(s.nums, f.nums)
	s.ages = addAges(s.ages, f.ages, int32(k))
	if len(realAges(f.ages)) > 0 {
		s.aged += int32(k)
	}
	if k > 0 && !f.date.IsZero() {
		if s.first.IsZero() || f.date.Before(s.first) {
			s.first = f.date
		}
		if f.date.After(s.last) {
			s.last = f.date
		}
	}
}

// score is the weighted sum of the four cosines of f against s, times the
// time factor when both have dates.
func (c *Clusterer) score(f *features, s *story) float64 {
	return c.scoreQuery(c.featureQuery(f), s)
}

// query is one side of a comparison with its norms computed once, since
// it is scored against many candidate stories.
type query struct {
	vecs  [4]vec // body, head, names, numbers
	norms [4]float64
	ages  []uint8
	date  time.Time
	// bodyByID, when set, holds the body's weights by term id
	// (scatterBody).
	bodyByID []float32
}

// featureQuery is f as a query.
func (c *Clusterer) featureQuery(f *features) *query {
	return c.queryOf(f.body, f.head, f.ents, f.nums, f.ages, f.date)
}

// storyQuery is s's centroids as a query. Ages are left out: a story's
// many reports also age relatives, officers and bystanders, and gating
// merges on them split ECB+ dev's Woodburn bombing in two while moving no
// GVC figure.
func (c *Clusterer) storyQuery(s *story) *query {
	return c.queryOf(s.body, s.head, s.ents, s.nums, nil, s.first)
}

func (c *Clusterer) queryOf(body, head, ents, nums vec, ages []uint8, date time.Time) *query {
	q := &query{vecs: [4]vec{body, head, ents, nums}, ages: ages, date: date}
	for i, v := range q.vecs {
		q.norms[i] = v.normIDF(c.voc.idf)
	}
	return q
}

// scatterBody spreads q's body weights over the clusterer's array by term
// id, so each candidate's body centroid is scored by looking its terms
// up (dotScattered) rather than by a merge join with q's body: bestStory
// scores one query against a dozen candidates, and the join's branch on
// which id comes first, taken at random, was most of an article's scoring.
func (c *Clusterer) scatterBody(q *query) {
	if n := len(c.voc.idf); len(c.bodyByID) < n {
		c.bodyByID = append(c.bodyByID, make([]float32, n-len(c.bodyByID))...)
	}
	for _, e := range q.vecs[0] {
		c.bodyByID[e.id] = e.w
	}
	q.bodyByID = c.bodyByID
}

// clearBody zeroes what scatterBody set.
func (c *Clusterer) clearBody(q *query) {
	for _, e := range q.vecs[0] {
		c.bodyByID[e.id] = 0
	}
	q.bodyByID = nil
}

// storyNorms returns the IDF-weighted norms of s's centroids, cached until
// the centroids change or the IDF table is rebuilt.
func (c *Clusterer) storyNorms(s *story) *[4]float64 {
	if s.normsAt != c.voc.idfN {
		for i, v := range [4]vec{s.body, s.head, s.ents, s.nums} {
			s.norms[i] = v.normIDF(c.voc.idf)
		}
		s.normsAt = c.voc.idfN
	}
	return &s.norms
}

// namesVec is the index of the names in a query's and a story's vectors.
const namesVec = 2

// scoreQuery is the weighted sum of the four cosines of q against s's
// centroids, times the time factor, times NameGateFactor when both sides
// have names and barely share any (or, under NameTrust, any that few
// stories hold: tellingNames), times AgeGateFactor when both state ages and share
// none (AgeGateNearFactor when their dates are near enough for the time
// factor to be over 1; a year apart, ages a year on are shared: agedOn),
// and times SexGateFactor when q names a boy or a girl and the
// story only the other (sexes.go).
func (c *Clusterer) scoreQuery(q *query, s *story) float64 {
	idf, o := c.voc.idf, c.o
	sn := c.storyNorms(s)
	sv := [4]vec{s.body, s.head, s.ents, s.nums}
	weights := [4]float64{o.WeightBody, o.WeightHead, o.WeightNames, o.WeightNumbers}
	var sc float64
	gated := false
	for i := range sv {
		if q.norms[i] == 0 || sn[i] == 0 || weights[i] == 0 && i != namesVec {
			continue
		}
		var dot float64
		if i == 0 && q.bodyByID != nil {
			dot = dotScattered(q.bodyByID, sv[i], idf)
		} else {
			dot = dotIDF(q.vecs[i], sv[i], idf)
		}
		cos := dot / (q.norms[i] * sn[i])
		if i == namesVec && (cos < o.NameGate || (o.NameTrust <= 0 || cos < o.NameTrust) && c.tellingNames(q.vecs[i], sv[i])/(q.norms[i]*sn[i]) < o.NameGate) {
			gated = true
		}
		sc += weights[i] * cos
	}
	if gated {
		sc *= o.NameGateFactor
	}
	// Far apart, ages tell one shooting's follow-up from the next
	// shooting; where either side states none (a trial, a hiring, an
	// election; and a story's query, so Maintain's merges), the milder
	// floor.
	floor := o.TimeFloor
	if len(realAges(q.ages)) == 0 || len(realCounts(s.ages)) == 0 {
		floor = o.TimeFloorUnaged
	}
	tf := c.timeFactor(q.date, s.first, floor)
	if agesApart(q.ages, s.ages, s.aged, o.AgeShare) && !c.agedOn(q, s) {
		// Within days of each other, reports stating other ages are
		// other people's shootings; a follow-up weeks on ages the
		// suspect charged or sentenced, and keeps the milder factor.
		if tf > 1 {
			sc *= o.AgeGateNearFactor
		} else {
			sc *= o.AgeGateFactor
		}
	}
	if sexesApart(q.ages, s.ages) {
		sc *= o.SexGateFactor
	}
	return sc * tf
}

// agedOn reports whether q, dated at least AgeYearGap from s's first
// report, shares an age with s once a year has been added to the later
// side's people: the suspect aged 38 in the shooting's reports is 39 in
// the verdict's, a year on, and the age gate held the verdict out of its
// story. Only a year or more apart is everyone surely a year older; nearer,
// a shooting's 16-year-old and another's 17-year-old are two people.
func (c *Clusterer) agedOn(q *query, s *story) bool {
	if c.o.AgeYearGap <= 0 || q.date.IsZero() || s.first.IsZero() {
		return false
	}
	gap, shift := q.date.Sub(s.first), -1
	if gap < 0 {
		gap, shift = -gap, 1
	}
	if gap < c.o.AgeYearGap {
		return false
	}
	var buf [16]uint8
	aged := buf[:0]
	for _, a := range realAges(q.ages) {
		if x := int(a) + shift; x >= 0 && x <= maxAge {
			aged = append(aged, uint8(x))
		}
	}
	return !agesApart(aged, s.ages, s.aged, c.o.AgeShare)
}

// tellingNames is the part of the names' dot product (dotIDF) of a and b
// carried by names that point at an event: names few stories are filed
// under (NameStories) among those rare enough to be index keys. A county
// sheriff's office, a city with several shootings that week, a station's
// sign-off or a tip line ("call Crime Stoppers") are shared by reports of
// many events, and with a few of them two reports from different towns
// cleared the names gate. It is only computed when the whole cosine clears
// the gate, and looks up only the names both sides hold.
func (c *Clusterer) tellingNames(a, b vec) float64 {
	if c.o.NameStories <= 0 {
		return math.Inf(1)
	}
	idf, voc := c.voc.idf, c.voc
	limit := c.keyLimit()
	var s float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			id := a[i].id
			if (voc.n < minKeyDocs || voc.df[id] <= limit) && len(c.idx.postings[id]) <= c.o.NameStories {
				f := float64(idf[id])
				s += float64(a[i].w) * float64(b[j].w) * f * f
			}
			i++
			j++
		}
	}
	return s
}

// minKeyDocs is the document count under which every term is an index
// key: with fewer documents, document frequencies say too little.
const minKeyDocs = 200

// keyLimit is the document frequency over which a key is too common to be
// an index key (MaxKeyDF).
func (c *Clusterer) keyLimit() uint32 {
	return uint32(math.Max(2, c.o.MaxKeyDF*float64(c.voc.n)))
}

// storyScore scores story a's centroids against story b (storyQuery).
func (c *Clusterer) storyScore(a, b *story) float64 {
	return c.scoreQuery(c.storyQuery(a), b)
}

// timeFactor decays with the days between two dates: an article's and a
// story's first report (or two stories' first reports). It is 1 when
// either is unknown, so undated text is scored on its words alone. A
// story's whole date range would not do: once a story spans months, every
// report inside them would get the same-day boost, and on gvc-dev one
// shuffled order in ten grew a story of 40 shootings that way. floor is
// what it falls to far apart: TimeFloor, or TimeFloorUnaged (scoreQuery).
func (c *Clusterer) timeFactor(a, b time.Time, floor float64) float64 {
	if a.IsZero() || b.IsZero() || c.o.TimeScale <= 0 {
		return 1
	}
	gap := a.Sub(b)
	if gap < 0 {
		gap = -gap
	}
	decay := math.Exp(-float64(gap) / float64(c.o.TimeScale))
	return floor + (c.o.TimeBoost-floor)*decay
}

// keys returns f's index keys: its highest-weighted content terms, names
// and numbers, leaving out keys too common to narrow the search.
func (c *Clusterer) keys(f *features) []uint32 {
	out := make([]uint32, 0, c.o.IndexTerms+c.o.IndexNames+c.o.IndexNumbers)
	out = c.topKeys(out, f.body, c.o.IndexTerms)
	out = c.topKeys(out, f.ents, c.o.IndexNames)
	return c.topKeys(out, f.nums, c.o.IndexNumbers)
}

// topKeys appends the ids of the n entries of v with the highest
// idf-weighted weight (ties to the lower id) among those not too common,
// in id order. Like truncate it selects the last one kept on a copy of the
// keys and keeps v's entries at or above it: selecting in a copy of v and
// sorting the kept ones back by id cost twice as much.
// TestTopKeysMatchesSort holds it to the plain sort.
func (c *Clusterer) topKeys(out []uint32, v vec, n int) []uint32 {
	idf, voc := c.voc.idf, c.voc
	limit := c.keyLimit()
	keep := func(e entry) bool { return voc.df[e.id] <= limit || voc.n < minKeyDocs }
	keys := c.truncKeys[:0]
	for _, e := range v {
		if keep(e) {
			keys = append(keys, keyed{k: e.w * idf[e.id], id: e.id})
		}
	}
	c.truncKeys = keys
	switch {
	case n <= 0:
		return out
	case len(keys) <= n:
		for _, k := range keys {
			out = append(out, k.id)
		}
		return out
	}
	last := nthBest(keys, n)
	for _, e := range v {
		if !keep(e) {
			continue
		}
		if !last.better(keyed{e.w * idf[e.id], e.id}) {
			out = append(out, e.id)
		}
	}
	return out
}

func (c *Clusterer) keyWeight(k uint32) float64 { return float64(c.voc.idf[k]) }
