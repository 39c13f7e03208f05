package extract

import (
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/textnorm"
)

// textHeader is what a leading "date 2025-06-16 ..." line states; some
// scrapers put the crawl's date in front of the page (seeds 003, 004).
type textHeader struct {
	published time.Time
	// rest is true when the header line went on with page text, kept as
	// block 0.
	rest bool
}

var textHeaderRE = regexp.MustCompile(`^(?i:date)[:\s]+(\d{4}-\d{2}-\d{2})\b\s*`)

// textReadHeader strips a leading date header from the first block and
// returns what it stated.
func textReadHeader(blocks []textBlock) textHeader {
	var h textHeader
	if len(blocks) == 0 {
		return h
	}
	m := textHeaderRE.FindStringSubmatchIndex(blocks[0].text)
	if m == nil {
		return h
	}
	t, err := time.Parse("2006-01-02", blocks[0].text[m[2]:m[3]])
	if err != nil {
		return h
	}
	h.published = t
	rest := blocks[0].text[m[1]:]
	if rest == "" {
		blocks[0].cue = textCueDrop
		return h
	}
	dup := blocks[0].dup
	blocks[0] = textNewBlock(rest)
	blocks[0].dup = dup
	h.rest = true
	return h
}

// textMeta is the metadata the text states.
type textMeta struct {
	title   string
	titleAt int // block index of the headline, -1 when none
	// headline is the title the block at titleAt states, which the
	// body's rules read (textDropToHeadline); title is chosen apart by
	// textTitleTextWeights and may be another line's.
	headline  string
	published time.Time
	publisher string
	author    string
	// boxAuthor is the name over a writer's bio (textNameOverBio), or
	// else the first name a later byline reading gives (textLaterByline:
	// a name with credentials set twice, a journal's marked author list,
	// …), read when author is "": it names the writer but does not feed
	// the body's author-aware steps (textLeaveOutAuthorBox, whose bio
	// textLeaveOutBios already reads; a reader's comment naming the
	// writer; textLeaveOutHeadName). extractText cleans it with
	// cleanAuthor, whose cutJobTitle keeps a list of names with
	// credentials whole.
	boxAuthor string
}

// textTitleWindow is how many blocks above the body are searched for the
// headline; textTitleBelow how many into it. wcxb-dev headlines sit within
// 60 blocks above the body's start on nearly all pages, but a span that
// starts in a menu of described links puts the headline far below its
// start. Widening 60/40 to 100/80 took wcxb-dev flat article titles from
// 561 to 567 of 791 with the shipped weights, and from 555 to 562 with
// weights refitted on one half and scored on the other
// (TestTextTitleTrain); 150 above or 200 below gained nothing more. It
// costs about 5% of text extraction time.
const (
	textTitleWindow = 100
	textTitleBelow  = 80
)

// textFindMeta finds the title, date and publisher around the body
// [first, last); clean reports a clean body. The title model's vectors
// are in s's room, or new when s is nil.
//
// The title is read in stages, each on what the stage before it left,
// and the order is part of the answer (moving a step is a change to
// measure, not a refactor):
//
//  1. The title model's line (m.titleAt, m.headline) is the headline:
//     the byline is read under it, the date around the model's best
//     candidate (best), and no later stage moves either. Without the
//     URL the refitted model's choice is the line that names the page.
//  2. textTitleAfter's rules (text_title_after.go) may move the naming
//     line to another block, each reading the line those above it left.
//  3. That block's text (textTitleTextAt, its own cuts).
//  4. The rules on the title's text, read after the block rules because
//     each acts only where they left no title or one the address
//     disowns: textTitleUnderHomeTrail where no line names the page;
//     without the URL, textTitleSignedOverProse (a headline signed or
//     dated under it) where the title is still empty after it, then
//     textTitleTimedOverProse (a headline over a reading time) where it
//     is empty still; textTitleGluedSlug where the title is still empty,
//     so after the home trail's; textTitleSlugStated where the title
//     shares no word of the slug (a byline under the line, on one line
//     or on two: textSplitBylineIn); textTitleSectionTail where the title
//     is still empty after them all (a line cut of its opinion section's
//     tail is the last resort). The glued slug is one word and the stated
//     slug two or more, so of those two at most one acts on a page.
//  5. The cleaning of whatever text the stages gave (full-width forms,
//     a pilcrow, the pitch after a year), last so every rule's text gets
//     it.
//
// A header that states the headline (h.rest) skips stages 1 to 4.
//
// The byline is read after the title and the date, each reading only
// where those before it named no one: textFindAuthor, its credentials
// and trim, the author box, a name under the headline or set twice;
// then the name over a bio and last textLaterBylines' readings in their
// order, whose name is boxAuthor, not author.
func textFindMeta(p news.Page, blocks []textBlock, first, last int, h textHeader, clean bool, s *textScratch) textMeta {
	m := textMeta{titleAt: -1, published: h.published}
	anchor := first // where the date is looked for: the headline, or the best guess at it
	if h.rest && textIsHeadline(&blocks[0]) {
		m.title, m.titleAt, anchor = textTitleText(&blocks[0]), 0, 0
		m.headline = m.title
	} else {
		titleAt, best, cands, vecs := textFindTitleCands(p, blocks, first, last, clean, s)
		m.titleAt = titleAt
		m.headline = textTitleTextAt(blocks, cands, vecs, m.titleAt)
		m.title = m.headline
		named, w := m.titleAt, &textTitleWeights
		slug := textSlugKeys(p.URL) // text_title_slug.go
		// Without a URL the title's text is the line the refitted model
		// chooses, when both models take one (text_title_topic.go).
		if p.URL == "" && m.titleAt >= 0 {
			w = &textTitleTextWeights
			// best is the first choice's block after its rules (a title
			// was taken, m.titleAt >= 0, only past them): the second
			// choice reuses that title when it lands there too.
			if at, _ := textTitleChooseKnown(blocks, cands, vecs, first, clean, w, best, m.titleAt); at >= 0 {
				named = at
			}
		}
		named = textTitleAfter(&textTitleCandidates{
			blocks: blocks, cands: cands, vecs: vecs, first: first, clean: clean,
			url: p.URL, slug: slug, w: w, marks: s.markBound(),
		}, named) // text_title_after.go
		if named != m.titleAt {
			m.title = textTitleTextAt(blocks, cands, vecs, named)
		}
		if named < 0 {
			m.title = textTitleUnderHomeTrail(blocks, first) // text_title_homeend.go
		}
		if m.title == "" && p.URL == "" {
			m.title = textTitleSignedOverProse(blocks, first) // text_title_nonetaken.go
		}
		if m.title == "" && p.URL == "" {
			m.title = textTitleTimedOverProse(blocks, first) // text_title_timed.go
		}
		m.title = textTitleGluedSlug(blocks, m.title, slug) // text_title_glued.go
		m.title = textTitleSlugStated(blocks, m.title, slug)
		m.title = textTitleSectionTail(blocks, m.title, first) // text_title_section.go
		if best >= 0 {
			anchor = best
		}
	}
	m.title = textTitleNoPilcrow(narrowFullwidth(m.title)) // narrowed as the HTML path's cleanText does
	m.title = textTitleCutAfterYear(m.title)               // text_title_yearend.go
	m.headline = textTitleNoPilcrow(narrowFullwidth(m.headline))
	if m.published.IsZero() {
		m.published, _ = urlDate(p.URL)
	}
	if m.published.IsZero() {
		var at int
		m.published, at = textFindDate(blocks, anchor, first, last)
		m.published = textSlashOrder(blocks, at, m.published)
		m.published = textCitationOverHistory(blocks, at, m.published) // text_date_citation.go
	}
	if h.published.IsZero() {
		m.published = textInURLMonth(p.URL, m.published, blocks, anchor)
	}
	if m.published.IsZero() {
		m.published = textFindRelativeDate(blocks, anchor, first, p.Fetched)
	}
	if m.published.IsZero() && p.Fetched.IsZero() {
		m.published = textFindHeadlineYearDate(blocks, anchor, first, m.headline)
	}
	m.publisher = textFindPublisher(blocks)
	m.author = textFindAuthor(blocks, min(max(m.titleAt, 0), first), first)
	if m.author == "" && m.titleAt > first+textAuthorWindow/2 {
		// The headline sits inside the body's span, under a standfirst or
		// a menu the span starts in: its byline is under it, not at first.
		m.author = textFindAuthor(blocks, m.titleAt, m.titleAt)
	}
	m.author = textWithBylineCreds(m.author, blocks, min(max(m.titleAt, 0), first), first) // text_byline_headcreds.go
	m.author = textTrimBylineName(m.author, blocks)                                        // text_byline_trim.go
	if m.author == "" {
		m.author = textAuthorBox(blocks, first)
	}
	if m.author == "" && m.titleAt >= 0 {
		m.author = textNameUnderHeadline(blocks, m.titleAt)
	}
	if m.author == "" && m.titleAt >= 0 {
		m.author = textNameTwice(blocks, m.titleAt) // text_byline_bare.go
	}
	if m.author == "" {
		m.boxAuthor = textNameOverBio(blocks, first)
	}
	if m.author == "" && m.boxAuthor == "" {
		m.boxAuthor = textLaterByline(blocks, m.titleAt, first, m.title)
	}
	if m.author == "" && m.boxAuthor == "" {
		m.boxAuthor = textOwnerByHost(blocks, p.URL) // text_byline_ownerhost.go
	}
	m.author, m.boxAuthor = textNoLabelValue(m.author), textNoLabelValue(m.boxAuthor) // text_byline_labelvalue.go
	m.author = textNotTitle(textNoFacetName(m.author), m.title)                       // text_byline_facet.go, text_byline_titlecopy.go
	return m
}

// textTitleTextAt is the title's text for the headline block at (none
// when at is -1): the block's own, or a nearby line's that states it
// better (textTitleDatedAbove, textTitleOverShareBar), cut and mended.
func textTitleTextAt(blocks []textBlock, cands []int, vecs [][textTitleFeatures]float64, at int) string {
	if at < 0 {
		return ""
	}
	text := textTitleDatedAbove(blocks, cands, vecs, at)
	if text == at {
		text = textTitleOverShareBar(blocks, cands, at)
	}
	title := textTitleCutTail(textTitleUndated(textTitleText(&blocks[text])), blocks, text)
	title = textTitleStatedTwice(title, blocks, at)
	title = textTitleTypedStraight(title, blocks) // text_title_typedstraight.go
	title = textTitleFewerCapitals(title, blocks, at)
	return textTitleWithYear(title, blocks)
}

// textAuthorBox is the name under a byline label in the body or below
// it ("Written by" / "Jane Roe" in an author box at the article's end),
// or "". The box may sit far under the body's last block, past related
// posts, a comment form or a newsletter's call ("Author:" / "Jane Roe"
// some twenty blocks down): it is read to the page's end, which on the
// wcxb-dev flat articles gave 2 more exact authors (even page ids), no
// other page's author moved (docs/quality.md, thirty-fifth session).
func textAuthorBox(blocks []textBlock, first int) string {
	for i := first; i < len(blocks)-1; i++ {
		if blocks[i].words > 3 || !textMayEndLabelByte(blocks[i].text) {
			continue
		}
		if name := textLabelledBylineName(blocks, i); name != "" {
			return name
		}
	}
	return ""
}

// textHeadlineMaxWords is the most words a headline holds
// (textIsHeadline, textTitleUnderHomeTrail).
const textHeadlineMaxWords = 30

// textIsHeadline reports whether a block reads like a headline: a few
// words, no cue, not a sentence ending in a full stop. The word count is
// a gate the compiler inlines where the test is asked, and the rest a
// call: of the 20,600 tests on 100 long wcxb-dev flat pages (the title
// candidates' heads and the page headline's count) most blocks hold
// fewer than three words or more than thirty and were turned away only
// after the call's prologue (fiftieth session,
// docs/quality/text-extraction-3.md; TestTextIsHeadlineMatchesPlain).
func textIsHeadline(b *textBlock) bool {
	return uint(b.words-3) <= textHeadlineMaxWords-3 && textIsHeadlineShaped(b)
}

// textIsHeadlineShaped is textIsHeadline past its word count, and with
// it the plain form the gate is held to.
func textIsHeadlineShaped(b *textBlock) bool {
	if b.cue != textCueNone || b.words < 3 || b.words > textHeadlineMaxWords {
		return false
	}
	// Corpora tokenised word by word space their quotes out ("... when
	// they were young. ''"): the full stop is inside them all the same.
	// A line that ends on an opening quote ("has the final say ``") was
	// cut inside a sentence.
	if strings.HasSuffix(b.text, "``") {
		return false
	}
	return !textEndsStop(b.text)
}

// textEndsStop reports whether s ends with "." or ":" once its closing
// quotes and spaces are trimmed (textEndsStopPlain). A last byte that is
// ASCII and neither a quote nor a space is trimmed of nothing and is the
// end itself: most lines end so, and the trim's call for them was some
// 90 instructions of the title candidates' 12 thousand headline tests on
// 100 wcxb-dev flat pages (TestTextEndsStopMatchesPlain).
func textEndsStop(s string) bool {
	if s != "" {
		if c := s[len(s)-1]; c < utf8.RuneSelf && c != '"' && c != '\'' && c != ' ' {
			return c == '.' || c == ':'
		}
	}
	return textEndsStopPlain(s)
}

// textEndsStopPlain is textEndsStop by the trim itself.
func textEndsStopPlain(s string) bool {
	end := strings.TrimRightFunc(s, func(r rune) bool { return textIsCloseQuote(r) || r == ' ' })
	return strings.HasSuffix(end, ".") || strings.HasSuffix(end, ":")
}

// textIsByline reports whether s reads as a byline or a breadcrumb rather
// than a headline: "By …", "By: …" (a GVC dev report's title was "by: Dave
// Faherty Updated: …"), "Written by …", "Posted …", or a line holding a
// breadcrumb's ">", "»" or "›".
//
// Only the prefix whose first letter s opens with is compared (no other
// rune folds to b, w or p), and the three marks are found in one pass
// over the bytes, eight at a time (textHasBylineMark): the title
// candidates ask it of the lines around each of them, and the three
// case-blind comparisons and three searches took some 650 instructions a
// line (TestTextIsBylineMatchesPlain).
func textIsByline(s string) bool {
	if s != "" {
		switch s[0] | 0x20 {
		case 'b':
			if textHasLowerPrefix(s, "by ") || textHasLowerPrefix(s, "by:") {
				return true
			}
		case 'w':
			if textHasLowerPrefix(s, "written by") {
				return true
			}
		case 'p':
			if textHasLowerPrefix(s, "posted ") {
				return true
			}
		}
	}
	return textHasBylineMark(s)
}

// textHasBylineMark reports whether s holds ">", "»" or "›". Eight bytes
// are read at once (load8) and looked at one by one only where the word
// holds '>' or a byte a mark ends with (0xbb, 0xba: or'ed with 1, both
// 0xbb): most lines hold none, and the loop over every byte was some
// 300 instructions of a headline's 50 bytes. Both last bytes are beyond
// ASCII, so only a word with a high bit set is tested for them.
//
// A line of eight bytes or more ends on a word that overlaps the one
// before it (its last eight bytes), read again where they overlap, which
// a search for a mark may: the lines asked are short (of the 9,050 the
// title candidates ask on 100 long wcxb-dev flat pages, seven in ten
// under 32 bytes, some 27 on average), whose last bytes, read one by
// one, were about half of the search's 1.45 M instructions; with the
// overlapping word, and the marks' last bytes sought only in words
// beyond ASCII, it is 1.04 M (fifty-eighth session;
// TestTextHasBylineMarkMatchesPlain).
func textHasBylineMark(s string) bool {
	n := len(s)
	if n < 8 {
		return textBylineMarkIn(s, 0, n)
	}
	for i := 0; ; i = min(i+8, n-8) {
		if x := load8(s, i); (equal8(x, '>') != 0 || x&highs8 != 0 && equal8(x|ones8, 0xbb) != 0) && textBylineMarkIn(s, i, i+8) {
			return true
		}
		if i == n-8 {
			return false
		}
	}
}

// textHasBylineMarkPlain is textHasBylineMark byte by byte.
func textHasBylineMarkPlain(s string) bool {
	return textBylineMarkIn(s, 0, len(s))
}

// textBylineMarkIn reports whether a byte of s[from:to] is '>' or ends
// "»" or "›" (textBylineMarkAt).
func textBylineMarkIn(s string, from, to int) bool {
	for i := from; i < to; i++ {
		if textBylineMarkAt(s, i) {
			return true
		}
	}
	return false
}

// textBylineMarkAt reports whether s[i] is '>' or ends "»" or "›".
func textBylineMarkAt(s string, i int) bool {
	switch s[i] {
	case '>':
		return true
	case 0xbb: // » is c2 bb
		return i >= 1 && s[i-1] == 0xc2
	case 0xba: // › is e2 80 ba
		return i >= 2 && s[i-2] == 0xe2 && s[i-1] == 0x80
	}
	return false
}

// textSlugWords returns the words of the last path segment of url.
func textSlugWords(url string) map[string]bool {
	url = strings.TrimRight(url, "/")
	i := strings.LastIndexByte(url, '/')
	if i < 0 || strings.Count(url, "/") < 3 {
		return nil
	}
	words := make(map[string]bool)
	for _, w := range textnorm.Words(url[i+1:]) {
		words[w] = true
	}
	return words
}

// textSlugName returns the words of url's last path segment as a name
// written out states them: without a file's extension (".html") and with
// underscores read as spaces ("vibe_coding.html" is "vibe coding"); nil
// where textSlugWords has no slug. textSlugWords keeps its own reading,
// on which the title model's slug features were fitted: read this way
// there, they moved 22 wcxb-dev flat pages' titles, 6 right and 5 given
// a wrong one where they had none (docs/quality.md, twenty-seventh
// session).
func textSlugName(url string) []string {
	url = strings.TrimRight(url, "/")
	i := strings.LastIndexByte(url, '/')
	if i < 0 || strings.Count(url, "/") < 3 {
		return nil
	}
	slug := url[i+1:]
	if dot := strings.LastIndexByte(slug, '.'); dot > 0 && textSlugExtensions[strings.ToLower(slug[dot+1:])] {
		slug = slug[:dot]
	}
	return textnorm.Words(strings.ReplaceAll(slug, "_", " "))
}

// textSlugExtensions are the file extensions a page's address may end in.
var textSlugExtensions = map[string]bool{"html": true, "htm": true, "php": true, "aspx": true, "asp": true, "shtml": true}

// textSlugRecall is the share of the URL slug's words found in a block.
func textSlugRecall(s string, slug map[string]bool) float64 {
	if len(slug) == 0 {
		return 0
	}
	hit := 0
	seen := make(map[string]bool)
	for _, w := range textnorm.Words(s) {
		if slug[w] && !seen[w] {
			seen[w] = true
			hit++
		}
	}
	return float64(hit) / float64(len(slug))
}

// textSlugOverlap is the share of a block's words found in the URL slug.
func textSlugOverlap(s string, slug map[string]bool) float64 {
	if len(slug) == 0 {
		return 0
	}
	words := textnorm.Words(s)
	hit := 0
	for _, w := range words {
		if slug[w] {
			hit++
		}
	}
	return float64(hit) / float64(len(words)+1)
}

var (
	textAgoRE = regexp.MustCompile(`^([A-Z][\w .&'-]{1,40}?)\s*` + textAgoTime)
)

// textFindPublisher returns the outlet the text names: a copyright line
// ("©2025 Bloomberg L.P.") or an aggregator's source line
// ("Independent6 hours ago").
func textFindPublisher(blocks []textBlock) string {
	for i := range blocks {
		// Read in place, and by the word count first: every block was
		// copied and its lowered start compared three times before the
		// count turned the long ones away (docs/quality.md, "Text speed,
		// round thirty-eight"; TestTextFindPublisherMatchesPlain).
		b := &blocks[i]
		if b.words > textAgoMaxWords {
			continue
		}
		copyright := b.low != "" && textCopyrightFirsts[b.low[0]] &&
			(strings.HasPrefix(b.low, "©") || strings.HasPrefix(b.low, "(c") || strings.HasPrefix(b.low, "copyright"))
		if !copyright && !strings.HasSuffix(b.text, " ago") {
			continue
		}
		if m := textAgoMatch(b.text); m != nil {
			return strings.TrimSpace(m[1])
		}
		if m := textCopyrightMatch(b.text); m != nil {
			return strings.TrimSpace(m[1])
		}
	}
	return ""
}

// textCopyrightFirsts marks the first bytes of the openings of a
// copyright line that textFindPublisher reads in a block's lowered start:
// "©" (0xC2 0xA9), "(c" and "copyright". Asked first, it turns away most
// blocks before the three prefix tests, which were 0.84 M instructions
// over the 100 long wcxb-dev flat pages' short blocks (fiftieth session;
// TestTextFindPublisherMatchesPlain, TestTextCopyrightFirsts).
var textCopyrightFirsts = [256]bool{0xC2: true, '(': true, 'c': true}

// textAgoMatch is textAgoRE.FindStringSubmatch(s): the expression ends
// in "ago" at the text's end, case and all, so a text that does not is
// turned away before it runs (the copyright lines textFindPublisher
// reads: docs/quality.md, "Text speed, round thirty-six";
// TestTextPublisherGatesMatchRE).
func textAgoMatch(s string) []string {
	if !strings.HasSuffix(s, "ago") {
		return nil
	}
	return textAgoRE.FindStringSubmatch(s)
}

// textLaterBylines are the byline readings tried in turn where neither
// the byline, the author box nor a name over a bio named the writer
// (textLaterByline), each given the page's blocks, the headline's index
// (-1 when none), the body's first block and the title. Each was added
// for a form those before it miss (its file says which; the "Authors on
// flat text" sections of docs/quality/text-extraction.md) and measured where none before
// it read a name, so the order is theirs: a new one goes last.
var textLaterBylines = [...]textLaterByliner{
	{textNearHeadline(textCredNameTwice), nil}, // text_byline_creds.go
	{func(b []textBlock, at, first int, _ string) string {
		return textNameOverJob(b, min(max(at, 0), first), first)
	}, nil}, // text_byline_job.go
	{textOnPage(textInlineByline), nil},  // text_byline_inline.go
	{textOnPage(textGluedMetaName), nil}, // text_byline_glued.go
	{func(b []textBlock, at, _ int, title string) string {
		return textTeamName(b, at, title)
	}, nil}, // text_byline_teamname.go
	{textNearHeadline(textNameListUnderHeadline), nil},            // text_byline_namelist.go
	{textNearHeadline(textNameUnderDatedHeadline), nil},           // text_byline_datedabove.go
	{textNearHeadline(textParticleNameUnderHeadline), nil},        // text_byline_particle.go
	{textNearHeadline(textLooseByline), nil},                      // text_byline_loose.go
	{textNearHeadline(textNameAfterGluedDate), nil},               // text_byline_gluedate.go
	{textNearHeadline(textNameOverReviewer), nil},                 // text_byline_reviewer.go
	{textNearHeadline(textDatedHandle), nil},                      // text_byline_datedhandle.go
	{textNearHeadline(textNameBeforeOutlet), nil},                 // text_byline_outlet.go
	{textNearHeadline(textNameBeforeNumDate), nil},                // text_byline_numdate.go
	{textNearHeadline(textLabelNameBeforeJob), nil},               // text_byline_labeljob.go
	{textNearHeadline(textHandleOverDate), nil},                   // text_byline_handleline.go
	{textNearHeadline(textBylineEndsDek), nil},                    // text_byline_dektail.go
	{textNearHeadline(textParenNameByline), nil},                  // text_byline_paren.go
	{textOnPage(textNameOverAuthorLabel), textAuthorLabelGate},    // text_byline_authorlabel.go
	{textNearHeadline(textNameAfterSpacedDate), nil},              // text_byline_datename.go
	{textFromBody(textLabelEndsBlock), textLabelEndGate},          // text_byline_labelend.go
	{textFromBody(textLabelledCredName), textLabelCredsGate},      // text_byline_labelcreds.go
	{textFromBody(textNameOverJobOverBio), nil},                   // text_byline_jobbio.go
	{textFromBody(textNameOverSelfIntro), nil},                    // text_byline_selfintro.go
	{textOnPage(textOneNameCountedLine), textCountedNameGate},     // text_byline_countedname.go
	{textFromBody(textBylineOverProse), nil},                      // text_byline_overprose.go
	{textNearHeadline(textNameUnderHeadlineDate), nil},            // text_byline_underdate.go
	{textNearHeadline(textCredNameOverDate), nil},                 // text_byline_credsdate.go
	{textNearHeadline(textParenJobByline), nil},                   // text_byline_parenjob.go
	{textFromBody(textNameColonBio), nil},                         // text_byline_colonbio.go
	{textOnPage(textSiteOwnerName), nil},                          // text_byline_siteowner.go
	{textFromBody(textNameUnderExpertLabel), textExpertLabelGate}, // text_byline_expertlabel.go
	{textFromBody(textPostedAtFooter), textPostedAtGate},          // text_byline_postedat.go
	{textNearHeadline(textReviewerOnlyCredit), nil},               // text_byline_revieweronly.go
	{textBylineUnderTitleBlock, nil},                              // text_byline_undertitle.go
	{textFromBody(textNamesOverPipeJob), nil},                     // text_byline_pipejob.go
	{textOnPage(textMarkedAuthorList), textMarkedGate},            // text_byline_marked.go
	{textNearHeadline(textCredNameList), nil},                     // text_byline_credlist.go
	{textNameUnderTitleBlock, nil},                                // text_byline_titlename.go
	{textOnPage(textSearchLinkAuthors), textSearchLinkGate},       // text_byline_searchlink.go
	{textOnPage(textLabelOverNameJobs), textNameJobsGate},         // text_byline_namejobs.go
	{textFromBody(textNameAfterAboutLabel), textAboutLabelGate},   // text_byline_aboutlabel.go
}

// textLaterByliner is a reading of textLaterBylines with its gate (nil
// for none): a page none of whose blocks the gate lets through is not
// read (textLaterCensus, text_byline_census.go).
type textLaterByliner struct {
	read textLaterBylineReading
	gate *textLaterGate
}

// The census's bits, one a reading, are a uint64's.
var _ [64 - len(textLaterBylines)]struct{}

// textLaterBylineReading is a reading of textLaterBylines.
type textLaterBylineReading = func(b []textBlock, at, first int, title string) string

// textNearHeadline is a reading that asks only the page's blocks and the
// headline's index (-1 when none): most of textLaterBylines.
func textNearHeadline(read func([]textBlock, int) string) textLaterBylineReading {
	return func(b []textBlock, at, _ int, _ string) string { return read(b, at) }
}

// textFromBody is a reading that asks only the page's blocks and the
// body's first block's index: a label or a card searched for from the
// article down.
func textFromBody(read func([]textBlock, int) string) textLaterBylineReading {
	return func(b []textBlock, _, first int, _ string) string { return read(b, first) }
}

// textOnPage is a reading that asks only the page's blocks.
func textOnPage(read func([]textBlock) string) textLaterBylineReading {
	return func(b []textBlock, _, _ int, _ string) string { return read(b) }
}

// textLaterByline is the first name a reading of textLaterBylines gives,
// or "".
//
// The census of the readings' gates is taken once, when the first reading
// with a gate is reached, and a reading whose gate no block lets through
// is passed over (TestTextLaterBylineMatchesPlain holds it to the readings
// all asked in turn).
func textLaterByline(blocks []textBlock, at, first int, title string) string {
	seen := uint64(0) // never 0 once taken: it holds the readings without a gate
	for k, r := range textLaterBylines {
		if r.gate != nil {
			if seen == 0 {
				seen = textLaterCensusOf.seen(blocks)
			}
			if seen&(1<<k) == 0 {
				continue
			}
		}
		if name := r.read(blocks, at, first, title); name != "" {
			return name
		}
	}
	return ""
}
