package extract

import "testing"

// TestTextLinkDisclosureLeftOut checks that textLeaveOut
// (textLeaveOutDisclosures) takes a site's link disclosures out at the
// body's head: one above the headline, two in a row under it, one that
// names the article. One a writer signs ("I may receive"), one past the
// body's head and a sentence of the story that names a commission stay.
func TestTextLinkDisclosureLeftOut(t *testing.T) {
	checkLeftOut(t, []leftOutLine{
		{"We test every ferry app we recommend. If you click on links we provide, we may receive compensation.", true},
		{"The Best Tide Apps for Estuary Sailors", false},
		{"Buying through links on our site supports our work.", true},
		{"Some of the links in this article are affiliate ones.", true},
		{"Links in this post are my own: if you buy a chart through one, I may receive a small commission.", false},
		{"The harbour commission bought four new tide gauges last winter, and the apps read them every ten minutes.", false},
		{"Most of the apps we tried read the same gauges, so their tables agree to the minute on a calm day; where they differ is in how they show a falling tide against the wind, and in what they charge for the charts that go with them, which runs from nothing to the price of a new pair of boots each year for the full coast.", false},
		{"On a spring tide the quay floods at its north end, and the apps that warn of it an hour ahead are the ones the harbour staff use themselves when they plan the ferry's crossings for the day.", false},
		{"The two apps that cost nothing carry advertising between their tables, which the sailors we asked found a fair price for a free tide table, though both ask for a subscription before they show the charts offline.", false},
		{"We earn commissions from links on our site, enabling us to deliver independent reviews.", false},
	})
}
