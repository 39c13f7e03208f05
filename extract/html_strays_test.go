package extract

import (
	"strings"
	"testing"
)

// strayPage is an invented story with a sidebar box whose links the
// model drops and whose one sentence of prose it would keep alone.
const strayPage = `<html><body><main>
<article class="story">
<p>The harbour wall on Keel Street will be rebuilt next spring, the Harbourton council said on Tuesday, after the winter storms opened a crack along its length.</p>
<p>Work is expected to take eight months and to close the quay to traffic, although the ferry to the islands will keep running from the temporary pier by Mill Lane.</p>
<p>Fishermen who moor inside the wall have been offered berths at the marina for the same fee, and the council will pay for moving their boats before the work starts.</p>
<p>The engineer in charge said the new wall would be a metre higher than the old one, which was built in 1887 and last repaired after the flood of 1953.</p>
<p>Residents of the houses facing the quay will be able to see the plans at the library on Mill Lane from next week and to comment on them until the end of the month.</p>
<p>The council expects the cost to be shared with the harbour trust, which owns the slipway and the fish market at the end of Keel Street.</p>
</article>
<aside><div class="box">
<h3><a href="/town">Around the town</a></h3>
<ul>
<li><a href="/a">Bakery on Mill Lane wins county prize</a></li>
<li><a href="/b">School choir to sing at the lighthouse</a></li>
<li><a href="/c">New bus timetable for the coast road</a></li>
<li><a href="/d">Library extends its opening hours</a></li>
<li><a href="/e">Lifeboat crew called out twice in a day</a></li>
<li><a href="/f">Allotment holders plan an open day</a></li>
<li><a href="/g">Harbour trust names its new chair</a></li>
<li><a href="/h">Cricket club opens its new pavilion</a></li>
<li><a href="/i">Road works on the coast road next week</a></li>
<li><a href="/j">Museum shows old photographs of the quay</a></li>
<li><a href="/k">Market traders ask for longer hours</a></li>
<li><a href="/l">Swimmers cross the bay for charity</a></li>
<li><a href="/m">Town band plays on the green</a></li>
<li><a href="/n">Ferry fares to rise in April</a></li>
</ul>
<p>The Harbourton Gazette has reported on the town for ninety years, and readers can bring us their news.</p>
</div></aside>
</main></body></html>`

func TestClassifyBodyDropsStrays(t *testing.T) {
	page := pageBlocks(t, strayPage)
	// Both extractors keep every paragraph, the sidebar's too.
	var paras []block
	for _, b := range page {
		if b.node != nil && b.node.Data == "p" {
			paras = append(paras, b)
		}
	}
	c := candidates{traf: paras, read: paras}
	got := joinBlocks(classifyBody(page, c, htmlDefaultModel()))
	if strings.Contains(got, "ninety years") {
		t.Errorf("classifyBody kept the sidebar's sentence: %q", got)
	}
	for _, want := range []string{"eight months", "harbour trust"} {
		if !strings.Contains(got, want) {
			t.Errorf("classifyBody lost %q: %q", want, got)
		}
	}
}
