package extract

import "strings"

// A site sets a link under a section, a blurb or a menu that asks the
// reader to browse its other pages: "Browse all content", "Browse index
// funds", "Browse the … options for your next trip abroad!". On the HTML
// path each is a link and leaves with it; a flattened page gives only the
// label, which the block model keeps between the blurbs it stands in. The
// wcxb-dev gold bodies leave such lines out on three articles of three
// sites (an HR academy's menu, a fund company's list of fund kinds, a
// travel blog's pitch), a listing's and a documentation page's menu. They
// keep two, each a heading over the paragraph that says what to browse
// ("Browse learning resources" over "Go deep by exploring other training
// resources, …"), so a label over a paragraph of prose stays
// (docs/quality.md, thirty-second session, "Links asking the reader to
// browse").

// textBrowseMaxWords is the most words a browse link has: the travel
// blog's pitch is ten.
const textBrowseMaxWords = 10

// textBrowseProseWords is the fewest words of the paragraph under a browse
// heading that keeps it: the kept headings' paragraphs are of 20 words and
// more, the links' next lines headings, menus and short labels.
const textBrowseProseWords = 12

// textLeaveOutBrowseLinks marks the kept browse links (textIsBrowseLink)
// that do not head a paragraph of prose. The walk steps over the runs of
// dropped blocks (textNextKept), where asking keep of every block of the
// page cost some 0.4 M instructions over the 100 long wcxb-dev flat
// pages (fifty-eighth session; TestTextSmallStepsMatchPlain).
func textLeaveOutBrowseLinks(blocks []textBlock, keep, out []bool) {
	for i := textNextKept(keep, 0); i < len(blocks); i = textNextKept(keep, i+1) { // text_nextkept.go
		if out[i] || !textIsBrowseLink(&blocks[i]) {
			continue
		}
		if i+1 < len(blocks) && textHeadsProse(&blocks[i+1]) {
			continue
		}
		out[i] = true
	}
}

// textIsBrowseLink reports whether b is a whole short line opening on
// "Browse ". The exact prefix runs first: every short line of every page
// is asked. How the line ends does not matter: a menu's blurb ends as a
// sentence ("Browse bite-sized tutorials, FAQs, and best practices."), and
// the gold's kept browse lines, one so ended, stand over their paragraphs.
func textIsBrowseLink(b *textBlock) bool {
	return strings.HasPrefix(b.text, "Browse ") && textIsWholeShortLine(b, 2, textBrowseMaxWords)
}

// textHeadsProse reports whether b, the line under a browse link, is a
// paragraph of prose the link heads: ended like a sentence and of
// textBrowseProseWords words or more.
func textHeadsProse(b *textBlock) bool {
	return b.sentEnd && b.words >= textBrowseProseWords
}
