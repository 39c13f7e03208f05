package extract

import "testing"

// TestTextCreditNamingWebAddress checks that a caption whose credit names
// a web address leaves the flat body (textCreditStops reads the address's
// full stops as none), while a caption whose "credit" is a sentence, a
// full address with its scheme's colon, or a label's line stay.
func TestTextCreditNamingWebAddress(t *testing.T) {
	checkLeftOut(t, []leftOutLine{
		{"The ridge trail climbs four hundred metres over the first two miles, and the views open up after the second stile.", false},
		{"We slept well in the striped hammock through three cold nights. – Photo Credit: Mira Tolland (HarbourGear.com)", true},
		{"The hut at the saddle sleeps twelve and is open from May to the first snow, with water from the spring below.", false},
		{"Our pick for the coast path, seen at dawn (Photo credit: photos.example.org)", true},
		{"The saddle at noon (Photo credit: our rangers. Thanks to them all)", false},
		{"The harbour at dawn. Photo: https://example.org/harbour", false},
		{"Pack a light shell for the afternoons, when the wind turns and the fog rolls in from the sea without warning.", false},
	})
}

// TestTextGluedCredit checks that textIsGluedCredit leaves out a caption
// whose credit is glued to it with no mark, one whose label names which
// picture it is, an "Image via" credit after a sentence and a glued
// "Picture:" label (whose line may hold none of "redit", "mage" and
// "hoto": the first gate seeks "icture" too), while a tax
// credit's figure, a sentence naming a photo and a label over a sentence
// stay.
func TestTextGluedCredit(t *testing.T) {
	checkLeftOut(t, []leftOutLine{
		{"The ferry to the outer islands runs twice a day from the harbour's north quay in summer.", false},
		{"New glass panels can stand in for windows in offices and homes Photo Credit: Harbour Glass, Inc.", true},
		{"The new tablet is two hundred off just in time for the holidays Credit: Tolland", true},
		{"Featured Image Credit: Harbour Gear", true},
		{"Hero image by Mira Tolland", true},
		{"A battery bank in a garage on the north quay. Image via Mira Tolland.", true},
		{"The boats come in to the north quay at dawn Picture: Mira Tolland", true},
		{"The island grant is paid each spring as a tax Credit: 2,000 dollars a home", false},
		{"Families can claim it as a Child Tax Credit: Up To Two Thousand Dollars A Child Each Year", false},
		{"We took this photo by the harbour wall at six in the morning, just as the first boats came in.", false},
		{"Tickets are sold at the kiosk by the gangway and cost less on the first crossing of the day.", false},
	})
}
