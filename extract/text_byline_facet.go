package extract

import (
	"slices"
	"strings"
)

// A menu's facet heading taken for a byline: "By Event Type" over
// "Conferences", "Webinars" (wcxb-dev 0049, an events platform) and "By
// Company Size" over "NetSuite for Small Business" (4255, a software
// vendor). Read without the URL the headline is chosen in the menu, the
// byline's window moves up into it and the "By" line reads as a
// labelled byline. Such headings sort a catalogue ("By Industry", "By
// Role", "By Team Size", "By Region"): 20 wcxb-dev flat pages on 19
// sites hold a "By" line ending in one of textFacetNouns. One writer's
// name the gold gives ends in one, 0072's with a job after a comma
// ("…, 10+ Years in the Moving Industry"): a heading is three words at
// most and holds no comma. Over every flat page, with and without the
// URL, the rule drops only 0049's and 4255's names (without it).
// The name is dropped, not passed on: the readings after it read the
// same menu.

// textFacetNouns are the last words of a catalogue's facet headings
// that are no surname. "Brand", "Price" and "Case" are surnames, and
// "State" ends a college's name ("Penn State"): they are left out.
var textFacetNouns = [...]string{"Type", "Size", "Industry", "Category", "Role", "Region", "Sector", "Occasion", "Specialty"}

// textFacetAlone are facet headings that stand after "By" as one word
// ("By State" over a list of states, wcxb-dev 4588, a wedding guide's
// checklist; "By Brand", "By Price", "By Location" on 3034, 4437 and
// 4901, other catalogues): nouns left out of textFacetNouns, as a
// surname ("Brand", "Price") or a college's last word ("Penn State")
// ends a name in them, but no writer is named by the noun alone. Over
// every wcxb-dev flat page, with and without the URL, the rule drops
// only 4588's "State" (gold none).
var textFacetAlone = [...]string{"State", "Brand", "Price", "Location", "Country"}

// textNoFacetName is name, or "" when it is a facet heading
// (textIsFacetName).
func textNoFacetName(name string) string {
	if textIsFacetName(name) {
		return ""
	}
	return name
}

// textIsFacetName reports whether name is three words at most, holds no
// comma and ends in one of textFacetNouns ("Event Type", "Company
// Size"), or is one of textFacetAlone ("State").
func textIsFacetName(name string) bool {
	if strings.Count(name, " ") > 2 || strings.IndexByte(name, ',') >= 0 {
		return false
	}
	return slices.Contains(textFacetNouns[:], name[strings.LastIndexByte(name, ' ')+1:]) || slices.Contains(textFacetAlone[:], name)
}
