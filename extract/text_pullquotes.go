package extract

import "strings"

// The bounds of textLeaveOutPullQuotes: a quoted paragraph of
// textPullMinWords to textPullMaxWords words goes when a paragraph of more
// than textPullLonger times its words holds its text.
const (
	textPullMinWords = 8
	textPullMaxWords = 60
	textPullLonger   = 1.5
	// An unquoted sentence goes when it has textPullAboveMinWords words or
	// more and one of the textPullAbove paragraphs below holds it.
	textPullAboveMinWords = 10
	textPullAbove         = 4
)

// textLeaveOutPullQuotes marks pull quotes: a sentence a page sets apart in
// quote marks, large, beside the paragraph it is taken from ("“The harbour
// board never asked the fishermen,” Maren Solberg said." above the
// paragraph that says so at length). The flat text keeps both, and the gold
// the paragraph alone. A paragraph that opens with a quote mark goes when
// its words after the first (textPullAfterFirst), without the marks and the
// closing stop, stand word for word inside a staying paragraph of more than
// 1.5 times its words: an equal copy is a second copy (dropAdjacentCopies),
// not a pull quote, and the length keeps a short quoted reply out of the
// post it answers. A sentence of 10 words or more with no quote mark goes
// only when one of the 4 paragraphs that stay below it holds it: a
// standfirst or a pull quote set above its source; searched over the whole
// body, or above it too, it took a forum's and a service page's repeated
// lines the gold keeps. Run last, on the paragraphs that stay. On the
// wcxb-dev flat pages articles 0.93836 -> 0.93842 (even ids +0.00010, odd
// +0.00003), all pages +0.00005 and +0.00003 (docs/quality.md,
// twenty-second session); after the first word 0.93842 -> 0.93847 (even
// +0.00007, odd +0.00004), all pages +0.00003 and +0.00002 (twenty-third
// session).
func textLeaveOutPullQuotes(blocks []textBlock, keep, out []bool) {
	textLeaveOutPullQuotesNear(blocks, keep, out, len(blocks))
}

// textLeaveOutPullQuotesNear is textLeaveOutPullQuotes with the source
// paragraph sought within reach blocks of the quote: the HTML path's
// bodies hold forum threads whose replies quote a post far above them
// (dropApparatusLines, htmlPullNear), where a flat page's whole body is
// searched (reach len(blocks)).
//
// The walk reads the page's staying blocks once, into stay, where
// each step searched the blocks one by one: the outer walk, the four
// paragraphs below an unquoted sentence and the whole page around a
// quoted one asked textStays of every block, staying or not, and the
// quote's core was cut for sentences the gates then refused. A block the
// walk marks is the one it is at, so the blocks below it stay as they
// did when stay was read, and a block above it is asked out[j] again.
// On the 100 long wcxb-dev flat pages of BenchmarkTextWCXB 5.19 -> 3.70 M
// instructions (fifty-first session, docs/quality/text-extraction-3.md);
// TestTextPullQuotesMatchPlain holds the walk to the one-by-one form.
func textLeaveOutPullQuotesNear(blocks []textBlock, keep, out []bool, reach int) {
	var room [512]int32 // on the stack; a page of more staying blocks grows it on the heap
	stay := room[:0]
	lo, hi := textInSpan(keep, out) // the span of the blocks kept and not out (text_nextkept.go)
	for i := lo; i < hi; i++ {
		if textStays(blocks, keep, out, i) {
			stay = append(stay, int32(i))
		}
	}
	for s, i32 := range stay {
		i := int(i32)
		b := &blocks[i]
		if b.words < textPullMinWords || b.words > textPullMaxWords {
			continue
		}
		quoted := textPullOpensQuote(b.text)
		if !quoted && (b.words < textPullAboveMinWords || !b.sentEnd || b.lines) {
			continue
		}
		needle := textPullText{src: b.text}
		if !quoted {
			// A sentence set above the paragraph it is taken from: a
			// standfirst or an unquoted pull quote.
			if textPullHeldBelow(blocks, stay[s+1:], i, reach, &needle) {
				out[i] = true
			}
			continue
		}
		if textPullHeldNear(blocks, out, stay, s, reach, &needle) {
			out[i] = true
		}
	}
}

// textPullHeldBelow reports whether one of the textPullAbove paragraphs
// of below (the staying blocks under block i, in order) within reach
// blocks of it holds its text.
func textPullHeldBelow(blocks []textBlock, below []int32, i, reach int, text *textPullText) bool {
	for _, j := range below[:min(len(below), textPullAbove)] {
		if int(j) > i+reach {
			return false
		}
		if textPullHolds(blocks, i, int(j), text) {
			return true
		}
	}
	return false
}

// textPullHeldNear reports whether a block of stay within reach blocks of
// stay[s], other than it and not marked since stay was read, holds text.
func textPullHeldNear(blocks []textBlock, out []bool, stay []int32, s, reach int, text *textPullText) bool {
	i := int(stay[s])
	from := s
	for from > 0 && int(stay[from-1]) >= i-reach {
		from--
	}
	for _, j := range stay[from:] {
		if int(j) > i+reach {
			break
		}
		if int(j) != i && !out[j] && textPullHolds(blocks, i, int(j), text) {
			return true
		}
	}
	return false
}

// textPullHolds reports whether block j, which stays, has more than
// textPullLonger times block i's words and holds text.
func textPullHolds(blocks []textBlock, i, j int, text *textPullText) bool {
	return float64(blocks[j].words) > textPullLonger*float64(blocks[i].words) && text.in(&blocks[j])
}

// textPullText is a paragraph's text as textPullHolds seeks it in the
// paragraphs near it: its core after the first word (textPullQuoteCore,
// textPullAfterFirst) as a rareNeedle, cut at the paragraph's first
// search, not before. Of the 3,694 sentences of the 100 long wcxb-dev
// flat pages of BenchmarkTextWCXB the walk weighs, 1,456 have a
// paragraph near them long enough to be searched, and the cut was some
// 160 instructions a sentence (fifty-fourth session,
// docs/quality/text-extraction-4.md). TestTextPullQuotesMatchPlain holds
// the walk to the core cut for every sentence.
type textPullText struct {
	src    string // the paragraph's text
	needle rareNeedle
	ready  bool // needle is cut
}

// in reports whether b holds the text.
func (t *textPullText) in(b *textBlock) bool {
	if !t.ready {
		quote, _ := textPullQuoteCore(t.src)
		t.needle = newRareNeedle(textPullAfterFirst(quote))
		t.ready = true
	}
	return t.needle.in(b.text) >= 0
}

// textPullOpensQuote reports whether t opens, after its spaces, with a
// quote mark: textPullQuoteCore's second answer, without cutting the core.
func textPullOpensQuote(t string) bool {
	k := 0
	for k < len(t) && t[k] == ' ' {
		k++
	}
	return strings.HasPrefix(t[k:], "“") || strings.HasPrefix(t[k:], `"`)
}

// textPullAfterFirst returns t without its first word. A pull quote or
// standfirst opens a sentence its source paragraph runs on into ("For
// starters, getting a business off the ground takes…" under "“Getting a
// business off the ground takes…”"), so its first word's case, and often
// the word itself, differ; the test is on the words after it. Held word for
// word, the pull quotes left 6 wcxb-dev articles; after the first word, 3
// more (docs/quality.md, twenty-third session).
func textPullAfterFirst(t string) string {
	if sp := strings.IndexByte(t, ' '); sp > 0 {
		return t[sp+1:]
	}
	return t
}

// textPullQuoteCore returns a paragraph's words without its opening quote
// mark and its closing marks and stop, and whether it opens with a quote
// mark.
func textPullQuoteCore(t string) (string, bool) {
	t = strings.TrimLeft(t, " ")
	quoted := true
	switch {
	case strings.HasPrefix(t, "“"):
		t = t[len("“"):]
	case strings.HasPrefix(t, `"`):
		t = t[1:]
	default:
		quoted = false
	}
	return textTrimPullEnd(t), quoted
}

// textPullEndMarks are the closing marks and stops textPullQuoteCore
// cuts from a paragraph's end.
const textPullEndMarks = " ”\"’'.!?,…"

// textTrimPullEnd is strings.TrimRight(t, textPullEndMarks) read byte by
// byte: with three runes beyond ASCII in the cut set, TrimRight took its
// rune by rune path, some 190 instructions a paragraph (0.87 M of the
// 100 long flat pages of BenchmarkTextWCXB, 4,488 paragraphs). The ASCII
// marks are cut by their byte; "”", "’" and "…" by their three bytes,
// which end a string exactly when its last rune is that mark (a valid
// sequence decodes whole, whatever comes before it).
// TestTextTrimPullEndMatchesTrimRight holds it to TrimRight.
func textTrimPullEnd(t string) string {
	for len(t) > 0 {
		switch c := t[len(t)-1]; {
		case c == ' ' || c == '"' || c == '\'' || c == '.' || c == '!' || c == '?' || c == ',':
			t = t[:len(t)-1]
		case c >= 0x80 && (strings.HasSuffix(t, "”") || strings.HasSuffix(t, "’") || strings.HasSuffix(t, "…")):
			t = t[:len(t)-3]
		default:
			return t
		}
	}
	return t
}
