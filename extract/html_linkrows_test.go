package extract

import (
	"strings"
	"testing"
)

// rowPage is an invented post on a village's new ferry: a share bar and a
// "Related" pointer between its paragraphs (short <div>s of links), a
// longer linked sentence in a <div>, a short <div> without links, and a
// row of end links after the last long paragraph.
const rowPage = `<html><body>
<article><div class="post-content">
<p>The new ferry between Innisreagh and the mainland made its first crossing on Monday morning, twenty minutes late and carrying eleven passengers, two cars and a crate of hens bound for the island's only farm.</p>
<div class="share"><a href="https://example.com/share?f">Facebook</a> <a href="https://example.com/share?t">Twitter</a> <a href="mailto:?x">Email</a></div>
<p>The old boat, in service since 1979, had been refused a safety certificate in the spring, and for four months the islanders relied on a fishing boat hired by the county for two crossings a day in fair weather only.</p>
<div class="related"><a href="/news/ferry-tender">Related: the tender row</a></div>
<div class="linked-line"><a href="/news/ferry-history">How the island has been served by boat since the first steamer called in 1880, and why the pier moved twice</a></div>
<div class="kicker">Island news</div>
<p>The new vessel was built in a yard on the Clyde and carries sixty passengers and eight cars; it is slower than the old boat in a head sea, the skipper said, but far drier, and the ramp can be worked by one crew member alone.</p>
<p>Building her took longer than planned. The yard lost its welding foreman in the winter, a shipment of steel plate sat in a strike at the docks for six weeks, and the first sea trials found a vibration in the port shaft that took a month of work in the dry dock to trace to a bent coupling.</p>
<p>On the island the wait was felt most by the school, whose older pupils board on the mainland during the week and came home only when the hired boat could run, and by the shop, which went without fresh bread for days at a time when the wind was in the west.</p>
<p>The skipper, who has crewed the crossing for twenty-two years, brought her in on Monday against a falling tide and a cross wind, and said afterwards that she handled better than he had feared, though the wheelhouse would take some getting used to after the old one.</p>
<p>A small crowd waited on the pier with flags borrowed from the school, and the island's oldest resident, who remembers the steamer that ran before the war, was given the first ticket sold on board and a seat in the wheelhouse for the return crossing in the afternoon.</p>
<p>The county says the new ferry will run four crossings a day in summer and three in winter, with an extra sailing on Fridays for the weekly boarders, and that a second vessel of the same design is being considered for the longer route to the outer islands.</p>
<p>Fares stay at the old rates until the end of the year, when the county will review them with the island council and the operator, which holds the contract for seven years with an option of three more.</p>
<div class="end-links"><a href="/timetable">Timetable</a> <a href="/fares">Fares</a></div>
</div></article></body></html>`

// rowGone are the link rows dropLinkRows takes.
var rowGone = []string{"Facebook Twitter Email", "Related: the tender row"}

// TestDropLinkRows: with every block kept on a stated article, the share
// bar and the related pointer above the last long paragraph go; the long
// linked line, the short <div> without links and the end links after the
// last long paragraph stay. Nothing goes on a page not stated, nor when
// the rows hold linkRowMaxShare of the kept words or more.
func TestDropLinkRows(t *testing.T) {
	page := pageBlocks(t, rowPage)
	words := blockWords(page)
	want := keptBut(t, page, rowGone, len(rowGone))
	checkVote(t, page, dropLinkRows(page, words, allKept(len(page)), true), want)
	checkVote(t, page, dropLinkRows(page, words, allKept(len(page)), false), allKept(len(page)))
	// a short page: the two rows hold more than linkRowMaxShare of its words
	short := rowPage[:strings.Index(rowPage, "<p>The new vessel")] + rowPage[strings.Index(rowPage, "<p>Fares stay"):]
	page = pageBlocks(t, short)
	checkVote(t, page, dropLinkRows(page, blockWords(page), allKept(len(page)), true), allKept(len(page)))
}
