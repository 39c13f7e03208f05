// Package extract turns a page into an article: the clean body and the
// metadata a reader needs, or a typed reason why the page is not one.
//
// HTML is set as a browser shows it, then our block model decides block
// by block what is the article, go-trafilatura's and readability's bodies
// its evidence rather than the answer (html.go, html_blocks.go), and the
// furniture steps after it drop what it kept wrongly; text, a clean body or
// a page flattened with its site furniture still in it, goes through our
// own block classifier (text.go, its boosted trees in trees.go) and the
// steps after it, each in a file named for it. Decoding (decode.go) turns
// raw bytes into UTF-8 first and rejects empty, binary, undecodable and
// oversized content. docs/architecture.md's extract row names the steps
// and their files.
package extract

import (
	"runtime"
	"strings"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/textnorm"
)

// Options configures an Extractor.
type Options struct {
	// Format forces HTML or text; FormatAuto sniffs each page.
	Format news.Format
	// MinBodyChars is the shortest body accepted as an article; shorter
	// bodies are skipped as no_text.
	MinBodyChars int
	// MinBriefChars is the shortest clean text body accepted: a text that
	// arrived as prose alone (no furniture, nothing cut) with at least one
	// sentence of textBriefWords words is a news brief, not a page that
	// failed to extract. ECB+ dev holds 18 such reports of 48-254
	// characters, one event (22_ecb) almost entirely.
	MinBriefChars int
	// BlockCounts, when set, says on how many pages of a site a text block
	// was seen; blocks seen on FurnitureMinPages pages or more are removed
	// from text bodies as site furniture. Nil turns the check off.
	BlockCounts BlockCounts
	// FurnitureMinPages is the page count from which a recurring block is
	// furniture; 0 turns the check off.
	FurnitureMinPages int
	// HTMLPlain runs go-trafilatura alone (with its own fallbacks) on HTML,
	// without storyfold's layer over it: the baseline evaluations compare
	// against.
	HTMLPlain bool
	// KeepNonArticles extracts HTML pages that state they are a product
	// or another non-article, instead of skipping them as not_article;
	// evaluations set it to compare bodies on every page type.
	KeepNonArticles bool
}

// DefaultOptions returns the options storyfold runs with.
func DefaultOptions() Options {
	return Options{Format: news.FormatAuto, MinBodyChars: 200, MinBriefChars: 40, FurnitureMinPages: 5}
}

// Extractor extracts articles from pages. It is safe for concurrent use.
type Extractor struct {
	opts    Options
	text    textModel       // the text block model; TestTextTrees swaps in each fold's
	html    htmlModel       // the HTML block model; TestHTMLTrain swaps in others
	scratch textScratchList // the text path's per-page slices, reused
}

// New returns an Extractor with opts.
func New(opts Options) *Extractor {
	return &Extractor{opts: opts, text: textDefaultModel(), html: htmlDefaultModel(), scratch: make(textScratchList, runtime.NumCPU())}
}

// Extract returns the page's article, or a *news.Skip saying why the page
// gave none. On a skip the article still holds what was read of the page
// before it was rejected (its ids, URL, title, date, author, publisher,
// language: what the page was, whose and when), and its body is empty:
// it is a record of the page, not an article, and callers must not store,
// cluster or serve it as one.
func (e *Extractor) Extract(p news.Page) (news.Article, error) {
	a, brief, err := e.read(p)
	a.ID, a.InputID = p.ID, p.InputID
	if a.URL == "" {
		a.URL = p.URL
	}
	if t := textnorm.RepairMojibake(strings.TrimSpace(p.Title)); t != "" {
		// The input's own title (a JSONL field, a feed's headline) is what
		// the publisher called the article; a headline picked among a
		// flattened page's lines is a guess (60% exact on wcxb-dev flat
		// pages, 86% from HTML).
		a.Title = t
	}
	if a.Publisher == "" {
		a.Publisher = p.Source
	}
	if !p.Published.IsZero() {
		// The input's own date (a JSONL field, a crawl record) is what the
		// crawler knew; prefer it over one guessed from the page.
		a.Published = p.Published
	}
	if err == nil {
		minChars := e.opts.MinBodyChars
		if brief {
			minChars = min(minChars, e.opts.MinBriefChars)
		}
		if len(a.Body) < minChars {
			err = news.Skipf(news.SkipNoText, "body of %d characters is under %d", len(a.Body), minChars)
		}
	}
	if err != nil {
		a.Body, a.Removed = "", nil // a skipped page keeps its metadata, never a body
		return a, err
	}
	return a, nil
}

// read decodes the page and runs its format's path. On a skip the
// article holds the metadata the path had read when it stopped.
func (e *Extractor) read(p news.Page) (a news.Article, brief bool, err error) {
	if p.Skip != nil {
		return a, false, p.Skip
	}
	text, format, err := Decode(p, e.opts.Format)
	if err != nil {
		return a, false, err
	}
	switch format {
	case news.FormatHTML:
		a, err = e.extractHTML(p, text)
		if err == nil {
			a.Body = dropRepeatedRuns(a.Body) // the text path drops them in its page's scratch (extractText)
		}
	default:
		a, brief, err = e.extractText(p, text)
	}
	a.Format = format
	return a, brief, err
}
