package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

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
	o := DefaultOptions()
	o.Format = news.FormatHTML
	a, err := New(o).Extract(news.Page{ID: "fold", Format: news.FormatHTML, Content: []byte(foldPage)})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"insurance does not cover", "racks in the long shed"} {
		if !strings.Contains(a.Body, s) {
			t.Errorf("body lacks the folded answer %q:\n%s", s, a.Body)
		}
	}
	if strings.Contains(a.Body, "Phone icon") {
		t.Errorf("body has the aria-hidden icon's text:\n%s", a.Body)
	}
}
