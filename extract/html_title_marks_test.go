package extract

import "testing"

// TestFormatMarks: a soft hyphen inside an <h1>'s word and bidirectional
// marks around a <title>'s name leave the title; the words stay whole.
func TestFormatMarks(t *testing.T) {
	checkHeadlines(t, "https://canalboats.example/guides/locks", []headlineCase{
		{"a soft hyphen in the h1",
			`<title>Lock Keeping Grant Programme | Canal Trust</title><meta property="og:site_name" content="Canal Trust">`,
			"<h1>Lock Keeping Grant Pro\u00adgramme</h1><p>Grants for lock keepers.</p>",
			"Lock Keeping Grant Programme", "Lock Keeping Grant Programme"},
		{"bidirectional embeddings around the title's parts",
			"<title>\u202aMarta Lindqvist\u202c - \u202aCanal Registry\u202c</title><meta property=\"og:site_name\" content=\"Canal Registry\">",
			`<p>Narrowboats registered to this owner.</p>`,
			"Marta Lindqvist", "Marta Lindqvist"},
		{"left-to-right marks",
			"<title>Towpath\u200e Repairs\u200f</title>",
			`<p>The towpath reopens in May.</p>`,
			"Towpath Repairs", "Towpath Repairs"},
	})
}
