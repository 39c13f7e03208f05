package extract

import "strings"

// A documentation generator (Sphinx, Django's and Python's docs, the
// Pallets and Requests docs) sets a permalink's pilcrow after every
// heading, and flattening glues it to the heading's last word
// ("Quickstart¶", "A Minimal Application¶"). The first such heading is
// the document's own, its h1. Of the 1,497 wcxb-dev flat pages, 16 hold
// a pilcrow heading, all documentation; on the 13 that hold two or more
// with no paragraph over the first (flask, requests, SQLAlchemy, Django's
// models, forms and middleware, Python's logging HOWTO, functools, json,
// itertools and tutorial, the kernel's "Submitting patches", FastAPI's
// tutorial) the first is the gold on 10, and the other three are titled
// by no line of the page as written ("Django documentation" over the
// middleware page, "JSON encoder and decoder" for "json — JSON encoder
// and decoder", a dash turned to mojibake). The title model took a
// sidebar's entry, a subheading, a code sample or no line on five of the
// ten with the URL, six without. Where the first pilcrow heading stands
// under a paragraph it is a section's (mkdocs and go.dev set no pilcrow
// on the page's own heading: "Prerequisites¶" under the Go tutorial's
// introduction, "The annotated pattern¶" under pydantic's; a version
// notice over celery's guide, 0665, leaves that page to the model too),
// and the line taken stays.

// textPermalinkMinWords is the fewest words of a paragraph that ends a
// search for the first pilcrow heading: a sentence of twelve words or
// more is the document's prose, not its menu or its headings.
const textPermalinkMinWords = 12

// textTitleFirstPermalink returns the index of the block whose text names
// a documentation page: the first block ending in a pilcrow when another
// block under it ends in one too and no paragraph (textIsPermalinkProse)
// stands over it; else at. Only the title's text follows (the pilcrow is
// cut with every title's, textTitleNoPilcrow); the body, byline and date
// are read around the model's line.
func textTitleFirstPermalink(c *textTitleCandidates, at int) int {
	for i := range c.blocks {
		b := &c.blocks[i]
		if textIsPermalinkProse(b) {
			return at
		}
		if !textEndsPilcrow(b.text) || b.words == 0 {
			continue
		}
		for j := i + 1; j < len(c.blocks); j++ {
			if textEndsPilcrow(c.blocks[j].text) {
				return i
			}
		}
		return at
	}
	return at
}

// textEndsPilcrow reports whether s ends in a pilcrow ("¶", the bytes
// C2 B6), asked by its last byte first: most lines end otherwise.
func textEndsPilcrow(s string) bool {
	return len(s) >= 2 && s[len(s)-1] == 0xB6 && strings.HasSuffix(s, "¶")
}

// textIsPermalinkProse reports whether b is a paragraph of the document:
// textPermalinkMinWords words or more ending like a sentence.
func textIsPermalinkProse(b *textBlock) bool {
	return b.words >= textPermalinkMinWords && b.sentEnd
}
