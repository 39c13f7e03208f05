package extract

import (
	"slices"
	"strings"
	"testing"
)

// contentsPage is an invented guide to winter beekeeping: above its first
// long paragraph a jump list of links to its own sections, a line of
// links to other pages and a line mixing the two; a subhead linked to its
// own anchor above the first long paragraph and another below it; and
// inside the story, after the first long paragraph, a
// second jump list.
const contentsPage = `<html><body><article>
<h1>Keeping bees through the winter</h1>
<ul class="toc">
<li><a href="#cluster">How the cluster keeps warm</a></li>
<li><a href="#stores">Checking the stores</a></li>
<li><a href="#mice">Mouse guards and woodpeckers</a></li>
</ul>
<div class="more"><a href="/guides/spring">Spring inspections</a> <a href="https://example.org/swarms">Swarm season</a></div>
<div class="mixed"><a href="#stores">Stores</a> and <a href="/shop/feeders">our feeders</a></div>
<h2 id="intro"><a href="#intro">Before the cold comes</a></h2>
<p>A colony that goes into the winter strong, with a young queen and thirty pounds of honey or more, will most often come out of it alive; the beekeeper's work in the cold months is mostly to leave it alone and to keep its enemies out.</p>
<h2 id="cluster"><a href="#cluster">How the cluster keeps warm</a></h2>
<p>When the air falls below about ten degrees the bees draw together into a ball around the queen, shivering their flight muscles to make heat while the outer layer packs tight as an insulating shell, and the whole cluster creeps slowly across the combs as it eats.</p>
<ul class="toc-inner">
<li><a href="#stores">Checking the stores</a></li>
<li><a href="#mice">Mouse guards and woodpeckers</a></li>
</ul>
<h2 id="stores">Checking the stores</h2>
<p>Heft the back of the hive on a mild day in late winter: a box that lifts easily is short of food, and a block of fondant laid over the frames will carry the colony through to the first willow pollen and the spring flow.</p>
<h2 id="mice">Mouse guards and woodpeckers</h2>
<p>A strip of perforated metal across the entrance keeps mice from nesting in the combs, and in woodland a sheet of chicken wire around the hive stops a green woodpecker from drilling its way in to the brood.</p>
</article></body></html>`

// contentsGone are the lines dropAnchorContents takes: the jump list
// above the first long paragraph.
var contentsGone = []string{"How the cluster keeps warm", "Checking the stores", "Mouse guards and woodpeckers"}

// TestDropAnchorContents: with every block kept on a stated article, the
// jump list above the first long paragraph goes; the line of links to
// other pages, the mixed line, the subheads linked to their own anchors and
// the jump list inside the story stay. Nothing goes on a page not stated.
func TestDropAnchorContents(t *testing.T) {
	page := pageBlocks(t, contentsPage)
	words := blockWords(page)
	first := slices.IndexFunc(page, func(b block) bool { return strings.HasPrefix(b.text, "A colony") })
	want := allKept(len(page))
	gone := 0
	for i, b := range page[:first] {
		if !b.heading && slices.Contains(contentsGone, b.text) {
			want[i] = false
			gone++
		}
	}
	if gone != len(contentsGone) {
		t.Fatalf("the page renders %d jump-list lines above the story, want %d", gone, len(contentsGone))
	}
	checkVote(t, page, dropAnchorContents(page, words, allKept(len(page)), true), want)
	checkVote(t, page, dropAnchorContents(page, words, allKept(len(page)), false), allKept(len(page)))
}

// TestIsOwnAnchor: "#name" is the page's own anchor; "#" alone, a path
// and another page's anchor are not.
func TestIsOwnAnchor(t *testing.T) {
	for href, want := range map[string]bool{
		"#stores": true, " #mice ": true, "#": false, "/guides#stores": false,
		"https://example.org/#top": false, "": false,
	} {
		if got := isOwnAnchor(href); got != want {
			t.Errorf("isOwnAnchor(%q) = %v, want %v", href, got, want)
		}
	}
}
