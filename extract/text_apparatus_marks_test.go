package extract

import (
	"strings"
	"testing"
)

// TestTextCaptionTailMarksMatchesPlain holds the tail's one pass for its
// colon, slash, bar, "vi" and "y ", in blocks (textTailMarksBlocks), over
// a short tail padded with zeros (textTailMarksShort) and as the caption
// asks it (textCaptionTailMarks), to the byte loop
// (textTailMarksPlain), and the loop to five searches: every length from 0 to 96 with each of the five
// alone at each place (a block's first and last bytes, a pair across two
// blocks, the overlapping last block), then 40,000 lines of the bytes,
// letters, "é" and an invalid byte, each cut at every one of its last
// twenty bytes.
func TestTextCaptionTailMarksMatchesPlain(t *testing.T) {
	marks := []string{":", "/", "|", "vi", "y "}
	var lines []string
	for n := 0; n <= 96; n++ {
		lines = append(lines, strings.Repeat("a", n))
		for _, c := range marks {
			for p := 0; p+len(c) <= n; p++ {
				lines = append(lines, strings.Repeat("a", p)+c+strings.Repeat("a", n-p-len(c)))
			}
		}
	}
	rng := fastRand(237, 1)
	pieces := []string{":", "/", "|", "v", "i", "y", "a", "Z", " ", ".", "é", "\xff", "Getty Images", "via ",
		"the harbour at dawn", "Photo", "9", "\n"}
	for range 40000 {
		s := fastPieces(rng, pieces, 1, 30)
		for k := max(len(s)-20, 0); k <= len(s); k++ {
			lines = append(lines, s[:k])
		}
	}
	var with [5]int
	for _, s := range lines {
		var want uint8
		for i, c := range marks {
			if strings.Contains(s, c) {
				want |= 1 << i
				with[i]++
			}
		}
		if got := textTailMarksPlain(s); got != want {
			t.Fatalf("textTailMarksPlain(%q) = %05b, the searches %05b", s, got, want)
		}
		if got := textCaptionTailMarks(s); got != want {
			t.Fatalf("textCaptionTailMarks(%q) = %05b, the searches %05b", s, got, want)
		}
		if len(s) >= 17 {
			if got := textTailMarksBlocks(s); got != want {
				t.Fatalf("textTailMarksBlocks(%q) = %05b, the searches %05b", s, got, want)
			}
		} else if got := textTailMarksShort(s); got != want {
			t.Fatalf("textTailMarksShort(%q) = %05b, the searches %05b", s, got, want)
		}
	}
	for i, n := range with {
		if n < 1000 || len(lines)-n < 1000 {
			t.Errorf("%d of %d lines hold mark %d: too few either way", n, len(lines), i)
		}
	}
}

// TestTextCaptionPlainMatchesBefore holds the caption's test, which reads
// its tail once for the bytes it searches (textCaptionTailMarks), to its
// form with a search for each (textCaptionPlainBefore) over the test
// pages' blocks and 20,000 invented pages of captions: labels and their
// colons, "by" and "courtesy", agencies after a slash, a bar and "via",
// near the tail's start and end.
func TestTextCaptionPlainMatchesBefore(t *testing.T) {
	var texts []string
	for _, p := range textSpeedPages(t) {
		texts = append(texts, string(p.Content))
	}
	rng := fastRand(237, 2)
	pieces := []string{"The harbour at dawn. ", "Photo: ", "Image credit: ", "Mira Tolland", " / ", "/", " | ", " via ",
		"Getty Images", "AP", "Reuters", "Photo by ", "Courtesy ", "courtesy of ", "the artist.", " (", ")", ". ",
		"Read more: ", "Bolivia ", "vivid ", "nearby ", "written by ", "é", ":", "a long sentence about the quay and its boats"}
	for range 20000 {
		lines := make([]string, 1+rng.IntN(5))
		for i := range lines {
			lines[i] = fastPieces(rng, pieces, 1, 10)
		}
		texts = append(texts, strings.Join(lines, "\n"))
	}
	s := newTextScratch()
	yes := 0
	for _, text := range texts {
		blocks := textSplitBlocksIn(text, s)
		for i := range blocks {
			b, before := blocks[i], blocks[i]
			want := textCaptionPlainBefore(&before)
			if got := textCaptionPlain(&b); got != want {
				t.Fatalf("textCaptionPlain(%q) = %v, the form with a search for each byte %v", b.text, got, want)
			}
			if want {
				yes++
			}
		}
	}
	if yes < 1000 {
		t.Errorf("only %d blocks are captions, want 1,000 or more", yes)
	}
}

// textCaptionPlainBefore is textCaptionPlain as it was before the tail's
// one pass: a forward search of the tail for each of its bytes.
func textCaptionPlainBefore(b *textBlock) bool {
	s := b.text
	from := max(len(s)-textCaptionReach, 0)
	end := s[from:]
	if c := textLastIndexByte(end, ':'); c >= 0 && textMayEndCaptionLabel(s[:from+c+1]) &&
		textIsCreditTail(end[c+1:]) && textCaptionLabelMatch(textCaptionWindow(s, from+c+1)) {
		return true
	}
	if textMayCaptionBy(b) && textCaptionBy(s, end, b.by) {
		return true
	}
	if !(strings.IndexByte(end, '/') >= 0 || strings.IndexByte(end, '|') >= 0 || textHoldsVia(end)) || !textNamesAgency(end) {
		return false
	}
	if from > textCaptionLead {
		s = "… " + s[from-textCaptionLead:]
	}
	return textCaptionAgencyMatch(textCaptionAgencyTail(s))
}
