package extract

import (
	"slices"
	"strings"
	"testing"
)

// textBylineHandlePlain is textBylineHandle without its early return: the
// label's rest cut at its first space and unglued even when empty.
func textBylineHandlePlain(t string, blocks []textBlock) string {
	word, after, _ := strings.Cut(textBylineLabelRest(t), " ")
	if name := textUnglueName(word); name != word {
		word, after = name, word[len(name):]
	}
	if !textHandleWord(word) || !textBylineEnds(after) || textLowerOnPage(textLowerCapital(word), blocks) {
		return ""
	}
	return word
}

// TestTextBylineHandleNoLabel holds textBylineHandle, which answers ""
// at once for a line no label opens, to its plain form on the test
// pages' lines and on random lines of the labels, their look-alikes
// (labels without their space or colon, the Kelvin sign and the long s,
// which fold to k and s) and handles glued to dates, each read against
// a page that writes some of the handles in lower case.
func TestTextBylineHandleNoLabel(t *testing.T) {
	rng := fastRand(118, 1)
	pieces := []string{"by", "By", "BY", "written by", "Written By", "posted by", "POSTED BY", "author:", "Author:",
		"bY", "writtenby", "postedby", "author", " ", ":", ": ", "|", "\u212a", "\u017f", "\xff", "é",
		"clay", "Clay", "jsteinhardt", "BeauHD", "Maren", "thegrangehall", "February 16, 2026", "May", "on", "the", "Topic"}
	lines := slices.Clone(textSpeedLines(t))
	lines = fastPieceLines(lines, rng, pieces, 100000, 1, 6)
	page := textSplitBlocks("Browse by topic\nclay pots and beauhd\nBy Topic\nMaren wrote this")
	checkSameAnswer(t, lines, "textBylineHandle", func(s string) string {
		return textBylineHandle(s, page)
	}, func(s string) string {
		return textBylineHandlePlain(s, page)
	}, 1000)
}
