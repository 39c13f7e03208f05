package extract

import "strings"

// textOverHeadlineOpenWords is the fewest words of a staying paragraph
// above the headline that makes it the article's opening (a standfirst,
// an introduction set over the title) rather than the page's header; a
// sentence of six words or more opens it too (textOpensOverHeadline).
// Shorter lines there are the header's on wcxb-dev's flat pages: a trail,
// a notice's button, "Posted on … by …", a mega menu's one-line blurbs.
// Sentences there are often the header's as well (a form's "Thank you!
// Your message has been received!", a copyright line), but passing over
// them took the entry headings of listings and services under their
// gold's own blurbs (docs/quality.md, "Flat precision, round five",
// thirty-eighth session).
const textOverHeadlineOpenWords = 25

// textLeaveOutOverHeadline marks the staying lines above the headline,
// and the headline, when the body states the headline once, below some
// staying line, and no staying line above it may open the article
// (textOpensOverHeadline). textDropToHeadline does the
// like before the body is assembled, but asks of the kept lines then, of
// which a sentence the later steps leave out (a preferred-source prompt,
// a form's message) stops it; here only what stays is read. A headline
// that opens the body stays (the gold keeps it as often as not), and a
// page the page model doubts is left alone: a listing's or a service's
// heading sits under the lines its gold keeps. The headline is also found
// joined to its byline (textHeadlineOverByline) or, when the title read
// is not among the lines, named by the URL's slug (textHeadlineBySlug);
// a sentence right under a menu's entry is the entry's blurb, no opening
// (textIsMenuEntry, text_menublurbs.go).
func textLeaveOutOverHeadline(blocks []textBlock, keep, out []bool, headline, url string, doubted bool) {
	if doubted {
		return
	}
	stays := func(i int) bool { return textStays(blocks, keep, out, i) }
	head := textHeadlineAmong(blocks, keep, headline, stays)
	if head < 0 {
		head = textHeadlineOverByline(blocks, keep, headline, stays)
	}
	if head < 0 {
		head = textHeadlineBySlug(blocks, url, stays)
	}
	if head < 0 {
		return
	}
	above, entry := false, false // entry: the staying line just above is a menu's entry (textIsMenuEntry)
	for i := 0; i < head; i++ {
		if !stays(i) {
			continue
		}
		if textOpensOverHeadline(&blocks[i]) && !(entry && blocks[i].words <= textMenuBlurbMaxWords) {
			return
		}
		above, entry = true, textIsMenuEntry(&blocks[i])
	}
	if !above {
		return
	}
	for i := 0; i <= head; i++ {
		if textStays(blocks, keep, out, i) {
			out[i] = true
		}
	}
}

// textOpensOverHeadline reports a staying line above the headline that
// may open the article (textLeaveOutOverHeadline): a paragraph of
// textOverHeadlineOpenWords words or more, or a sentence of six words or
// more that ends with a full stop or a bang. A question is a teaser's
// title, and a line that ends no sentence a menu's entry or a trail.
func textOpensOverHeadline(b *textBlock) bool {
	return b.words >= textOverHeadlineOpenWords || b.sentEnd && b.words >= 6 && !strings.HasSuffix(b.text, "?")
}
