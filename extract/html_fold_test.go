package extract

import "testing"

// foldPage is an invented service page whose questions open like an
// accordion: the closed answers are marked aria-hidden, as the icons are.
const foldPage = `<html><head><title>Harbourton Boat Storage: winter berths</title></head><body>
<main><h1>Winter berths at the Keel Street yard</h1>
<p>The Harbourton boat yard on Keel Street stores boats of up to twelve metres from November to March, on cradles under cover or on the hard beside the slipway.</p>
<p>Boats are lifted out by the yard's own crane on the days set each autumn, and owners may work on their boats on weekdays while the yard is open.</p>
<div class="faq-accordion">
<h2>Questions owners ask</h2>
<div class="accordion-item"><h3>Can I stay aboard overnight?</h3>
<div class="accordion-body" aria-hidden="true"><p>No. The yard is locked at six in the evening, and insurance does not cover anyone sleeping aboard a boat on a cradle in the winter months.</p></div></div>
<div class="accordion-item"><h3>Is the mast stored too?</h3>
<div class="accordion-body" aria-hidden="true"><p>Masts are stored on racks in the long shed beside Mill Lane, labelled with the boat's name, for a small charge per metre of mast.</p></div></div>
</div>
<p><span class="icon" aria-hidden="true">Phone icon</span> Call the yard office on weekdays to book a lift-out date for next winter.</p>
</main></body></html>`

func TestHTMLFoldsRead(t *testing.T) {
	checkHTMLBody(t, "fold", foldPage,
		[]string{"insurance does not cover", "racks in the long shed"}, // the folded answers
		[]string{"Phone icon"}) // an aria-hidden icon's text
}
