package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestTextHolesPostHeaderGates holds the gates in front of the hole
// guards' expressions (a digit, "#", a colon, "ago", "day", four digits,
// "comment") to the expressions asked of every line: random lines of the
// expressions' pieces, read into blocks as the flat path reads them.
func TestTextHolesPostHeaderGates(t *testing.T) {
	pieces := []string{
		"#", "# ", "7", "12", "2026", "1999", ":", ": ", " ", "·", "-", "–", ",", ".",
		"Posts", "posts", "Joined", "messages", "Reputation", "ago", "AGO", "Ago",
		"days", "hours", "min", "h", "d", "w", "an", "one", "today", "Today", "YESTERDAY",
		"Yesterday", "at", "PM", "a.m.", "Published", "updated", "on", "March", "Mar",
		"feb", "September", "Sept", "5th", "Andrew", "Snavely", "Jane", "O'Neil",
		"Comments", "comment", "COMMENTS", "Reader", "Post a", "é", "Ｋ", "→",
	}
	rng := fastRand(40, 7)
	lines := fastPieceLines([]string{
		"#7", "# 12", "Posts: 133", "Joined: Mar 2019", "5:09 PM", "Newark, DE · 11d",
		"3 days ago", "an hour ago", "Yesterday at 4:26 PM", "today, 9:00", "March 5 at 9:00",
		"Published: 5th September", "Andrew Snavely 12 February,2026", "Jane Doe · March 3, 2025",
		"Reader Comments", "Post a comment →", "No comment", "Today's picks",
	}, rng, pieces, 200000, 0, 9)
	var seen [3]int
	for _, line := range lines {
		var blocks []textBlock
		if line = strings.TrimSpace(line); line != "" {
			blocks = textSplitBlocks(line)
		}
		if len(blocks) != 1 {
			continue
		}
		b := &blocks[0]
		s := strings.TrimSpace(b.text)
		low := strings.ToLower(s)
		plain := textYearlessRE.MatchString(s) || textAgoUnitsRE.MatchString(low) || textDayWordRE.MatchString(low)
		if got := textLineIsRelativeDate(s, b.digits > 0); got != plain {
			t.Fatalf("textLineIsRelativeDate(%q) = %v, its expressions say %v", s, got, plain)
		}
		plainHeader := plain || textPostNumberRE.MatchString(s) || textPosterLabelRE.MatchString(b.low) || textClockRE.MatchString(s)
		keep := []bool{true, false, true}
		span := []textBlock{textSplitBlocks(textRaiseInsidePara)[0], *b, textSplitBlocks(textRaiseInsidePara)[0]}
		if _, dated := textDateLine(b, textRaiseInsideWords); b.words <= textRaiseInsideWords && !dated {
			if got := textHolesHavePostHeader(span, keep, 0, 2); got != plainHeader && !textSameName(textRaiseInsidePara, strings.TrimLeft(s, textNameMarks)) {
				t.Fatalf("textHolesHavePostHeader over %q = %v, its expressions say %v", s, got, plainHeader)
			}
		}
		hole := span[1:2]
		if got, want := textHoleHasCardByline(hole), b.words <= 8 && textCardBylineRE.MatchString(s); got != want {
			t.Fatalf("textHoleHasCardByline(%q) = %v, its expression says %v", s, got, want)
		}
		if got, want := textHoleHasCommentsHead(hole), b.words <= 8 && !b.sentEnd && textCommentsHeadRE.MatchString(b.text); got != want {
			t.Fatalf("textHoleHasCommentsHead(%q) = %v, its expression says %v", s, got, want)
		}
		seen[0] += textBool(plainHeader)
		seen[1] += textBool(textCardBylineRE.MatchString(s))
		seen[2] += textBool(textCommentsHeadRE.MatchString(b.text))
	}
	if seen[0] < 100 || seen[1] < 2 || seen[2] < 100 {
		t.Fatalf("post headers %d, card bylines %d, comment heads %d: the lines miss a form", seen[0], seen[1], seen[2])
	}
}

// textKeepRaisedInsidePlain is textKeepRaisedInside asking every hole's
// guards, a hole with no line to give back too.
func textKeepRaisedInsidePlain(blocks []textBlock, keep, cut []bool) {
	if cut == nil {
		return
	}
	first, last := textKeptBounds(keep)
	if first < 0 || !textAnyRaisedBack(blocks, cut, first, last) || textHolesHavePostHeader(blocks, keep, first, last) {
		return
	}
	for first < last && !(keep[first] && textIsOpeningParagraph(&blocks[first])) {
		first++
	}
	prev := first
	for j := first + 1; j <= last; j++ {
		if !keep[j] {
			continue
		}
		n := 0
		for i := prev + 1; i < j; i++ {
			n += textBool(textRaisedBack(&blocks[i], cut[i]))
		}
		if textHoleGivesBack(blocks[prev:j+1], n) {
			for i := prev + 1; i < j; i++ {
				keep[i] = keep[i] || textRaisedBack(&blocks[i], cut[i])
			}
		}
		prev = j
	}
}

// TestTextKeepRaisedInsideMatchesPlain holds textKeepRaisedInside, which
// asks the guards only of a hole with a line to give back, to its plain
// form over random pages of paragraphs and the short lines the guards
// read, each kept, cut by the raised bar or neither at random.
func TestTextKeepRaisedInsideMatchesPlain(t *testing.T) {
	lines := []string{
		textRaiseInsidePara, "Most crossings ran on time, and the new berth took the larger boats from May.",
		"Ferries of the north harbour", "Timetable", "Contents", "1 Installation", "Download now", "$7",
		"Price: $12", "Andrew Snavely 12 February,2026", "Reader Comments", "Why Go Use Cases Case Studies Community Learn",
		"FormatHardcover", "Item Height0.9 in", "Weight12 oz", "Senior editor at the Harbour Post",
		"Key features: two decks, a cafe", "A line of sixteen words that is far too long to come back as a heading here",
		// A post's header, which turns the whole page away: one page in ten may draw these.
		"3 days ago", "#7", "MacroMan", "– MacroMan",
	}
	const headers = 4 // the last lines
	rng := fastRand(56, 207)
	var gave, asked int
	for range 20000 {
		n, pool := 3+rng.IntN(28), len(lines)-headers
		if rng.IntN(10) == 0 {
			pool = len(lines)
		}
		// A short line stated twice never comes back (textRaisedBack):
		// each is drawn once, the paragraphs, which bound the holes, again
		// and again.
		short := rng.Perm(pool - 2)
		var text strings.Builder
		for range n {
			l := lines[rng.IntN(2)]
			if len(short) > 0 && rng.IntN(3) > 0 {
				l, short = lines[2+short[0]], short[1:]
			}
			text.WriteString(l + "\n\n")
		}
		blocks := textSplitBlocks(text.String())
		textMarkTestDups(blocks)
		keep, cut := make([]bool, len(blocks)), make([]bool, len(blocks))
		for i := range blocks {
			keep[i] = rng.IntN(2) == 0
			cut[i] = !keep[i] && rng.IntN(5) < 3
		}
		plain := slices.Clone(keep)
		textKeepRaisedInsidePlain(blocks, plain, cut)
		was := slices.Clone(keep)
		textKeepRaisedInside(blocks, keep, cut)
		if !slices.Equal(keep, plain) {
			t.Fatalf("textKeepRaisedInside over %q (cut %v) kept %v, the plain form %v", text.String(), cut, keep, plain)
		}
		asked++
		gave += textBool(!slices.Equal(keep, was))
	}
	if gave < asked/50 {
		t.Fatalf("%d of %d pages gave a line back: the pages miss the holes that do", gave, asked)
	}
}
