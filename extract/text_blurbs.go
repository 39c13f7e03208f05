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
	n, size := 0, 0
	for i := range blocks {
		if textStays(blocks, keep, out, i) {
			n++
			size += len(blocks[i].text)
		}
	}
	start := int(float64(n) * (1 - textBlurbTailPart)) // the first paragraph of the tail
	var cut []int
	cutSize, k := 0, 0
	for i := range blocks {
		if !textStays(blocks, keep, out, i) {
			continue
		}
		if textIsCutBlurb(&blocks[i]) {
			if k < start {
				return
			}
			cut = append(cut, i)
			cutSize += len(blocks[i].text)
		}
		k++
	}
	if len(cut) < textBlurbMin || float64(cutSize) > textBlurbShare*float64(size) {
		return
	}
	for _, i := range cut {
		out[i] = true
	}
}

// textIsCutBlurb reports a paragraph of textBlurbMinWords words or more
// cut off with an ellipsis: "…", "...", "[…]" or "[...]".
func textIsCutBlurb(b *textBlock) bool {
	if b.words < textBlurbMinWords {
		return false
	}
	t := strings.TrimRight(b.text, " ")
	return strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...") || strings.HasSuffix(t, "[…]") || strings.HasSuffix(t, "[...]")
}
