package extract

import (
	"maps"
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

// TestTextBylineNamePairFirsts holds textBylineNamePair's first-byte
// gate to the claim it rests on: every line either label opens in any
// case starts with a byte of textBylineLabelFirsts. The lines are the test
// pages', random lines of the two labels in both cases and their
// look-alikes (the long s and the Kelvin sign fold to no ASCII letter
// here), and pairs of names joined by "and" and "&".
func TestTextBylineNamePairFirsts(t *testing.T) {
	rng := fastRand(118, 2)
	pieces := []string{"written by", "Written By", "WRITTEN BY", "posted by", "Posted by", "POSTED BY", "wrItten by", "pOsted By",
		"\u017f", "\u212a", "\xff", "é", " ", " and ", " & ", "Linny", "Peter", "Clay", "clay", "May", "| ", "2026"}
	lines := slices.Clone(textSpeedLines(t))
	lines = fastPieceLines(lines, rng, pieces, 100000, 1, 6)
	for _, label := range pieces[:8] {
		lines = append(lines, label+" Linny and Peter", " "+label+" Linny & Peter")
	}
	labelled := func(s string) bool {
		return textHasLowerPrefix(s, "written by") || textHasLowerPrefix(s, "posted by")
	}
	gated := func(s string) bool { return s != "" && textBylineLabelFirsts[s[0]] && labelled(s) }
	checkSameAnswer(t, lines, "the first-byte gate of textBylineNamePair's labels", gated, labelled, 20)
}

// textShortLineHasPlain is textShortLineHas as it was: the block's
// fields, each lowered and looked up.
func textShortLineHasPlain(b *textBlock, set map[string]bool) bool {
	if b.words > 6 || b.sentEnd {
		return false
	}
	for w := range strings.FieldsSeq(b.text) {
		if textLowerIn(set, w) {
			return true
		}
	}
	return false
}

// TestTextShortLineHasASCII holds textShortLineHas, which cuts an ASCII
// block at its ASCII spaces, to the block's fields, with the job words
// and the title line's words (and a set with a word of 36 bytes), on the
// test pages' lines and random short lines of those words in both cases
// and of words that share their first byte and length, every ASCII
// space, the spaces past ASCII (a no-break space, NEL, a thin space) and
// runes whose lower case changes their length.
func TestTextShortLineHasASCII(t *testing.T) {
	rng := fastRand(118, 3)
	pieces := []string{"Senior", "EDITOR", "editor", "Editor", "founder", "Co-founder", "of", "Jane", "Roe", "the",
		" ", " ", "  ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u0085", "\u2009", "\u212a", "İ", "é", "\xff", ".", ","}
	// each word of the sets in both cases, and words that share a set
	// word's first byte and length but not its other bytes, which pass
	// the first byte's table (textShortWords.mayHold) to the map
	for _, k := range slices.Sorted(maps.Keys(textTitleLineWords.words)) {
		pieces = append(pieces, k, strings.ToUpper(k), k[:1]+strings.Repeat("q", len(k)-1), "X"+k[1:])
	}
	pieces = append(pieces, strings.Repeat("editor", 6), strings.Repeat("Editor", 6)+"s")
	lines := slices.Clone(textSpeedLines(t))
	lines = fastPieceLines(lines, rng, pieces, 100000, 1, 8)
	long := newTextShortWords(map[string]bool{strings.Repeat("editor", 6): true, "vp": true})
	for _, c := range []struct {
		set   *textShortWords
		least int
	}{{textJobLineWords, 2000}, {textTitleLineWords, 2000}, {long, 400}} {
		checkBlockMatchesPlain(t, lines, "textShortLineHas", func(b *textBlock) bool {
			return textShortLineHas(b, c.set)
		}, func(b *textBlock) bool {
			return textShortLineHasPlain(b, c.set.words)
		}, c.least)
	}
}
