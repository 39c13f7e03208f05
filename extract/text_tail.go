package extract

import "github.com/storyfold/storyfold/textnorm"

// The tail walk: the end matter a body closes with (author bios,
// subscribe calls, copyright and cookie notices), read from the last
// paragraph up, and the least body and the footer it asks for, which the
// other steps at the body's edges ask too. Moved whole from text.go in
// the forty-seventh session (docs/quality/text-extraction-3.md).

// textLeaveOutTail marks the end matter the body closes with (author
// bios, subscribe calls, copyright and cookie notices: textReadsAsEndMatter),
// up to tailMaxBlocks of its last paragraphs, as the HTML path's dropTail
// does, with the short labels among them (textIsTailLabel). On the
// wcxb-dev flat articles the end matter phrases alone gave F1 0.92368 ->
// 0.92432 (even ids 0.92353 -> 0.92459, odd 0.92375 -> 0.92399), with the
// bios 0.92467 (0.92458, 0.92470); a one-off simulation over `storyfold
// extract --json`, docs/quality.md. The walk ends at the article's own
// closing pitch (textTailPitchStays, text_tailpitch.go), as at any other
// paragraph of the article.
func textLeaveOutTail(blocks []textBlock, keep, out []bool) {
	stays := func(i int) bool { return textStays(blocks, keep, out, i) }
	last := textPrevKept(keep, len(blocks)-1) // text_nextkept.go
	for last >= 0 && !stays(last) {
		last = textPrevKept(keep, last-1)
	}
	if len(blocks)-1-last < textTailFooterBlocks {
		return
	}
	chars := 0 // the body's, measured once the page has a footer
	for i := textNextKept(keep, 0); i <= last; i = textNextKept(keep, i+1) {
		if stays(i) {
			chars += len(blocks[i].text)
		}
	}
	left := tailMaxBlocks
	var sc textnorm.WordScanner
	var labels []int // short lines among the end matter: its headings and names
	found := false
	for i := last; i >= 0 && left > 0; i = textPrevKept(keep, i-1) {
		if !stays(i) {
			continue
		}
		b := &blocks[i]
		left--
		if textIsTailLabel(b) {
			labels = append(labels, i)
			chars -= len(b.text)
			continue
		}
		// The article's own closing pitch (textTailPitchStays) ends the
		// walk as a paragraph of the article does.
		if chars-len(b.text) < textTailMinChars || !textReadsAsEndMatter(b, &sc) || textTailPitchStays(blocks, keep, out, i, &sc) {
			break
		}
		out[i] = true
		found = true
		chars -= len(b.text)
	}
	if found && chars >= textTailMinChars {
		for _, i := range labels {
			out[i] = true
		}
	}
}

// textIsTailLabel reports a line of at most five words that does not end
// like a sentence: among the end matter, the bio's heading or its
// author's name ("Mira Tolland", "Harbour Desk"), which stopped
// textLeaveOutTail's walk from the body's end until it passed over them;
// they go with the end matter when it finds any. On the wcxb-dev flat
// articles F1 0.92765 -> 0.92779 (even ids 0.92842 -> 0.92847, odd
// 0.92681 -> 0.92703), 20 pages up and 1 down (docs/quality.md, sixth
// session).
func textIsTailLabel(b *textBlock) bool {
	return b.words <= 5 && !b.sentEnd
}

// textTailMinChars is the least body textLeaveOutTail leaves: on short
// pages (listings, a product's blurb) the end matter was most of what
// the block model kept, and without it 4 wcxb-dev pages fell under
// Options.MinBodyChars and were skipped as no_text (listing 4332 lost
// F1 0.25).
const textTailMinChars = 400

// textTailFooterBlocks is how many lines must follow the body for its
// last paragraphs to be read as end matter: a site's template closes a
// page with a footer, and the end matter sits between article and footer.
// A report in a corpus ends where its text does (ECB+ and GVC texts have
// 10 lines at the median; "… click here to sign up" closes a GVC report
// and is its own).
const textTailFooterBlocks = 5
