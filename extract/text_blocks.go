package extract

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyfold/storyfold/internal/freelist"
	"github.com/storyfold/storyfold/textnorm"
)

// textBlock is one line of a flattened page (or one sentence run cut out
// of a giant line) with the features the classifier reads. Flattening
// loses tags, links and layout; what survives is the text itself, so every
// feature is about words and punctuation.
type textBlock struct {
	text    string
	low     string   // the block's start, ASCII lower-cased, for phrase tests
	words   int      // \w+ tokens
	stop    int      // stopwords among them
	caps    int      // words that start with an upper-case letter
	long    int      // words of textLongLetters bytes or more, all letters (of any case: the scanner lowers a word before it is counted)
	digits  int      // digit runes (unicode.IsDigit), counted word by word (textWordDigits)
	you     int      // second-person words: promotions and calls to action address the reader
	we      int      // first-person plural words: a site speaking of itself
	action  bool     // opens with a verb that asks the reader to act ("Sign up", "Learn how")
	sentEnd bool     // ends like a sentence: . ! ? : or a closing quote after one
	web     textWeb  // whether low names a web address or mail (textWebOf); textWebUnread when not set
	promoed bool     // promo is read (textPromoPiecesOf)
	promo   uint32   // the textPromoPieces the whole text holds, once a step read them; with promoed, the padding before marks
	marks   int      // sentence-ending marks followed by a space inside the block
	kinds   uint8    // which of ". ", "! ", "? " and ": " the block holds, a bit each (textMarkBit)
	cue     textCue  // boundary or furniture cue the block states
	closes  bool     // closes a republished teaser ("Continue reading on ..."): nothing after it is the article's
	cookie  bool     // holds the word "cookie" or "cookies": the consent notice's gate (textIsConsentNotice)
	dup     int      // how many other blocks on the page have the same text
	page    uint64   // the page model's phrases low holds (textPagePhrases' indexes), read by the flat page's reader when words <= textPagePhraseMaxWords
	score   float64  // content score, positive for prose
	url     string   // the address, when the whole block is a web address
	by      bool     // holds " by", " By" or " BY" (textHasBy), a caption's credit lead
	lines   bool     // holds a line break: lines the page's reader joined (textAppendLine), or searched by textReadBlock
	colon   bool     // holds ": ", noted where the reader counts the marks (textCountMarksIn): a fact line's cut (textSpecLabel)
	caption textMemo // textIsCaption's answer once asked (textMemo)
	// keyEnd is where keys end in the page's key buffer (textScratch.keys,
	// handed to the body's counts as textBlockOdds.keys); 0 when the
	// page's reader did not read them (textReadBlock clears it). The
	// reader appends every block's keys to that buffer, and a buffer grown
	// copies the keys it held, so its last form holds each block's keys
	// at [keyEnd-len(keys), keyEnd) (a copy's at its first's): the body's
	// counts add the keys of staying blocks that follow one another there
	// as one run (textAddStayingCounts). The end, not the start, is kept:
	// the reader has it at hand, one store a block. It fills the padding
	// after caption.
	keyEnd int32
	// keys are the block's content words (textContentKeys) as the block
	// reader met them, in a page's scratch; nil when it did not keep them.
	keys []uint64
}

// textLongLetters is the fewest bytes of a word the block's long count
// takes (textBlock.long). A content word's key needs textApartLetters
// bytes, no more than these, so the block reader keeps a long word's key
// without asking its length again; the array's length fails to compile
// should textApartLetters outgrow it.
const textLongLetters = 4

var _ [textLongLetters - textApartLetters]struct{}

// textGlueMin is the length from which a line is searched for sentences
// glued without a space ("Kursk region.More than half"), which scrapers
// produce when they drop the tags between paragraphs (seed 002).
const textGlueMin = 300

// textSplitBlocks cuts text into non-empty trimmed lines, splitting giant
// lines at glued sentence boundaries and joining a line to the one before
// when it continues the same sentence.
func textSplitBlocks(text string) []textBlock {
	return textSplitBlocksIn(text, newTextScratch())
}

// textScratch holds a page's block list and its lines between pages
// (textScratchList), so that the next page writes into memory still in
// the cache. The block list was a fifth of a flattened page's 185 KB of
// allocations; the collections those bytes bring, each marking the
// process's ~30 MB of tables, are what the wall time pays beyond the
// instructions (docs/quality.md). A scratch keeps the capacity of the
// longest page it served.
//
// The page's other working lists are kept here too (twenty-fifth
// session, docs/quality.md, text speed, seventeenth round): the blocks'
// lowered prefixes and the bytes under them, the map and the counts that
// mark repeated blocks, the texts the second-copy searches read, the
// context's prefix counts and the title model's vectors, some 80 KB of a
// flattened page's 131 KB of allocations.
type textScratch struct {
	parts  []string
	breaks []int32 // the parts that hold a line break (textSplitParts)
	blocks []textBlock
	keys   []uint64 // the blocks' content words (textBlock.keys)
	asked  []textAsked
	lows   []string                     // the blocks' lowered prefixes (textLowerPrefixesIn)
	lowBuf []byte                       // the bytes of those that needed lowering
	seen   firstTable                   // a text's first block (textMarkDuplicatesIn)
	firsts []int                        // the blocks' first indexes, then the counts
	texts  []string                     // the body's lines and paragraphs, for the second-copy searches
	counts []int                        // the context's prefix counts (newTextContextIn)
	words  textnorm.WordScanner         // the block reader's, whose word buffer grew on every page
	titles [][textTitleFeatures]float64 // the headline candidates' features (textTitleVectorsIn)
	loaded [forestFeatures]float64      // the block model's loaded features (textContext.loaded)
	kept   []float64                    // the asked blocks' loaded features (textContext.kept)
	// the headline candidates' lists and words (textScratch.titleRooms)
	titleRoom     textTitleRoom
	titleOverlaps textTitleOverlaps
	// marks is the page's "©" reading, of the text the blocks were cut
	// from (textAnalyse), for the owner test (textNamesOwnerMarked) and
	// the furniture step (textLeaveOutFurnitureLines)
	marks textMarkBound

	// webHits are the spans of "@", "http" and "www." in lowBuf
	// (textWebHits), offsets and no text
	webHits []uint64
}

// titleRooms is s's room for the headline candidates' lists and their
// content words (textTitleVectorsIn), or new room when s is nil. They
// were two sync.Pools beside the scratch the page already carries until
// the forty-seventh session (docs/quality/text-extraction-3.md).
func (s *textScratch) titleRooms() (*textTitleRoom, *textTitleOverlaps) {
	if s == nil {
		return new(textTitleRoom), new(textTitleOverlaps)
	}
	return &s.titleRoom, &s.titleOverlaps
}

// titleVectors is room for n headline candidates' feature vectors,
// zeroed: s's, or new when s is nil. Made for each page, they were a
// seventh of a flattened page's bytes.
func (s *textScratch) titleVectors(n int) [][textTitleFeatures]float64 {
	if s == nil {
		return make([][textTitleFeatures]float64, n)
	}
	s.titles = slices.Grow(s.titles[:0], n)[:n]
	clear(s.titles)
	return s.titles
}

// askedFor is s's room for the model's questions about n blocks
// (textContext.asked), cleared.
func (s *textScratch) askedFor(n int) []textAsked {
	s.asked = slices.Grow(s.asked[:0], n)[:n]
	clear(s.asked)
	return s.asked
}

// textScratchList is a free list of textScratch, one per concurrent
// extraction, as the claims reader keeps its scratch. A nil list hands
// out new scratch and keeps none.
type textScratchList = freelist.List[textScratch]

func newTextScratch() *textScratch { return new(textScratch) }

// textScratchPut clears s, so that it holds no page's text, and lists it
// in l again.
//
// The lines, the blocks and the lowered prefixes and their bytes are
// written once a page (textSplitBlocksIn), each within the length it is
// left at, so only that length holds the page's text: what lies past it
// was cleared when the scratch was last put back. Cleared to their
// capacity, the longest page's room was cleared after every page (3.6
// M of 100 wcxb-dev flat pages' 628 M instructions). The texts are
// asked for several times a page at different lengths (splitIn), and
// keep the longest as their length: cleared to their capacity, the
// longest page's lines were cleared after every page (0.10 M of 100
// long wcxb-dev flat pages' 264 M instructions; fifty-ninth session).
func textScratchPut(l textScratchList, s *textScratch) {
	clear(s.parts)
	clear(s.blocks)
	clear(s.lows)
	// The lowered bytes are zeroed as well: the page's text is not kept,
	// and a lowered prefix still held after the page (none is) would read
	// as zeros, not as the next page's words, and show in the output.
	clear(s.lowBuf)
	clear(s.texts)
	s.texts = s.texts[:0]
	s.marks = textMarkBound{}
	s.words.Forget()
	l.Put(s)
}

// textSplitBlocksIn is textSplitBlocks writing into s's slices; the
// blocks it returns are s's until s is put back.
func textSplitBlocksIn(text string, s *textScratch) []textBlock {
	// The parts are not sized by a count of the page's line breaks: that
	// count read the whole page once more (0.40 M of 100 wcxb-dev flat
	// pages' 345 M instructions), and the scratch's parts keep their
	// room from page to page, so append seldom grows them (the same 73
	// allocations a page; text-extraction-4.md, "the splitter's
	// readings of the page", fifty-third session).
	parts := s.parts[:0]
	breaks := s.breaks[:0]
	parts = textSplitParts(text, parts, &breaks, textMayDetach(text))
	s.breaks = breaks
	blocks := slices.Grow(s.blocks[:0], len(parts))[:len(parts)]
	s.parts, s.blocks = parts, blocks
	// A block whose text an earlier block has is that block's copy
	// (textReadBlock reads nothing but the text and its lowered start):
	// menus and teasers repeat, a quarter of a flattened page's lines and
	// a tenth of its words (docs/quality.md, text speed, round
	// forty-four).
	firsts, size := textFirstTextsIn(parts, textPhraseWindow, s)
	lows := textLowerPrefixesSized(parts, firsts, textPhraseWindow, size, s)

	page := textBlockPhrasesFor(s.lowBuf)
	sc := &s.words // one word buffer for the page, and the next
	keys := s.keys[:0]
	if keys == nil {
		keys = make([]uint64, 0, 1024) // never nil: a block's empty list is kept too
	}
	for i, part := range parts {
		if f := firsts[i]; f < i {
			blocks[i] = blocks[f]
			blocks[i].text, blocks[i].low = part, lows[i]
			continue
		}
		textReadBlockInto(&blocks[i], part, lows[i], textWebNone, sc, &keys, page)
	}
	s.keys = keys
	// every first block's lowered start lies in s.lowBuf, in the blocks'
	// order, searched once; the few blocks that hold a hit are recorded
	// after the reader, which keeps the spans out of its loop
	if hits := textWebHits(s.lowBuf, s.webHits[:0]); len(hits) > 0 {
		s.webHits = hits
		textRecordWeb(blocks, firsts, s.lowBuf, hits)
	}
	// Only a part the line reader joined a line to holds a line break
	// (textSplitParts); a copy of one is in the list as its first is.
	for _, k := range breaks {
		blocks[k].lines = true
	}
	textCountCopies(blocks, firsts, s)
	return textDropCopies(blocks, firsts)
}

// textSplitParts appends text's blocks' texts to parts: its non-empty
// trimmed lines, giant lines split at glued sentence boundaries, a line
// joined to the one before when it continues the same sentence, and
// detached marks mended when detach (textMayDetach) says text may hold
// any. When breaks is not nil, the indexes of the parts that hold a line
// break are appended to it, each once: the parts textAppendLine joined a
// line to, the only ones (the lines are cut at their breaks).
// textBlock.lines is read from them, where the readings that ask it each
// searched the block for a line break (docs/quality/text-extraction-2.md,
// "Text speed, the furniture openings by their first byte", forty-second
// session).
//
// Half of a flattened page's lines are empty (its paragraphs stand a
// blank line apart): such a line is passed over at its one byte, where
// strings.Lines searched for its end and textTrimLine trimmed it, some
// 120 instructions each (docs/quality.md, text speed, round forty-four).
// The run of empty lines after a line is counted from the line's break
// and cut with it in one slicing, where a loop turn of its own sliced
// the text once for each (text-extraction-5.md, "the splitter's empty
// lines", fifty-eighth session).
func textSplitParts(text string, parts []string, breaks *[]int32, detach bool) []string {
	text = text[textPastBreaks(text, 0):]
	for len(text) > 0 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[textPastBreaks(text, i+1):]
		} else {
			text = ""
		}
		if !detach && textIsPlainLine(line) {
			parts = append(parts, line)
			continue
		}
		parts = textAppendParts(parts, line, breaks, detach)
	}
	return parts
}

// textPastBreaks returns the index of text's first byte from i on that is
// no line break (len(text) when none is).
func textPastBreaks(text string, i int) int {
	for i < len(text) && text[i] == '\n' {
		i++
	}
	return i
}

// textIsPlainLine reports a line textAppendParts appends as it stands
// when the page holds no detached mark: it opens and ends with an ASCII
// byte above the space (nothing to trim), is under textGlueMin bytes (not
// giant) and opens with no small letter (joined to nothing). Nine lines
// in ten of 100 wcxb-dev flat pages are such (25,262 of 28,196), and the
// three calls they made (textAppendParts, textTrimLine, textAppendLine)
// cost some 110 instructions a line more than these tests: textSplitParts
// 9.33 -> 7.21 M inclusive (docs/quality/text-extraction-4.md, "the line
// splitter's plain lines", fifty-third session).
// TestTextSplitPartsMatchesLines holds it to textAppendParts.
func textIsPlainLine(line string) bool {
	n := len(line)
	if n == 0 || n >= textGlueMin {
		return false
	}
	c := line[0]
	return textIsGlyph(c) && textIsGlyph(line[n-1]) && !('a' <= c && c <= 'z')
}

// textAppendBreak appends part k to breaks, unless it is breaks' last.
func textAppendBreak(breaks []int32, k int) []int32 {
	if n := len(breaks); n > 0 && int(breaks[n-1]) == k {
		return breaks
	}
	return append(breaks, int32(k))
}

// textAppendParts appends line's blocks' texts to parts: none when it
// trims to nothing, its glued sentences when it is giant. The parts it
// joins a line to are listed in breaks when it is not nil
// (textSplitParts).
func textAppendParts(parts []string, line string, breaks *[]int32, detach bool) []string {
	line = textTrimLine(line)
	if line == "" {
		return parts
	}
	if len(line) < textGlueMin {
		return textAppendLine(parts, line, breaks, detach)
	}
	var room [textUnglueRoom]string
	for _, part := range textUnglue(room[:0], line) {
		parts = textAppendLine(parts, part, breaks, detach)
	}
	return parts
}

// textTrimLine trims white space and the invisible format characters that
// page builders leave between blocks (zero-width joiners and spaces, word
// joiners, byte-order marks): a line of nothing else, 259 of them in the
// wcxb-dev flat article bodies, is no block.
//
// Each end is trimmed in one walk, its ASCII bytes tested as bytes and
// the others decoded and asked textIsBlank: strings.TrimSpace and then
// strings.TrimFunc each decoded the runes at a line's ends again, for the
// lines a curly quote, a bullet or an ellipsis opens or ends, some 800
// instructions a line, 0.42 M of 100 long wcxb-dev flat pages' 303 M
// (fifty-sixth session; TestTextTrimLineMatchesPlain).
func textTrimLine(line string) string {
	// Most lines, once their line break is cut, open and end with an
	// ASCII byte that is no white space: nothing to trim, which
	// strings.TrimSpace took some 40 instructions a line to find.
	if n := len(line); n > 0 && line[n-1] == '\n' {
		line = line[:n-1]
	}
	if n := len(line); n > 0 && textIsGlyph(line[0]) && textIsGlyph(line[n-1]) {
		return line
	}
	i, j := 0, len(line)
	for i < j && !textIsGlyph(line[i]) {
		r, n := rune(line[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(line[i:j])
		}
		if !textIsBlank(r) {
			break
		}
		i += n
	}
	for i < j && !textIsGlyph(line[j-1]) {
		r, n := rune(line[j-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRuneInString(line[i:j])
		}
		if !textIsBlank(r) {
			break
		}
		j -= n
	}
	return line[i:j]
}

// textIsBlank reports a rune textTrimLine trims from a line's ends: white
// space and the invisible format characters.
func textIsBlank(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return unicode.IsSpace(r)
}

// textIsGlyph reports an ASCII byte above the space: no white space, and
// a rune of its own.
func textIsGlyph(c byte) bool { return ' ' < c && c < utf8.RuneSelf }

// textAppendLine appends line to parts, or joins it to the last part when
// that stops mid-sentence and line goes on in lower case or opens with a
// link's text: scrapers break lines at every link ("in support of
// Moscow's" / "war on Ukraine ,", seed 001; text_detached.go). The spaces
// such scrapers leave after a link are dropped. line is a piece of a page
// for which textMayDetach answered detach: when false, no line of it
// holds a detached mark, and none is sought.
//
// A line without a detached mark (at < 0, nearly all) is neither mended
// nor asked of textLinkRunOn, which answer it at once (textDetachedAt
// finds no mark at a line's first byte, so at > 0 is at >= 0): the two
// calls a line cost some 1.1 M of 100 wcxb-dev flat pages' 420 M
// instructions (docs/quality/text-extraction-2.md, "Text speed, the line
// reader's mending", forty-second session; TestTextAppendLineMatchesPlain).
func textAppendLine(parts []string, line string, breaks *[]int32, detach bool) []string {
	at := -1 // one search serves the run-on test and the mending
	if detach {
		at = textDetachedAt(line, 0)
	}
	mended := line
	if at >= 0 {
		mended = textMendDetachedAt(line, at)
	}
	if n := len(parts); n > 0 && (at > 0 || textMayOpenLower(line)) && !textEndsSentence(parts[n-1]) {
		if r, _ := utf8.DecodeRuneInString(line); unicode.IsLower(r) || at > 0 && textLinkRunOn(parts[n-1], line, at) {
			parts[n-1] += "\n" + mended
			if breaks != nil {
				*breaks = textAppendBreak(*breaks, n-1)
			}
			return parts
		}
	}
	return append(parts, mended)
}

// textMayOpenLower reports whether line may open with a lower-case letter
// (unicode.IsLower of its first rune): an ASCII byte answers, a byte
// beyond ASCII may open one. textAppendLine asks it before it asks whether
// the part before ends a sentence: most lines open with a capital, a digit
// or a mark and join nothing whatever the part before, and the call of
// textEndsSentence for each (28 thousand lines of 100 wcxb-dev flat pages)
// was the larger cost of the test (TestTextAppendLineMatchesPlain).
func textMayOpenLower(line string) bool {
	if line == "" {
		return false
	}
	c := line[0]
	return 'a' <= c && c <= 'z' || c >= utf8.RuneSelf
}

// textUnglue splits a giant line at its glued sentence boundaries
// ("said.The", "assaults”.North"; textnorm.Unglue, which the claims'
// sentence splitter shares), each part trimmed, into room, an empty
// slice the caller holds: most lines hold no boundary, and a slice of
// one made for each was some 15 of a flattened page's 210 allocations.
func textUnglue(room []string, s string) []string {
	parts := textnorm.AppendUnglued(room, s)
	for i, p := range parts {
		parts[i] = strings.TrimSpace(p)
	}
	return parts
}

// textUnglueRoom is the parts a line's textUnglue holds on the caller's
// stack; a line cut into more grows them on the heap.
const textUnglueRoom = 8

func textIsCloseQuote(r rune) bool {
	return r == '"' || r == '\'' || r == '”' || r == '’' || r == '»'
}

// textNewBlock computes a block's word features.
func textNewBlock(s string) textBlock {
	var sc textnorm.WordScanner
	return textReadBlock(s, textLowerPrefix(s, textPhraseWindow), textWebUnread, &sc, nil)
}

// textReadBlock computes the word features of block s, whose start
// lower-cased is low (textLowerPrefix), reading its words with sc. A
// page's blocks share one scanner, whose word buffer was a fifth of the
// allocations of a flattened page when each block had its own.
//
// When keys is not nil the block's content words (textContentKeys) are
// appended to it and kept in the block: the body's closing walks
// (text_apart.go) read them from there, where scanning the body's words
// again cost more than any of their other steps (docs/quality.md, text
// speed, sixth round).
//
// web is the page's record of whether low holds "http", "www." or "@",
// so that the block's start is not searched for them; textWebUnread to
// search it. The page's reader passes textWebNone and records the blocks
// that hold one after (textRecordWeb).
func textReadBlock(s, low string, web textWeb, sc *textnorm.WordScanner, keys *[]uint64) textBlock {
	var b textBlock
	textReadBlockInto(&b, s, low, web, sc, keys, nil)
	b.lines = strings.IndexByte(s, '\n') >= 0
	b.keyEnd = 0 // keys, if kept, are in the caller's buffer, not the page's
	return b
}

// textBlockBreak is the index of b's first line break, or -1. The
// reader's flag (textBlock.lines) says whether b holds one, so a block of
// one line, as most are, is not searched.
func textBlockBreak(b *textBlock) int {
	if !b.lines {
		return -1
	}
	return strings.IndexByte(b.text, '\n')
}

// textReadBlockInto is textReadBlock writing the block into *b, as the
// page's reader does into its list of blocks: a block returned was
// zeroed in the callee's frame, written there and copied into the list,
// some 60 instructions a block (docs/quality/text-extraction.md, "Text
// speed, the stopwords inlined in the block reader", forty-first
// session). Given page it reads the page model's phrases too
// (textBlock.page), for the flat page's count (textCountPage), with that
// matcher (textBlockPhrasesFor): the HTML
// path's blocks, read by textReadBlock, are not counted so, and their
// drop test stops at the first phrase.
func textReadBlockInto(b *textBlock, s, low string, web textWeb, sc *textnorm.WordScanner, keys *[]uint64, page *phrases) {
	*b = textBlock{text: s}
	from := 0
	if keys != nil {
		from = len(*keys)
	}
	// Words come in a reused buffer: a block's counts build no string.
	// end is where the last word ended. A sentence mark and its space are
	// no word bytes, so every ". " lies in a gap between words (or before
	// the first, or after the last), and most gaps are one space: the
	// marks are counted there, where a pass of their own over the text
	// cost 10 M of 100 wcxb-dev flat pages' 509 M instructions.
	//
	// Every register is Next's to clobber, so whatever the loop carried
	// from word to word was stored before the call and loaded after it.
	// Now the short words of letters, seven in ten, are read by a loop
	// that calls nothing (textReadShortWords, text_block_word.go), and
	// the scanner is asked for the first word and for the words that loop
	// stops at, each read by textReadScannedWord: textReadBlockInto
	// 61.99 -> 58.98 M inclusive on 100 long wcxb-dev flat pages
	// (docs/quality/text-extraction-5.md, "the block reader reads short
	// words of letters itself", fifty-sixth session). Before that, the
	// word body's loop was trimmed to carry end alone: the cookie flag is written to the
	// block (b.cookie) and the you and we words are added to b.you packed
	// as textVoiceBySlot holds them, unpacked after the loop, as the
	// other counts are added in memory; end is taken in the loop's post
	// statement, one store before the call where the word's end was
	// stored to the stack and moved twice more; and the first word's
	// verb is asked before the loop, not by a test of b.words at every
	// word. The word, its gap and its first byte are read on one line
	// with the gap's subtraction, which spares the NOP the compiler
	// marks an inlined call with when its line holds no instruction of
	// the caller's. textReadBlockInto 35.52 -> 29.18 M of its own on
	// 100 long wcxb-dev flat pages (docs/quality/text-extraction-5.md,
	// "the block reader's loop carries only the last word's end",
	// fifty-fifth session).
	end := 0
	sc.Reset(s)
	more := sc.Next()
	if more {
		b.action = textIsActionVerb(sc.Word())
	}
	for more {
		textReadScannedWord(b, s, end, sc, keys)
		end = sc.End()
		var i int
		i, end = textReadShortWords(b, s, sc.After(), end, keys)
		// the loop reads words up to the text's end, past which the
		// scanner is not asked to find none
		more = i < len(s) && sc.NextFrom(i)
	}
	voice := uint64(b.you)
	b.you, b.we = int(uint32(voice)), int(voice>>32)
	if keys != nil {
		n := len(*keys)
		b.keys, b.keyEnd = (*keys)[from:n:n], int32(n)
	}
	// a block whose last word ends it ends in a word rune, which is no
	// stop nor closer: the lines that end so (menus, headlines, labels)
	// are not asked (docs/quality.md, "Text speed, round forty-eight")
	b.sentEnd = end < len(s) && textEndsSentence(s)
	marks, kinds := textCountMarksIn(s, end, len(s))
	b.marks += marks
	b.kinds |= kinds
	b.colon = b.kinds&textMarkBit(':') != 0
	b.low = low
	b.web = web // a copy takes its first's (textSplitBlocksIn)
	if web == textWebUnread {
		b.web = textWebOf(low)
	}
	b.closes = b.words <= textCueMaxSourceWords && textIsReadOn(b.low)
	drop := textDropUnread
	if page != nil && b.words <= textPagePhraseMaxWords {
		seen := page.scan(low, 0)
		b.page = seen &^ textDropMark
		drop = textDropOf(seen&textDropMark != 0)
	}
	b.cue = textCueRead(s, b.low, b.words, drop)
	if b.closes {
		b.cue = textCueEnd
	}
	if b.cookie && b.cue == textCueNone && textIsConsentNotice(s, b.words, b.we) {
		b.cue = textCueDrop
	}
	// An address opens with "http" or "www.", which its lowered start
	// then holds: a block without those (b.web) is sought no further, where
	// every block's first bytes were tested (docs/quality.md, "Text speed,
	// the reader", thirty-ninth session; TestTextReadBlockURLMatchesPlain).
	if b.web == textWebHeld {
		b.url = textBlockURL(s)
	}
}

// textReadScannedWord adds the scanner's current word to block b, whose
// text is s and whose last word ended at end: the words the reader's
// loop does not read itself (digits, bytes beyond ASCII, words of more
// than eight letters, the first word, and the words of a text under
// eight bytes).
func textReadScannedWord(b *textBlock, s string, end int, sc *textnorm.WordScanner, keys *[]uint64) {
	w, gap, c := sc.Word(), sc.Start()-end, sc.First()
	if gap > 1 {
		marks, kinds := textCountMarksIn(s, end, end+gap)
		b.marks += marks
		b.kinds |= kinds
	}
	b.words++
	// the scanner holds the word's first byte (First): s[start]
	// read again cost a reload of s and a bounds check a word
	if 'A' <= c && c <= 'Z' {
		b.caps++
	} else if c >= utf8.RuneSelf {
		if r, _ := utf8.DecodeRuneInString(s[sc.Start():]); unicode.IsUpper(r) {
			b.caps++
		}
	}
	// w is lowered: "by", "By" and "BY" all open with b, and a word
	// opens with b lowered just when its first byte is b or B, which
	// c|0x20 tells apart from every other byte without reading w
	if c|0x20 == 'b' && !b.by {
		b.by = textHasBy(s, sc.Start())
	}
	// the word's first eight bytes, loaded once for its stopword
	// key, its content key and its digits (text_block_word.go): a
	// word of up to 8 bytes, nine in ten, in one load and a mask
	n := len(w)
	var x uint64
	if uint(n-1) < 8 && cap(w) >= 8 {
		x = textWordShort8(w)
		if slot, stop := textnorm.ShortStopwordSlot(x, n); stop {
			b.stop++
			b.you += int(textVoiceBySlot[slot%textnorm.StopwordKeySlots])
			return
		}
	} else if x = textWordLow8(w); textnorm.IsStopwordBytes(w) {
		b.stop++
		b.you += int(textVoiceOf(x, n)) // a short word in a buffer under 8 bytes
		return
	}
	// "cookie" is no stopword; its c is tested before the strings (a
	// lowered c, as the b above)
	if c|0x20 == 'c' && (string(w) == "cookie" || string(w) == "cookies") {
		b.cookie = true
	}
	// Every digit rune is a word rune, and no stopword nor word of
	// letters holds one, so the words left count the block's digits:
	// the block model's digit share read them again over the whole
	// text (textCountDigits, 12 M of 100 wcxb-dev flat pages' 518 M).
	// The scanner knows an ASCII word's letters (WordScanner.Letters:
	// letters is never true of a word it does not know); textAllLetters
	// reads a word it does not know.
	//
	// A content word's key (textContentKeys: textApartLetters bytes or
	// more, not all digits) is kept in each branch: a long word of
	// letters is one (textLongLetters is no less than textApartLetters)
	// and holds no digit, and a word is all digits just when its
	// digits are its bytes (a digit beyond ASCII is one of two bytes
	// or more), so textAllDigits is not asked (1.1 M of 100 wcxb-dev
	// flat pages' 402 M instructions; TestTextReadBlockLongMatchesPlain).
	// The long word, nine content words in ten, keeps its key and
	// goes on at once, where one test after both branches asked its
	// length and its letters again.
	if letters, known := sc.Letters(); n >= textLongLetters && (letters || !known && textAllLetters(w)) {
		b.long++
		if keys != nil {
			*keys = append(*keys, textContentKeyOf(x, n))
		}
		return
	}
	d := 0 // the word's digits
	if n <= 8 && x&highs8 == 0 {
		d = textDigits8(x)
	} else {
		d = textWordDigits(w)
	}
	b.digits += d
	if keys != nil && n >= textApartLetters && d < n {
		*keys = append(*keys, textContentKeyOf(x, n))
	}
}

// textCountVoice adds stopword w to the block's counts of the reader's
// words (you) and the site's (we). Every word counted is a stopword
// (TestTextVoiceWordsAreStopwords), so the block reader counts only the
// stopwords, and of the other words tests "cookie" by its first byte:
// the one switch over every word cost 0.3 M more of 100 wcxb-dev flat
// pages' 505 M instructions (textReadBlock 114.55 -> 114.23 M). The
// reader now reads the counts from the stopword's slot (textVoiceBySlot,
// built from this switch and held to it by
// TestTextVoiceBySlotMatchesSwitch).
func textCountVoice(w []byte, you, we int) (int, int) {
	switch string(w) {
	case "you", "your", "yours", "yourself":
		you++
	case "we", "our", "us", "ours":
		we++
	}
	return you, we
}

// textHasBy reports whether the word at start of s opens with "by", "By"
// or "BY" right after a space. A space is no word byte, so every " by"
// of s opens a word the scanner reads: the block reader records this
// once, where textIsPromo's caption lead searched the line three times
// for a piece opening with a space, the commonest byte of prose
// (TestTextBlockByMatchesContains).
func textHasBy(s string, start int) bool {
	if start == 0 || s[start-1] != ' ' || start+2 > len(s) {
		return false
	}
	switch s[start : start+2] {
	case "by", "By", "BY":
		return true
	}
	return false
}

// textIsActionVerb reports a word that opens a call to action:
// newsletter boxes, promotions, sign-up forms and links to other pages
// ("Get the app", "Learn more about our services", "Discover ..."). A news
// paragraph seldom opens with an imperative. Hand-picked as generic calls
// to action, not from the data; with the you/we shares they moved
// wcxb-dev article F1 0.914 -> 0.916 (docs/quality.md). A switch, which
// Go compiles to a search by length and bytes: a map's lookup of every
// block's first word took 3.1 M of 100 wcxb-dev flat pages' 628 M
// instructions.
func textIsActionVerb(w []byte) bool {
	switch string(w) {
	case "learn", "get", "join", "sign", "subscribe", "download",
		"discover", "find", "check", "click", "follow", "shop",
		"buy", "try", "book", "contact", "call", "request",
		"explore", "register", "watch", "listen", "visit", "see",
		"start", "unlock", "save", "share", "enter", "view":
		return true
	}
	return false
}

// textBlockURL returns the web address a block consists of, or "". Corpora
// that were tokenised word by word space the address out ("http: / /
// articles. latimes. com / 2013 / ..." in ECB+); the spaces are dropped.
// Such a line is the page's address, never its headline or body.
func textBlockURL(s string) string {
	if !textMayOpenURL(s) {
		return ""
	}
	u := strings.Join(strings.Fields(s), "")
	lu := strings.ToLower(u)
	if !strings.HasPrefix(lu, "http://") && !strings.HasPrefix(lu, "https://") && !strings.HasPrefix(lu, "www.") {
		return ""
	}
	host, _, _ := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(lu, "https://"), "http://"), "www."), "/")
	if !strings.Contains(host, ".") || strings.ContainsAny(u, `<>"'\\`) {
		return ""
	}
	return u
}

// textMayOpenURL reports whether s opens with "http" or "www." in any
// case. Its first byte is tested before the two prefixes' EqualFold,
// which every block paid twice (55 thousand calls, 2.1 M of 100 wcxb-dev
// flat pages' instructions): no letter but h and w folds to them.
func textMayOpenURL(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] | 0x20 {
	case 'h':
		return textHasLowerPrefix(s, "http")
	case 'w':
		return textHasLowerPrefix(s, "www.")
	}
	return false
}

// textAllLetters reports whether word w, from the word scanner, is all
// letters. A word of up to 8 bytes in a buffer of 8 or more, as the
// scanner's are (a fifth of a block's word loop tested them byte by
// byte), is tested as one integer when it is ASCII; a longer word eight
// bytes at a time, its last eight overlapping the eight before (byte by
// byte, the long words were half the test's cost on flat pages).
func textAllLetters(w []byte) bool {
	n := len(w)
	if n > 8 {
		for i := 0; ; i = min(i+8, n-8) {
			x := binary.LittleEndian.Uint64(w[i:])
			if x&highs8 != 0 {
				return textAllLettersPlain(w)
			}
			if inRange8(x|ones8*0x20, 'a', 'z') != highs8 {
				return false
			}
			if i == n-8 {
				return true
			}
		}
	}
	if cap(w) >= 8 {
		x := binary.LittleEndian.Uint64(w[:8])
		past := ^uint64(0) << (8 * n) // the bytes past the word, which read as 'a'
		if x = x&^past | ones8*'a'&past; x&highs8 == 0 {
			return inRange8(x|ones8*0x20, 'a', 'z') == highs8
		}
	}
	return textAllLettersPlain(w)
}

// textWordDigits counts the digit runes (unicode.IsDigit) of word w, from
// the word scanner: an ASCII word of up to 8 bytes in a buffer of 8 or
// more, as the scanner's are, as one integer (the bytes past the word
// cleared, and zero is no digit); any other word rune by rune.
func textWordDigits(w []byte) int {
	if n := len(w); n <= 8 && cap(w) >= 8 {
		x := binary.LittleEndian.Uint64(w[:8]) &^ (^uint64(0) << (8 * n)) // n 8: a shift of 64, which clears nothing
		if x&highs8 == 0 {
			return bits.OnesCount64(inRange8(x, '0', '9'))
		}
	}
	n := 0
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			n += textBool('0' <= c && c <= '9')
			i++
			continue
		}
		r, size := utf8.DecodeRune(w[i:])
		n += textBool(unicode.IsDigit(r))
		i += size
	}
	return n
}

// textAllLettersPlain is textAllLetters for any word, rune by rune.
func textAllLettersPlain(w []byte) bool {
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			if c|0x20 < 'a' || c|0x20 > 'z' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(w[i:])
		if !unicode.IsLetter(r) {
			return false
		}
		i += size
	}
	return true
}

// textEndsSentence reports whether s ends with sentence punctuation,
// possibly inside closing quotes or brackets.
//
// Its last byte answers for most lines, by one read of a table
// (textLastEnds) where eight comparisons stood: each line is asked once
// before the next line is appended (textAppendLine) and many once more as
// a block (docs/quality.md, "Text speed, the reader", thirty-ninth
// session; TestTextEndsSentenceMatchesPlain).
func textEndsSentence(s string) bool {
	if s == "" {
		return false
	}
	if e := textLastEnds[s[len(s)-1]]; e != textEndLook {
		return e == textEndYes
	}
	return textEndsSentenceBehind(s)
}

// textEndsSentenceBehind is textEndsSentence for a line whose last byte
// does not answer: a closer (textIsCloser), a byte beyond ASCII, or none.
func textEndsSentenceBehind(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return textIsCloseQuote(r) || r == ')' || r == ']' })
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == ':' || r == '…'
}

// textLastEnds tells, by a line's last byte, whether the line ends a
// sentence: an ASCII byte that closes nothing is the last rune, and
// answers (textEndYes for . ! ? and :, textEndNo for the others); a
// closer or a byte beyond ASCII is looked behind (textEndLook).
var textLastEnds = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf || textIsCloser(byte(c)):
			t[c] = textEndLook
		case c == '.' || c == '!' || c == '?' || c == ':':
			t[c] = textEndYes
		}
	}
	return t
}()

// textLastEnds' answers; textEndNo is the zero value.
const (
	textEndNo uint8 = iota
	textEndYes
	textEndLook
)

// textIsCloser reports whether the ASCII byte c is a closing quote or
// bracket, which textEndsSentence looks behind.
func textIsCloser(c byte) bool {
	return c == '"' || c == '\'' || c == ')' || c == ']'
}

// textMarkDuplicates sets dup on blocks whose text occurs more than once
// on the page: menus repeat, and so do headline teasers. It returns, for
// each block, the index of the first block with its text, which
// textDropCopies reads (repeatedRunsFrom) where it built a second map of
// the texts (11 M instructions of 100 wcxb-dev flat pages' 800 M). The
// texts are counted, not listed with their blocks: a list per text was a
// tenth of a flattened page's allocations.
func textMarkDuplicates(blocks []textBlock) []int {
	return textMarkDuplicatesIn(blocks, newTextScratch())
}

// textMarkDuplicatesIn is textMarkDuplicates with the table and the
// indexes in s (a map was a tenth of a flattened page's bytes); the indexes it
// returns are s's until s is put back or asked again.
func textMarkDuplicatesIn(blocks []textBlock, s *textScratch) []int {
	firsts := textFirstsIn(len(blocks), func(i int) string { return blocks[i].text }, s)
	textCountCopies(blocks, firsts, s)
	return firsts
}

// textFirstsIn returns, for each of n texts (text(i)), the index of the
// first with its text, in s, which holds room for textCountCopies's
// counts after them.
func textFirstsIn(n int, text func(int) string, s *textScratch) []int {
	// the first indexes, then the counts by first index
	firsts := slices.Grow(s.firsts[:0], 2*n)[:2*n]
	s.firsts = firsts
	firsts = firsts[:n:n]
	s.seen.fill(firsts, text)
	return firsts
}

// textFirstTextsIn is textFirstsIn of texts, with the room
// textLowerPrefixesSized takes for their first n bytes (firstTable.fillTexts).
func textFirstTextsIn(texts []string, n int, s *textScratch) ([]int, int) {
	firsts := slices.Grow(s.firsts[:0], 2*len(texts))[:2*len(texts)]
	s.firsts = firsts
	firsts = firsts[:len(texts):len(texts)]
	size := s.seen.fillTexts(firsts, texts, n)
	return firsts, size
}

// textCountCopies sets each block's dup from the first indexes of its
// text (textFirstsIn, in s).
func textCountCopies(blocks []textBlock, firsts []int, s *textScratch) {
	count := s.firsts[len(blocks) : 2*len(blocks)] // must start at 0
	clear(count)
	for _, f := range firsts {
		count[f]++
	}
	for i := range blocks {
		blocks[i].dup = count[firsts[i]] - 1
	}
}

// textCountMarksIn counts the ". ", "? " and "! " that open in s[i:j]
// (no two of them overlap), and tells whether a ": " opens there. The
// block reader asks it of the gaps between words: a colon and a space
// are no word bytes, so every ": " lies in one, and textSpecLabel, asked
// of every block between the page's first and last kept ones, searched
// each for ": " (1.72 M of 408.3 M instructions over 100 wcxb-dev flat
// pages, most of it over long paragraphs with none; forty-fifth
// session). TestTextReadBlockColonMatchesSearch holds the flag to the
// search. kinds holds textMarkBit of each mark that opens there, the
// colon's too: textIsReaderAppeal seeks only the marks the block holds.
func textCountMarksIn(s string, i, j int) (n int, kinds uint8) {
	for ; i < j; i++ {
		switch c := s[i]; c {
		case '.', '?', '!', ':':
			if i+1 < len(s) && s[i+1] == ' ' {
				kinds |= textMarkBit(c)
				if c != ':' {
					n++
				}
			}
		}
	}
	return n, kinds
}

// textMarkBit is the bit of textBlock.kinds for mark '.', '!', '?' or
// ':': their low three bits (6, 1, 7 and 2) differ, so the bit is a shift.
func textMarkBit(mark byte) uint8 {
	return 1 << (mark & 7)
}
