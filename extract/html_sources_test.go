package extract

import (
	"slices"
	"testing"
)

// sourcesPage is an invented explainer: the story's paragraphs, a numbered
// list of five steps inside the story (each with a link), then after its
// last paragraph a list of five things to bring (no links), a list of two
// citations (the page's own, which stays), and a closing list of five
// citations, each a line with a link in it (which goes).
const sourcesPage = `<html><body><article>
<p>Tide pools on rocky shores hold more kinds of animal per square metre than almost any other habitat, because the sea refills them twice a day.</p>
<ol>
<li>Look under the weed before turning any stone, since crabs hide there (<a href="/crabs">crabs</a>).</li>
<li>Put every stone back the way it lay, with its weed side up, as the <a href="/code">shore code</a> asks.</li>
<li>Keep your hands out of anemones, however soft they look (<a href="/anemones">anemones</a>).</li>
<li>Watch the sea behind you when the tide turns, and leave before the <a href="/tides">tide</a> does.</li>
<li>Take photographs, not animals: a snail in a bucket dies by evening (<a href="/snails">snails</a>).</li>
</ol>
<p>The animals that live highest on the shore must survive hours of sun and rain, and many close their shells or pull into cracks until the water comes back.</p>
<p>Lower down the pools stay wet and cool, and anemones, sea stars and small fish share them with the snails that graze their walls clean.</p>
<h2>What to bring</h2>
<ol>
<li>Boots with a good grip for the weed on the rocks.</li>
<li>A clear tub to look at animals for a minute or two.</li>
<li>A hand lens for the smallest snails and worms.</li>
<li>A tide table for the day, checked before you go.</li>
<li>A warm layer, since the wind on the shore is cold.</li>
</ol>
<h2>Standards</h2>
<ol>
<li>Shore code for visitors, <a href="https://example.org/code">example.org/code</a>, read on May 2.</li>
<li>Rock pool safety notes, <a href="https://example.org/safety">example.org/safety</a>, read on May 2.</li>
</ol>
<h2>Sources</h2>
<ol>
<li>Marsh A, Reed B. Zonation on temperate rocky shores. <a href="https://example.org/1">Shore Journal</a> 12: 4-19.</li>
<li>Hale C. Grazing snails and the algae of pools. <a href="https://example.org/2">Marine Notes</a> 3: 88-97.</li>
<li>Ito D, Park E. Anemone survival through low tide. <a href="https://example.org/3">Coastal Biology</a> 7: 1-12.</li>
<li>Ruiz F. Crabs under weed: hiding and hunting. <a href="https://example.org/4">Shore Journal</a> 15: 30-41.</li>
<li>Novak G. A field guide to the pools of the north coast, second edition. <a href="https://example.org/5">Tide Press</a>.</li>
</ol>
</article></body></html>`

// TestDropSourceLists: with every block kept, the five citations after the
// story's last paragraph go; the steps inside the story (before its last
// paragraph), the list without links and the two-item list after it stay.
func TestDropSourceLists(t *testing.T) {
	page := pageBlocks(t, sourcesPage)
	words := blockWords(page)
	want := keptBut(t, page, []string{"Shore Journal", "Marine Notes", "Coastal Biology", "Tide Press"}, 5)
	if slices.Equal(want, allKept(len(page))) {
		t.Fatal("want drops nothing")
	}
	checkVote(t, page, dropSourceLists(page, words, allKept(len(page))), want)
}
