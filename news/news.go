// Package news is the small vocabulary that crosses storyfold's pipeline
// stages: a Page as ingest reads it, an Article as extract leaves it, a Story
// as cluster and claims build it, and the typed reasons a record is skipped.
//
// It holds types only, with validation and String methods; every stage
// imports it and no stage imports another.
package news

import (
	"fmt"
	"time"
)

// Format says how a page's content is encoded.
type Format string

const (
	// FormatAuto asks extract to sniff the content.
	FormatAuto Format = "auto"
	// FormatHTML is a whole HTML document.
	FormatHTML Format = "html"
	// FormatText is plain text: a clean body, or a page flattened to text
	// with its site furniture still in it.
	FormatText Format = "text"
)

// Page is one record as ingest read it, before extraction.
type Page struct {
	// ID is a stable id derived from the content (and the URL when known):
	// ingesting the same record twice yields the same ID.
	ID string
	// InputID is the JSONL "id", or the file's base name for files, or the
	// WARC-Record-ID for WARC records.
	InputID string
	// Origin says where the record came from, for messages: a path, with
	// ":line" for JSONL and "@offset" for WARC records.
	Origin string
	// URL is the page's address when the input gives it.
	URL string
	// Title is the title the input gives beside the content (JSONL "title").
	Title string
	// Published is the publication time the input gives; zero when unknown.
	Published time.Time
	// Fetched is when the crawler fetched the page (a WARC record's
	// WARC-Date, JSONL "fetched"); zero when unknown. Dates a page states
	// relative to the day it was read ("6 hours ago", "Apr 12") are read
	// against it.
	Fetched time.Time
	// Source is the publisher the input names (JSONL "source").
	Source string
	// Format is how Content is encoded; FormatAuto when ingest cannot tell.
	Format Format
	// Charset is the character set declared outside the content (an HTTP
	// Content-Type header), empty when none was declared.
	Charset string
	// Content is the raw record body, already decompressed, not yet decoded.
	Content []byte
	// Skip is set when ingest could not read the record; Content is then
	// empty and the page only reports why.
	Skip *Skip
}

// Article is a page's extracted article: clean body and metadata.
type Article struct {
	// ID is the ID of the Page it came from.
	ID string
	// InputID is the Page's InputID.
	InputID string
	// URL is the canonical URL when the page states one, else the Page URL.
	URL string
	// Title is the headline, empty when none could be found.
	Title string
	// Publisher is the site or outlet that published the article.
	Publisher string
	// Author is the byline, empty when unknown.
	Author string
	// Published is the publication time, zero when unknown.
	Published time.Time
	// Lang is the ISO 639-1 language code, empty when unknown.
	Lang string
	// Body is the article text, paragraphs separated by a blank line.
	Body string
	// Removed holds the blocks extraction removed as site furniture, in page
	// order, so a reader can see what was cut.
	Removed []string
	// Format is the format the body was extracted from.
	Format Format
	// Seen is when storyfold first ingested the article.
	Seen time.Time
}

// SkipReason is a typed, countable reason a record was not made an article.
type SkipReason string

// The reasons a record is skipped. They are stored and shown as they are
// written here, so never rename one.
const (
	SkipEmpty       SkipReason = "empty"       // no content, or only whitespace
	SkipBinary      SkipReason = "binary"      // binary data under a text name
	SkipEncoding    SkipReason = "encoding"    // undecodable or invalid character data
	SkipTooLarge    SkipReason = "too_large"   // over a size cap (page, line, decompressed size)
	SkipMalformed   SkipReason = "malformed"   // a record that does not parse: bad JSON, wrong field types, truncated gzip or WARC
	SkipUnreadable  SkipReason = "unreadable"  // a path that cannot be read: permissions, symlink loops
	SkipNotArticle  SkipReason = "not_article" // a listing, product or service page, not an article
	SkipNoText      SkipReason = "no_text"     // extraction found no article body
	SkipUnsupported SkipReason = "unsupported" // a record kind storyfold does not read (WARC request, non-HTML payload)
)

// Skip is the error a stage returns for an expected rejection. It carries a
// typed reason for counting and a detail for people.
type Skip struct {
	Reason SkipReason `json:"reason"`
	Detail string     `json:"detail,omitempty"`
}

// Error implements error.
func (s *Skip) Error() string {
	if s.Detail == "" {
		return string(s.Reason)
	}
	return fmt.Sprintf("%s: %s", s.Reason, s.Detail)
}

// Skipf builds a Skip with a formatted detail.
func Skipf(reason SkipReason, format string, args ...any) *Skip {
	return &Skip{Reason: reason, Detail: fmt.Sprintf(format, args...)}
}

// Outcome is what became of one ingested record: the article and story it
// joined, or why it was skipped.
type Outcome struct {
	// PageID is the record's content-derived ID.
	PageID string `json:"id"`
	// InputID is the record's own id (JSONL id, file name).
	InputID string `json:"input_id"`
	// StoryID is the story the article joined; empty when skipped.
	StoryID string `json:"story_id,omitempty"`
	// DuplicateOf is the original's ID when the article is a copy.
	DuplicateOf string `json:"duplicate_of,omitempty"`
	// Known is true when the record was already stored before this call.
	Known bool `json:"known,omitempty"`
	// Skip says why the record gave no article; nil when it did.
	Skip *Skip `json:"skip,omitempty"`
}
