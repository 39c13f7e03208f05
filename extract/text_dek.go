package extract

import "strings"

// The dek over the byline: a flattened article's header states the
// headline, then a one-sentence summary (the dek or standfirst), then
// the byline, then the article. The block models keep the summary as
// the body's first paragraph, and the byline steps take the byline out
// from under it, so the body opens on a line the gold leaves. Over the
// 1,497 wcxb-dev flat pages (with the URL) the shape stands on 23
// articles of 21 sites and no other page type: the gold leaves the
// summary on 18 (406 words: 0031 abc7ny.com, 0050 veranda.com, 0070
// ricksteves.com, 0133 elledecor.com, 0212 pcworld.com, 0333
// travelnoire.com, 0487 frenck.dev, …) and keeps it on 5 (145 words:
// 0227, 0309, 4014, 4499, 4628); articles 0.9459725 -> 0.9461447 (even
// ids +0.00014, odd +0.00020), held out 0.94338 -> 0.94350
// (docs/quality/text-extraction-3.md, forty-ninth session). Without a
// byline between them the line under the headline is the gold's first
// on 65 articles against 26, so the byline is asked for.

// textDekMaxWords is the most words of a dek textLeaveOutDek takes: the
// summaries the gold leaves run to 47 (0487), an opening paragraph longer.
const textDekMaxWords = 50

// textLeaveOutDek marks the body's first staying paragraph when the
// line right above it is the headline, the line right under it a byline
// or date line that does not stay, and a paragraph stays after it.
func textLeaveOutDek(blocks []textBlock, keep, out []bool, headline, author string) {
	first := textFirstStaying(blocks, keep, out)
	if first < 1 || first+2 >= len(blocks) {
		return
	}
	dek, under := &blocks[first], &blocks[first+1]
	if dek.lines || dek.words > textDekMaxWords || textStays(blocks, keep, out, first+1) {
		return
	}
	over := &blocks[first-1]
	t := foldTitle(headline)
	if t == "" || over.words != strings.Count(t, " ")+1 || !foldTitleIs(over.text, t) {
		return
	}
	if !textIsDekByline(under, author) {
		return
	}
	for i := first + 2; i < len(blocks); i++ {
		if textStays(blocks, keep, out, i) {
			out[first] = true
			return
		}
	}
}

// textFirstStaying returns the first block that stays (textStays), or -1
// when none does, stepping over the runs of dropped blocks, the menus
// over the body (textNextKept; fifty-eighth session,
// TestTextSmallStepsMatchPlain).
func textFirstStaying(blocks []textBlock, keep, out []bool) int {
	for i := textNextKept(keep, 0); i < len(blocks); i = textNextKept(keep, i+1) { // text_nextkept.go
		if textStays(blocks, keep, out, i) {
			return i
		}
	}
	return -1
}

// textDekBylineMaxWords is the most words of the byline under a dek:
// the longest under wcxb-dev's deks has 8 ("Updated Jan. 27, 2026,
// 12:28 PM EST"), a sentence opening on "By" more.
const textDekBylineMaxWords = 20

// textIsDekByline reports a byline or date line under a dek: one that
// opens on "By" ("By Rick Steves", "ByNina Pineda"), states the page's
// author ("Faith Katunga•Oct 20, 2025") or is a date alone.
func textIsDekByline(b *textBlock, author string) bool {
	if b.words > textDekBylineMaxWords {
		return false
	}
	s := b.text
	if len(s) > 2 && (s[0] == 'B' || s[0] == 'b') && (s[1] == 'y' || s[1] == 'Y') && (s[2] == ' ' || s[2] >= 'A' && s[2] <= 'Z') {
		return true
	}
	if author != "" && strings.Contains(s, author) {
		return true
	}
	return textIsDateOnly(b)
}
