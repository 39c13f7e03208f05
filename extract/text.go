package extract

import (
	"cmp"
	"strings"

	"github.com/storyfold/storyfold/news"
)

// The text classifier reads a page flattened to text (one block a line,
// site furniture still in it) or a clean body. A clean body, with no cue
// phrase, no repeated block and few short lines, comes through whole.
// Otherwise every block is scored by the features flattening keeps
// (length, sentence punctuation, stopword density, repetition, cue
// phrases; text_blocks.go, text_cues.go), the densest run of prose between
// section cues is the body span (text_score.go), and a block model decides
// block by block what belongs to the article (text_model.go). The title,
// date, writer and publisher come from the lines around the span
// (text_meta.go, text_title.go, text_dates.go, text_authors.go); a page model skips listings, product and service pages
// (text_skip.go).

// textBriefWords is the sentence length that makes a short clean text a
// news brief (see Options.MinBriefChars).
const textBriefWords = 6

// textBriefStops is how many stopwords make such a line a sentence
// without its end (see extractText).
const textBriefStops = 3

// extractText extracts the article from plain text. brief reports a clean
// body with a sentence of textBriefWords words or more, which may be
// shorter than other bodies. A line of that length with three stopwords
// is a sentence too, unended: corpora cut reports mid-sentence ("Early
// Friday morning, around 1:30 a.m., the 26-year-old actress"), and two
// ECB+ dev and two GVC dev reports were skipped so (pipeline, 5
// shuffles, BCubed: ECB+ 0.9352 -> 0.9372, GVC 0.9842 -> 0.9853; no
// wcxb-dev page moves).
func (e *Extractor) extractText(p news.Page, text string) (a news.Article, brief bool, err error) {
	sc := e.scratch.Get(newTextScratch)
	defer textScratchPut(e.scratch, sc) // the blocks are the scratch's: nothing returned holds them
	tp := e.textAnalyse(p, text, sc)
	var keep []bool
	var c *textContext // the block model's page counts, when it is asked
	if tp.clean {
		keep = make([]bool, len(tp.blocks))
		for i := range keep {
			keep[i] = true
		}
	} else {
		// The context is counted once for the model's two readings: the
		// blocks do not change between them.
		c = newTextContextIn(tp.blocks, tp.first, tp.last, sc)
		c.asked = sc.askedFor(len(tp.blocks))
		c.kept = sc.keptFor(len(tp.blocks))
		keep = tp.classify(c, e.text)
	}
	meta := textFindMeta(p, tp.blocks, tp.first, tp.last, tp.head, tp.clean, sc)
	doubted := false // the page model reads the page as no article
	var cut []bool   // the lines a sure article's raised bar cleared
	if !tp.clean {
		z, err := textCheckArticle(tp.blocks, keep, meta.titleAt >= 0, e.text.pageWeights())
		if err != nil {
			return textSkippedMeta(p, &tp, &meta), false, err
		}
		m := e.text
		doubted = z > textDoubtLogit
		switch {
		case doubted:
			// Lines the block model doubts are body on a page that reads
			// more like a listing, product or service page than an
			// article: their gold bodies keep the short lines, the lists
			// and the specifications that an article's would not.
			m.slack = textDoubtSlack
			keep = tp.classify(c, m)
		case z < textSureLogit:
			// On a page that surely is an article, a block the model
			// keeps only just (a reader's comment, the site's prose
			// under the article) is more often not the article's.
			m.slack = -textSureRaise
			cut = textRaiseBar(c, keep, m)
		}
		textDropDoubtedIn(c, keep, m)
		// Only now: a doubted sentence (a cookie notice under a site's
		// footer menus) bounds no hole of the body.
		textKeepRaisedInside(tp.blocks, keep, cut)
		textKeepLeadInLists(tp.blocks, tp.first, tp.last, keep)
		textKeepTableCells(tp.blocks, tp.first, tp.last, keep, !doubted)
		textKeepSubheads(tp.blocks, 0, len(tp.blocks), keep)
		textKeepNumberedItems(tp.blocks, keep)
		if doubted {
			textKeepToReviews(tp.blocks, keep)
			textKeepDoubtedSentences(c, keep, e.text, tp.box, tp.boxEnd)
		}
		textKeepSpecLines(tp.blocks, keep) // text_speclines.go: after the doubted page's keeps, which read the lines kept
	}
	if tp.clean && meta.titleAt < 0 {
		meta.title = textLeadingHeadline(tp.blocks)
	}
	a, boxAuthor := textPageMeta(p, &tp, &meta)
	// The headline is not body, except in a clean body, whose first line
	// may be a sentence, and inside the body, where it was only the best
	// guess among the body's own lines.
	if !tp.clean && meta.titleAt >= 0 && meta.titleAt <= tp.first {
		keep[meta.titleAt] = false
	}
	// Above the body's first sentence, the headline marks where the
	// article starts.
	if !tp.clean {
		textDropToHeadline(tp.blocks, keep, meta.headline, meta.titleAt, p.URL)
	}
	// The name over a bio is the author only after the body: the body's
	// author step (textLeaveOutAuthorBox) is not to read it
	// (textMeta.boxAuthor); the writer's name alone over the body
	// (textLeaveOutHeadName) is.
	var repeats textBodyRepeats
	a.Body, a.Removed, repeats = textAssembleOdds(tp.blocks, keep, tp.clean, textBlockOdds{c: c, m: e.text, doubted: doubted, headline: meta.headline, url: p.URL, boxAuthor: boxAuthor, marks: sc.markBound(), keys: sc.keys}, a.Author)
	// After the body left the byline's line out (text_byline_settle.go).
	a.Author = textSettleAuthor(tp.blocks, a.Author, boxAuthor)
	a.Body = textDropRepeats(a.Body, sc, repeats) // the body's second copies (Extract drops the HTML path's)
	if tp.clean {
		for _, b := range tp.blocks {
			if (b.sentEnd || b.stop >= textBriefStops) && b.words >= textBriefWords && b.url == "" {
				brief = true
				break
			}
		}
	}
	return a, brief, nil
}

// textPage is a text split into blocks, with the heuristic body span.
type textPage struct {
	blocks      []textBlock
	first, last int  // the body span [first, last)
	clean       bool // a clean body: keep every block
	head        textHeader
	box, boxEnd int // a box of links the span runs over (textSpanOverBox): not body
}

// classify marks the blocks the model m keeps, less everything after a
// republished teaser's closing line, from a comment heading on or from a
// thread of comments under the article (text_threads.go), and less
// the teasers of a box inside the span: the text path's first reading,
// and its second on a page the page model doubts.
func (tp *textPage) classify(c *textContext, m textModel) []bool {
	keep := textClassifyIn(c, m)
	textKeepToClose(tp.blocks, tp.first, keep)
	textKeepToComments(tp.blocks, tp.first, keep)
	textKeepToThread(tp.blocks, tp.first, keep)
	clear(keep[tp.box:tp.boxEnd]) // the box's teasers, inside the span now
	return keep
}

// textAnalyse splits text into scored blocks and finds the body span.
func (e *Extractor) textAnalyse(p news.Page, text string, sc *textScratch) textPage {
	tp := textPage{blocks: textSplitBlocksIn(text, sc)}
	sc.marks = textMarkBound{text: text} // searched when first asked
	tp.head = textReadHeader(tp.blocks)
	e.markRepeated(p, tp.blocks)
	for i := range tp.blocks {
		tp.blocks[i].score = textScore(&tp.blocks[i])
	}
	tp.clean = textIsClean(tp.blocks)
	if tp.clean {
		tp.first, tp.last = 0, len(tp.blocks)
	} else {
		textFindSpan(p, &tp)
	}
	return tp
}

// textKeepToClose drops every block after the line that closes a
// republished teaser ("Continue reading on ...", textIsReadOn) at or
// after the body's start: the rest is the republisher's page, however
// much it reads like prose.
func textKeepToClose(blocks []textBlock, first int, keep []bool) {
	for i := first; i < len(blocks); i++ {
		if blocks[i].closes {
			clear(keep[i+1:])
			return
		}
	}
}

// markRepeated turns blocks that recur on many pages of the page's site
// into furniture, when the options give block counts.
func (e *Extractor) markRepeated(p news.Page, blocks []textBlock) {
	if e.opts.BlockCounts == nil || e.opts.FurnitureMinPages <= 0 {
		return
	}
	site := news.Site(p.URL)
	if site == "" {
		return
	}
	for i := range blocks {
		if e.opts.BlockCounts.Count(site, BlockHash(blocks[i].text)) >= e.opts.FurnitureMinPages {
			blocks[i].cue = textCueDrop
		}
	}
}

// textAssembleOdds joins the kept blocks into the body and lists every other
// block as removed, in page order. Blocks whose wording marks them as
// furniture or section cues never stay, nor does the apparatus
// textLeaveOut finds among the kept ones.
//
// odds are the block model's log-odds, which textLeaveOutUnsure,
// textLeaveOutUnsureHead and textLeaveOutApart read at the body's ends; a
// zero value reads none. author is the page's byline, whose box under the
// article textLeaveOutAuthorBox takes, and whose name alone on a line
// among the body's first textLeaveOutHeadName takes (both the name over a
// bio's, odds.boxAuthor, when the byline is ""); "" when the page names
// no one. The blocks that stay also bound what the body's
// second-copy steps can find (textBodyRepeats, read by textDropRepeats).
//
// The steps run in the order of the calls, each reading what those
// before it left, and moving one is a change to measure. A clean
// report's body skips the steps of a page's furniture; the last of
// those are the one-line furniture (site notes, picture credits and
// copyright lines, textLeaveOutFurnitureLines), a topic line closing
// the body (textLeaveOutTopicLine, which reads the last line the others
// let stay) and then the writer's name alone (textLeaveOutHeadName),
// which reads the lines the steps above let stay. The end matter's walk
// (textLeaveOutTail) ends at the article's own closing pitch
// (textTailPitchStays). Every body, clean
// or not, then loses its captions closed by their show/hide switch, its
// share rows and form messages (textLeaveOutWidgetLines, one walk).
func textAssembleOdds(blocks []textBlock, keep []bool, clean bool, odds textBlockOdds, author string) (string, []string, textBodyRepeats) {
	n := len(blocks)
	room := make([]bool, 4*n) // out, what textReaderAppeals keeps, the body's counted blocks: one allocation
	out := textLeaveOut(blocks, keep, room[:n:n])
	if !clean {
		// A clean body's last lines are the report's own: "This is a
		// developing story", the agency's copyright, the writer's line.
		appeals := textReaderAppeals{asked: room[n : 2*n : 2*n], yes: room[2*n : 3*n : 3*n]}
		textLeaveOutClosing(blocks, keep, out, appeals)
		textLeaveOutTail(blocks, keep, out)
		textCutAtBio(blocks, keep, out)
		textLeaveOutMoreAsk(blocks, keep, out) // text_moreask.go
		textLeaveOutBios(blocks, keep, out)
		// Last: the rules above read the paragraphs that stay, and an
		// appeal or a pitch left out first would hide the appeal or the
		// note on first publication that ends the body.
		textLeaveOutPromos(blocks, keep, out, appeals)
		textLeaveOutIslands(blocks, keep, out)
		textLeaveOutTrail(blocks, keep, out)
		textFillHoles(blocks, keep, out)
		textLeaveOutArrowPairs(blocks, keep, out) // again: a hole may bring a pair back
		textLeaveOutLastLine(blocks, keep, out)
		textLeaveOutUnsure(blocks, keep, out, odds)
		textLeaveOutUnsureHead(blocks, keep, out, odds)
		words := textBodyCounts{counted: room[3*n:], page: odds.keys} // the body's words, read once for the four
		defer words.release()
		textLeaveOutApart(blocks, keep, out, odds, &words)
		textLeaveOutApartSections(blocks, keep, out, &words)
		textLeaveOutCutBlurbs(blocks, keep, out)
		textLeaveOutPullQuotes(blocks, keep, out)
		textLeaveOutEmbeddedPosts(blocks, keep, out)
		// The writer is the byline's or, when the page has none, the name
		// over a bio's (textBlockOdds.boxAuthor): their box under the
		// article, their name alone over the body.
		writer := cmp.Or(author, odds.boxAuthor)
		textLeaveOutAuthorBox(blocks, keep, out, writer) // text_authorbox.go
		textLeaveOutMenuHead(blocks, keep, out)
		textLeaveOutTeaserCards(blocks, keep, out)
		textLeaveOutDatedTeasers(blocks, keep, out)
		if !odds.doubted {
			textLeaveOutOffTopicTail(blocks, keep, out, &words)
		}
		textLeaveOutPointerLines(blocks, keep, out)
		textLeaveOutReviewCredits(blocks, keep, out)
		textLeaveOutContentsLabels(blocks, keep, out)
		textKeepClosedLists(blocks, keep, out)
		textKeepInlineCalls(blocks, keep, out)
		textLeaveOutEndLead(blocks, keep, out)
		textLeaveOutOverHeadline(blocks, keep, out, odds.headline, odds.url, odds.doubted)
		// Site notes, picture credits and copyright lines, in one walk.
		textLeaveOutFurnitureLines(blocks, keep, out, odds.url, odds.marks) // text_furnitureline.go
		textLeaveOutTopicLine(blocks, keep, out)                            // text_topicline.go
		textLeaveOutHeadName(blocks, keep, out, writer)                     // text_headname.go
		textLeaveOutDek(blocks, keep, out, odds.headline, author)           // text_dek.go
		textLeaveOutTailHeading(blocks, keep, out)                          // text_tailheading.go
	}
	textLeaveOutWidgetLines(blocks, keep, out) // switched captions, share rows and form messages, text_widgetline.go
	stays := func(i int) bool { return textStays(blocks, keep, out, i) }
	size, gone := 0, 0
	for i := range blocks {
		if stays(i) {
			size += len(blocks[i].text) + 2
		} else {
			gone++
		}
	}
	var body strings.Builder
	body.Grow(size) // grown as it filled, the body was a fifth of the bytes a page allocates
	var removed []string
	if gone > 0 {
		removed = make([]string, 0, gone) // grown as it filled, the list was 9 KB a page
	}
	var repeats textBodyRepeats
	for i := range blocks {
		b := &blocks[i]
		if !stays(i) {
			removed = append(removed, b.text)
			continue
		}
		if body.Len() > 0 {
			body.WriteString("\n\n")
		}
		body.WriteString(b.text)
		repeats.see(i, b)
	}
	return body.String(), removed, repeats
}

// textLeaveOut marks the kept blocks that are the page's apparatus, not
// its article: the body's one byline and one date line, credit lines,
// reading times, lines without a word, a table of contents with its
// entries, the cut titles of teasers (textLeaveOutTeaserTitles) and a
// listicle's picture sources (textLeaveOutSourceRun). A
// byline or a date line that recurs stays: it belongs to the posts,
// comments or books a page lists, and the gold bodies keep those.
// These rules act after the span and the block model, not as cues: the
// cues are features of both block models, which were fitted without them.
// out, all false, has a place a block; it is returned marked.
func textLeaveOut(blocks []textBlock, keep, out []bool) []bool {
	byline, dateline := textOnlyOne(-1), textOnlyOne(-1)
	lo, hi := textInSpan(keep, nil) // the kept blocks' span (text_nextkept.go)
	for i := lo; i < hi; i++ {
		if !keep[i] {
			continue
		}
		b := &blocks[i]
		switch {
		case textBodyByline(b):
			byline.see(i)
		case textIsDateOnly(b):
			// A dated update stamp (textIsUpdateStamp) goes wherever it
			// stands and still counts as one of the page's date lines,
			// so another date line stays as it did.
			dateline.see(i)
			if textIsUpdateStamp(b) {
				out[i] = true
			}
		case textIsApparatus(b):
			out[i] = true
		case textIsContentsHeading(b):
			out[i] = true
			// The entries: short lines, headings or questions, up to the
			// first sentence or paragraph.
			for j := i + 1; j < len(blocks) && keep[j] && textIsContentsEntry(&blocks[j]); j++ {
				out[j] = true
			}
		}
	}
	for _, i := range []textOnlyOne{byline, dateline} {
		if i >= 0 {
			out[i] = true
		}
	}
	textLeaveOutTeaserTitles(blocks, keep, out)
	textLeaveOutSourceRun(blocks, keep, out)
	textLeaveOutDisclosures(blocks, keep, out)
	textLeaveOutPickButtons(blocks, keep, out)
	textLeaveOutBrowseLinks(blocks, keep, out)
	textLeaveOutMoreOnLists(blocks, keep, out)
	textLeaveOutAnnouncedPosts(blocks, keep, out)
	textLeaveOutArrowPairs(blocks, keep, out)
	return out
}

// textIsApparatus reports whether b is a line of the page's apparatus
// that leaves the body wherever it stands (textLeaveOut): a credit line, a
// reading time, bare or labelled (text_readtime.go), a line without a
// word, boilerplate, a caption, a trail of breadcrumbs, a button's label
// (text_buttons.go), a shop's offers (text_offers.go), a link's label
// naming a shop (text_retailers.go), a link's notice that it opens in a
// new tab (text_newtab.go), a prompt to add the site as a preferred
// source (text_prefsource.go), an empty list's message
// (text_emptystate.go), an update stamp (text_stamps.go), a form's fine
// print in the first person (text_consent_first.go).
// The tests of short lines alone are asked behind one test of the
// block's words (textIsShortApparatus). The glued credit is asked before
// the caption: it reads a short line's promo pieces once for the block
// (textEndHoldsCreditWord), which tell the caption's test whether the
// line holds "courtesy" (textMayCaptionBy).
func textIsApparatus(b *textBlock) bool {
	return b.words <= textShortApparatusMaxWords && textIsShortApparatus(b) || isBoilerplate(b.low) || textIsConsentFinePrint(b.low) || textIsGluedCredit(b) || textIsCaption(b)
}

// textLeaveOutTeaserTitles marks the cut titles of teasers for other
// posts (textIsCutTitle): a site lists its other posts by their titles
// cut to a length ("Keel Street Quay Reopens After Two…", "Ten Walks
// Around the Old Harbour..."), and the model keeps the lines, which have
// the words of headings, under the body or between its paragraphs. Two
// such lines with fewer than textTeaserTitleGap kept blocks between them go,
// after the body's first sentence of 8 words or more: one alone is more
// often an article's own line ("Then the tide turned…", a heading that trails
// off), and above the body the title of the article itself may be cut.
// On the wcxb-dev flat pages 0.93202 -> 0.93217 on articles (even ids
// +0.00015, odd +0.00016), service pages +0.00024; 8 pages up, none
// down (docs/quality.md, eighth session, third round). The walk steps
// over the runs of dropped blocks (textNextKept), where asking keep of
// every block of the page was most of its count (0.41 M of 0.65 M over
// the 100 long wcxb-dev flat pages, fifty-eighth session;
// TestTextSmallStepsMatchPlain).
func textLeaveOutTeaserTitles(blocks []textBlock, keep, out []bool) {
	prev, sentence := -1, false
	for i := textNextKept(keep, 0); i < len(blocks); i = textNextKept(keep, i+1) { // text_nextkept.go
		b := &blocks[i]
		if !sentence {
			sentence = b.sentEnd && b.words >= 8
			continue
		}
		if !textIsCutTitle(b) {
			continue
		}
		if prev >= 0 && textKeptBetween(keep, prev, i) < textTeaserTitleGap {
			out[prev], out[i] = true, true
		}
		prev = i
	}
}

// textKeptBetween counts the kept blocks strictly between i and j.
func textKeptBetween(keep []bool, i, j int) int {
	n := 0
	for k := i + 1; k < j; k++ {
		n += textBool(keep[k])
	}
	return n
}

// textTeaserTitleGap bounds the kept blocks between two cut titles of one
// list of teasers (a date, a blurb, a "Read more" line): fewer than it.
const textTeaserTitleGap = 4

// textIsCutTitle reports a title cut short: 3 to 14 words, 6 in 10 of
// them or more capitalised, one line without a sentence's end inside,
// ending with "…" or "...". The share of capitals keeps the items of a
// list that trail off ("200+ free courses on sailing, knots, tides…"),
// which the gold keeps.
func textIsCutTitle(b *textBlock) bool {
	if b.words < 3 || b.words > 14 || b.caps*10 < b.words*6 {
		return false
	}
	t := strings.TrimRight(b.text, " ")
	if !strings.HasSuffix(t, "…") && !strings.HasSuffix(t, "...") {
		return false
	}
	return !strings.Contains(t, ". ") && !strings.Contains(t, "? ") && !strings.Contains(t, "! ") && !strings.Contains(t, "\n")
}

// textStays reports whether block i goes into the body: kept, not left
// out, and neither a cue nor a URL line.
func textStays(blocks []textBlock, keep, out []bool, i int) bool {
	return keep[i] && !out[i] && blocks[i].cue == textCueNone && blocks[i].url == ""
}

// textStayingSize counts the paragraphs that stay (textStays) and their
// characters: the body the steps that cut its last part measure against.
func textStayingSize(blocks []textBlock, keep, out []bool) (n, chars int) {
	for i := range blocks {
		if textStays(blocks, keep, out, i) {
			n++
			chars += len(blocks[i].text)
		}
	}
	return n, chars
}

// textOnlyOne is the index of the one block of a kind seen: -1 before
// any, -2 once there are several.
type textOnlyOne int

func (o *textOnlyOne) see(i int) {
	if *o == -1 {
		*o = textOnlyOne(i)
	} else {
		*o = -2
	}
}

// textIsWordless reports whether b holds no word: a close button ("×"),
// a star rating, an arrow or a rule between sections.
func textIsWordless(b *textBlock) bool { return b.words == 0 }

// textIsDateOnly reports whether b is a date line on its own ("December
// 20, 2025 at 6:20 am", "Dec 18, 2025"): a post's or a comment's date,
// which the page's date already states.
func textIsDateOnly(b *textBlock) bool {
	if b.words > textDateOnlyMaxWords || b.sentEnd || textTooFewDateDigits(b) || !textHasDigitByte(b.text) {
		return false // a date line states its day and year in figures
	}
	_, ok := textParseDate(b.text)
	return ok
}

// textHasDigitByte is strings.ContainsAny(s, "0123456789") byte by byte:
// ContainsAny builds its set of ten bytes at each call, which cost more
// than reading the short lines textIsDateOnly asks about (no byte of a
// longer UTF-8 sequence is an ASCII digit).
func textHasDigitByte(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigitByte(s[i]) {
			return true
		}
	}
	return false
}

// textDateOnlyMaxWords is the longest date line, in \w+ tokens:
// "December 20, 2025 at 6:20 am EST" is eight.
const textDateOnlyMaxWords = 8

// textIsContentsHeading reports whether b heads a table of contents.
// "In this article", "On this page", "Jump to" and "Contents hide" (a
// widget's button flattened into its heading) head one as often: on the
// wcxb-dev flat pages articles 0.93087 -> 0.93094 (even ids +0.00011,
// odd +0.00003), documentation 0.90284 -> 0.90300, 20 pages up, none
// down (docs/quality.md, eighth session). "In this guide" heads a guide's
// first section as well (4105), and "Jump to a section" a list the gold
// keeps (0105). The HTML path's contentsLabels is the like list for
// labels whose link list went.
func textIsContentsHeading(b *textBlock) bool {
	if b.words > 3 {
		return false
	}
	switch strings.TrimRight(b.low, " :") {
	case "table of contents", "table of content", "contents", "in this article", "on this page", "jump to", "contents hide":
		return true
	}
	return false
}

// textIsContentsEntry reports whether b can be an entry of a table of
// contents: a short line that is a heading or a question, not a
// sentence.
func textIsContentsEntry(b *textBlock) bool {
	if b.words == 0 || b.words > textContentsEntryMaxWords {
		return false
	}
	end := b.text[len(b.text)-1]
	return end != '.' && end != '!'
}

// textContentsEntryMaxWords is the longest entry of a table of contents.
const textContentsEntryMaxWords = 15

// textBodyByline reports whether a block the body would keep is its
// byline ("By Jane Doe", "By Jane Doe ⋅ Review Editor ⋅ Updated May 6,
// 2025", "Written by Jane Doe and Ann Roe, PhD"): a short line that opens
// with a byline's name and does not end like a sentence. The block model
// keeps them with the prose they sit on (45 bodies of the 793 wcxb-dev
// flat articles held one), and the gold bodies leave them out, as the
// HTML path does (extract/html_furniture.go). A subhead "By Audience"
// names no one and stays; so do "Author: …" labels and bylines that
// recur, which belong to the posts or books a page lists.
func textBodyByline(b *textBlock) bool {
	if b.words > textBylineMaxWords || b.sentEnd || len(b.low) < 3 {
		return false
	}
	switch b.low[0] {
	case 'b', 'w', 'p': // "By", "Written by", "Posted by"; not "Author:" labels
		return textMayOpenBodyByline(b.text) && textBylineRE.MatchString(b.text)
	}
	return false
}

// textMayOpenBodyByline is true of every text textBylineRE matches: the
// expression is anchored and opens with "By", "by", "BY", "Written by",
// "Posted by" or "Author", the first letter in either case, so the text's
// first two bytes are one of those openings' (TestTextMayOpenBodyBylineCoversRE).
// Asked of every short paragraph opening with b, w or p ("But …",
// "Please …", "When …"), the expression took some 1,800 instructions a
// line, 420 lines of 100 wcxb-dev flat pages for 8 bylines (forty-second
// session).
func textMayOpenBodyByline(s string) bool {
	if len(s) < 2 {
		return false
	}
	switch s[0] | 0x20 {
	case 'b':
		return s[1]|0x20 == 'y'
	case 'w':
		return s[1] == 'r'
	case 'p':
		return s[1] == 'o'
	case 'a':
		return s[1] == 'u'
	}
	return false
}

// textBylineMaxWords is the longest byline: several authors with their
// titles and an update note run to twenty words.
const textBylineMaxWords = 25

// textIsCredit reports whether a block the body would keep is the credit
// line under a picture or an embedded post ("Image credit: Mira Tolland",
// "Photo courtesy of the Harbour Board", "A post shared by Harbour Times
// (@harbourtimes)"). On the wcxb-dev flat articles the bodies kept 122
// such lines, 116 of them not in the gold body. It is applied here, not as
// a cue, because the cues are features of both block models, and the HTML
// model, fitted without it, then dropped the text around a credit.
func textIsCredit(b *textBlock) bool {
	return b.words <= textCreditMaxWords && textHasCue(b.low, textCreditLabels)
}

// textCreditLabels open a credit line ("Image credits:" too). The
// picture labels ("Image: …", "Photo by …", "Image source: …",
// "Illustration: …") were kept 52 times in the wcxb-dev flat article
// bodies, 3 of them in the gold; leaving them out moved articles 0.92689
// -> 0.92699, even and odd ids alike (docs/quality.md, fifth session).
// "Source:" is not one: it names a table's or a chart's data as often,
// and the gold keeps it. "Image via …" is left for now: no wcxb-dev page
// has it, and five GVC dev reports do, whose clustering was not re-run.
var textCreditLabels = newTextCueList(
	"image credit", "image credits", "photo credit", "photo credits", "photo courtesy", "image courtesy",
	"credit:", "photo:", "a post shared by",
	"image:", "image by", "image from", "image source", "photo by", "photo from", "photo source",
	"photograph by", "picture:", "illustration:", "illustration by",
)

// textCreditMaxWords is the longest credit line: "Photo Credit: Screenshot
// from the Harbour Board website".
const textCreditMaxWords = 15

// textCleanShortShare is the largest share of blocks that may be short
// non-sentences (a URL, a headline, a date line) in a clean body. ECB+ and
// GVC texts in shared/data/cluster have a few; wcxb-dev flat pages have
// 30-70%, and repeated blocks or cue phrases besides.
const textCleanShortShare = 0.35

// textIsClean reports whether the text is a clean body: no cue phrase, no
// repeated block and few short non-sentences, so nothing may be cut.
func textIsClean(blocks []textBlock) bool {
	short := 0
	for _, b := range blocks {
		if b.cue != textCueNone || b.dup > 0 {
			return false
		}
		if b.words < 4 && !b.sentEnd && b.url == "" {
			short++
		}
	}
	return float64(short) <= textCleanShortShare*float64(len(blocks))
}

// textStatedURL returns the address a page states on one of its first
// lines, or "".
func textStatedURL(blocks []textBlock) string {
	for i := range min(3, len(blocks)) {
		if blocks[i].url != "" {
			return blocks[i].url
		}
	}
	return ""
}

// textLeadingHeadline returns a clean body's first line when it reads as
// a headline above more text (after the page's address, if stated), or
// "". The line stays in the body: a clean body is kept whole.
func textLeadingHeadline(blocks []textBlock) string {
	for i := range blocks {
		if blocks[i].url != "" {
			continue
		}
		if i+1 < len(blocks) && textIsHeadline(&blocks[i]) && !textDateIn(blocks[i].text) && !textNeverTitle(textTitleHead(&blocks[i])) {
			return textTitleText(&blocks[i])
		}
		return ""
	}
	return ""
}

// textDropToHeadline leaves out the kept lines above the headline when no
// sentence stands among them (textOpensArticle): an article starts under
// its headline, and what the model kept over it there (a menu's entries,
// teaser titles, a form's thank-you line) is the page's header. The
// wcxb-dev gold bodies seldom hold it. The headline is the one kept line
// that states the title, which goes too (most gold bodies do not repeat
// it), or else the line the title was read from. A sentence above the
// headline stays, but for one set apart from it (textSetApart).
func textDropToHeadline(blocks []textBlock, keep []bool, title string, titleAt int, url string) {
	head, drop := titleAt, titleAt // the headline; blocks [0, drop) go
	if at := textHeadlineInBody(blocks, keep, title); at >= 0 {
		head, drop = at, at+1
	}
	if !textSetApart(blocks, keep, head, url) {
		for i := 0; i < head; i++ {
			if keep[i] && textOpensArticle(&blocks[i]) {
				return
			}
		}
	}
	for i := 0; i < drop; i++ {
		keep[i] = false
	}
}

// textApartLines is how many lines the body leaves between the headline
// and the last kept line above it for that line to be set apart from the
// article. On the wcxb-dev flat pages (simulated over the bodies, slug
// recall 0.8) 3 to 8 lines all raise articles on both halves; with 2 or
// fewer the even ids' fall (a standfirst or the article's opening
// paragraphs over a subhead that restates the URL's words; a story
// under a login box). docs/quality.md, sixteenth session.
const textApartLines = 3

// textSlugShare is the share of the URL slug's words the headline states
// for textSetApart to trust it (0.6 to 1 score alike), and textSlugMin the
// slug's fewest words: "/news/", "/p/1234" or "/about" name no article.
const (
	textSlugShare = 0.8
	textSlugMin   = 3
)

// textSetApart reports whether the headline at head states the words of
// the page's URL slug (textSlugShare of them, the numbers left aside),
// the body keeps no line among the textApartLines above it, and more of
// the body's words below it than above. A headline the address names is
// the article's own, not a guess among the page's lines; what the model
// keeps above it, across lines it leaves, is another box's (a teaser's
// blurb, a service's pitch, a forum's banner), however much it reads like
// prose. Under the body, the page's headline is a teaser's (a "Next
// post" box naming its own address's words), and the body stays.
func textSetApart(blocks []textBlock, keep []bool, head int, url string) bool {
	if head < textApartLines || url == "" {
		return false
	}
	for i := head - textApartLines; i < head; i++ {
		if keep[i] {
			return false
		}
	}
	above, below := 0, 0
	for i := range blocks {
		if !keep[i] {
			continue
		}
		if i < head {
			above += blocks[i].words
		} else {
			below += blocks[i].words
		}
	}
	if above >= below {
		return false
	}
	slug := textArticleSlug(url)
	return slug != nil && textSlugRecall(blocks[head].text, slug) >= textSlugShare
}

// textArticleSlug is the words of url's slug but its numbers
// (textSlugWords), or nil when fewer than textSlugMin are left: "/news/",
// "/p/1234" or "/about" name no article.
func textArticleSlug(url string) map[string]bool {
	slug := textSlugWords(url)
	for w := range slug {
		if allDigits(w) {
			delete(slug, w)
		}
	}
	if len(slug) < textSlugMin {
		return nil
	}
	return slug
}

// textOpensArticle reports a line that may be the article's first: a
// sentence of six words or more (a standfirst set over the headline, a
// service's slogan), but not a question (a teaser's title), or a plain
// sentence of twelve. The end alone is read for the shorter lines, so
// that pages in other languages than English, whose stopwords are not
// counted, are read as well.
func textOpensArticle(b *textBlock) bool {
	if textIsPlainSentence(b) && b.words >= 12 {
		return true
	}
	return b.sentEnd && b.words >= 6 && !strings.HasSuffix(b.text, "?")
}

// textHeadlineInBody returns the one kept block that states the title, or
// -1: a title the body states twice is a listing's heading repeated
// between its entries, and one ending with a full stop a service's slogan
// taken for the title.
func textHeadlineInBody(blocks []textBlock, keep []bool, title string) int {
	return textHeadlineAmong(blocks, keep, title, nil)
}

// textHeadlineAmong is textHeadlineInBody over the kept blocks for which
// in reports true (in nil for every kept block): the kept ones there,
// the staying ones for textLeaveOutOverHeadline. in reports no block
// that keep does not hold.
func textHeadlineAmong(blocks []textBlock, keep []bool, title string, in func(i int) bool) int {
	t := foldTitle(title)
	if t == "" {
		return -1
	}
	n := strings.Count(t, " ") + 1 // the title's words, to fold only lines of as many
	at := -1
	// The walk steps past the page's runs of dropped blocks
	// (textNextKept): asking every block's words cost 0.73 M of 100 long
	// wcxb-dev flat pages' instructions (fifty-seventh session).
	for i := textNextKept(keep, 0); i < len(blocks); i = textNextKept(keep, i+1) {
		// The words are counted before in is called: most lines have
		// other counts, and the call for each line of the page, twice a
		// page, cost some 0.8 M of the 100 pages' instructions
		// (fifty-sixth session; TestTextHeadlineAmongMatchesPlain).
		if blocks[i].words != n || in != nil && !in(i) || !foldTitleIs(blocks[i].text, t) {
			continue
		}
		if at >= 0 {
			return -1
		}
		at = i
	}
	if at < 0 || strings.HasSuffix(blocks[at].text, ".") {
		return -1
	}
	return at
}
