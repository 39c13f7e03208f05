package extract

import "testing"

// TestCallToActTitle: an <h1> that bids the reader act is titled by the
// stated title that words a headline (a question, a ranking, a count);
// the headline as shown stays the <h1>. A stated title that is not a
// headline, one that bids the reader act too, a two-word button and an
// <h1> that opens with a verb in lower case keep the <h1>.
func TestCallToActTitle(t *testing.T) {
	const story = `<p>Registering a bakery in Ohio takes a week and three forms.</p>`
	h1 := func(s string) string { return "<h1>" + s + "</h1>" + story }
	checkHeadlines(t, "https://www.bakeries.example/guides/ohio-bakery", []headlineCase{
		{"a question in og:title",
			`<title>How to Register a Bakery in Ohio | Bakery Guides</title><meta property="og:title" content="How to Register a Bakery in Ohio">`,
			h1("Start your Ohio bakery today"), "Start your Ohio bakery today", "How to Register a Bakery in Ohio"},
		{"a ranking in the <title>, its site part cut",
			`<title>The Best Ohio Towns for a Bakery | Bakery Guides</title>`,
			h1("Make the most of your Ohio bakery with these 10 tips"),
			"Make the most of your Ohio bakery with these 10 tips", "The Best Ohio Towns for a Bakery"},
		{"a count in the JSON-LD headline",
			`<title>Open a bakery</title><script type="application/ld+json">{"@type":"Article","headline":"7 Steps to Opening a Bakery in Ohio"}</script>`,
			h1("Form your Ohio bakery's company online"), "Form your Ohio bakery's company online", "7 Steps to Opening a Bakery in Ohio"},
		{"a stated title that is not a headline",
			`<title>Registering an Ohio Bakery | Bakery Guides</title>`,
			h1("Get started with your Ohio bakery"), "Get started with your Ohio bakery", "Get started with your Ohio bakery"},
		{"a stated headline that bids to act too",
			`<title>Find the Best Ohio Towns for a Bakery | Bakery Guides</title>`,
			h1("Start your Ohio bakery today"), "Start your Ohio bakery today", "Start your Ohio bakery today"},
		{"a two-word button",
			`<title>How to Register a Bakery in Ohio | Bakery Guides</title>`,
			h1("Register Bakery"), "Register Bakery", "Register Bakery"},
		{"a verb in lower case",
			`<title>How to Register a Bakery in Ohio | Bakery Guides</title>`,
			h1("start your Ohio bakery today"), "start your Ohio bakery today", "start your Ohio bakery today"},
	})
}

func TestHeadlineForm(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"How to Start an LLC in New York", true},
		{"The Best Hotel Life Hacks and Travel Tips", true},
		{"Top Ten Tech Conferences 2026", true},
		{"10 Tips for Travel", true},
		{"Why Cheap SEO Fails", true},
		{"The History of Coffee", false},
		{"Installing Tailwind CSS with Vite", false},
		{"How to", false},
	}
	for _, tt := range tests {
		if got := headlineForm(tt.s); got != tt.want {
			t.Errorf("headlineForm(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
