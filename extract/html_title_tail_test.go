package extract

import "testing"

// TestOwnTail: an <h1> that repeats og:title whole keeps its tail where
// the page names its site otherwise and the <title> does not cut the
// same head part with another tail; an <h1> that repeats the whole
// <title>, or whose tail is the site's name, or one of whose parts the
// <title> repeats beside other words, is cut as before.
func TestOwnTail(t *testing.T) {
	checkHeadlines(t, "https://keepersalmanac.example/guides/lamp-care", []headlineCase{
		{"a subtitle after the dash, the site named by og:site_name",
			`<title>Lamp Care - A Keeper's Primer – Keeper's Almanac</title><meta property="og:title" content="Lamp Care - A Keeper's Primer"><meta property="og:site_name" content="Keeper's Almanac">`,
			`<h1>Lamp Care - A Keeper's Primer</h1><p>Trim the wick each evening.</p>`,
			"Lamp Care - A Keeper's Primer", "Lamp Care - A Keeper's Primer"},
		{"a variant tail, the <title> worded otherwise",
			`<title>Brass Storm Lantern, Large – Hand Finished | Keeper's Almanac Shop</title><meta property="og:title" content="Storm Lantern Large | Brass & Hand-Finished"><meta property="og:site_name" content="Keeper's Almanac Shop">`,
			`<h1>Storm Lantern Large | Brass & Hand-Finished</h1><p>A lantern for the gallery.</p>`,
			"Storm Lantern Large | Brass & Hand-Finished", "Storm Lantern Large | Brass & Hand-Finished"},
		{"the <title> cuts the same head part with another tail",
			`<title>Wick Trimmer - Lamp Tools - 2 Pack | Keeper's Almanac Shop</title><meta property="og:title" content="Wick Trimmer - (2ct) Brass"><meta property="og:site_name" content="Keeper's Almanac Shop">`,
			`<h1>Wick Trimmer - (2ct) Brass</h1><p>Trims a flat wick.</p>`,
			"Wick Trimmer", "Wick Trimmer"},
		{"the <title> repeats the tail, a section label, beside another wording",
			`<title>Why Lamps Still Matter | Opinion | Keeper's Almanac</title><meta property="og:title" content="Lamp Care Is a Keeper's Craft | Opinion"><meta property="og:site_name" content="Keeper's Almanac">`,
			`<h1>Lamp Care Is a Keeper's Craft | Opinion</h1><p>Trim the wick each evening.</p>`,
			"Lamp Care Is a Keeper's Craft", "Lamp Care Is a Keeper's Craft"},
		{"no site named",
			`<title>Lamp Care</title><meta property="og:title" content="Lamp Care - Lighthouse Notes">`,
			`<h1>Lamp Care - Lighthouse Notes</h1><p>Trim the wick each evening.</p>`,
			"Lamp Care", "Lamp Care"},
		{"the whole <title> repeated",
			`<title>Lamp Care - Lighthouse Notes</title><meta property="og:title" content="Lamp Care - Lighthouse Notes"><meta property="og:site_name" content="Keeper's Almanac">`,
			`<h1>Lamp Care - Lighthouse Notes</h1><p>Trim the wick each evening.</p>`,
			"Lamp Care", "Lamp Care"},
	})
}
