package extract

import "testing"

// TestStatedTitleCase: on a page that states an article, an <h1> in
// sentence case is titled with the stated titles' title case; the
// headline as shown stays the <h1>. A page that states no article, a
// stated title in the <h1>'s case, stated titles that disagree, and a
// single capital more keep the <h1>'s case.
func TestStatedTitleCase(t *testing.T) {
	const body = `<h1>How to trim a lamp wick in winter</h1><p>Cut the wick flat.</p>`
	checkHeadlines(t, "https://keepersalmanac.example/2026/lamp-wicks", []headlineCase{
		{"an article stated in title case",
			`<title>How to Trim a Lamp Wick in Winter | Keeper's Almanac</title><meta property="og:type" content="article"><meta property="og:title" content="How to Trim a Lamp Wick in Winter"><meta property="og:site_name" content="Keeper's Almanac">`,
			body, "How to trim a lamp wick in winter", "How to Trim a Lamp Wick in Winter"},
		{"the JSON-LD article's headline in title case",
			`<title>How to Trim a Lamp Wick in Winter</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"How to Trim a Lamp Wick in Winter"}</script>`,
			body, "How to trim a lamp wick in winter", "How to Trim a Lamp Wick in Winter"},
		{"no article stated",
			`<title>How to Trim a Lamp Wick in Winter | Keeper's Almanac</title><meta property="og:title" content="How to Trim a Lamp Wick in Winter"><meta property="og:site_name" content="Keeper's Almanac">`,
			body, "How to trim a lamp wick in winter", "How to trim a lamp wick in winter"},
		{"og:title in the h1's case",
			`<title>How to Trim a Lamp Wick in Winter | Keeper's Almanac</title><meta property="og:type" content="article"><meta property="og:title" content="How to trim a lamp wick in winter"><meta property="og:site_name" content="Keeper's Almanac">`,
			body, "How to trim a lamp wick in winter", "How to trim a lamp wick in winter"},
		{"stated titles in two title cases",
			`<title>How To Trim A Lamp Wick In Winter | Keeper's Almanac</title><meta property="og:type" content="article"><meta property="og:title" content="How to Trim a Lamp Wick in Winter"><meta property="og:site_name" content="Keeper's Almanac">`,
			body, "How to trim a lamp wick in winter", "How to trim a lamp wick in winter"},
		{"one capital more",
			`<title>How To Trim a Lamp Wick in Winter | Keeper's Almanac</title><meta property="og:type" content="article"><meta property="og:site_name" content="Keeper's Almanac">`,
			`<h1>How to Trim a Lamp Wick in Winter</h1><p>Cut the wick flat.</p>`,
			"How to Trim a Lamp Wick in Winter", "How to Trim a Lamp Wick in Winter"},
	})
}

func TestTitleCased(t *testing.T) {
	tests := []struct {
		title, stated string
		want          bool
	}{
		{"How to install solar panels in 2026", "How to Install Solar Panels in 2026", true},
		{"Compare professional tax software", "Compare Professional Tax Software", true},
		{"Review and Approval Process", "Review And Approval Process", false},
		{"The History of coffee today", "The history of Coffee Today", false},
		{"the same words", "the same words", false},
		{"a word more here", "A Word More Here Too", false},
	}
	for _, tt := range tests {
		if got := titleCased(tt.title, tt.stated); got != tt.want {
			t.Errorf("titleCased(%q, %q) = %v, want %v", tt.title, tt.stated, got, tt.want)
		}
	}
}
