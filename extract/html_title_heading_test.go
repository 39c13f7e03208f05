package extract

import "testing"

// TestFullerHeading: a page without an <h1> whose heading is the stated
// title with words added inside it is titled with that heading; one
// whose headings also state the title as it is, or add words only at an
// end, or hold two fuller wordings, or that has an <h1>, keeps the
// stated title.
func TestFullerHeading(t *testing.T) {
	head := `<title>5 Ways to Trim a Lamp Wick | Keeper's Almanac</title><meta property="og:title" content="5 Ways to Trim a Lamp Wick | Keeper's Almanac"><meta property="og:site_name" content="Keeper's Almanac">`
	checkHeadlines(t, "https://keepersalmanac.example/blog/trim-a-wick", []headlineCase{
		{"a heading with words added inside", head,
			`<h2>Your cart</h2><h2>5 Ways to Help You Trim a Lamp Wick</h2><p>Trim the wick each evening.</p>`,
			"5 Ways to Help You Trim a Lamp Wick", "5 Ways to Help You Trim a Lamp Wick"},
		{"a heading that states it as it is before a fuller section", head,
			`<h2>5 Ways to Trim a Lamp Wick</h2><p>Trim the wick each evening.</p><h2>5 Ways to Safely Trim a Lamp Wick</h2>`,
			"5 Ways to Trim a Lamp Wick", "5 Ways to Trim a Lamp Wick"},
		{"words added at the end only", head,
			`<h2>5 Ways to Trim a Lamp Wick at Sea</h2><p>Trim the wick each evening.</p>`,
			"5 Ways to Trim a Lamp Wick", "5 Ways to Trim a Lamp Wick"},
		{"a kicker before it", head,
			`<h2>Tips: 5 Ways to Trim a Lamp Wick</h2><p>Trim the wick each evening.</p>`,
			"5 Ways to Trim a Lamp Wick", "5 Ways to Trim a Lamp Wick"},
		{"two fuller wordings", head,
			`<h2>5 Ways to Help You Trim a Lamp Wick</h2><p>Trim the wick each evening.</p><h3>5 Ways to Quickly Trim a Lamp Wick</h3>`,
			"5 Ways to Trim a Lamp Wick", "5 Ways to Trim a Lamp Wick"},
		{"the page has an <h1>", head,
			`<h1>5 Ways to Trim a Lamp Wick</h1><h2>5 Ways to Help You Trim a Lamp Wick</h2><p>Trim the wick each evening.</p>`,
			"5 Ways to Trim a Lamp Wick", "5 Ways to Trim a Lamp Wick"},
	})
}

func TestInsertedWithin(t *testing.T) {
	for _, tt := range []struct {
		short, long []string
		want        bool
	}{
		{[]string{"a", "b", "c"}, []string{"a", "x", "b", "y", "c"}, true},
		{[]string{"a", "b", "c"}, []string{"a", "b", "c"}, false},
		{[]string{"a", "b", "c"}, []string{"a", "b", "c", "d"}, false},
		{[]string{"a", "b", "c"}, []string{"z", "a", "b", "c"}, false},
		{[]string{"a", "b", "c"}, []string{"a", "c", "b", "c"}, true},
		{[]string{"a", "b", "c"}, []string{"a", "c", "x", "c"}, false},
		{[]string{"a"}, []string{"a", "x", "a"}, false},
	} {
		if got := insertedWithin(tt.short, tt.long); got != tt.want {
			t.Errorf("insertedWithin(%v, %v) = %v, want %v", tt.short, tt.long, got, tt.want)
		}
	}
}
