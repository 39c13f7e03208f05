package extract

import (
	"strings"

	"github.com/storyfold/storyfold/news"
)

// The text classifier reads a page flattened to text (one block a line,
// site furniture still in it) or a clean body. It scores every block by
// the features flattening keeps (length, sentence punctuation, stopword
// density, repetition, cue phrases), takes the densest run of prose as the
// body, and removes the furniture inside it. A clean body, where nearly
// every block is a sentence, comes through whole.

// extractText extracts the article from plain text.
func (e *Extractor) extractText(p news.Page, text string) (news.Article, error) {
	blocks := textSplitBlocks(text)
	head := textReadHeader(blocks)
	e.markRepeated(p, blocks)
	var a news.Article
	first, last := 0, len(blocks)
	clean := textIsClean(blocks)
	if !clean {
		for i := range blocks {
			blocks[i].score = textScore(&blocks[i])
		}
		textDiscountAfterEnds(blocks)
		first, last = textBestSpan(blocks)
	}
	meta := textFindMeta(p, blocks, first, last, head)
	if err := textCheckArticle(blocks, first, last); err != nil {
		return a, err
	}
	a.Title, a.Published, a.Publisher = meta.title, meta.published, meta.publisher
	titleAt := meta.titleAt
	if clean {
		titleAt = -1 // a clean body's first line may be a sentence: keep it
	}
	a.Body, a.Removed = textAssemble(blocks, first, last, titleAt)
	return a, nil
}

// markRepeated turns blocks that recur on many pages of the page's site
// into furniture, when the options give block counts.
func (e *Extractor) markRepeated(p news.Page, blocks []textBlock) {
	if e.opts.BlockCounts == nil || e.opts.FurnitureMinPages <= 0 {
		return
	}
	site := SiteOf(p.URL)
	if site == "" {
		return
	}
	for i := range blocks {
		if e.opts.BlockCounts.Count(site, BlockHash(blocks[i].text)) >= e.opts.FurnitureMinPages {
			blocks[i].cue = textCueDrop
		}
	}
}

// textAssemble joins the kept blocks of [first, last) into the body and
// lists every other block as removed, in page order. Soft cues and drop
// cues inside the span are removed; so is the title when the span opens
// with it.
func textAssemble(blocks []textBlock, first, last, titleAt int) (string, []string) {
	var body strings.Builder
	var removed []string
	for i, b := range blocks {
		keep := i >= first && i < last && i != titleAt && b.cue != textCueDrop && b.cue != textCueSoft && b.cue != textCueEnd
		if !keep {
			removed = append(removed, b.text)
			continue
		}
		if body.Len() > 0 {
			body.WriteString("\n\n")
		}
		body.WriteString(b.text)
	}
	return body.String(), removed
}

// textCleanShortShare is the largest share of blocks that may be short
// non-sentences (menu items, buttons, bylines) in a clean body. ECB+ and
// GVC texts in shared/data/cluster have almost none (a URL, a date line);
// wcxb-dev flat pages have 30-70%.
const textCleanShortShare = 0.1

// textIsClean reports whether the text is a clean body: no section cue and
// hardly any short non-sentence block, so nothing may be cut.
func textIsClean(blocks []textBlock) bool {
	short := 0
	for _, b := range blocks {
		if b.cue == textCueEnd {
			return false
		}
		if b.words < 4 && !b.sentEnd {
			short++
		}
	}
	return float64(short) <= textCleanShortShare*float64(len(blocks))
}
