package extract

import (
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
