package extract

import "testing"

// TestStatedCapital: an <h1> that opens in lower case where a stated
// title capitalises that one letter is titled with the capital; the
// headline as shown stays the <h1>. An <h1> in lower case that the
// stated titles set in title case, or word otherwise, keeps its case.
func TestStatedCapital(t *testing.T) {
	checkHeadlines(t, "https://keepersalmanac.example/topic/lamps", []headlineCase{
		{"the first letter capitalised in the og:title",
			`<title>History of lighthouse lamps | Origins, Oil, Lenses | Keeper's Almanac</title><meta property="og:title" content="History of lighthouse lamps | Origins, Oil, Lenses | Keeper's Almanac"><meta property="og:site_name" content="Keeper's Almanac">`,
			`<h1>history of lighthouse lamps</h1><p>The first lamps burned whale oil.</p>`,
			"history of lighthouse lamps", "History of lighthouse lamps"},
		{"the first letter capitalised in the JSON-LD headline",
			`<title>Keeper's Almanac</title><script type="application/ld+json">{"@type":"Article","headline":"Fresnel lenses, explained"}</script>`,
			`<h1>fresnel lenses, explained</h1><p>A lens of rings.</p>`,
			"fresnel lenses, explained", "Fresnel lenses, explained"},
		{"title case in the stated title",
			`<title>Brass Lamp Wick Trimmer | Keeper's Almanac Shop</title><meta property="og:site_name" content="Keeper's Almanac Shop">`,
			`<h1>brass lamp wick trimmer</h1><p>Trims a flat wick.</p>`,
			"brass lamp wick trimmer", "brass lamp wick trimmer"},
		{"an h1 in capitals already",
			`<title>history of lighthouse lamps</title>`,
			`<h1>History of lighthouse lamps</h1>`,
			"History of lighthouse lamps", "History of lighthouse lamps"},
	})
}

// TestStatedCapitalPage: through Extract the article is titled with the
// capital, and the <h1> as shown is not left at the body's top.
func TestStatedCapitalPage(t *testing.T) {
	page := `<html><head><title>History of harbour walls | Stone, Timber, Concrete | Harbourton Gazette</title>
<meta property="og:site_name" content="Harbourton Gazette"></head><body><article>
<h1>history of harbour walls</h1>
` + harbourWallParas + `</article></body></html>`
	checkTitledPage(t, "walls", page, "History of harbour walls", "history of harbour walls")
}
