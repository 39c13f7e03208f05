package extract

import "testing"

// teaserPage is an invented story followed, inside the same element, by a
// grid of cards linking to other stories, each a linked headline and an
// excerpt.
const teaserPage = `<html><head><title>Keel Street harbour wall to be rebuilt | Harbourton Gazette</title>
</head><body>
<div class="page">
<h1>Keel Street harbour wall to be rebuilt</h1>
<p>The harbour wall on Keel Street will be rebuilt next spring, the Harbourton council said on Tuesday, after the winter storms opened a crack along its length.</p>
<p>Work is expected to take eight months and to close the quay to traffic, although the ferry to the islands will keep running from the temporary pier by Mill Lane.</p>
<p>Fishermen who moor inside the wall have been offered berths at the marina for the same fee, and the council will pay for moving their boats before the work starts.</p>
<p>The engineer in charge said the new wall would be a metre higher than the old one, which was built in 1887 and last repaired after the flood of 1953.</p>
<p>Residents of the houses facing the quay will be able to see the plans at the library on Mill Lane from next week and to comment on them until the end of the month.</p>
<p>The council expects the cost to be shared with the harbour trust, which owns the slipway and the fish market at the end of Keel Street, and with the county.</p>
<p>Traders at the fish market said they had been told the market would stay open through the works, with a new entrance from the car park behind the lifeboat station.</p>
<p>A public meeting on the plans will be held in the town hall on the first Thursday of next month, when the engineer will answer questions from residents and traders.</p>
<p>The harbour trust said it would publish a timetable for the works once the contract is signed, and that the slipway would stay open to small boats for most of the year.</p>
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
