package extract

import (
	"strings"
	"testing"
)

// subheadPage is an invented explainer: paragraphs under subheads set
// in one element, a box whose heading sits over a phone number, a form
// whose heading sits over its own prompt heading and the prompt over
// its list, a subhead that is a
// link, one wrapped in an element of its own, and a closing heading
// under the last kept block.
const subheadPage = `<html><body><article><div class="entry">
<h2>Why the harbour wall is failing</h2>
<p>The wall along Keel Street was built in 1891 from granite blocks set without mortar, and the sea has been washing out its core for decades.</p>
<h2>What the council decided</h2>
<p>On Tuesday the council voted to rebuild the wall in two stages, starting with the stretch beside the lifeboat station in March.</p>
<h2><a href="/costs">Costs</a></h2>
<p>The first stage will cost about four million pounds, most of it from the coastal flood fund and the rest from the harbour's reserves.</p>
<div class="sub"><h2>Who will do the work</h2></div>
<p>A contractor from Dunmore won the tender against three others and has built two sea walls on the same coast since 2019.</p>
<h3>Call us</h3>
<p>01632 960 418</p>
<h3>Ask our harbour team</h3>
<h4>Choose a topic below to get started</h4>
<ul><li>Slipway closures</li><li>Parking on the quay</li></ul>
<p>The works will close the slipway from March to the end of May while the new footings are poured and the stone is brought in.</p>
<h2>Related stories</h2>
</div></article></body></html>`

// TestRestoreSubheads: the model kept the paragraphs and the form's
// prompt and dropped every other heading; the subhead over a paragraph in the same element comes back,
// the box's and the form's headings, the linked one, the wrapped one, the one
// above the first kept block and the one after the last stay dropped.
func TestRestoreSubheads(t *testing.T) {
	page := pageBlocks(t, subheadPage)
	keep := make([]bool, len(page))
	want := make([]bool, len(page))
	for i, b := range page {
		switch {
		case !b.heading, b.text == "Choose a topic below to get started":
			keep[i], want[i] = true, true
		case b.text == "What the council decided":
			want[i] = true
		}
	}
	checkVote(t, page, restoreSubheads(page, blockWords(page), keep), want)
}

// TestClassifyBodyRestoresSubheads runs subheadPage through classifyBody
// as a page whose extractors both dropped every heading, under a bar
// high enough that the model drops them too (the fitted model keeps a
// subhead of such a page at the shipped bars). The subhead over a
// paragraph of its element comes back; the box's heading does not.
func TestClassifyBodyRestoresSubheads(t *testing.T) {
	page := pageBlocks(t, subheadPage)
	m := htmlDefaultModel()
	m.bar = 2
	got := joinBlocks(classifyBody(page, bothKeep(page, func(b block) bool { return !b.heading }), m))
	if !strings.Contains(got, "What the council decided\n\nOn Tuesday") {
		t.Errorf("classifyBody did not restore the subhead over its paragraph:\n%s", got)
	}
	if strings.Contains(got, "Call us") {
		t.Errorf("classifyBody restored the box's heading:\n%s", got)
	}
}
