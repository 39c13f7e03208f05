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

// DefaultOptions returns the options storyfold runs with.
func DefaultOptions() Options {
	return Options{
		Threshold:      0.12,
		WeightBody:     0.30,
		WeightHead:     0.10,
		WeightNames:    0.40,
		WeightNumbers:  0.20,
		TimeScale:      7 * 24 * time.Hour,
		TimeFloor:      0.5,
		TimeBoost:      1.3,
		HeadChars:      300,
		CentroidTerms:  150,
		IndexTerms:     12,
		IndexNames:     16,
		IndexNumbers:   8,
		MaxKeyDF:       0.05,
		MaxPostings:    64,
		MaxCandidates:  12,
		MergeThreshold: 0.40,
		MoveMargin:     0.05,
		SplitThreshold: 0.10,
		SplitMinSize:   4,
		SplitMaxSize:   400,
		SplitSeeds:     16,
		SplitNameShare: 0.5,
		SplitNameLeak:  0.1,
		SplitMaxScore:  0.5,
		RecheckUpTo:    50_000,
		Window:         60 * 24 * time.Hour,
		WindowIdle:     20_000,
		MaxStories:     50_000,
	}
}
