package extract

import "strings"

// The bounds of textLeaveOutCutBlurbs: the body's last textBlurbTailPart
// of its paragraphs is read, at least textBlurbMin cut paragraphs of
// textBlurbMinWords words or more go, when they hold at most
// textBlurbShare of the body's characters.
const (
	textBlurbTailPart = 0.3
	textBlurbMin      = 2
	textBlurbMinWords = 6
	textBlurbShare    = 0.15
)

// textLeaveOutCutBlurbs marks the cut blurbs of teasers under the article:
// a site lists its other posts with their first sentence cut to a length
// ("Every January the harbour board promises itself that this year…",
// "When Maren signed up to tutor, she did not imagine [...]"), and the model
// keeps them, which read as the article's prose. textLeaveOutTeaserTitles
// takes cut titles; these are sentences. They go when at least two stand
// in the body's last 30 % of paragraphs, none stands above (a listing's or
// a forum's body is such blurbs from its top, and the gold keeps them) and
// together they hold at most 15 % of the body's characters. Run last, on
// the paragraphs that stay. On the wcxb-dev flat pages articles 0.93810
// -> 0.93836 (even ids +0.00018, odd +0.00034; docs/quality.md,
// twenty-second session).
func textLeaveOutCutBlurbs(blocks []textBlock, keep, out []bool) {
	// One walk counts the body and its blurbs; the blurbs are listed only
	// on a page that passes the bounds (a walk for the body's size, then
	// one for its blurbs, was 1.2 M of 100 long wcxb-dev flat pages'
	// 287 M, each asking every block whether it stays).
	n, size, first, blurbs, cutSize := 0, 0, -1, 0, 0 // first: the first blurb's paragraph
	for i := textNextKept(keep, 0); i < len(blocks); i = textNextKept(keep, i+1) {
		if !textStays(blocks, keep, out, i) {
			continue
		}
		if textIsCutBlurb(&blocks[i]) {
			if first < 0 {
				first = n
			}
			blurbs++
			cutSize += len(blocks[i].text)
		}
		n++
		size += len(blocks[i].text)
	}
	start := int(float64(n) * (1 - textBlurbTailPart)) // the first paragraph of the tail
	if blurbs < textBlurbMin || first < start || float64(cutSize) > textBlurbShare*float64(size) {
		return
	}
	cut := make([]int, 0, blurbs)
	for i := range blocks {
		if textStays(blocks, keep, out, i) && textIsCutBlurb(&blocks[i]) {
			out[i] = true
			cut = append(cut, i)
		}
	}
	textLeaveOutBlurbTitles(blocks, keep, out, cut)
}

// textBlurbTitleMaxWords is the longest line textLeaveOutBlurbTitles reads
// as a teaser's title.
const textBlurbTitleMaxWords = 15

// textLeaveOutBlurbTitles marks the titles of the teasers whose cut blurbs
// (cut) go: the line that stays right above a blurb, of at most
// textBlurbTitleMaxWords words and no sentence ("Exploring Plastic Coffee
// Pod Alternatives" over "Exploring Plastic Coffee Pod Alternatives
// Exploring…"). A teaser is its title over its blurb, and the title left
// alone under the article read as a subhead of it. A date line or a
// byline is no title: a forum's posts set their date over a cut quote. On
// the wcxb-dev flat pages, with textFillHoles' reading of its lines,
// articles 0.94296 -> 0.94305 (even ids), 0.93962 -> 0.93968 (odd), all
// pages up on both halves (listings and services too); held out (the fold
// models of TestTextTrees) even 0.939354 -> 0.939469, odd 0.937826 ->
// 0.937898 (docs/quality.md, twenty-seventh session).
func textLeaveOutBlurbTitles(blocks []textBlock, keep, out []bool, cut []int) {
	for _, i := range cut {
		j := i - 1
		for j >= 0 && !textStays(blocks, keep, out, j) {
			j--
		}
		if j < 0 {
			continue
		}
		if b := &blocks[j]; b.words > 0 && b.words <= textBlurbTitleMaxWords && !b.sentEnd && !textIsDateOnly(b) && !textBodyByline(b) {
			out[j] = true
		}
	}
}

// textIsCutBlurb reports a paragraph of textBlurbMinWords words or more
// cut off with an ellipsis: "…", "...", "[…]" or "[...]".
func textIsCutBlurb(b *textBlock) bool {
	if b.words < textBlurbMinWords {
		return false
	}
	// Every cut ends, past its spaces, on '.', ']' or the ellipsis' last
	// byte: the last byte asked first, most prose ends "x." and no line
	// ends on a space (the block reader trims them).
	t := b.text
	if c := t[len(t)-1]; c != '.' && c != ']' && c != 0xA6 && c != ' ' || c == '.' && len(t) > 1 && t[len(t)-2] != '.' {
		return false
	}
	t = strings.TrimRight(t, " ")
	return strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...") || strings.HasSuffix(t, "[…]") || strings.HasSuffix(t, "[...]")
}

// The bounds of textLeaveOutMenuHead. A site's menu set above the article
// pairs a label of at most textMenuLabelWords words with a blurb of
// textMenuBlurbMin to textMenuBlurbMax words that ends like a sentence
// ("Disc Replacement" / "Keeps the joint's full range of motion.");
// textMenuPairs pairs or more, with at most textMenuGap other short lines
// between two, holding at most textMenuShare of the body's characters,
// go. Simulated over the wcxb-dev flat bodies, 2, 3 or 4 pairs at a share
// of 0.2 gave articles +0.00015/+0.00036/+0.00049 on the even ids and
// +0.00023/+0.00015/+0.00015 on the odd, all pages -0.00048/+0.00006/
// +0.00027 on the even ids (2 or 3 pairs took service pages' own lists of
// services); a share of 0.3 took product and service pages whose gold is
// such a list (all pages -0.0009 on the odd ids). Docs/quality.md,
// twenty-third session.
const (
	textMenuLabelWords = 4
	textMenuBlurbMin   = 8
	textMenuBlurbMax   = 40
	textMenuShortWords = 12
	textMenuPairs      = 4
	textMenuGap        = 3
	textMenuShare      = 0.2
)

// textLeaveOutMenuHead marks a site's menu of labelled blurbs that opens
// the body: the model keeps the blurbs, which are sentences, and the
// labels between them. Walking down from the body's first paragraph over
// labels, short lines and blurbs only, the run ends at the last label
// followed by its blurb; it goes with everything above it when it holds
// textMenuPairs pairs and at most textMenuShare of the body, and only
// under a site's header (textTailFooterBlocks lines above the body), so a
// corpus text keeps its opening. Run last, on the paragraphs that stay.
// On the wcxb-dev flat pages articles 0.94069 -> 0.94096 (even ids
// +0.00046, odd +0.00009), all pages 0.79911 -> 0.79917 (+0.00009,
// +0.00005); 7 articles up, none down.
func textLeaveOutMenuHead(blocks []textBlock, keep, out []bool) {
	first, end, pairs, since := -1, -1, 0, 0
	label := false // the paragraph above is a label
	for i := range blocks {
		if !textStays(blocks, keep, out, i) {
			continue
		}
		if first < 0 {
			if first = i; i < textTailFooterBlocks {
				return
			}
		}
		b := &blocks[i]
		blurb := b.sentEnd && b.words >= textMenuBlurbMin && b.words <= textMenuBlurbMax
		if label && blurb {
			pairs, end, since, label = pairs+1, i, 0, false
			continue
		}
		if since > textMenuGap || !blurb && (b.sentEnd || b.words > textMenuShortWords) {
			break
		}
		label = !b.sentEnd && b.words <= textMenuLabelWords
		since++
	}
	if pairs < textMenuPairs {
		return
	}
	run, size, after := 0, 0, false
	for i := range blocks {
		if textStays(blocks, keep, out, i) {
			size += len(blocks[i].text)
			if i <= end {
				run += len(blocks[i].text)
			} else {
				after = true
			}
		}
	}
	if !after || float64(run) > textMenuShare*float64(size) {
		return
	}
	for i := first; i <= end; i++ {
		if textStays(blocks, keep, out, i) {
			out[i] = true
		}
	}
}
