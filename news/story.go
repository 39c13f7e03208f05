package news

import "time"

// Story is every report of one real-world event.
type Story struct {
	// ID is stable for the life of the story: a merge keeps the older ID.
	ID string `json:"id"`
	// Headline is the canonical headline, chosen among the articles' titles
	// (or their first sentences when no article has a title).
	Headline string `json:"headline"`
	// FirstSeen and LastSeen bound the articles' publication (else ingest) times.
	FirstSeen time.Time `json:"first_seen"`
	LastSeen  time.Time `json:"last_seen"`
	// Articles are the story's articles, oldest first.
	Articles []StoryArticle `json:"articles"`
	// Claims is the claim ledger, aligned across the articles.
	Claims []Claim `json:"claims"`
	// Summary is a few sentences most sources support, each with its sources.
	Summary []SummarySentence `json:"summary,omitempty"`
}

// StoryArticle is an article as a story lists it.
type StoryArticle struct {
	ID        string    `json:"id"`
	InputID   string    `json:"input_id"`
	Title     string    `json:"title"`
	Publisher string    `json:"publisher"`
	Published time.Time `json:"published,omitzero"`
	URL       string    `json:"url"`
	// DuplicateOf is the ID of the original when this article is the same
	// article republished; empty for originals and independent reports.
	DuplicateOf string `json:"duplicate_of"`
}

// ClaimStatus says how a claim stands across a story's sources.
type ClaimStatus string

const (
	ClaimAgree  ClaimStatus = "agree"  // two or more sources, compatible values
	ClaimDiffer ClaimStatus = "differ" // two or more sources, incompatible values
	ClaimSingle ClaimStatus = "single" // one source only
)

// Claim is one fact a story's sources report, aligned across them.
type Claim struct {
	// Text is a representative sentence stating the claim.
	Text string `json:"text"`
	// Quantity is the number the claim reports, nil for claims without one.
	Quantity *Quantity `json:"quantity"`
	// AttributedTo is the canonical name of who said it, empty when unattributed.
	AttributedTo string `json:"attributed_to"`
	// Confidence is the estimative language used, nil when none.
	Confidence *Confidence `json:"confidence"`
	// Sources are the IDs of the articles that carry the claim.
	Sources []string `json:"sources"`
	// Status is agree, differ or single.
	Status ClaimStatus `json:"status"`
	// Kind is "quantity", "verification" or "assessment".
	Kind string `json:"kind,omitempty"`
	// Subject is what the claim is about (e.g. "north korea casualties").
	Subject string `json:"subject,omitempty"`
	// Mentions holds each source's own sentence for the claim.
	Mentions []ClaimMention `json:"mentions,omitempty"`
}

// ClaimMention is one source's sentence behind a claim.
type ClaimMention struct {
	ArticleID string    `json:"article_id"`
	Sentence  string    `json:"sentence"`
	Quantity  *Quantity `json:"quantity,omitempty"`
	// AttributedTo is who this source says the sentence comes from, when
	// it differs across sources (10,000–12,000 troops "according to US,
	// South Korean and Ukrainian intelligence" beside the UK's 11,000).
	AttributedTo string `json:"attributed_to,omitempty"`
}

// Quantity is a number with its qualifier, range and counted unit.
type Quantity struct {
	Value     float64 `json:"value"`
	Low       float64 `json:"low"`
	High      float64 `json:"high"`
	Qualifier string  `json:"qualifier"` // "more than", "around", "up to", ... or ""
	Unit      string  `json:"unit"`      // what is counted: "casualties", "troops", "dollars", ...
}

// Confidence is an estimative term placed on the UK PHIA probability yardstick.
type Confidence struct {
	Term string  `json:"term"` // as written, normalised: "highly likely"
	Low  float64 `json:"low"`  // probability bounds, 0..1
	High float64 `json:"high"`
}

// SummarySentence is one extractive summary sentence and who carries it.
type SummarySentence struct {
	Text    string   `json:"text"`
	Sources []string `json:"sources"`
}
