package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/textnorm"
)

// furnitureMaxWords is the longest block the cue phrases may remove: real
// paragraphs mention "subscribe" or "share" too, furniture is short.
// wcxb-dev article F1 hardly moves with it (0.9451 at 8, 0.9452 at 12
// and 16), so the middle value is kept.
const furnitureMaxWords = 12

// boxMaxWords is the longest block a furniture heading ("Related
// stories", "Sign up to our newsletter") takes down with it unless the
// block is all links: the box's blurbs are short, the article's next
// paragraph is not. wcxb-dev article F1 was 0.9452 at 10 and 15 and
// 0.9451 at 25.
const boxMaxWords = 15

// furnitureCues make up, or start, the short blocks both extractors keep
// from the page around the article: bylines and dates, share and comment
// bars, "read more" links. Matched on folded words.
func furnitureCues() []string {
	return []string{
		"posted by", "posted on", "posted in", "written by", "published", "updated", "last updated",
		"share", "share this", "share on", "tweet", "comments", "leave a comment", "leave a reply",
		"privacy policy", "terms of use", "cookie", "read more", "learn more", "view all", "see all",
		"show more", "load more", "back", "back to top", "skip to content", "advertisement",
		"sponsored", "follow us", "tags", "filed under", "categories", "click here", "print", "email",
		"menu", "search", "log in", "login", "sign in",
	}
}

// boxCues start the headings of boxes that are not the article: related
// stories, newsletters, comments. The heading and the short blocks under
// it go.
func boxCues() []string {
	return []string{
		"related", "you may also like", "you might also like", "more from", "more on", "also read",
		"read next", "recommended", "popular", "most read", "trending", "recent posts", "latest",
		"sign up", "subscribe", "newsletter", "get the", "comments", "leave a reply", "join the",
		"about the author", "share this",
	}
}

// dropFurniture removes the blocks both extractors keep wrongly: the
// headline repeated at the top, bylines and dates, share bars, and the
// boxes (related stories, newsletters) under a furniture heading.
func dropFurniture(bs []block, a news.Article) []block {
	return dropFurnitureOn(bs, a, false)
}

// dropFurnitureOn is dropFurniture on a page that states an article
// (stated) or not: on a stated article a link list inside the story
// stays (storyLinkList).
func dropFurnitureOn(bs []block, a news.Article, stated bool) []block {
	bs = dropTail(dropLinkListsOn(cutAtComments(dropRepublishBox(bs)), stated))
	out := bs[:0:0]
	title := foldTitle(a.Title)
	author := foldTitle(a.Author)
	inBox := false
	for i, b := range bs {
		words := blockWordsOf(b)
		key := strings.Join(words, " ")
		if b.heading || inBox && !b.link && len(words) > boxMaxWords {
			inBox = b.heading && !b.sure && len(words) <= furnitureMaxWords && hasCue(key, boxCues())
		}
		switch {
		case inBox, len(words) == 0:
		case i < 3 && repeatsHeadline(b.text, key, title, a.Title):
		case !b.item && len(words) <= furnitureMaxWords && isFurniture(key, words, author):
		case isBoilerplate(key), isPhotoCaption(b.text, len(words)), isImageCredit(b.text, words), isImageSourceLine(b, words), isCrossLink(b, len(words)), isRelatedLabel(b, key, len(words)):
		case isPromoLine(b, len(words)), isPageNotice(b, words), isShortcode(b.text), isMediaLink(b.text):
		default:
			out = append(out, b)
		}
	}
	return out
}

// repeatsHeadline reports a block that repeats the headline: the same
// words (key against the folded title), or the headline with a link
// post's source and count after it, which the title leaves out
// (isSourceTail).
func repeatsHeadline(text, key, title, headline string) bool {
	if title == "" {
		return false
	}
	rest, ok := strings.CutPrefix(text, headline)
	return key == title || ok && isSourceTail(rest)
}

// photoCreditRE matches a photo credit that ends a block, on its own or
// after the caption's last sentence: "Photo: Jane Roe", "… on the quay.
// Credit: Jane Roe", "(Image courtesy of Harbourton Museum)". The credit
// is one short line with no sentence in it.
var photoCreditRE = regexp.MustCompile(`(?i)(?:^|[.!?|]\s+|\()` + photoCreditLabel)

// photoCreditLabel is photoCreditRE after its opening: the label, its
// credit and the end. photoCreditAtRE is it anchored where the opening
// leaves off (photoCreditMatch).
const photoCreditLabel = `(?:(?:photo(?:graph)?|image|picture|(?:photo )?illustration)(?: credit| source)?|credits?)\s?(?::| by:?| courtesy(?: of)?:?)\s*[^.!?:\n]{1,60}\)?\.?$`

var photoCreditAtRE = regexp.MustCompile(`(?i)^` + photoCreditLabel)

// captionMaxWords is the longest block read as a captioned photo.
const captionMaxWords = 60

// isPhotoCaption reports a photo's caption: a short block that ends with
// its credit. Captions outside <figcaption> read as article text, so the
// block model keeps them; the wcxb-dev gold leaves them out. Articles
// 0.95607 -> 0.95631 (even ids 0.95597 -> 0.95619, odd 0.95617 ->
// 0.95642; 14 pages up, 4 down by at most 0.005, whose gold keeps an
// "Image: …" line; eval extract --mode html).
func isPhotoCaption(text string, words int) bool {
	if words > captionMaxWords {
		return false
	}
	tail := photoCreditTail(text)
	return hasFoldPiece(tail, photoCreditPieces) && photoCreditMatch(tail)
}

// photoCreditMatch is photoCreditRE.MatchString(s), the expression's
// opening read here: its label starts at s's start, after a '(', or
// after white space (\s, [\t\n\f\r ]) that follows a '.', '!', '?' or
// '|', and photoCreditAtRE is tried anchored at those places alone. Each
// is a rune's start, as the opening's bytes are ASCII. Unanchored, the
// case-folded expression was tried at every byte of a caption's tail,
// some 87 thousand instructions a call (docs/quality.md, "Text speed,
// round twenty-two").
func photoCreditMatch(s string) bool {
	afterMark := false // the last byte that is not white space is a mark
	for i := 0; i < len(s); i++ {
		if i == 0 || s[i-1] == '(' || afterMark && isASCIISpace(s[i-1]) {
			if photoCreditAtRE.MatchString(s[i:]) {
				return true
			}
		}
		if c := s[i]; !isASCIISpace(c) {
			afterMark = c == '.' || c == '!' || c == '?' || c == '|'
		}
	}
	return false
}

// photoCreditTail is the part of text every match of photoCreditRE lies
// in: from its last '.', '!' or '?' before its last byte, or all of it.
// A match holds none of the three but the one its "[.!?|]\s+" opens on
// and a last ".", so none opens before that mark; and the cut adds no
// match, since "^" at the mark would need a label's letter there. Run
// over a whole caption of up to 60 words, the case-folded, unanchored
// expression cost some 150 thousand instructions a call; most captions'
// credit is the last sentence (docs/quality.md, text speed, sixth round).
func photoCreditTail(text string) string {
	if len(text) < 2 {
		return text
	}
	if q := strings.LastIndexAny(text[:len(text)-1], ".!?"); q > 0 {
		return text[q:]
	}
	return text
}

// photoCreditPieces are pieces, one of which every match of photoCreditRE
// holds in some letter case ("illu" for "illustration"): the expression
// is case-folded and unanchored at its start, so it was tried at every
// byte of every short block (1.2% of the HTML path), where hasFoldPiece
// turns nearly all blocks away in one pass.
var photoCreditPieces = newFoldPieces("photo", "image", "picture", "illu", "credit")

// foldPieces are lower-case pieces for hasFoldPiece, with the bytes
// they open with in either case, and a bit (foldPairBit) for each
// piece's first two bytes.
type foldPieces struct {
	list  []string
	opens [256]bool
	pairs uint64
	// skip is set for a list whose pieces are all foldSkipFrom bytes or
	// longer: hasFoldPiece then moves over s by windows (foldSkip).
	skip *foldSkip
}

// newFoldPieces lays out list for hasFoldPiece. It panics on a piece
// shorter than two bytes, which the test of the first two would miss.
func newFoldPieces(list ...string) *foldPieces {
	p := &foldPieces{list: list}
	for _, w := range list {
		if len(w) < 2 {
			panic("extract: a fold piece of under two bytes")
		}
		p.opens[w[0]] = true
		p.opens[w[0]&^0x20] = true // the upper-case letter
		p.pairs |= 1 << foldPairBit(w[0], w[1])
	}
	p.skip = newFoldSkip(list)
	return p
}

// foldPairBit hashes two bytes, each with its 0x20 bit set (a lower-case
// letter, a space or a dash as it is, an upper-case letter lowered), to
// one of 64 bits.
func foldPairBit(a, b byte) uint {
	return uint((uint32(a)<<8|uint32(b))*0x9E3779B1) >> 26
}

// hasFoldPiece reports whether s holds one of pieces in any ASCII letter
// case. The pieces are lower-case ASCII letters, spaces and dashes, each
// opening with a letter, without "k" and "s": those two are the only
// ASCII letters a case-folded expression also matches to a non-ASCII
// letter (the Kelvin sign, the long s), so for the other letters this is
// the expression's own folding, and a piece an expression's every match
// holds is a test that never turns a match away. At a byte that opens a
// piece, the next byte is tested with it against the pieces' pairs
// (foldPieces.pairs) before the pieces are compared: the pieces open
// with common letters, and comparing them all at each such byte was
// most of the cost (docs/quality.md, "Text speed by session", round twenty-eight).
// Setting the 0x20 bit maps a byte and its upper case to the piece's
// byte, so a piece's place always passes the pair test.
func hasFoldPiece(s string, pieces *foldPieces) bool {
	if pieces.skip != nil {
		return pieces.skip.has(s, pieces.list) // foldpieces_skip.go
	}
	// A piece is two bytes or more. The range, not i+1 < len(s), lets the
	// compiler prove both of a place's reads inside s: it checked them at
	// every byte (forty-eighth session, docs/quality/text-extraction-3.md).
	for i := range len(s) - 1 {
		if !pieces.opens[s[i]] {
			continue
		}
		c := s[i] | 0x20 // the letter in lower case
		if pieces.pairs>>foldPairBit(c, s[i+1]|0x20)&1 == 0 {
			continue
		}
		for _, p := range pieces.list {
			if c == p[0] && len(s)-i >= len(p) && equalFoldASCII(s[i+1:i+len(p)], p[1:]) {
				return true
			}
		}
	}
	return false
}

// equalFoldASCII reports whether s is lower (lower-case ASCII letters,
// spaces and dashes) in any ASCII letter case.
func equalFoldASCII(s, lower string) bool {
	for j := range len(lower) {
		c := s[j]
		if c >= 'A' && c <= 'Z' {
			c |= 0x20
		}
		if c != lower[j] {
			return false
		}
	}
	return true
}

// crossLinkCues open a line that points to another story on the site
// ("Also read: …", "Related: …", "[Read more: …]"), matched on the
// lower-cased text before a colon or dash.
var crossLinkCues = []string{
	"also read", "read also", "read more", "read next", "related", "related reading", "related article",
	"related story", "see also", "recommended", "suggested", "must read", "don't miss", "don’t miss",
	"further reading", "more", "more on this",
}

// crossLinkMaxWords is the longest block read as a line pointing to
// another story: a cue and a headline.
const crossLinkMaxWords = 30

// isCrossLink reports a line set in the article that points to another
// story: a cue, a colon or dash, and a headline that is mostly a link.
// They sit between paragraphs, where the box rules do not reach.
// wcxb-dev articles 0.95631 -> 0.95649 (even ids 0.95619 -> 0.95629, odd
// 0.95642 -> 0.95669; 18 pages up, 9 down by at most 0.014, whose gold
// keeps the lines; eval extract --mode html).
func isCrossLink(b block, words int) bool {
	if b.links < 0.5 || words > crossLinkMaxWords {
		return false
	}
	s := strings.ToLower(strings.TrimLeftFunc(b.text, func(r rune) bool { return !unicode.IsLetter(r) }))
	return opensOnCue(s, crossLinkCues, ":-–—|")
}

// opensOnCue reports whether the lower-cased low opens on one of cues,
// its plural too ("related posts"), then after any spaces on one of
// marks: a pointer's label ("Also read: …", "Related » …"). The HTML
// path's cross-links and the flat path's pointer lines (textIsPointerLine)
// read their lines so, each with its own cues and marks.
func opensOnCue(low string, cues []string, marks string) bool {
	for _, cue := range cues {
		rest, ok := strings.CutPrefix(low, cue)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(strings.TrimPrefix(rest, "s"), " ")
		if r, _ := utf8.DecodeRuneInString(rest); strings.ContainsRune(marks, r) {
			return true
		}
	}
	return false
}

// relatedLabelRE matches a folded block that is only the label of a box
// of other stories: "Related", "Related posts:", "Related articles and
// links:", "You might also like:", "Related Articles from the Harbour
// blog:". The label names the kind of item and nothing else, so "Related
// Resources:" and "Related products and services", which head an
// article's own lists, stay.
var relatedLabelRE = regexp.MustCompile(`^(?:related|you (?:may|might) (?:also )?(?:like|enjoy)|more (?:articles|posts|stories) like this)(?: (?:articles?|posts?|reads?|reading|content|stories|links))?(?: and links)?(?: from the [a-z0-9 ]+)?$`)

// relatedLabelMaxWords is the longest block read as a related-stories
// label.
const relatedLabelMaxWords = 8

// isRelatedLabel reports the label of a related-stories box set as a
// paragraph rather than a heading (a heading opens a box in
// dropFurniture): the links under it are gone (dropLinkLists, the model)
// and the label is left standing among the article's last paragraphs.
// The wcxb-dev gold holds no such label; 11 article bodies did.
func isRelatedLabel(b block, key string, words int) bool {
	return !b.item && words <= relatedLabelMaxWords && relatedLabelRE.MatchString(key)
}

// hasCue reports key equal to a cue or starting with one.
func hasCue(key string, cues []string) bool {
	for _, cue := range cues {
		if key == cue || strings.HasPrefix(key, cue+" ") {
			return true
		}
	}
	return false
}

// isFurniture reports a short block that is a furniture cue, a byline or
// a date line.
func isFurniture(key string, words []string, author string) bool {
	switch {
	case hasCue(key, furnitureCues()):
		return true
	case strings.HasSuffix(key, " min read") || strings.HasSuffix(key, " minute read") || strings.HasSuffix(key, " comments"):
		return true
	case author != "" && strings.Contains(key, author) && len(words) <= 10 && isByline(key, words, author):
		return true
	case words[0] == "by" && len(words) <= 8:
		return true
	}
	return isDateLine(words)
}

// isByline reports a short block naming the author (key holds author,
// both folded) that is a byline or credit rather than a line about them:
// the name is half its words or more ("Jane Roe", "Jane RoeJane Roe"), it
// carries a date or time ("jroe wrote: Sat Feb 24, 2024 12:41 pm"), or it
// ends "by <author>" (a photo credit). A company blog names the company as
// its author, and its headings and calls name it among other words
// ("Work With Harbourton Bank for Advice", "Kev's Take"); the gold keeps
// those. wcxb-dev, bodies re-scored with such lines kept: articles
// +0.00008 (even ids +0.00009, odd +0.00006), every other type up or level
// (documentation 0676, services 0338 and 4866, collection 4291 up).
func isByline(key string, words []string, author string) bool {
	if 2*len(strings.Fields(author)) >= len(words) || strings.HasSuffix(key, " by "+author) {
		return true
	}
	return strings.ContainsFunc(key, unicode.IsDigit)
}

// isDateLine reports a block that only states a date ("3 November
// 2025", "Nov. 19, 2025 at 10:00 am").
func isDateLine(words []string) bool {
	if len(words) > 8 {
		return false
	}
	month, year := false, false
	for _, w := range words {
		switch {
		case isMonth(w):
			month = true
		case len(w) == 4 && allDigits(w) && (w[:2] == "19" || w[:2] == "20"):
			year = true
		case allDigits(w) || w == "at" || w == "am" || w == "pm" || w == "on" || isWeekday(w):
		default:
			return false
		}
	}
	return month && year
}

func isMonth(w string) bool {
	switch w {
	case "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
		"jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
		"november", "dec", "december":
		return true
	}
	return false
}

func isWeekday(w string) bool {
	switch w {
	case "mon", "monday", "tue", "tuesday", "wed", "wednesday", "thu", "thursday", "fri", "friday",
		"sat", "saturday", "sun", "sunday":
		return true
	}
	return false
}

// linkListMin is the shortest run of link-only list items taken for a
// link list (related stories, a category menu, pagination) rather than
// a list in the article. On wcxb-dev articles, dropping runs of 4 or
// more raised body F1 from 0.9438 to 0.9441 (2: 0.9439, 6: 0.9440).
const linkListMin = 4

// dropLinkLists removes runs of linkListMin or more list items whose text
// is all links, unless the paragraph before the run introduces it as the
// article's own list (introducesList), and the contents label that heads
// such a run (isContentsLabel) or heads nothing (isOrphanContentsLabel).
func dropLinkLists(bs []block) []block {
	return dropLinkListsOn(bs, false)
}

// dropLinkListsOn is dropLinkLists on a page that states an article
// (stated) or not: on a stated article a run the story goes on after,
// not its contents, stays (storyLinkList).
func dropLinkListsOn(bs []block, stated bool) []block {
	out := bs[:0:0]
	for i := 0; i < len(bs); {
		j := i
		for j < len(bs) && bs[j].item && bs[j].link {
			j++
		}
		if j-i >= linkListMin && (i == 0 || !introducesList(bs[i-1])) && !(stated && storyLinkList(bs, i, j)) {
			if n := len(out); n > 0 && isContentsLabel(out[n-1]) {
				out = out[:n-1]
			}
			i = j
			continue
		}
		if j == i {
			if isOrphanContentsLabel(bs, i) {
				i++
				continue
			}
			j++
		}
		out = append(out, bs[i:j]...)
		i = j
	}
	return out
}

// contentsLabels are the folded labels over a table of contents, each
// with whether it goes alone, over no list (isOrphanContentsLabel). "In
// this guide" does not: it also heads a guide's first section. The text
// path's textIsContentsHeading reads a like list but leaves out "in this
// guide" for the same reason: there the label alone starts a contents
// list.
var contentsLabels = map[string]bool{
	"table of contents": true, "contents": true, "in this article": true, "in this post": true,
	"in this guide": false, "jump to": true, "on this page": true,
}

// contentsLabel reports whether b is a contents label, and whether it goes
// alone (contentsLabels).
func contentsLabel(b block) (label, alone bool) {
	if len(b.text) > 40 {
		return false, false
	}
	alone, label = contentsLabels[strings.Join(blockWordsOf(b), " ")]
	return label, alone
}

// isContentsLabel reports the label over a table of contents ("Table of
// Contents", "In this article:", "Jump to ↓"). With the list of links
// under it dropped it points at nothing, and a label of two or three words
// set between paragraphs costs the body the 4-grams around it. wcxb-dev,
// bodies re-scored with such labels dropped when the link list under them
// goes: articles +0.00003 (even ids +0.00002, odd +0.00004), documentation
// and services up, 16 pages up, none down; dropping every such label lost
// documentation pages whose gold keeps their contents (2864, 0498).
func isContentsLabel(b block) bool {
	label, _ := contentsLabel(b)
	return label
}

// isOrphanContentsLabel reports a contents label whose list is already
// gone (the block model or a toggle left it out): the block after it is
// neither a list item nor a link, or there is none, so the label points
// at nothing and only costs the body the 4-grams around it. "In this
// guide" stays (contentsLabels). A list set
// as links outside list items (a `<dl>` of chapters) keeps its label:
// documentation gold keeps such contents. wcxb-dev html: articles
// 0.961963 -> 0.961982 (even 0.961387 -> 0.961401, odd 0.962537 ->
// 0.962561), all pages 0.826477 -> 0.826491, 13 pages up, 1 down.
func isOrphanContentsLabel(bs []block, i int) bool {
	if label, alone := contentsLabel(bs[i]); !label || !alone {
		return false
	}
	return i+1 == len(bs) || !bs[i+1].item && !bs[i+1].link
}

// listIntroMinWords is the shortest lead-in that keeps a link list: "Jump
// to:", "Topics covered:" and "In this guide:" head contents lists, which
// the wcxb-dev gold leaves out (they repeat the subheads).
const listIntroMinWords = 4

// listPointerRE matches the words of a lead-in that sends the reader
// elsewhere ("You might also like:", "Related reading:", "Read more from
// our team:"): the list under it is other stories, not the article's.
var listPointerRE = regexp.MustCompile(`(?i)\b(?:also|related|you might|you may|more|recommended|popular|latest|read)\b`)

// introducesList reports a paragraph that leads into the list under it:
// a sentence of its own, not a link or heading, ending with a colon
// ("Here are the free courses the library offers:"), that does not point
// elsewhere. Articles list courses, shops, towns or products as links
// under such a line, and the gold keeps them; related-story boxes and
// contents lists are headed otherwise. wcxb-dev, bodies re-scored with the
// lists kept: articles +0.00020 (even ids +0.00004, odd +0.00037; 12
// pages up, 3 down by under 0.008), documentation +0.0005; a lead-in of
// any length lost 4083, 0195 and 4846 (contents under "Jump to:"), a
// lead-in that points elsewhere 4451, 0488 and 4563 (related stories).
func introducesList(b block) bool {
	t := strings.TrimSpace(b.text)
	return !b.heading && !b.link && strings.HasSuffix(t, ":") &&
		len(strings.Fields(t)) >= listIntroMinWords && !listPointerRE.MatchString(t)
}

// tailMaxBlocks is how many blocks dropTail may take from a body's end;
// a bound only: 3, 10 and 20 gave the same wcxb-dev scores.
const tailMaxBlocks = 6

// dropTail removes the end matter both extractors keep after the
// article: author bios, calls to subscribe or book a demo, copyright,
// cookie and affiliate notices, trailing headlines of other stories. On
// wcxb-dev articles a body's last block was 27% words not in the gold
// and its last tenth 16%, against 7% in the middle; dropping end matter
// raised article F1 from 0.9441 to 0.9452.
func dropTail(bs []block) []block {
	n := len(bs)
	for n > 1 && len(bs)-n < tailMaxBlocks && isEndMatter(bs[n-1]) {
		n--
	}
	return bs[:n]
}

// isEndMatter reports a block that reads like end matter. A bio that
// names a trade (textIsRoleBio, from the text path) counts too: wcxb-dev
// articles 0.95600 -> 0.95607 (0421, 0319 up, none down; eval extract
// --mode html).
func isEndMatter(b block) bool {
	if (b.heading || b.link) && len(blockWordsOf(b)) <= furnitureMaxWords-2 {
		return true // a trailing "read next" headline or link
	}
	return endMatterWording(b.text) || isBio(b.text) || textIsRoleBio(b.text)
}

// endMatterWording reports a paragraph worded as end matter: an end
// matter phrase (endMatterCues) or a copyright sign. Both paths read it.
func endMatterWording(s string) bool {
	var sc textnorm.WordScanner
	return endMatterWords(s, &sc) || strings.Contains(s, "©")
}

// endMatterWords reports whether the words of s, read with sc, hold an
// end matter phrase: the words of one of endMatterCues in a row, which is
// the phrase found between spaces in the text's words joined by spaces.
// The words are matched as they come, each against the next word of every
// phrase, not joined into a string: joining a paragraph's words and
// searching it once per phrase was most of the text path's tail test
// (textLeaveOutTail). No phrase repeats its first word, so a word that
// breaks a partial match starts a new one only when it is that word.
func endMatterWords(s string, sc *textnorm.WordScanner) bool {
	var at [len(endMatterPhrases)]int // words of each phrase matched so far
	for sc.Reset(s); sc.Next(); {
		w := sc.Word()
		if !endMatterFirst[w[0]] {
			at = [len(endMatterPhrases)]int{}
			continue
		}
		for i, p := range endMatterPhrases {
			switch {
			case string(w) == p[at[i]]:
				at[i]++
			case string(w) == p[0]:
				at[i] = 1
			default:
				at[i] = 0
			}
			if at[i] == len(p) {
				return true
			}
		}
	}
	return false
}

// endMatterPhrases are endMatterCues as lists of words, and
// endMatterFirst the first bytes of those words: a word that starts
// otherwise ends every partial match.
var (
	endMatterPhrases = func() (out [14][]string) {
		cues := endMatterCues()
		if len(cues) != len(out) {
			panic("extract: endMatterPhrases must have a place for each of endMatterCues")
		}
		for i, cue := range cues {
			out[i] = strings.Fields(cue)
		}
		return out
	}()
	endMatterFirst = func() (t [256]bool) {
		for _, p := range endMatterPhrases {
			for _, w := range p {
				t[w[0]] = true
			}
		}
		return t
	}()
)

// endMatterCues are phrases of end matter, on folded words.
func endMatterCues() []string {
	return []string{
		"all rights reserved", "we use cookies", "affiliate links", "affiliate link", "sign up",
		"subscribe", "newsletter", "your inbox", "free trial", "book a demo", "schedule a demo",
		"terms of use", "privacy policy", "about the author",
	}
}

// isBio reports an author bio: a short run of capitalised words (a name)
// followed by "is a", "is an", "is the" or "has".
func isBio(s string) bool { return bioOpens(s, true) }

// bioOpens reports isBio's shapes, "Name has" only when has is set.
func bioOpens(s string, has bool) bool {
	// The shapes are read from the first six words: they are held on the
	// stack, where the whole line's fields were a slice each block.
	var room [6]string
	f := room[:0]
	for w := range strings.FieldsSeq(s) {
		if f = append(f, w); len(f) == len(room) {
			break
		}
	}
	for i := 1; i < len(f)-1 && i <= 4; i++ {
		if r := f[i-1]; r == "" || r[0] < 'A' || r[0] > 'Z' {
			return false
		}
		if f[i] == "is" && (f[i+1] == "a" || f[i+1] == "an" || f[i+1] == "the") || has && f[i] == "has" && i >= 2 {
			return true
		}
	}
	return false
}

// cutAtComments drops the comment thread under an article, from the
// heading that counts its comments and names the article ("3 thoughts on
// “Headline”", commentsOnRE). Bare counts ("12 Comments") head forum
// posts as often, which are such a page's body: cutting at them cost
// wcxb-dev forums 0.6744 -> 0.6725 (TestHTMLDev -htmldev=all).
func cutAtComments(bs []block) []block {
	for i := 1; i < len(bs); i++ {
		if len(bs[i].text) <= 400 && commentsOnRE.MatchString(strings.TrimSpace(bs[i].text)) &&
			len(textnorm.Words(bs[i].text)) <= commentsOnMaxWords {
			return bs[:i]
		}
	}
	return bs
}

// republishRE matches the folded label of a republishing box, the
// Creative Commons modal that nonprofit newsrooms set under their stories
// ("Republish this article", "Republish our articles for free, online or
// in print, under a Creative Commons license.", "Republish!").
var republishRE = regexp.MustCompile(`^republish(?: (?:this|our) (?:article|story|articles|stories)\b.*)?$`)

// republishMaxWords is the longest block read as a republishing box's
// label: a heading or its one-line pitch.
const republishMaxWords = 20

// dropRepublishBox drops a republishing box: its label and the blocks
// under it, up to the next heading. The box holds the site's guidelines
// for reprinting ("Articles must be republished in their entirety",
// "Don't change too much"), paragraphs long enough to end a box of
// dropFurniture's and plain enough for the model to keep. On wcxb-dev two
// article bodies held one (0329, 0174); the gold holds none.
func dropRepublishBox(bs []block) []block {
	out := bs[:0:0]
	inBox := false
	for _, b := range bs {
		switch {
		case isRepublishLabel(b.text):
			inBox = true
		case b.heading:
			inBox = false
			out = append(out, b)
		case !inBox:
			out = append(out, b)
		}
	}
	return out
}

// isRepublishLabel reports a republishing box's label. Only a block whose
// first letters spell "republish" is split into words: this runs on every
// block of every page, and almost none opens so.
func isRepublishLabel(text string) bool {
	lead := strings.TrimLeftFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })
	if !textHasLowerPrefix(lead, "republish") {
		return false
	}
	words := textnorm.Words(text)
	return len(words) <= republishMaxWords && republishRE.MatchString(strings.Join(words, " "))
}
