package extract

import (
	"strings"
	"testing"
)

// The readings of the line under the headline that count its words
// before they search or split it (textOutletName, textDatedHandleIn),
// held to the search or the split first.

// textUnderGatePage is the page whose blocks the readings below search
// for a name's words in lower case.
func textUnderGatePage(t *testing.T) []textBlock {
	t.Helper()
	return textSplitBlocks("Harbour Ferries Return for Winter\nThe boats will run twice a day from the quay.\n")
}

// TestTextOutletNameMatchesPlain holds textOutletName's count of fields
// to the fields listed first (textOutletNameRead): lines of one to nine
// words, names and outlets in capitals among them, around its bound of
// six.
func TestTextOutletNameMatchesPlain(t *testing.T) {
	blocks := textUnderGatePage(t)
	rng := fastRand(218, 1)
	words := []string{"Jane", "Ann", "Roe", "KEEL", "TIMES", "USA", "boats", "Roe,", "\tTODAY", " "}
	var lines []string
	for range 20000 {
		lines = append(lines, fastJoinPieces(rng, 1+rng.IntN(9), words, []string{" ", " ", "  ", "\u00a0"}))
	}
	checkSameAnswer(t, lines, "textOutletName", func(s string) string { return textOutletName(s, blocks) },
		func(s string) string { return textOutletNameRead(s, blocks) }, 500)
	six := 0
	for _, s := range lines {
		if len(strings.Fields(s)) == textOutletMaxWords && textOutletNameRead(s, blocks) != "" {
			six++
		}
	}
	if six == 0 {
		t.Error("no line of six fields gives a name: the bound's edge is not met")
	}
}

// textDatedHandleInPlain is textDatedHandleIn searching for " by "
// before it counts the line's words.
func textDatedHandleInPlain(b *textBlock, blocks []textBlock) string {
	t := b.text
	k := strings.LastIndex(t, " by ")
	if k < 0 || b.words > textDateBylineWords || !textDateIn(t[:k]) {
		return ""
	}
	return textBylineHandle(t[k+1:], blocks)
}

// TestTextDatedHandleInMatchesPlain holds textDatedHandleIn's count
// asked first to the search first, on dated lines of 8 to 17 words
// ending in a handle, around textDateBylineWords.
func TestTextDatedHandleInMatchesPlain(t *testing.T) {
	blocks := textUnderGatePage(t)
	rng := fastRand(218, 2)
	dates := []string{"Posted on July 1, 2024", "January 20th, 2025", "Posted in News", "2024-07-01"}
	fillers := []string{"in", "News", "and", "Ferries", "by", "the"}
	handles := []string{"keelferries", "HFB", "Quay", "jane roe", "boats"}
	var lines []string
	for range 5000 {
		line := dates[rng.IntN(len(dates))] + " " + fastJoinPieces(rng, rng.IntN(10), fillers, []string{" "}) + "by " + handles[rng.IntN(len(handles))]
		lines = append(lines, strings.Join(strings.Fields(line), " "))
	}
	dated := func(handle func(*textBlock, []textBlock) string) func(string) string {
		return func(s string) string {
			b := textNewBlock(s)
			return handle(&b, blocks)
		}
	}
	checkSameAnswer(t, lines, "textDatedHandleIn", dated(textDatedHandleIn), dated(textDatedHandleInPlain), 300)
	edge := 0
	for _, s := range lines {
		if b := textNewBlock(s); b.words == textDateBylineWords && textDatedHandleInPlain(&b, blocks) != "" {
			edge++
		}
	}
	if edge == 0 {
		t.Error("no line of textDateBylineWords words gives a handle: the bound's edge is not met")
	}
}
