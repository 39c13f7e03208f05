package extract

import "testing"

// teaserPage is an invented story followed, inside the same element, by a
// grid of cards linking to other stories, each a linked headline and an
// excerpt.
const teaserPage = `<html><head><title>Keel Street harbour wall to be rebuilt | Harbourton Gazette</title>
</head><body>
<div class="page">
<h1>Keel Street harbour wall to be rebuilt</h1>
` + harbourWallParas + `<p>The harbour trust said it would publish a timetable for the works once the contract is signed, and that the slipway would stay open to small boats for most of the year.</p>
<p>Visitors to the town this summer will find the quay fenced off from the lifeboat station to the fish market, and the harbour walk will be sent along Mill Lane instead.</p>
<div class="more">
<div class="card"><h3><a href="/bakery">Mill Lane bakery wins the county prize</a></h3><p>The bakers on Mill Lane took the county prize for their seed loaf, the third time in five years that the award has come to Harbourton.</p></div>
<div class="card"><h3><a href="/choir">School choir to sing at the lighthouse</a></h3><p>Pupils from the primary school will sing carols at the lighthouse on the last Friday before the holidays, and everyone is welcome to join them.</p></div>
<div class="card"><h3><a href="/bus">New bus timetable for the coast road</a></h3><p>Buses along the coast road will run every half hour from January, the county said, with a late service on Fridays and Saturdays in the summer.</p></div>
</div>
</div>
</body></html>`

func TestHTMLTeaserTailDropped(t *testing.T) {
	checkHTMLBody(t, "teasers", teaserPage,
		[]string{"eight months", "harbour walk"},                // the story
		[]string{"seed loaf", "sing carols", "every half hour"}) // the teasers
}
