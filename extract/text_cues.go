package extract

import (
	"encoding/binary"
	"math/bits"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/storyfold/storyfold/textnorm"
)

// textCue is what a block's wording says about the page around it.
type textCue uint8

const (
	textCueNone textCue = iota
	// textCueEnd opens a section that belongs to other stories or to the
	// site ("Related Articles", "Most popular", "Legal Disclaimer"):
	// the body does not run across it.
	textCueEnd
	// textCueSoft usually closes the body ("Share", "Tags", "Subscribe")
	// but also appears between paragraphs, so it only weighs against
	// running across it.
	textCueSoft
	// textCueDrop is furniture inside the body ("Advertisement", "Read
	// more", a donation appeal): the block goes, the body goes on.
	textCueDrop
)

// textEndCues open sections of other stories or site furniture. Chosen
// from the short lines that follow the body in wcxb-dev articles ("related
// articles" 16, "about the author" 10, "related posts" 8, ...) and from the
// seeds; matched as the start of a short line, so "Related..." and
// "Related Stories" both count. "Recent articles", "Popular articles",
// "Other articles", "Similar articles" and "Similar posts" head the list
// of teasers under 6 wcxb-dev flat articles (text mode, articles 0.92891
// -> 0.92917, docs/quality.md); "Latest articles" is left, as a blog's
// front page lists its own posts under it. A rating box ("How useful was
// this post?", "Did you find this article helpful?") or an empty
// comment box ("Be the first to comment") closes 4 more (0.92917 ->
// 0.92936). A comment box's buttons ("Load earlier comments", "Show
// comments", "Comment via") and the headings over a writer's other posts
// and links ("Keep exploring", "Recently by Mira Tolland", "Other ways to
// connect with Mira") close 6 more and a product page (0.93067 ->
// 0.93087, even ids +0.00037, odd +0.00004; eighth session).
var textEndCues = newTextCueList(
	"related", "you may also like", "you might also like", "you may like", "recommended for you",
	"recommended reading", "recommended stories", "recommended articles", "recommended posts",
	"recommended by", "recommended videos", "recommended content",
	"read next", "what to read next", "up next", "more stories", "more from", "more news",
	"more articles", "more in", "most popular", "most read", "popular posts", "popular stories",
	"recent posts", "latest posts", "latest news", "latest stories", "trending", "about the author",
	"legal disclaimer", "download the app", "get the app", "try our ai features", "explore more",
	"comments", "no comments", "leave a comment", "leave a reply",
	"notify of", "was this page helpful", "was this article helpful", "was this helpful",
	"previous article", "next article", "previous post", "next post", "back to blog",
	"hashtags", "newsletter", "all rights reserved",
	"recent articles", "popular articles", "other articles", "similar articles", "similar posts",
	"how useful was this", "be the first to comment", "did you find this content helpful",
	"did you find this article helpful", "did you find this post helpful", "did you find this helpful",
	"load earlier comments", "load more comments", "view all comments", "show comments", "comment via",
	"keep exploring", "recently by", "other ways to connect",
)

// textHardEndCues end the body however they are written.
var textHardEndCues = newTextCueList("legal disclaimer", "disclaimer", "related articles", "related stories", "related posts", "related news")

// textSoftCues usually end the body but are also found inside it. "Sign
// up for" is a mid-article call to action as often as a newsletter box
// after the body: as an end cue it cut commercial articles short
// (wcxb-dev text, held out, service pages 0.772 -> 0.783, docs/quality.md).
var textSoftCues = newTextCueList(
	"share", "tags", "article tags", "topics", "categories", "subscribe", "follow us",
	"written by", "see all", "view all", "print", "email", "facebook", "twitter", "sign up for",
)

// textDropCues are furniture lines that sit inside bodies.
var textDropCues = newTextCueList(
	"advertisement", "advertisements", "read more", "continue reading", "support now",
	"skip to content", "skip to main content", "click here", "loading", "sponsored",
	"story continues below", "scroll to continue", "join the conversation", "like this", "back to top",
)

// textReadOnRE matches the line that closes a republished teaser by
// sending the reader to the source: "Continue reading on Medium", "Read
// the full story at The Guardian", "Read the full story from the
// Dunhaven Courier here" (a GVC dev shape). What follows is the republisher's page,
// not the article. A bare "Continue reading" button or "Continue reading
// the main story" inside a body names no source and stays a drop cue, and
// "Read the full post on what to pack" is about, not at.
var textReadOnRE = regexp.MustCompile(`^(?:continue reading|read (?:the )?(?:full|whole|complete|entire|rest of the|original) (?:story|article|post|report))\b.*?\b(?:on|at|from|via)\s+(\w+)`)

// textCueMaxSourceWords is the longest line read as a teaser's close.
const textCueMaxSourceWords = 16

// textIsReadOn reports whether the lower-cased line low closes a teaser
// (textReadOnRE). Such a line opens with "continue reading" or "read ",
// so a first byte of neither turns it away before textReadsOn's call:
// the block reader asks every block of up to textCueMaxSourceWords words
// (16,488 calls, 0.86 M of 100 wcxb-dev flat pages' 402 M instructions;
// TestTextIsReadOnMatchesPlain).
func textIsReadOn(low string) bool {
	return low != "" && (low[0] == 'c' || low[0] == 'r') && textReadsOn(low)
}

// textReadsOn is textIsReadOn past its first byte.
func textReadsOn(low string) bool {
	if !strings.HasPrefix(low, "continue reading") && !strings.HasPrefix(low, "read ") {
		return false
	}
	m := textReadOnRE.FindStringSubmatch(low)
	if m == nil {
		return false
	}
	switch m[1] {
	case "how", "what", "why", "when", "where", "which", "who", "whether":
		return false
	}
	return true
}

// textCueMaxWords is the longest block read as a cue: section headings and
// buttons are short, sentences that merely start with "Related" are not.
const textCueMaxWords = 6

// textMayBeCopyright reports whether low starts as textIsCopyrightNotice
// needs ("(", "©" or "copyright"): inlined, it turns away almost every
// line before the call.
//
// The first byte says which of the three a line may open with: "©" is
// 0xc2 0xa9, and only a "c" opens "copyright", whose nine bytes were
// compared by a call to runtime.memequal on every line that opens with
// neither "(" nor "©" (18,118 calls, 0.38 M of 100 long wcxb-dev flat
// pages' 264 M instructions, in textCueRead; fifty-ninth session,
// TestTextMayBeCopyrightMatchesPlain).
func textMayBeCopyright(low string) bool {
	if low == "" {
		return false
	}
	switch low[0] {
	case '(':
		return true
	case 0xc2:
		return strings.HasPrefix(low, "©")
	case 'c':
		return strings.HasPrefix(low, "copyright")
	}
	return false
}

// textIsCopyrightNotice reports whether the lower-cased line low opens as
// a site's copyright notice ("©2025 Bloomberg L.P.", "Copyright 2016
// KRVX. All rights reserved."), not as a heading about copyright or a
// photo credit: what `^\(?(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:19|20)\d\d\b`
// matches, read byte by byte. The expression ran on every line opening
// with "(", "©" or "copyright" (130 lines of 100 long wcxb-dev flat
// pages, some 2,000 instructions each in the backtracker, 0.30 M in all;
// forty-ninth session, TestTextIsCopyrightNoticeMatchesRE).
func textIsCopyrightNotice(low string) bool {
	// The "(" is optional, and "(c)" opens with one too: both readings.
	return textCopyrightYearAfterMark(low) || strings.HasPrefix(low, "(") && textCopyrightYearAfterMark(low[1:])
}

// textCopyrightYearAfterMark reports whether s opens with "©", "(c)" or
// "copyright", then white space (regexp's \s), a second "©" and white
// space at will, and a year of 19xx or 20xx that no ASCII letter, digit
// or underscore follows (\b).
func textCopyrightYearAfterMark(s string) bool {
	switch {
	case strings.HasPrefix(s, "©"):
		s = s[len("©"):]
	case strings.HasPrefix(s, "(c)"):
		s = s[len("(c)"):]
	case strings.HasPrefix(s, "copyright"):
		s = s[len("copyright"):]
	default:
		return false
	}
	s = strings.TrimLeft(s, asciiSpaces)
	if strings.HasPrefix(s, "©") {
		s = strings.TrimLeft(s[len("©"):], asciiSpaces)
	}
	return len(s) >= 4 && (s[:2] == "19" || s[:2] == "20") && isDigitByte(s[2]) && isDigitByte(s[3]) &&
		(len(s) == 4 || !textIsWordByte(s[4]))
}

// textCommentsRE matches the short heading of a comment section: "37
// Comments", "Comments (12)", "The following comments"; the headings
// that name the article ("3 thoughts on “...”") are commentsOnRE's.
// Comments kept as body were the largest share of wrongly kept words on
// wcxb-dev flat articles.
var textCommentsRE = regexp.MustCompile(`(?i)^(?:\d+\s+(?:comments?|replies)\b|comments?\s*\(\d+\)|the following comments)`)

// commentsOnRE matches a comment section's heading that names the article
// it is on: "15 Replies to “Headline”", "3 thoughts on “Headline”". The
// headline can be long, so the heading is read up to
// commentsOnMaxWords words, where textCommentsRE's shorter forms stop at
// 12: "12 replies came in" opens a sentence as often as a thread.
var commentsOnRE = regexp.MustCompile(`(?i)^\d+\s+(?:comments?|replies|responses|thoughts|reactions)\s+(?:on|to)\s+["“]`)

// commentsOnMaxWords is the longest heading commentsOnRE is tried on.
const commentsOnMaxWords = 30

// textFurniture are phrases that mark a block of any length as furniture:
// share bars, affiliate notices, widget errors, placeholder text, and
// what the page's software prints where a player or script did not load
// ("Your browser does not support the video tag.", the HTML path's
// isPageNotice): on wcxb-dev flat pages 11 pages rose with those and none
// fell (services and collections, docs/quality.md, thirteenth session).
// "You are using an out of date browser", a forum's banner, is left in:
// without it one thread's body fell under Options.MinBodyChars.
// The purposes a consent box lists in the industry's standard wording
// (IAB TCF: "Store and/or access information on a device", "… partners
// can use this purpose") name no cookie for textIsConsentNotice to see.
var textFurniture = []string{
	"click to share", "opens in new window", "copy link", "there was an error while loading",
	"lorem ipsum", "as an amazon associate", "through our links", "affiliate links", "earn a commission",
	"we may earn", "we may receive a commission", "by entering your email", "sign up for our newsletter",
	"something went wrong while submitting", "your submission has been received", "this cookie",
	"we use cookies", "javascript is disabled", "enable javascript",
	"browser does not support", "browser doesn't support", "browser doesn’t support", "requires javascript",
	"javascript is required", "please reload the page", "please refresh the page", "reprinted with permission",
	"partners can use this purpose", "store and/or access information on a device", "we and our partners process data",
	"list of partners (vendors)", "we process your data to deliver", "for which your data is being processed",
}

// textCueOf classifies a block by its wording.
func textCueOf(s, low string, words int) textCue {
	return textCueRead(s, low, words, textDropUnread)
}

// textCueRead is textCueOf with the drop phrases' answer for low given,
// or textDropUnread to read it (textIsDropPhrase).
func textCueRead(s, low string, words int, drop textDrop) textCue {
	if words <= commentsOnMaxWords && s != "" && textMayBeComments(s) &&
		(words <= 12 && textMayOpenCommentsHeading(s) && textCommentsRE.MatchString(s) || textOpensCount(s) && commentsOnRE.MatchString(s)) {
		return textCueEnd
	}
	if textMayBeCopyright(low) && textIsCopyrightNotice(low) {
		return textCueEnd
	}
	if strings.HasPrefix(s, "©") {
		return textCueDrop // a photo credit: "© Mira Tolland"
	}
	if words <= textAgoMaxWords && strings.HasSuffix(low, " ago") && textAgoLineRE.MatchString(low) {
		return textCueDrop // a dateline: "Independent6 hours ago", "Updated 3 days ago"
	}
	if drop == textDropHeld || drop == textDropUnread && textIsDropPhrase(low, words) {
		return textCueDrop
	}
	if s != "" && (s[0] == '[' && isShortcode(s) || s[0] == 'h' && isMediaLink(s)) {
		// What a page's software prints where its plugin did not run
		// ("[CTA_MODULE]", "[convertkit form=1630175]") or a player's
		// fallback link to its file, as on the HTML path (dropFurniture).
		return textCueDrop
	}
	if words > textCueMaxWords || words == 0 {
		return textGluedCue(low[:min(len(low), 64)])
	}
	if low == "keep reading" {
		// A button over the teasers (2 wcxb-dev flat articles, 0.92936 ->
		// 0.92937); "Keep reading to see how …" opens a sentence of the
		// article, so only the whole line is read.
		return textCueEnd
	}
	// One lookup reads the four lists (textShortCues); a line that
	// starts with cues of two takes the kind of the first in this order.
	switch textShortCues.first(low) {
	case textKindHardEnd:
		return textCueEnd
	case textKindEnd:
		switch {
		case strings.HasSuffix(low, ":"):
			// "Recommended courses:" introduces what follows; a section of
			// other stories is headed without a colon.
			return textCueSoft
		case strings.Contains(low, ": "):
			// "Related: <headline>" is one link inside the body.
			return textCueDrop
		}
		return textCueEnd
	case textKindDrop:
		return textCueDrop
	case textKindSoft:
		return textCueSoft
	}
	return textCueNone
}

// A line of at most textAgoMaxWords words ending in a relative time
// (textAgoTime) is a dateline: furniture wherever it stands, and, when a
// site's name opens it, where the publisher is read (textFindPublisher).
const (
	textAgoMaxWords = 10
	textAgoTime     = `\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$`
)

var textAgoLineRE = regexp.MustCompile(textAgoTime)

// textCueList is a list of cue phrases filed by their first byte: a page
// has hundreds of short lines, and each is matched against only the cues
// that start as it does.
type textCueList struct {
	byFirst [256][]string
}

func newTextCueList(cues ...string) *textCueList {
	l := &textCueList{}
	for _, c := range cues {
		l.byFirst[c[0]] = append(l.byFirst[c[0]], c)
	}
	return l
}

// starting returns the cues that may start low: those with its first byte.
func (l *textCueList) starting(low string) []string {
	if low == "" {
		return nil
	}
	return l.byFirst[low[0]]
}

// textHasCuePrefix is strings.HasPrefix(low, c) for a cue c of the list
// of low's first byte (textCueList.starting): their second bytes, which
// differ for most of the cues tried, are compared before the call that
// compares the rest (75 thousand lines a hundred wcxb-dev flat pages
// try some 1.2 cues each).
func textHasCuePrefix(low, c string) bool {
	return len(low) >= len(c) && (len(c) < 2 || low[1] == c[1]) && low[:len(c)] == c
}

// textHasCue reports whether low starts with one of cues followed by a
// non-letter (so "related" matches "Related..." but not "Relatedly").
func textHasCue(low string, cues *textCueList) bool {
	for _, c := range cues.starting(low) {
		if textHasCuePrefix(low, c) && textEndsCue(low[len(c):]) {
			return true
		}
	}
	return false
}

// textEndsCue reports whether rest, what follows a cue that opens a
// line, ends the cue as a word: it is empty or opens on no letter, so
// "related" is no cue of "relatedly". Asked only where the cue matched
// (textHasCuePrefix, inlined in the loops over the cues).
func textEndsCue(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || !unicode.IsLetter(r)
}

// textGluedCue reads a section cue glued to what follows it, as in
// "Related...Trump Uses 1 Rather Bizarre Word" (seed 002): the cue must be
// followed by "..." or "…". "RELATED: <headline>" inside a body is one
// link to another story (GVC 309fcffb...): that block goes, the body goes
// on.
//
// The end cues are read from textGluedEnds, filed by their first four
// bytes as textShortCues' (8,132 blocks of over textCueMaxWords words, 0.9
// M of 100 wcxb-dev flat pages' 402 M instructions, most of it the 'r'
// and 's' chains; TestTextGluedCueMatchesPlain).
func textGluedCue(low string) textCue {
	for _, e := range textGluedEnds.opening(low) {
		if textHasCuePrefix(low, e.cue) {
			if cue := textGluedAfter(low[len(e.cue):]); cue != textCueNone {
				return cue
			}
		}
	}
	return textCueNone
}

// textGluedAfter is the cue an end cue glued to rest, what follows it,
// states: textCueEnd before "..." or "…", textCueDrop before ":".
func textGluedAfter(rest string) textCue {
	switch {
	case strings.HasPrefix(rest, "...") || strings.HasPrefix(rest, "…"):
		return textCueEnd
	case strings.HasPrefix(rest, ":"):
		return textCueDrop
	}
	return textCueNone
}

// textPhraseWindow is how much of a block's start is read for phrases
// (120 bytes scores the same wcxb-dev F1 as 200, a quarter faster);
// textFurnitureMaxWords is the longest block tested for furniture phrases
// (notices are short; appeals, which can be long, are always tested).
const (
	textPhraseWindow      = 120
	textFurnitureMaxWords = 80
)

// textLowerPrefix lower-cases the first n bytes of s (ASCII only, which is
// all the phrases need; other bytes are kept).
func textLowerPrefix(s string, n int) string {
	p := s[:min(len(s), n)]
	if !textHasUpper(p) {
		return p // most lines of a page: nothing to build
	}
	var b strings.Builder
	b.Grow(len(p))
	textWriteLower(&b, p)
	return b.String()
}

// textLowerPrefixes returns textLowerPrefix(s, n) for each of texts.
// The prefixes that need lowering are written into one string shared by
// the page: a string each was a third of a flattened page's allocations.
func textLowerPrefixes(texts []string, n int) []string {
	return textLowerPrefixesIn(texts, nil, n, newTextScratch())
}

// textLowerPrefixesIn is textLowerPrefixes with the list and the lowered
// bytes in s (together an eighth of a flattened page's bytes): they are
// s's until s is put back, which zeroes the bytes, so the strings must not
// outlive the page (they are the blocks' low, read only while the page is
// extracted).
//
// Every prefix is lowered into s's bytes in one pass, room made first for
// all of them: 27,120 of 27,968 blocks of 100 wcxb-dev flat pages hold a
// capital in their first 120 bytes, so searching each for one before
// lowering it, in a pass of its own, saved little room and cost a third
// pass (fortieth speed round, docs/quality.md).
//
// firsts, when not nil, is each text's first index among texts
// (textFirstsIn): a text an earlier one has takes that one's prefix, not
// lowered again. Menus and teasers repeat, a quarter of a flattened
// page's lines (docs/quality.md, "Text speed, round forty-eight").
func textLowerPrefixesIn(texts []string, firsts []int, n int, s *textScratch) []string {
	size := 0
	for i, t := range texts {
		if firsts == nil || firsts[i] == i {
			size += min(len(t), n)
		}
	}
	return textLowerPrefixesSized(texts, firsts, n, size, s)
}

// textLowerPrefixesSized is textLowerPrefixesIn given the room its
// prefixes take (size), which textFirstTextsIn sums as it files the texts.
func textLowerPrefixesSized(texts []string, firsts []int, n, size int, s *textScratch) []string {
	lows := slices.Grow(s.lows[:0], len(texts))[:len(texts)]
	s.lows = lows
	buf := slices.Grow(s.lowBuf[:0], size)[:size]
	s.lowBuf = buf
	// buf is not written again while the page is read: the strings share
	// its bytes, as strings.Builder's does, where a copy was another 14 KB
	// a page.
	all := unsafe.String(unsafe.SliceData(buf), size)
	at := 0
	for i, t := range texts {
		if firsts != nil && firsts[i] < i {
			lows[i] = lows[firsts[i]]
			continue
		}
		k := copy(buf[at:], t[:min(len(t), n)])
		lows[i] = all[at : at+k]
		at += k
	}
	// The starts are copied in and lowered in place by one call over the
	// whole room: a call a start paid the assembly's set-up and its last
	// block's tail on each of a long page's some 280 starts
	// (TestTextLowerIntoMatchesPlain holds the prefixes to
	// textLowerPrefix).
	textLowerInto(buf, all)
	return lows
}

// textLowerInto writes s to dst, of s's length, with ASCII capitals
// lowered, eight bytes at a time as textAppendLower; the last bytes of a
// text of eight or more are lowered as the word that ends it, which
// writes some bytes twice, the same each time, where a byte loop took
// some 5 instructions a byte.
//
// The loop takes two words a step, cut from s and dst once: a word a step
// paid the loop's test, two bounds checks on dst and one on s, some 20
// instructions beside the word's 17. Over the blocks' lowered starts of
// 100 long wcxb-dev flat pages (some 156 thousand words) the lowering
// fell from 5.16 to 3.85 M instructions (forty-seventh session,
// docs/quality/text-extraction-3.md; TestTextLowerIntoMatchesPlain).
//
// The words are read and written through pointers, without the cuts'
// bounds checks and the masks that kept a cut's address inside its
// string: every word read or written lies inside s and dst, of one
// length, which the compiler could not prove of an index or a cut moved
// sixteen bytes a step (fifty-sixth session,
// docs/quality/text-extraction-5.md).
//
// A text of 16 bytes or more, nearly every block's start, is lowered in
// assembly where there is any (textLowerBlocks, SSE2 on amd64), sixteen
// bytes in seven instructions: textLowerInto took 3.19 M instructions of
// 100 long wcxb-dev flat pages' 276.9 M in words (fifty-eighth session,
// docs/quality/text-extraction-5.md).
func textLowerInto(dst []byte, s string) {
	dst = dst[:len(s)]
	if len(s) >= 16 {
		textLowerBlocks(unsafe.SliceData(dst), s)
		return
	}
	textLowerIntoWords(dst, s)
}

// textLowerIntoWords is textLowerInto a word at a time, for texts too short
// for the assembly and where there is none.
func textLowerIntoWords(dst []byte, s string) {
	dst = dst[:len(s)]
	if len(s) < 8 {
		for i := range len(s) {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst[i] = c
		}
		return
	}
	// i+16 ≤ len(s) in the loop, i+8 ≤ len(s) after it, and j ≥ 0
	at, to := unsafe.StringData(s), unsafe.SliceData(dst)
	i := 0
	for ; i <= len(s)-16; i += 16 {
		from := (*[16]byte)(unsafe.Add(unsafe.Pointer(at), i))
		into := (*[16]byte)(unsafe.Add(unsafe.Pointer(to), i))
		binary.LittleEndian.PutUint64(into[:8], textLower8(binary.LittleEndian.Uint64(from[:8])))
		binary.LittleEndian.PutUint64(into[8:], textLower8(binary.LittleEndian.Uint64(from[8:])))
	}
	if i <= len(s)-8 {
		textPutWordAt(to, i, textLower8(textWordAt(at, i)))
		i += 8
	}
	if i < len(s) {
		j := len(s) - 8
		textPutWordAt(to, j, textLower8(textWordAt(at, j)))
	}
}

// textWordAt is the eight bytes i bytes past at, the first lowest, read
// with one load and no bounds check (the caller holds them inside its
// text): as an array, where unsafe.Slice checked its length against the
// address space.
func textWordAt(at *byte, i int) uint64 {
	return binary.LittleEndian.Uint64((*[8]byte)(unsafe.Add(unsafe.Pointer(at), i))[:])
}

// textPutWordAt writes w to the eight bytes i bytes past at, as
// textWordAt reads them.
func textPutWordAt(at *byte, i int, w uint64) {
	binary.LittleEndian.PutUint64((*[8]byte)(unsafe.Add(unsafe.Pointer(at), i))[:], w)
}

// textLower8 is the word x with its ASCII capitals lowered: as
// textNextUpper, on each byte's low seven bits, a capital's flag, its
// high bit, shifted to 0x20 lowers it.
func textLower8(x uint64) uint64 {
	return x | (inRange8(x&^highs8, 'A', 'Z')&^x)>>2
}

// textAppendLower appends s to buf with ASCII capitals lowered, eight
// bytes at a time: Title Case openings made textWriteLower write a run
// and a byte for every capital, two calls a word.
func textAppendLower(buf []byte, s string) []byte {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		buf = binary.LittleEndian.AppendUint64(buf, textLower8(load8(s, i)))
	}
	for ; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// textHasUpper reports whether s holds an ASCII capital.
func textHasUpper(s string) bool {
	return textNextUpper(s) < len(s)
}

// textNextUpper is the index of the first ASCII capital of s, or len(s).
// Eight bytes are tested at once: every block's opening is searched, and
// most of it is lower case.
func textNextUpper(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		// On each byte's low seven bits; bytes with their own high bit
		// set are not ASCII and are left out.
		x := load8(s, i)
		if upper := inRange8(x&^highs8, 'A', 'Z') &^ x; upper != 0 {
			return i + bits.TrailingZeros64(upper)/8
		}
	}
	for ; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return i
		}
	}
	return len(s)
}

// textWriteLower writes s to b with ASCII capitals lowered: the runs
// between capitals are written whole.
func textWriteLower(b *strings.Builder, s string) {
	for {
		k := textNextUpper(s)
		b.WriteString(s[:k])
		if k == len(s) {
			return
		}
		b.WriteByte(s[k] + 'a' - 'A')
		s = s[k+1:]
	}
}

// textHasLowerPrefix reports whether s starts with the lower-case ASCII
// prefix in any case, as strings.HasPrefix(textLowerPrefix(s, n),
// prefix) does for n >= len(prefix), without building the lowered
// string.
func textHasLowerPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// textMayBeComments is a cheap test before textCommentsRE: its matches
// start with a digit, "comment" or "the".
func textMayBeComments(s string) bool {
	c := s[0] | 0x20
	return (s[0] >= '0' && s[0] <= '9') || c == 'c' || c == 't'
}

// textMayOpenCommentsHeading is a cheap test before textCommentsRE, true
// of every line it matches (TestTextMayOpenCommentsHeadingCoversRE): a
// count (textOpensCount), or "comment" or "the following comment" in any
// case (no other rune folds to their letters). textMayBeComments lets every short line
// opening with "t" or "c" through ("The …", "Click …"), and the
// expression took some 2 thousand instructions on each.
//
// The first byte says which of the three a line may be: a count opens
// with a digit, and only "c" and "C" fold to the first letter of
// "comment", "t" and "T" to that of "the following comment". The three
// tests asked one after another cost some 135 instructions a line
// (3,362 lines of 100 long wcxb-dev flat pages; forty-ninth session,
// TestTextMayOpenCommentsHeadingMatchesPlain).
func textMayOpenCommentsHeading(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] | 0x20 {
	case 'c':
		return textHasLowerPrefix(s, "comment")
	case 't':
		return textHasLowerPrefix(s, "the following comment")
	}
	return textOpensCount(s)
}

// textOpensCount reports whether s opens as a count of comments does in
// commentsOnRE and textCommentsRE (\d+\s+ at ^, then "comments",
// "replies", "responses", "thoughts" or "reactions"): ASCII digits, white
// space (regexp's \s, isASCIISpace), and a c, r or t of either case (no
// other rune folds to those letters). The lines starting with "c" or "t"
// that textMayBeComments lets through for textCommentsRE need not run
// commentsOnRE; and a short line opening with a number ("2 cups flour",
// "2024 was …", "10.") ran both expressions, some 1,400 instructions
// each, on 100 wcxb-dev flat pages 2,200 times.
func textOpensCount(s string) bool {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	j := i
	for j < len(s) && isASCIISpace(s[j]) {
		j++
	}
	if i == 0 || j == i || j == len(s) {
		return false
	}
	switch s[j] | 0x20 {
	case 'c', 'r', 't':
		return true
	}
	return false
}

// textAppeals are the openings of donation and subscription appeals that
// publishers put inside the article (seed 004, The Independent).
var textAppeals = []string{
	"your support helps us", "support our journalism", "please consider supporting",
	"become a member", "subscribe to continue", "already a subscriber",
}

// textIsDropPhrase reports whether the lower-cased start low of a block
// of words words states a donation appeal (textAppeals), or, when it is
// short enough, a furniture phrase (textFurniture). Both lists are
// matched in one pass (textDropPhrases); a longer block is read for the
// appeals alone (textAppealPhrases), whose windows, of their shortest
// phrase's 15 bytes, move further than those of both lists, of 9. The
// block reader reads a block of up to textPagePhraseMaxWords words for
// both lists with the page model's phrases (textBlockPhrases).
func textIsDropPhrase(low string, words int) bool {
	if words > textFurnitureMaxWords {
		return textAppealPhrases.any(low)
	}
	return textDropPhrases.any(low)
}

// textDropPhrases matches textAppeals and textFurniture; textAppealPhrases
// textAppeals alone.
var (
	textDropPhrases   = newPhrases(slices.Concat(textAppeals, textFurniture))
	textAppealPhrases = newPhrases(textAppeals)
)

// textConsentChoiceRE matches what a consent notice asks or tells the
// reader about the site's cookies: to accept or reject them, to manage
// preferences or settings, what is necessary and what serves advertising
// or "your experience".
var textConsentChoiceRE = regexp.MustCompile(`\b(?:consent\w*|accept\w*|reject\w*|decline|agree\w*|preferences?|settings?|policy|notice|statement|manage|allow|deny|opt[- ]out|necessary|essential|personali[sz]\w*|advertis\w*|analytics|browser|browsing|experience)\b`)

// textConsentVoiceRE matches the site speaking of the cookies it and its
// partners set, beside the first-person words the block reader counts.
var textConsentVoiceRE = regexp.MustCompile(`\b(?:partners|third[- ]part(?:y|ies)|3rd[- ]part(?:y|ies)|this (?:web)?site)\b`)

// textIsConsentNotice reports whether a block that names cookies is a
// cookie banner's or consent box's text: "This site uses cookies to
// improve your experience", "We and our partners use cookies to ...",
// "Strictly Necessary Cookies", "Cookie Settings". A consent platform
// flattens into paragraphs of prose that outweighed the body of listings
// and product pages (the span ran over the box, the body was the box);
// no article's author writes the site's notice. The site's voice (we,
// our, partners, this site) or a line of at most textCueMaxWords words
// sets it apart from prose about cookies, as in a recipe or a guide to
// tracking ("a shop can set cookies to count its readers").
// On the wcxb-dev flat pages such lines are in the gold body 4 times
// (two pages whose gold keeps their banner) and outside it 673 times.
func textIsConsentNotice(s string, words, we int) bool {
	low := strings.ToLower(s)
	if !textHasConsentChoice(low) {
		return false
	}
	return words <= textCueMaxWords || we > 0 || textConsentVoiceMatch(low)
}

// textHasConsentChoice is textConsentChoiceRE.MatchString(low), read word
// by word: the expression's words open at a \b and end at one, so each is
// a whole run of ASCII word bytes (the \w* forms a run's start), but for
// "opt-out" and "opt out". The expression took some 147 thousand
// instructions a block (8.8 M of 100 wcxb-dev flat pages' 800 M on 60
// blocks; TestTextConsentChoiceMatchesRE).
func textHasConsentChoice(low string) bool {
	start := -1 // where the run of word bytes being read opens
	for i := 0; i <= len(low); i++ {
		if i < len(low) && textnorm.IsREWordByte(low[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && textIsConsentRun(low, start, i) {
			return true
		}
		start = -1
	}
	return false
}

// textIsConsentRun reports whether low[i:j], a whole run of word bytes,
// is one of textConsentChoiceRE's words or "opt" before "-out" or " out".
func textIsConsentRun(low string, i, j int) bool {
	w := low[i:j]
	if textConsentWords[w] || w == "opt" && j+4 <= len(low) && (low[j] == '-' || low[j] == ' ') && low[j+1:j+4] == "out" &&
		(j+4 == len(low) || !textnorm.IsREWordByte(low[j+4])) {
		return true
	}
	for _, p := range textConsentStems {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// textConsentWords and textConsentStems are textConsentChoiceRE's whole
// words and the openings it takes with any word bytes after them.
var (
	textConsentWords = map[string]bool{
		"decline": true, "preference": true, "preferences": true, "setting": true, "settings": true, "policy": true,
		"notice": true, "statement": true, "manage": true, "allow": true, "deny": true, "necessary": true,
		"essential": true, "analytics": true, "browser": true, "browsing": true, "experience": true,
	}
	textConsentStems = []string{"consent", "accept", "reject", "agree", "personalis", "personaliz", "advertis"}
)
