package cluster

import "time"

// Options configures a Clusterer. The scoring weights and thresholds were
// tuned on ../shared/data/cluster (ecbplus-dev.jsonl, gvc-dev.jsonl); each
// field says which figure it came from. See docs/quality.md "Clustering".
type Options struct {
	// Threshold is the score under which a document opens a new story.
	Threshold float64
	// WeightBody, WeightHead, WeightNames and WeightNumbers weigh the four
	// cosines of a document against a story centroid: content terms of
	// title and body, of the title (or lead), of capitalised names, and of
	// numbers and dates. They sum to 1, so a score is in [0, 1].
	WeightBody, WeightHead, WeightNames, WeightNumbers float64
	// NameGate and NameGateFactor: a document and a story that both have
	// names but whose names' cosine, counting only names that tell the
	// event (NameStories), is under NameGate have their score multiplied
	// by NameGateFactor. Reports of one event nearly always name
	// its place or people; without them, generic words ("shot", "police",
	// "toddler") and a shared day chain unrelated events into one story.
	NameGate, NameGateFactor float64
	// NameStories: for the names gate, only names filed in the index
	// under at most this many stories count (tellingNames): a name many
	// stories hold (a county sheriff's office, a city, a station's
	// sign-off) does not tell which event a report is about. Zero counts
	// every name.
	NameStories int
	// NameTrust: the names gate counts only the telling names
	// (NameStories) when the whole names cosine is under NameTrust; at or
	// over it the shared names are taken on trust. An event's own names
	// stop being telling names once they are filed under more than
	// NameStories stories: when the event is in pieces, or when they are
	// too common in a small set to be index keys. Zero counts only the
	// telling names at any cosine.
	NameTrust float64
	// AgeGateFactor multiplies the score of a document and a story that
	// both state ages (ages.go) but share none: reports of one event agree
	// on the ages of the people in it.
	// AgeShare: a story's ages, for the gate, are those stated by at least
	// this share of its members that state any.
	AgeGateFactor, AgeShare float64
	// AgeGateNearFactor replaces AgeGateFactor when the document's and
	// the story's dates are near enough for the time factor to be over 1
	// (within about three days at the defaults). In a dense stream,
	// reports of the same days that agree on every word but the victims'
	// ages are different shootings; a report weeks later that states
	// other ages is more often a follow-up aging the suspect. Setting it
	// to AgeGateFactor makes one gate of the two.
	AgeGateNearFactor float64
	// AgeYearGap: a document dated at least this far from a story's
	// first report shares an age with it also when its ages are a year
	// more (or less, when it is the earlier) than the story's: the people
	// of an event are a year older at the trial a year on. Zero turns it
	// off.
	AgeYearGap time.Duration
	// SexGateFactor multiplies the score of a document that names a boy
	// or a girl (sexes.go) and a story whose members name only the other.
	SexGateFactor float64
	// TimeScale is the decay scale of the time factor: when both the
	// document and the story have dates, the score is multiplied by
	// TimeFloor + (TimeBoost-TimeFloor)*exp(-days apart/TimeScale).
	// Undated pairs keep a factor of 1.
	TimeScale time.Duration
	// TimeBoost is the time factor of reports on the same day: over 1,
	// because two reports that share their words and their day are more
	// likely one event than the same words on undated text.
	TimeBoost float64
	// TimeFloor is what the time factor falls to for far-apart dates;
	// follow-up reports (trials, anniversaries) still join their story if
	// their text is close enough.
	TimeFloor float64
	// TimeFloorUnaged replaces TimeFloor when the document or the story
	// states no ages (and for a story's centroids, which carry none:
	// Maintain's merges). A shooting's reports nearly all state ages, and
	// far apart the low floor keeps the next shooting in the same city
	// out; other news (a trial, a hiring, an election) seldom does, and
	// its follow-up a year on shares the event's names and words.
	TimeFloorUnaged float64
	// HeadChars is how much of the body stands in for a missing title.
	HeadChars int
	// CentroidTerms bounds each of a story's centroid vectors, keeping the
	// cost of scoring a story flat however many articles it gathers.
	CentroidTerms int
	// IndexTerms is how many of a document's highest-weighted content
	// terms are index keys (all its names and numbers are, up to
	// IndexNames and IndexNumbers).
	IndexTerms, IndexNames, IndexNumbers int
	// MaxKeyDF drops keys held by more than this share of documents from
	// retrieval: they point at too many stories to narrow anything.
	MaxKeyDF float64
	// MaxPostings bounds each key's posting list; the stories most recently
	// touched are kept. With MaxCandidates it bounds the work per document.
	MaxPostings int
	// MaxCandidates is how many retrieved stories are scored in full.
	MaxCandidates int
	// MergeThreshold is the centroid-to-centroid score over which Maintain
	// merges two stories.
	MergeThreshold float64
	// MoveMargin is how much better another story must score an article
	// than its own (without it) for Maintain to move it.
	MoveMargin float64
	// SplitThreshold is the score to its own story (without it) under
	// which Maintain moves an article out to a story of its own.
	SplitThreshold float64
	// SureJoin is the score at or over which an article that joined a
	// story is not checked again by Maintain's moves, the rechecks as
	// the IDF matures (RecheckUpTo) included.
	SureJoin float64
	// SplitMinSize and SplitMaxSize bound the stories Maintain tries to
	// cut in two (split.go); larger stories are left whole to bound the
	// work.
	SplitMinSize, SplitMaxSize int
	// SplitSeeds is how many seed pairs the 2-means cut of a story starts
	// from; the cut with the best objective is kept.
	SplitSeeds int
	// SplitNameShare and SplitNameLeak define a half's own name: held by
	// at least SplitNameShare of its articles and at most SplitNameLeak of
	// the other half's.
	SplitNameShare, SplitNameLeak float64
	// SplitMaxScore is the centroid-to-centroid score of the two halves
	// under which a cut is kept.
	SplitMaxScore float64
	// UncutScore: the two stories of a cut are merged back when their
	// union would no longer be cut and their centroids score at least
	// this (Maintain's uncut); 0 leaves every cut as made.
	UncutScore float64
	// SplitNameHolders: when the 2-means cut fails, a story whose members
	// fall into groups sharing no event name is cut along them
	// (nameGroupsCut); a name is an event name of the story when its
	// members are at least this share of the documents holding it. Zero
	// turns the cut off.
	SplitNameHolders float64
	// SplitAgentMin, SplitAgentShare, SplitAgentMaxScore: a story whose
	// members' leads name two groups of agents, each held by at least
	// SplitAgentMin members and SplitAgentShare of those with an agent, is
	// cut along them when the halves score under SplitAgentMaxScore
	// (agentsCut). SplitAgentMin 0 turns the cut off.
	SplitAgentMin      int
	SplitAgentShare    float64
	SplitAgentMaxScore float64
	// SplitAgentNames: the agents cut places the members with no agent
	// in a core by their score to each core plus this many times their
	// names' cosine to it; 0 places them by the score alone.
	SplitAgentNames float64
	// SplitAgedShare: when the name groups do not cut either, a story at
	// least this share of whose members state ages is cut along groups
	// of members that share no age (ageGroupsCut). Zero turns the cut off.
	SplitAgedShare float64
	// SplitAgesBridge: for the age groups, a member stating at least this
	// many ages that shares them with two or more groups of the members
	// stating fewer links none of them (dropBridges): it is a round-up
	// of several shootings. Zero turns it off.
	SplitAgesBridge int
	// SplitNameBridges: for the name groups, a member whose event names
	// join two or more groups of the other members (a round-up, a
	// follow-up recalling another shooting) links none of them
	// (dropCutMembers).
	SplitNameBridges bool
	// SplitYearMin: when the 2-means cut fails, a story is cut into the
	// members dated at least SplitYearGap before a year and those dated
	// in or after it or, undated, naming it or later (a report is not
	// written before a year it names), when each side holds at least
	// this many and the cut passes the 2-means cut's test (yearsCut).
	// Zero turns it off.
	SplitYearMin int
	// SplitYearGap is how long before a year's first day a member must
	// be dated to be of another moment than the members in that year.
	SplitYearGap time.Duration
	// SplitYearMaxScore is SplitMaxScore for the years cut: its halves
	// are kept apart when they score under it. The 2-means cut has only
	// the words to go by, and its halves' low score is the evidence that
	// they are two events; the years cut's line is drawn by dates and
	// years, evidence the words do not give, so halves that share more of
	// their words (one club, one coach) are still two moments.
	SplitYearMaxScore float64
	// SplitAgainScore: when the halves of a 2-means cut score under it,
	// Maintain checks both halves for a cut again at once, not at its
	// next pass (a cut by name groups always is).
	SplitAgainScore float64
	// RecheckUpTo is the document count up to which Maintain checks every
	// article again whenever the count has doubled (see maybeRecheck).
	RecheckUpTo int
	// Window retires dated stories whose newest article is this much older
	// than the newest date seen: they leave the index and memory.
	Window time.Duration
	// WindowIdle is how many additions a story must have gone untouched
	// before the Window retires it: a backfill in random date order would
	// otherwise retire stories its next article belongs to.
	WindowIdle int
	// MaxStories bounds the stories kept in memory; the least recently
	// touched are retired first. Zero means no bound.
	MaxStories int
}

// DefaultOptions returns the options storyfold runs with. Figures are
// BCubed F1 on ecbplus-dev / gvc-dev, mean of 5 shuffles, clusterer alone
// (docs/quality.md "Clustering" has the commands and the full grids).
func DefaultOptions() Options {
	return Options{
		// Grid 0.10–0.16: 0.11–0.13 within ±0.003 on both sets; 0.12 gives
		// 0.951 / 0.982. Higher loses GVC follow-ups, lower merges ECB pairs.
		Threshold: 0.12,
		// Weights: grid 0.25–0.6 body, 0–0.25 title, 0.15–0.6 names,
		// 0.1–0.25 numbers. Names weighted up took GVC 0.878 → 0.974 and ECB
		// 0.885 → 0.886 (threshold retuned); numbers 0.20 and title 0.10
		// added +0.005 on ECB.
		WeightBody:    0.30,
		WeightHead:    0.10,
		WeightNames:   0.40,
		WeightNumbers: 0.20,
		// Names gate: grid 0.02–0.2 × 0.5–0.8 on ecbplus-dev, gvc-dev and
		// gvc-dev with its events' dates packed 10 and 30 times closer
		// (as a stream with that many more shootings) or removed; 0.08 ×
		// 0.7 gives 0.9402 / 0.9844 / 0.9732 / 0.9701 / 0.9705, without
		// the gate 0.9391 / 0.9853 / 0.9681 / 0.9539 / 0.9549 (BCubed F1,
		// 5 shuffles, docs/quality.md "Clustering", 2026-12-01 second).
		// Since NameStories (below) the gate counts only names few stories
		// hold, and its bar came down: 0.03 / 0.04 / 0.05 / 0.06 / 0.08
		// gives gvc-dev --pack 30 0.9787 / 0.9801 / 0.9789 / 0.9786 /
		// 0.9783, --pack 100 0.9675 / 0.9683 / 0.9697 / 0.9703 / 0.9691,
		// gvc-dev 0.9879 / 0.9879 / 0.9867 / 0.9861 / 0.9861, its even
		// incidents --pack 30 0.9745 / 0.9732 / 0.9732 / 0.9725 / 0.9714,
		// ecbplus-dev 0.9358 / 0.9371 / 0.9367 / 0.9363 / 0.9382 (same
		// runs; 0.03, 0.05, 0.06 from a one-off build; 2026-12-01 eighth
		// session).
		NameGate:       0.04,
		NameGateFactor: 0.7,
		// Names that count for the gate, by the stories filed under them,
		// at gate 0.08: 2 / 3 / 4 / all (0), pipeline, 5 shuffles, BCubed
		// F1 on gvc-dev --pack 30: 0.9783 / 0.9789 / 0.9780 / 0.9759,
		// --pack 100: 0.9703 / 0.9689 / 0.9692 / 0.9680, --undated:
		// 0.9766 / 0.9744 / 0.9744 / 0.9722, gvc-dev 0.9861 / 0.9858 /
		// 0.9862 / 0.9872, ecbplus-dev 0.9368 / 0.9389 / 0.9389 / 0.9376
		// (a one-off build that, unlike this code, did not count every
		// name as a key under 200 documents; this code at 2 reads 0.9783,
		// 0.9691, 0.9740, 0.9861, 0.9382). Counting names by their
		// documents instead (held by at most 2 % / 5 % of them) gave
		// ecbplus-dev 0.9161 / 0.9389, gvc-dev --pack 30 0.9791 / 0.9761:
		// an ECB+ event's names are in a dozen reports, but of one story.
		NameStories: 2,
		// Trust, pipeline, 5 shuffles, BCubed / pairwise F1 (on top of a
		// dated/undated cut not kept, docs/quality.md): off / 0.2 / 0.25 /
		// 0.3 / 0.35 / 0.4 gives
		// ecbplus-dev 0.9490 / 0.9505 / 0.9501 / 0.9521 / 0.9519 / 0.9519
		// (pairwise 0.9353 → 0.9382 at 0.3); at 0.3 its even topics
		// 0.9561 → 0.9579, odd 0.9448 → 0.9468, gvc-dev 0.9896 → 0.9901,
		// --pack 100 seeds 1-4 pairwise 0.9641 / 0.9548 / 0.9524 /
		// 0.9575 → 0.9655 / 0.9569 / 0.9582 / 0.9601, --pack 30 0.9844
		// → 0.9849; input order (CI) unchanged. An ECB+ event in pieces
		// (16_ecbplus's shooting and sentencing) is filed under three
		// stories (docs/quality.md, eleventh session, fourth round).
		// Alone, as kept, 0.3: ecbplus-dev 0.9438 → 0.9450 (pairwise
		// 0.9239 → 0.9251; --seed 2 0.9416 both), even topics 0.9561 →
		// 0.9579, odd 0.9448 → 0.9468, gvc-dev 0.9896 → 0.9901, --pack
		// 100 --seed 3 pairwise 0.9524 → 0.9582, --pack 30 0.9844 →
		// 0.9849.
		NameTrust: 0.3,
		// Age gate: factor 0.8/0.7/0.6/0.5 on the same five runs gives
		// 0.9402/0.9402/0.9400/0.9346, 0.9856/0.9872/0.9859/0.9857,
		// 0.9807/0.9820/0.9815/0.9828, 0.9732/0.9749/0.9778/0.9777 and
		// 0.9725/0.9743/0.9737/0.9749; pairwise undated falls under 0.7
		// (0.9388 → 0.9261). Without it (1.0): 0.9402, 0.9844, 0.9732,
		// 0.9701, 0.9705 (docs/quality.md "Clustering", 2026-12-01 fourth).
		// Age share 0/0.5/0.67/1 (the gate at 0.7): ECB+ 0.9402/0.9387/
		// 0.9387/0.9387; gvc-dev undated 0.9743/0.9747/0.9751/0.9759, and
		// 0.9612/0.9759 at 0/0.5 in input order, where a month's round-up
		// of children's shootings ages so many children that its story
		// took every report aging one (pairwise 0.8389 → 0.9436).
		AgeGateFactor: 0.7,
		AgeShare:      0.5,
		// Near dates (time factor over 1), factor 0.7 (as far dates) /
		// 0.6 / 0.5 / 0.45 / 0.4, pipeline, 5 shuffles, pairwise F1 gvc-dev
		// --pack 100 seeds 1-4: 0.9480/0.9357/0.9389/0.9469 (0.7),
		// 0.9524/0.9400/0.9410/0.9473, 0.9620/0.9449/0.9493/0.9494,
		// 0.9631/0.9550/0.9542/0.9501, 0.9597/0.9550/0.9528/0.9511;
		// --undated pairwise 0.9570 (0.7), 0.9576 at 0.6-0.45, 0.9540 at
		// 0.4; gvc-dev 0.9896 BCubed and ecbplus-dev 0.9369 at every
		// value. The same 0.5 at every distance instead: gvc-dev 0.9865,
		// its Tulsa hearings (suspects' ages, months after the victims')
		// cut from the killing. 0.5 rather than 0.45: the plateau, not
		// the one chain (a Houston-area round-up) 0.45 also cuts
		// (docs/quality.md, eleventh session; the grid from a one-off build
		// that bounded "near" at 3 days, the same figures at 0.5).
		AgeGateNearFactor: 0.5,
		// A year apart (365 days), pipeline, 5 shuffles, BCubed / pairwise
		// F1: ecbplus-dev 0.9369 / 0.9161 → 0.9384 / 0.9176 (18_ecbplus's
		// verdict, aging the Troy shooter 39 against the shooting's 38,
		// rejoins); ecbplus even topics 0.9409 → 0.9440, odd 0.9364
		// unchanged; every gvc-dev line (--pack 30, --pack 100 seeds 1-4,
		// --undated) unchanged. 30 / 90 / 180 days: ecbplus-dev the same,
		// gvc-dev --undated 0.9814 → 0.9811; 730 days: ecbplus-dev
		// unchanged from off (docs/quality.md, eleventh session, second
		// round).
		AgeYearGap: 365 * 24 * time.Hour,
		// Sex gate: factor 0.8/0.7/0.6/0.5/0.4 (1 = off), pipeline, 5
		// shuffles, BCubed F1 gvc-dev --pack 100: 0.9727 (off)/0.9739/
		// 0.9749/0.9758/0.9763/0.9763; --pack 100 --seed 2: 0.9713/0.9723/
		// 0.9727/0.9727/0.9733/0.9738; --pack 30: 0.9807/0.9828/0.9828/
		// 0.9835/0.9835/0.9835; --undated 0.9776/0.9792/0.9811/0.9811/
		// 0.9811/0.9811; ecbplus-dev 0.9369 at all. The even GVC incidents
		// alone, --pack 100 / --pack 30: 0.9729/0.9359 (off), 0.9722/0.9732
		// at 0.7, 0.9758/0.9768 at 0.5. Counting a story's sexes only when
		// half its namings (not any one) name them, at 0.7: --pack 100
		// 0.9744, --pack 30 0.9813 (docs/quality.md, ninth session, second
		// round).
		SexGateFactor: 0.5,
		// Time, gvc-dev only (ECB+ has no dates): scale 3/7/14/30 days ×
		// floor 0.2–1.0 × boost 1.0–1.5; 7 days, 0.5, 1.3 best (boost 1.3
		// took GVC 0.975 → 0.982). Floor 1.0 (no decay) lets one giant
		// shooting story form: GVC pairwise F1 0.03.
		TimeScale: 7 * 24 * time.Hour,
		TimeFloor: 0.5,
		TimeBoost: 1.3,
		// The floor where a side states no ages, 0.5 (as TimeFloor) / 0.7
		// / 0.8, pipeline, 5 shuffles, BCubed F1: ecbplus-dev 0.9384 /
		// 0.9421 / 0.9438 (pairwise 0.9176 / 0.9219 / 0.9239); ECB+ even
		// topics 0.9440 / 0.9472 / 0.9563, odd 0.9364 / 0.9437 / 0.9448;
		// gvc-dev 0.9896 and its input order 0.9888 at all three, --pack 30
		// 0.9848 / 0.9844 / 0.9844, --pack 100 seeds 1-4 0.9828 / 0.9786 /
		// 0.9774 / 0.9789 → 0.9832 / 0.9786 / 0.9778 / 0.9794 (0.8), gvc
		// even incidents 0.9835 / 0.9837 / 0.9868; 0.9 / 1.0: ecbplus-dev
		// 0.9425 / 0.9432. One floor for all, 0.7:
		// ecbplus-dev 0.9424 but gvc-dev in input order 0.9839, under its
		// CI floor (docs/quality.md, eleventh session, second round).
		TimeFloorUnaged: 0.8,
		// About two sentences: ECB+ documents have no titles.
		HeadChars: 300,
		// Bounds, not tuned for quality: 8 vs 12 index terms and 8/12/24
		// candidates change nothing above 8 candidates (±0.0005).
		CentroidTerms: 150,
		IndexTerms:    12,
		IndexNames:    16,
		IndexNumbers:  8,
		MaxKeyDF:      0.05,
		MaxPostings:   64,
		MaxCandidates: 12,
		// Grid 0.30–0.70: 0.35–0.50 equivalent, 0.30 merges ECB pairs
		// (before merges were refused by the cut test, wouldSplit). With
		// the test as it is now (name, age and years cuts, uncut), 0.25 /
		// 0.30 / 0.35 / 0.38 / 0.40 give ecbplus-dev pairwise F1, seeds
		// 1-12 of 5 shuffles, the same at 0.30-0.38, up on seeds 2, 3 and
		// 11 over 0.40 (0.9369 → 0.9392, 0.9404 → 0.9424, 0.9391 →
		// 0.9400: one event's two moments, 22_ecbplus's trial reports at
		// 0.390 and 1_ecbplus's at 0.397, merged), seed 9 lower at 0.25;
		// every gvc-dev line the same at 0.30-0.38 (docs/quality.md,
		// fifteenth session).
		MergeThreshold: 0.35,
		// Grid 0.02/0.05/0.10: 0.10 loses 0.005 on ECB, 0.02 ±0.
		MoveMargin: 0.05,
		// Never fires on the dev sets (grid 0/0.06/0.10 identical).
		SplitThreshold: 0.10,
		// A cost bound: checking every join again, in the rechecks too,
		// was most of Maintain's work. Pipeline, 5 shuffles, BCubed: 0.5
		// and 0.6 leave ecbplus-dev (0.9387), gvc-dev (0.9872), --pack 30
		// (0.9759) and --undated (0.9747) as they were with no bound; 0.4
		// takes ecbplus-dev to 0.9373.
		SureJoin: 0.5,
		// Split: minimum size 4–8 (larger loses GVC: 0.976 → 0.966 at 8);
		// seeds 4/6/8/12/16/24: 0.940/0.937/0.944/0.951/0.951/0.951 on ECB;
		// share 0.4–0.8 and leak 0.1–0.2 (0.5, 0.1 best or equal); halves
		// score 0.45/0.5/0.55/0.6: 0.946/0.951/0.911/0.893 on ECB.
		SplitMinSize:   4,
		SplitMaxSize:   400,
		SplitSeeds:     16,
		SplitNameShare: 0.5,
		SplitNameLeak:  0.1,
		SplitMaxScore:  0.5,
		// Halves merged back once the cut test on their union fails
		// (2026-12-02 fourteenth session; pipeline, ecbplus-dev 5 shuffles,
		// seeds 1-5): 0.1, 0.2 and 0.25 give the same ECB+ gain, 0.3 keeps
		// little of it, 0.1 costs gvc-dev --pack 100 0.0006 BCubed.
		UncutScore: 0.2,
		// Name groups cut (2026-12-01 ninth session; pipeline, 5 shuffles,
		// BCubed / pairwise F1): off / 0.5 gives gvc-dev --pack 100
		// 0.9683 / 0.9172 → 0.9712 / 0.9360, --undated 0.9751 / 0.9390 →
		// 0.9762 / 0.9439, ecbplus-dev 0.9372 → 0.9369; 0.3 / 0.7 / 1.0 give
		// the same but ecbplus-dev 0.9375 at 1.0 (docs/quality.md).
		SplitNameHolders: 0.5,
		// Agents cut (2026-12-03 twenty-first session; pipeline,
		// ecbplus-dev 5 shuffles, seeds 1-16, mean pairwise F1 full /
		// odd topics): off 0.9415 / 0.9327; min 3 / 4 / 5 0.9635 /
		// 0.9562, 0.9634 / 0.9593, 0.9516 / 0.9593 (one club's offer is
		// four reports); share 0.2 as 0.25, 0.34 cuts nothing. The cuts
		// of the two sister events score 0.47-0.64 (0.47-0.51 when
		// their agents part them cleanly), the one one-event story whose
		// agents part it at min 3 (a politician, her church) 0.72;
		// max score 0.55 / 0.6 / 0.65: 0.9605 / 0.9610 / 0.9634.
		// gvc-dev: no story is cut. Names 0 / 0.5 / 1 / 2 (members
		// without an agent placed by score plus names' cosine): full
		// 0.9633 / 0.9692 / 0.9692 / 0.9670, odd 0.9591 / 0.9695 /
		// 0.9695 / 0.9695; 2 loses an input-order report (twenty-first
		// session, placement).
		SplitAgentMin:      4,
		SplitAgentShare:    0.25,
		SplitAgentMaxScore: 0.65,
		SplitAgentNames:    1,
		// Age groups cut (2026-12-02 eleventh session; pipeline, 5
		// shuffles): off / share 0.9 / 0.85 / 0.8 / 0.75 / 0.01 gives
		// ecbplus-dev BCubed 0.9369 / 0.9369 / 0.9369 / 0.9369 / 0.9354 /
		// 0.9284 (its trials and elections age everyone they name), and
		// gvc-dev --pack 100 seeds 1-4 pairwise 0.9620 / 0.9449 / 0.9493 /
		// 0.9494 off, 0.9634 / 0.9533 / 0.9500 / 0.9501 at 0.8 and 0.9
		// (0.9510 seed 3 at 0.75 and 0.01); gvc-dev, --pack 30, --undated
		// and every half identical (docs/quality.md).
		SplitAgedShare: 0.85,
		// Round-ups as no link (2026-12-02 eleventh session, third round;
		// pipeline, 5 shuffles, pairwise F1): off / 3 gives gvc-dev
		// --undated --seed 2 0.9435 / 0.9598, --undated 0.9576 / 0.9596,
		// --pack 100 --seed 4 0.9501 / 0.9548, --seed 2 0.9533 / 0.9532;
		// 2 the same as 3; gvc-dev, --pack 30, --pack 300, --pack 100
		// seeds 1 and 3, ecbplus-dev identical, every half up or equal.
		// Dropping every member stating 3 ages (bridge or not) took seeds
		// 2 / 3 to 0.9566 / 0.9537 but the odd incidents' --pack 30 0.9633
		// → 0.9594: a Detroit report aging two brothers and a third cut
		// off from its shooting (docs/quality.md).
		SplitAgesBridge: 3,
		// Name bridges (same round; pipeline, 5 shuffles, pairwise F1, on
		// top of SplitAgesBridge): off / on gives gvc-dev --pack 100 seeds
		// 2-4 0.9532 / 0.9548, 0.9500 / 0.9517, 0.9548 / 0.9565,
		// --undated --seed 2 0.9598 / 0.9604; gvc-dev, --pack 30, --pack
		// 300, --pack 100 seed 1, --undated and ecbplus-dev identical,
		// every half up or equal (docs/quality.md).
		SplitNameBridges: true,
		// Halves cut again at once when they score under it (ninth
		// session, on top of the name groups; pipeline, 5 shuffles,
		// BCubed / pairwise F1): 0 / 0.25 / 0.3 / 0.35 / 0.4 gives
		// gvc-dev --pack 100 0.9712 / 0.9727 / 0.9727 / 0.9733 / 0.9736
		// (pairwise 0.9360 / 0.9399 / 0.9399 / 0.9412 / 0.9417),
		// --undated 0.9762 / 0.9776 / 0.9774 / 0.9774 / 0.9777,
		// ecbplus-dev 0.9369 / 0.9369 / 0.9371 / 0.9366 / 0.9363; every
		// cut's halves at once: 0.9736, 0.9777, ecbplus-dev 0.9337 (its
		// shooting cut from its sentencing). At 0.25 ecbplus-dev's even
		// topics 0.9383 → 0.9399, odd 0.9393 → 0.9393, --pack 30 0.9801
		// → 0.9807.
		SplitAgainScore: 0.25,
		// Years cut (fourteenth session; pipeline, 5 shuffles, BCubed /
		// pairwise F1): off / 3 gives ecbplus-dev 0.9450 / 0.9251 →
		// 0.9562 / 0.9421 (topic 5, the 76ers hiring Cheeks in 2005 and
		// firing him in 2008: the firing's undated reports name
		// 2008-09), odd topics 0.9468 → 0.9497, even 0.9579 the same;
		// 2, 4 and 5 each and gaps of 180 and 730 days give the same
		// figures. Every gvc-dev line the same, also with a fifth or
		// half of its dates dropped (docs/quality.md).
		SplitYearMin: 3,
		SplitYearGap: 365 * 24 * time.Hour,
		// The years cut's bar (fifteenth session; pipeline, 5 shuffles,
		// pairwise F1, ecbplus-dev seeds 1-16): 0.50 (SplitMaxScore) /
		// 0.52 / 0.55 / 0.60 give the same but seed 9, 0.9380 → 0.9414 at
		// 0.52-0.60 (one order in five whose topic-5 halves score 0.502:
		// the "fired in Philly" brief came as a copy and the cut counts
		// one dated report fewer); gvc-dev with a fifth or half of its
		// dates dropped (plain, --pack 30, --pack 100 seeds 1-2) and every
		// CI line the same (docs/quality.md).
		SplitYearMaxScore: 0.55,
		// Rechecks as the IDF matures took ECB 0.916 → 0.918, GVC 0.975 →
		// 0.977; past 50k documents the IDF of a news stream is settled.
		RecheckUpTo: 50_000,
		// Memory bounds, not tuned for quality (the dev sets are smaller).
		Window:     60 * 24 * time.Hour,
		WindowIdle: 20_000,
		MaxStories: 20_000,
	}
}
