package extract

import (
	"strings"
	"testing"
)

// cardPage is an invented post on rebuilding a lighthouse lamp: between
// its paragraphs a bookmark card for an earlier post (a link around its
// title, its blurb and the site's name) and a newsletter's embedded post;
// a picks box of two short linked names and a guide's tile whose long
// line is a headline (no blurb); a heading set inside a link of its own
// and a sentence alone in a link (one block each); a named anchor (no
// href) around a subhead and its paragraph; a link inside a paragraph.
const cardPage = `<html><body>
<article><div class="post-content">
<p>The lamp at Gullstone Point had not turned since the keepers left in 1987, and the trust that bought the tower last year wanted the old clockwork running again before the light's centenary in August.</p>
<p>The first winter went on the mechanism itself, which had seized solid, and on finding anyone who still knew how a weight-driven rotation was meant to be wound and timed.</p>
<figure class="bookmark-card"><a class="bookmark-container" href="https://example.com/lantern-glass"><div class="bookmark-content"><div class="bookmark-title">Cleaning a hundred years of lantern glass</div><div class="bookmark-description">We spent three weeks on scaffolding inside the lantern room taking every pane back to clear glass.</div><div class="bookmark-site">The Gullstone Log</div></div></a></figure>
<p>The answer came from a retired engineer in Leith, who sent drawings of a sister light's gearing and offered to come down for a fortnight in the spring to help with the worst of it.</p>
<div class="embedded-post-wrap"><a class="embedded-post" href="https://example.com/p/weights"><div class="embedded-post-header">Harbour Notes</div><div class="embedded-post-title">Why the weights hang where they do</div><div class="embedded-post-body">A short history of the drop tube and what it tells you about the tower that was built around it…</div></a></div>
<div class="picks"><a class="pick" href="/parts/bearing"><div class="pick-label">Best replacement bearing overall</div><div class="pick-name">Roller set RB-40</div></a></div>
<a class="tile" href="/guides/fog"><div class="tile-kind">Guide</div><div class="tile-title">Twelve Fog Signals Every Keeper Once Had to Know by Heart</div></a>
<a id="clockwork" href="#clockwork"><h2>Winding the clockwork</h2></a>
<a id="logbooks"><h3>The logbooks</h3><p>Two boxes of logbooks turned up in the roof space during the work on the stair.</p></a>
<a class="notes-link" href="/notes"><p>The keepers' notes from the winter of 1911 have been transcribed by volunteers this summer.</p></a>
<p>Wound by hand every four hours, the weights now drop the full height of the tower, and on a still night the beam can be seen from the ferry as far out as the <a href="/skerries">Skerries</a>, just as the old logs describe.</p>
<p>Most of the spring went on the lens. Two of its prisms had cracked in a storm in the sixties and been glued, badly, by a contractor who had never seen a Fresnel lens before, so the trust sent both to a glassworks in the Midlands that still grinds replacement elements by hand.</p>
<p>The pedestal needed less than anyone feared. Under forty years of pigeon droppings and rust the cast iron was sound, and the float bath that carries the lens on its ring of mercury only wanted cleaning, a new seal and a careful refill under the supervision of the county's safety officer.</p>
<p>Volunteers did the rest: scraping and repainting the spiral stair, rehanging the door at the foot of the tower, rewiring the keepers' cottage as a visitor centre, and sorting two boxes of logbooks that turned up in the roof space during the work, the earliest from the winter of 1911.</p>
<p>Money came in small amounts and from everywhere: a grant from the heritage fund for the lens, the parish council's share of the harbour dues, and a sponsored swim across the bay in September that raised more than the trust's first three years of membership fees together.</p>
<p>The hardest part was the clockwork's governor, a pair of fan blades that keep the rotation even. One blade was missing altogether, and the engineer from Leith made a new one from an offcut of brass on a lathe in the boathouse, working from a photograph in the logbooks and the surviving blade's shadow on the casing.</p>
<p>Timing came last. A light is known by its character, the pattern of flashes a ship's navigator looks up in the list of lights, and Gullstone's two flashes every fifteen seconds had to come back exactly as printed, or the authorities would not allow the lamp to be lit at all.</p>
<p>After three weeks of adjustments, with a stopwatch at the window and a volunteer counting out loud on the harbour wall, the character was true to within a tenth of a second, and the inspector signed it off on a wet afternoon in late June.</p>
<p>The trust will open the tower to visitors on the last Saturday of each month through the summer, with the lamp lit at dusk for the centenary itself.</p>
</div></article></body></html>`

// cardGone are the card lines dropLinkCards takes.
var cardGone = []string{
	"Cleaning a hundred years of lantern glass", "We spent three weeks on scaffolding", "The Gullstone Log",
	"Harbour Notes", "Why the weights hang where they do", "A short history of the drop tube",
}

// TestDropLinkCards: with every block kept on a stated article, the two
// cards go; the picks box and the tile (no blurb), the heading in its
// anchor link and the linked sentence (one block each), the named anchor
// and the paragraph with a link stay. Nothing goes on a page not stated, nor on a page the
// cards make up.
func TestDropLinkCards(t *testing.T) {
	page := pageBlocks(t, cardPage)
	words := blockWords(page)
	want := keptBut(t, page, cardGone, len(cardGone))
	checkVote(t, page, dropLinkCards(page, words, allKept(len(page)), true), want)
	checkVote(t, page, dropLinkCards(page, words, allKept(len(page)), false), allKept(len(page)))
	// a page of cards: only the opening paragraph is not one
	grid := cardPage[:strings.Index(cardPage, "<p>The first winter")] +
		cardPage[strings.Index(cardPage, `<figure`):strings.Index(cardPage, "<p>The answer came")] +
		cardPage[strings.Index(cardPage, `<div class="embedded-post-wrap">`):strings.Index(cardPage, `<div class="picks">`)] +
		`</div></article></body></html>`
	page = pageBlocks(t, grid)
	checkVote(t, page, dropLinkCards(page, blockWords(page), allKept(len(page)), true), allKept(len(page)))
}

// TestExtractDropsLinkCards runs the page, stated as a news article,
// through the whole HTML path: the cards go, the story stays.
func TestExtractDropsLinkCards(t *testing.T) {
	a := extractHTMLPage(t, "card", "https://example.com/gullstone/lamp", statedArticle(cardPage, "Rebuilding the Gullstone lamp"))
	checkBody(t, a.Body, "the link card", cardGone[:2], []string{"The lamp at Gullstone Point", "The answer came from", "Wound by hand", "Skerries"})
}
