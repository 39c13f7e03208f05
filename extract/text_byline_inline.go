package extract

import (
	"math/bits"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A byline set as a sentence's start anywhere on the page ("Written by
// Jane Roe and Ed Poe", "Text by Jane Roe", "This post was written by
// Jane Roe, Head of Marketing"): an author box under the body, a
// credit under the last paragraph, or a byline the headline's window
// does not reach because the title was taken elsewhere. textFindAuthor
// reads such lines only near the headline, and textAuthorBox only a
// label on a line of its own.

// textInlineBylineLabels open a line that credits the page's writer;
// the capital is the line's start, as a credit writes it. "By" alone is
// left out: far from the headline it opens sentences ("By 2030 the …")
// and the related posts' bylines.
var textInlineBylineLabels = []string{"Written by ", "This post was written by ", "This article was written by ",
	"Text by ", "Words by ", "Story by ", "Recipe by ", "Guide by ", "Article by ",
	"Authors: ", "Contributors: ", "View all posts by ", "Posted By: "}

// textInlineBylineByFirst holds, for each byte, the labels of
// textInlineBylineLabels that open with it, in the list's order. No
// label opens another, so a line opens with at most one of them and
// the order they are tried in does not matter.
var textInlineBylineByFirst = func() (byFirst [256][]string) {
	for _, label := range textInlineBylineLabels {
		byFirst[label[0]] = append(byFirst[label[0]], label)
	}
	return byFirst
}()

// textInlineByline is the one name the page's byline lines give, or "":
// a credit line (textInlineBylineName), a byline with its date on the
// line (textDatedInlineByline) or a name opening its date's line
// (textNameOpensDatedLine), each within textBylineWords words. A page
// whose bylines name two writers, or whose dated bylines state two
// dates (a list of related posts, each with its writer and date; a
// forum's posts), gives none. On wcxb-dev flat articles 16 more exact
// authors (5 on even page ids, 11 on odd), no page of any type took a
// name the gold lacks (docs/quality.md, thirty-sixth session).
func textInlineByline(blocks []textBlock) string {
	found, dated, mid := "", "", ""
	clash, midClash := false, false
	for i := range blocks {
		// Every reading needs a "by" or a year in the line: the other
		// blocks are not split.
		if !textMayOpenBylineBlock(&blocks[i]) {
			continue
		}
		t := blocks[i].text
		year, ok := textMayHoldByline(&blocks[i])
		if !ok {
			continue
		}
		for line := range strings.SplitSeq(t, "\n") {
			name, stamp, m := textInlineBylineLine(line, year, blocks[i].by)
			if m != "" {
				// A credit inside the page's full byline line outranks the
				// related posts' credits (text_byline_midline.go).
				midClash = midClash || mid != "" && m != mid
				mid = m
				continue
			}
			if stamp != "" {
				// Dated bylines must agree on the date as well: the same
				// writer's related posts each state their own.
				clash = clash || dated != "" && stamp != dated
				dated = stamp
			}
			if name == "" {
				continue
			}
			clash = clash || found != "" && name != found
			found = name
		}
	}
	switch {
	case mid != "" && !midClash:
		return mid
	case clash:
		return ""
	}
	return found
}

// textInlineBylineLine reads one line of a block textMayHoldByline
// lets through, year its answer: the name a credit line or a dated
// byline gives and the date it states, or mid, the name a credit inside a
// full byline line gives (textMidLineCredit), read only where the line is
// no credit line of its own.
//
// by is the block's b.by (it holds " by", " By" or " BY"): the mid-line
// credit wants "ritten by ", which holds " by", so a line of a block
// without one is not searched for it. Most lines read here are dated
// lines let through by their year, and the search for "y " in each was
// 0.51 M instructions over 796 lines of 100 wcxb-dev flat pages
// (forty-seventh session; TestTextInlineBylineLineByGate holds it to the
// search without the flag).
func textInlineBylineLine(line string, year textLineYear, by bool) (name, stamp, mid string) {
	if name = textInlineBylineName(line); name != "" {
		return name, "", ""
	}
	if by {
		if mid = textMidLineCredit(line); mid != "" {
			return "", "", mid
		}
	}
	if name = textTeamCredit(line); name != "" { // text_byline_team.go
		return name, "", ""
	}
	// Both dated readings want a year on the line and at most
	// textBylineWords words: asked once here, where each asked them
	// again after its own searches of the line ("by ", "By ", a 'P'), the
	// two cost 0.77 M over 796 lines of 100 long wcxb-dev flat pages, most
	// of them paragraphs let through by their year (fiftieth session;
	// TestTextInlineBylineLineDatedOnce holds it to the two readings alone).
	// The count comes after the two readings' own gates
	// (textMayBeDatedByline): counted first, the 392 lines with a year of
	// the same pages cost 252 thousand instructions in textWordsOver, some
	// 640 a line, where a search or two turns most of them away (fifty-fifth
	// session; the same test holds it).
	if !year.in(line) || !textMayBeDatedByline(line) || textWordsOver(line, textBylineWords) {
		return "", "", ""
	}
	if name, stamp = textDatedInlineByline(line, year); name != "" || stamp != "" {
		return name, stamp, ""
	}
	name, stamp = textNameOpensDatedLine(line, year) // text_byline_namedate.go
	return name, stamp, ""
}

// textMayBeDatedByline reports whether line passes the gate of one of
// the two dated readings: a "by " or a "By " for textDatedInlineByline,
// a label or a comment count for textNameOpensDatedLine
// (textMayOpenDatedLine). A line that passes neither gives neither a
// name nor a date.
func textMayBeDatedByline(line string) bool {
	return strings.Contains(line, "by ") || strings.Contains(line, "By ") || textMayOpenDatedLine(line)
}

// textInlineBylineName is the name a credit line names after its label
// (textInlineBylineLabels), with co-authors (textCoAuthors), or "".
//
// Only the labels that open with the line's first byte are tried
// (textInlineBylineByFirst), three at most: a line whose first byte
// opens no label was turned away before the labels' loop (the 13 prefix
// tests took some 650 instructions a line over the 796 lines of 100
// wcxb-dev flat pages that textInlineByline reads; forty-sixth
// session), but the 394 lines whose first byte opens one ("The …",
// "A …", "This …") still went through all 13 tests, 262 thousand
// instructions over the same pages (fifty-fifth session).
// TestTextInlineBylineNameMatchesPlain holds it to the loop over every
// label (textInlineBylineLabelled).
func textInlineBylineName(line string) string {
	if line == "" {
		return ""
	}
	for _, label := range textInlineBylineByFirst[line[0]] {
		if rest, ok := strings.CutPrefix(line, label); ok {
			return textInlineBylineCredit(line, rest)
		}
	}
	return ""
}

// textInlineBylineLabelled is textInlineBylineName trying every label.
func textInlineBylineLabelled(line string) string {
	for _, label := range textInlineBylineLabels {
		if rest, ok := strings.CutPrefix(line, label); ok {
			return textInlineBylineCredit(line, rest)
		}
	}
	return ""
}

// textInlineBylineCredit is the name a credit line names in rest, what
// follows its label, with co-authors and credentials, or "".
func textInlineBylineCredit(line, rest string) string {
	if textWordsOver(line, textBylineWords) {
		return ""
	}
	m := textBylineMatch("By " + rest)
	if m == nil {
		return textOneWordCredit(rest) // text_byline_oneword.go
	}
	name := textUnglueName(textCutDateTail(m[1], rest))
	if !nameLike(name) {
		return ""
	}
	names := textCoAuthors(name, rest)
	after := textAfterName(rest, names)
	if !textCoListGoesOn(after) {
		return "" // "Written by Dr Jane van Roe": the name goes on in lower case
	}
	return names + textCredentialsAfter(after)
}

// textCredentialsAfter is the credentials that open what follows a
// name (", MD, FACP, surgeon …" gives ", MD, FACP"; textCredential): the
// gold keeps them with the name, as textCredName reads them. A
// sentence's full stop after the last is left ("…, MD." gives ", MD").
func textCredentialsAfter(after string) string {
	end := 0
	for {
		rest, ok := strings.CutPrefix(after[end:], ", ")
		if !ok {
			break
		}
		c := rest
		if k := strings.IndexAny(rest, ", "); k >= 0 {
			c = rest[:k]
		}
		c = strings.TrimRight(c, "*") // a footnote's mark: "MD*" gives "MD"
		if plain := strings.TrimSuffix(c, "."); !strings.Contains(plain, ".") {
			c = plain // "MD." ends the sentence; "M.D." keeps its dots
		}
		if !textCredential(strings.TrimSuffix(c, "®")) {
			break // "CFP®" is kept with its mark, as the page and the gold write it
		}
		end += 2 + len(c)
	}
	return after[:end]
}

// textDatedInlineByline is the name a byline line that also states a
// date gives ("By Jane Roe – Updated Sep 9, 2025", "Posted by Jane Roe
// on Friday December 19, 2025", "August 12, 2025 By Jane Roe"), with the
// date as the line states it, or "" and "": the date sets the line apart
// from a sentence that opens with "By". A dated byline-like line that
// names no one (a forum's "by jdoe ( 1234 ) writes: on …") gives "" and
// its date, so that a page of such lines agrees on none. year tells what
// the block's reading found of the line's year (textLineYear).
func textDatedInlineByline(line string, year textLineYear) (name, stamp string) {
	if !strings.Contains(line, "by ") && !strings.Contains(line, "By ") || !year.in(line) || textWordsOver(line, textBylineWords) {
		return "", ""
	}
	d, ok := textParseDate(line)
	if !ok {
		return "", ""
	}
	stamp = d.Format(time.DateOnly)
	if m := textBylineMatch(line); m != nil {
		name = textCoAuthors(textUnglueName(textCutDateTail(m[1], line)), line)
		name += textCredentialsAfter(textAfterName(line, name))
	} else if m := textDatedBylineMatch(line); m != nil {
		name = textUnglueName(m[1])
	}
	if !nameLike(strings.Split(name, ",")[0]) {
		return "", stamp
	}
	return name, stamp
}

// textWordsOver reports whether s holds more than n words as
// strings.Fields splits them, counting only up to n+1: the page-wide
// byline readings ask it of every line with a year, most of them long
// paragraphs, and splitting each into its words to count them was a
// ninth of the seeds' extraction (TestTextWordsOverMatchesFields). An
// ASCII byte is tested as a byte (asciiSpace), without decoding a rune
// and calling unicode.IsSpace: a third of the function's cost on the seeds.
//
// Eight ASCII bytes are read at once (bytes8.go): a word opens at each
// byte that is no space where the byte before it is one (or, for the
// first, where the last read ended a word), so the eight bytes' word
// starts are counted together; a word of eight holding a byte beyond
// ASCII is read rune by rune, as before. Byte by byte the count was some
// eleven instructions a byte, 1.06 M of 409.6 M over 100 wcxb-dev flat
// pages (a fact line's value, a dated line's words; forty-fifth
// session); TestTextWordsOverMatchesFields holds it to strings.Fields.
func textWordsOver(s string, n int) bool {
	words, in := 0, false
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if x := load8(s, i); x&highs8 == 0 {
				word := highs8 &^ (inRange8(x, '\t', '\r') | inRange8(x, ' ', ' ')) // '\t' to '\r' and ' ' are asciiSpace's
				before := word << 8
				if in {
					before |= 0x80
				}
				if words += bits.OnesCount64(word &^ before); words > n {
					return true
				}
				in = word>>63 != 0
				i += 8
				continue
			}
		}
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiSpace(c)
			i++
		} else {
			r, w := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += w
		}
		if space {
			in = false
			continue
		}
		if !in {
			if words++; words > n {
				return true
			}
			in = true
		}
	}
	return false
}

// textAfterName is what follows name's first place in line, or "" when
// line does not hold it: textUnglueName folds the spaces of a name it
// cuts ("Jane  RoeUpdated" gives "Jane Roe"), and such a name is read
// with nothing after it rather than with the line's bytes from a wrong
// place.
func textAfterName(line, name string) string {
	if k := strings.Index(line, name); k >= 0 {
		return line[k+len(name):]
	}
	return ""
}

// textMayHoldByline reports whether a block can hold a line any of
// textInlineByline's readings takes (textInlineBylineLine), and gives
// what the search for a year found of its lines' years, so that the
// dated readings do not search a line again. The dated readings need a
// year, four digits (the block's digit count, kept by the block reader,
// turns most blocks away before a search); without one the line must open
// with a label (textInlineBylineLabels) or "By the " (textTeamCredit), or
// hold "ritten by " (textMidLineCredit): textMayHoldBylineLabel.
func textMayHoldByline(b *textBlock) (textLineYear, bool) {
	if b.digits >= 4 && textHasYear(b.text) {
		if !b.lines {
			return textYearHeld, true // the block is its one line
		}
		return textYearUnknown, true
	}
	return textYearNone, textMayHoldBylineLabel(b)
}

// textMayHoldBylineLabel reports whether a block may hold a line that a
// label or "By the " opens, or that holds "ritten by ". Each label but
// two holds " by " or " By" after a word of its own ("Written by ",
// "Posted By: "), and "ritten by " holds " by": the block reader records
// " by", " By" and " BY" (textBlock.by). A block without one is looked at
// only at its lines' starts (textOpensBylineLine), for "by ", "By "
// ("By the ") and the two other labels, "Authors: " and "Contributors: ".
// Searched for "by " and "By " anywhere, then for "By: " and "rs: " after
// each colon, as it was, the block stopped the first search at each "y "
// of its prose: 4.2 M instructions over the 15,600 blocks of 100 wcxb-dev
// flat pages (docs/quality.md, "Text speed, the body assembly's leave-out
// steps"). TestTextMayHoldBylineLabelCoversReadings holds it to the
// readings.
func textMayHoldBylineLabel(b *textBlock) bool {
	return b.by || textOpensBylineLine(b.text, b.lines)
}

// textMayOpenBylineBlock is false only where textMayHoldByline is: a
// block of one line, fewer than four digits and no " by" holds no year,
// no "ritten by ", and opens with "by ", "By ", "Authors: " or
// "Contributors: " only if its first three bytes are one of theirs
// (textOpensBylineHead). Inlined in textInlineByline's walk, it turns
// most blocks away before the two calls down to textOpensBylineLine, some
// 60 instructions a block over the 16,006 blocks of 100 wcxb-dev flat
// pages (forty-seventh session; TestTextMayOpenBylineBlockGate).
func textMayOpenBylineBlock(b *textBlock) bool {
	return b.digits >= 4 || b.by || b.lines || textOpensBylineHead(b.text)
}

// textOpensBylineHead reports whether t's first three bytes open "by ",
// "By ", "Authors: " or "Contributors: ", the line starts
// textOpensBylineLine looks for. Asked by the first byte alone, as it
// was, the gate let through every block opening with an A, a B or a C
// ("A new …", "But …", "Company …") on to textMayHoldByline and
// textOpensBylineLine, some 80 instructions each, to be turned away
// there: over the 100 long wcxb-dev flat pages textMayHoldByline's calls
// fell 4,876 → 1,658 and textOpensBylineLine's 4,102 → 884, the inline
// byline's reading 2.72 → 2.37 M (fifty-second session).
func textOpensBylineHead(t string) bool {
	return len(t) >= 3 && textOpensBylineHeads[t[0]] == uint16(t[1])|uint16(t[2])<<8
}

// textOpensBylineHeads holds, for each first byte of textOpensBylineLine's
// openings, their second and third bytes as one number (the second the
// low byte); 0 for any other first byte, which no second byte after it
// but a NUL and a NUL matches.
var textOpensBylineHeads = func() (heads [256]uint16) {
	for _, open := range []string{"by ", "By ", "Authors: ", "Contributors: "} {
		heads[open[0]] = uint16(open[1]) | uint16(open[2])<<8
	}
	return heads
}()

// textOpensBylineLine reports whether a line of t (t's start, or the byte
// after a line break) opens with "by ", "By ", "Authors: " or
// "Contributors: ". lines says whether t may hold a line break
// (textBlock.lines): when not, only its start is looked at, where the
// search for a break in each block was some 60 instructions
// (docs/quality/text-extraction-2.md, "Text speed, the furniture
// openings by their first byte", forty-second session).
func textOpensBylineLine(t string, lines bool) bool {
	for i := 0; ; {
		switch line := t[i:]; {
		case len(line) < 3:
		case line[0] == 'b' || line[0] == 'B':
			if line[1] == 'y' && line[2] == ' ' {
				return true
			}
		case line[0] == 'A':
			if strings.HasPrefix(line, "Authors: ") {
				return true
			}
		case line[0] == 'C':
			if strings.HasPrefix(line, "Contributors: ") {
				return true
			}
		}
		if !lines {
			return false
		}
		k := strings.IndexByte(t[i:], '\n')
		if k < 0 {
			return false
		}
		i += k + 1
	}
}

// textLineYear is what the block's search for a year tells of a line's:
// none in a block with none, one in a block of one line with one, else
// unknown. On the seeds' news pages, full of dated one-line paragraphs,
// the two dated readings searched each such line again (docs/quality.md,
// "Text speed, round forty-three").
type textLineYear int8

const (
	textYearUnknown textLineYear = iota
	textYearNone
	textYearHeld
)

// in reports whether line holds a year (textHasYear), searching only
// when the block's search left it unknown.
func (y textLineYear) in(line string) bool {
	if y == textYearUnknown {
		return textHasYear(line)
	}
	return y == textYearHeld
}
