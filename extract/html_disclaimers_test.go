package extract

import "testing"

// disclaimerPage is an invented story whose element holds two boxes of
// fine print set as prose: a ferry operator's terms under the timetable
// paragraph and the paper's caveat after the story.
const disclaimerPage = `<html><head><title>Keel Street harbour wall to be rebuilt | Harbourton Gazette</title>
</head><body>
<article class="post">
<h1>Keel Street harbour wall to be rebuilt</h1>
<div class="entry-content">
` + harbourWallParas + `<div class="offer-disclaimer"><p>Fares quoted are for adults travelling on weekdays and may change without notice, and the operator reserves the right to alter the timetable of the temporary pier when the weather or the works require it.</p></div>
<p>Visitors to the town this summer will find the quay fenced off from the lifeboat station to the fish market, and the harbour walk will be sent along Mill Lane instead.</p>
<div id="views_disclaimer"><p>The opinions of residents quoted in this story are their own and do not necessarily reflect the views of the Harbourton Gazette or of its owners, who accept no liability for them.</p></div>
</div>
</article>
</body></html>`

func TestHTMLDisclaimersDropped(t *testing.T) {
	checkHTMLBody(t, "disclaimers", disclaimerPage,
		[]string{"eight months", "harbour walk"},                              // the story
		[]string{"Fares quoted", "reserves the right", "accept no liability"}) // its fine print
}

func TestDisclaimerNamed(t *testing.T) {
	for v, want := range map[string]bool{
		"disclaimer":                            true,
		"affiliate-disclaimer":                  true,
		"feature-benefit__disclaimer":           true,
		"disclaimer--trial":                     true,
		"text--p-xsmall disclaimer__disclaimer": true,
		"Legal_Disclaimers":                     true,
		"block-inline-blockdisclaimer":          false,
		"disclaimed":                            false,
		"entry-content":                         false,
		"":                                      false,
	} {
		if got := disclaimerNamed(v); got != want {
			t.Errorf("disclaimerNamed(%q) = %v, want %v", v, got, want)
		}
	}
}
