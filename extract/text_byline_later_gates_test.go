package extract

import (
	"strings"
	"testing"
)

// The later byline readings' gates on the block reader's flags
// (forty-seventh session): each is held to its reading without the gate
// over invented pages that read a name through it and the test pages.

// textLaterGatePages are the invented pages of the gates' tests followed
// by the test pages'.
func textLaterGatePages(t *testing.T) []string {
	t.Helper()
	const bio = "Since its founding in 1998, Maren has grown the Quay News into the harbour's paper of record. Her work includes the winter ferry reports."
	return textSpeedTextsAnd(t,
		"Harbour bridge reopens\n\nThe bridge reopened on Monday, the council said.\n\nMaren Solberg: "+bio,
		"Harbour bridge reopens\n\nThe bridge reopened on Monday, the council said.\n\nRelated: the ferry\n\nMaren Solberg: "+bio,
		"Harbour bridge reopens\n\nMedically reviewed by Jane Roe, RD — Written by Ed Poe, MS — Updated on March 7, 2025\n\nThe bridge reopened on Monday.",
		"Harbour bridge reopens\n\nThe bridge reopened on Monday, the council said.\n\nArticle written by:\n\nAnn Roe, MD, FOMA",
		"Harbour bridge reopens\n\nThe bridge reopened on Monday, the council said.\n\nAuthors:\n\nAnn Roe, 4+ years covering ferries\n\nEd Poe, senior editor and tide enthusiast",
		"Harbour bridge reopens\n\nThe bridge reopened on Monday, the council said.\n\nWritten by\n\nAnn Roe, harbour reporter for ten years",
	)
}

// TestTextColonBioNameMatchesRead holds the colon flag's gate
// (textColonBioName) to the reading that searches every block for the
// colon (textColonBioRead), block by block and as the page's one name.
func TestTextColonBioNameMatchesRead(t *testing.T) {
	found := 0
	for n, text := range textLaterGatePages(t) {
		blocks := textSplitBlocks(text)
		for i := range blocks {
			if got, want := textColonBioName(blocks, i), textColonBioRead(blocks, i); got != want {
				t.Fatalf("text %d, block %d %q: gated %q, the plain reading %q", n, i, blocks[i].text, got, want)
			}
		}
		for _, first := range []int{0, len(blocks) / 3} {
			got, want := textNameColonBio(blocks, first), textSoleName(blocks, first, textColonBioRead)
			if got != want {
				t.Fatalf("text %d, body from %d: %q, the plain reading %q", n, first, got, want)
			}
			found += textBool(got != "")
		}
	}
	if found < 2 {
		t.Fatalf("only %d names read: the gate went untested", found)
	}
}

// TestTextLabelGatedWalksMatchPlain holds the walks that look at a
// block's last byte before they ask textIsBylineLabel (the label over a
// name with credentials, the label over names and jobs) to the test
// alone: every block and random line the label test takes ends in a byte
// textMayEndLabelByte passes, and the credentials' walk reads what its
// plain walk reads.
func TestTextLabelGatedWalksMatchPlain(t *testing.T) {
	plainCreds := func(blocks []textBlock, first int) string {
		for i := max(first, 0); i < len(blocks)-1; i++ {
			if blocks[i].words > 3 || !textIsBylineLabel(blocks[i].text) {
				continue
			}
			if name := blocks[i+1].text; textCredName(name, blocks) {
				return name
			}
		}
		return ""
	}
	labels, found := 0, 0
	for n, text := range textLaterGatePages(t) {
		blocks := textSplitBlocks(text)
		for i := range blocks {
			if textIsBylineLabel(blocks[i].text) {
				labels++
				if !textMayEndLabelByte(blocks[i].text) {
					t.Fatalf("text %d, block %q: a label the last byte's gate turns away", n, blocks[i].text)
				}
			}
		}
		got, want := textLabelledCredName(blocks, 0), plainCreds(blocks, 0)
		if got != want {
			t.Fatalf("text %d: label over credentials %q, the plain walk %q", n, got, want)
		}
		found += textBool(got != "")
		jobs := textLabelOverNameJobs(blocks)
		if n == 4 && jobs != "Ann Roe, Ed Poe" || n == 5 && jobs != "Ann Roe" {
			t.Fatalf("text %d: label over names and jobs %q", n, jobs)
		}
		found += textBool(jobs != "")
	}
	pieces := []string{"Written by", "By", "Authors", ":", ": ", " ", "\n", "\t", "é", "Autor", "rs", "OR", "x", "İ", "K"}
	rng := fastRand(47, 107)
	for _, s := range fastPieceLines(nil, rng, pieces, 100000, 0, 5) {
		if textIsBylineLabel(s) {
			labels++
			if !textMayEndLabelByte(s) {
				t.Fatalf("line %q: a label the last byte's gate turns away", s)
			}
		}
	}
	if labels < 1000 || found < 3 {
		t.Fatalf("only %d labels and %d names read: the gate went untested", labels, found)
	}
}

// TestTextInlineBylineLineByGate holds the inline byline's lines, read
// with the block's " by" flag (textInlineBylineLine skips the mid-line
// credit without it), to the lines read with every search made.
func TestTextInlineBylineLineByGate(t *testing.T) {
	mids := 0
	for n, text := range textLaterGatePages(t) {
		blocks := textSplitBlocks(text)
		for i := range blocks {
			year, ok := textMayHoldByline(&blocks[i])
			if !ok {
				continue
			}
			for line := range strings.SplitSeq(blocks[i].text, "\n") {
				name, stamp, mid := textInlineBylineLine(line, year, blocks[i].by)
				wantName, wantStamp, wantMid := textInlineBylineLine(line, year, true)
				if name != wantName || stamp != wantStamp || mid != wantMid {
					t.Fatalf("text %d, line %q: %q %q %q, every search made %q %q %q", n, line, name, stamp, mid, wantName, wantStamp, wantMid)
				}
				mids += textBool(mid != "")
			}
		}
	}
	if mids < 1 {
		t.Fatal("no mid-line credit read: the gate went untested")
	}
}

// TestTextMayOpenBylineBlockGate holds the inline byline's first gate
// (textMayOpenBylineBlock) to the block test it stands before: no block
// of the test pages, and no random block of labels, years and prose, that
// textMayHoldByline lets through is turned away by it.
func TestTextMayOpenBylineBlockGate(t *testing.T) {
	held := 0
	check := func(b *textBlock) {
		if _, ok := textMayHoldByline(b); ok {
			held++
			if !textMayOpenBylineBlock(b) {
				t.Fatalf("block %q: textMayHoldByline lets it through, the gate turns it away", b.text)
			}
		}
	}
	for _, text := range textLaterGatePages(t) {
		blocks := textSplitBlocks(text)
		for i := range blocks {
			check(&blocks[i])
		}
	}
	pieces := []string{"By ", "by ", "Authors: ", "Contributors: ", "Written by ", "ritten by ", "(by ", "By", "A", "C", "b", "Au", "Con", "bye",
		"Jane Roe ", "2025 ", "12 ", "May 4, ", "the ferry ", "\n", " ", "é"}
	rng := fastRand(47, 1071)
	for _, s := range fastPieceLines(nil, rng, pieces, 100000, 0, 6) {
		if s == "" {
			continue
		}
		b := textNewBlock(s)
		check(&b)
	}
	if held < 10000 {
		t.Fatalf("only %d blocks let through: the gate went untested", held)
	}
}

// TestTextOneNameCountedLineWalk holds the counted line's walk, which
// looks for the count's last word before it calls textCountedLineName,
// to textSoleName's walk over every block.
func TestTextOneNameCountedLineWalk(t *testing.T) {
	const line = "Jane March 4, 2025 0 Comments"
	texts := append(textLaterGatePages(t),
		"Harbour bridge reopens\n\n"+line+"\n\nThe bridge reopened on Monday, the council said.",
		"Harbour bridge reopens\n\n"+line+"\n\nThe bridge reopened on Monday.\n\nTor March 5, 2025 2 Comments",
		"Harbour bridge reopens\n\nJane March 4, 2025 1 Comment\n\nThe bridge reopened on Monday.")
	found := 0
	for n, text := range texts {
		blocks := textSplitBlocks(text)
		got, want := textOneNameCountedLine(blocks), textSoleName(blocks, 0, textCountedLineName)
		if got != want {
			t.Fatalf("text %d: %q, textSoleName's walk %q", n, got, want)
		}
		found += textBool(got != "")
	}
	if found < 2 {
		t.Fatalf("only %d names read: the walk went untested", found)
	}
}

// TestTextInlineBylineLineDatedOnce holds textInlineBylineLine, which asks
// the line's year and its word count once before the two dated readings,
// to its form without that test (textInlineBylineLinePlain), over the
// test pages' lines and random lines of bylines, dates, labels and prose.
func TestTextInlineBylineLineDatedOnce(t *testing.T) {
	var lines []string
	for _, text := range textLaterGatePages(t) {
		for _, b := range textSplitBlocks(text) {
			lines = append(lines, strings.Split(b.text, "\n")...)
		}
	}
	pieces := []string{"By ", "by ", "Jane Roe ", "Ed Poe", " Published ", "Posted on ", "May 4, 2025 ", "2025 ", "12 ",
		"Written by ", "the ferry ", "reopened ", "3 Comments", " ", "é", "| ", "on "}
	lines = fastPieceLines(lines, fastRand(133, 2), pieces, 100000, 0, 26)
	stamps := 0
	for _, line := range lines {
		for _, year := range []textLineYear{textYearUnknown, textYearNone, textYearHeld} {
			if year == textYearHeld && !textHasYear(line) || year == textYearNone && textHasYear(line) {
				continue // the block's reading gives each line its own answer
			}
			for _, by := range []bool{false, true} {
				name, stamp, mid := textInlineBylineLine(line, year, by)
				wantName, wantStamp, wantMid := textInlineBylineLinePlain(line, year, by)
				if name != wantName || stamp != wantStamp || mid != wantMid {
					t.Fatalf("line %q (%d, %v): %q %q %q, the plain reading %q %q %q", line, year, by, name, stamp, mid, wantName, wantStamp, wantMid)
				}
				stamps += textBool(stamp != "")
			}
		}
	}
	if stamps < 1000 {
		t.Fatalf("only %d dated lines read: the test reads too few", stamps)
	}
}

// textInlineBylineLinePlain is textInlineBylineLine without its test of
// the year and the word count before the dated readings.
func textInlineBylineLinePlain(line string, year textLineYear, by bool) (name, stamp, mid string) {
	if name = textInlineBylineName(line); name != "" {
		return name, "", ""
	}
	if by {
		if mid = textMidLineCredit(line); mid != "" {
			return "", "", mid
		}
	}
	if name = textTeamCredit(line); name != "" {
		return name, "", ""
	}
	if name, stamp = textDatedInlineByline(line, year); name != "" || stamp != "" {
		return name, stamp, ""
	}
	name, stamp = textNameOpensDatedLine(line, year)
	return name, stamp, ""
}
