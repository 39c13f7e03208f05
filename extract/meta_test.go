package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/storyfold/storyfold/news"
	"golang.org/x/net/html"
)

// testPageMeta reads the meta of a page made of head and body, the
// set-up of the title tests that ask pickTitle or pickHeadline.
func testPageMeta(t *testing.T, head, body string) *pageMeta {
	t.Helper()
	root, err := html.Parse(strings.NewReader("<html><head>" + head + "</head><body>" + body + "</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	return readMeta(root)
}

// titleCase is a page's head and body and the title pickTitle should
// give for it.
type titleCase struct{ name, head, body, want string }

// checkTitles runs pickTitle on each case's page at url.
func checkTitles(t *testing.T, url string, tests []titleCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := testPageMeta(t, tt.head, tt.body)
			if got := m.pickTitle(url); got != tt.want {
				t.Errorf("pickTitle = %q, want %q", got, tt.want)
			}
		})
	}
}

// headlineCase is a page's head and body and the headline pickHeadline
// should give for it, as shown and as the title.
type headlineCase struct{ name, head, body, shown, title string }

// checkHeadlines runs pickHeadline on each case's page at url.
func checkHeadlines(t *testing.T, url string, tests []headlineCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := testPageMeta(t, tt.head, tt.body)
			shown, title := m.pickHeadline(url)
			if shown != tt.shown || title != tt.title {
				t.Errorf("headline = %q, %q; want %q, %q", shown, title, tt.shown, tt.title)
			}
		})
	}
}

// checkTitledPage extracts an HTML page through Extract and checks its
// title, and that the body does not keep the headline as shown (in any
// case): the furniture step still finds the headline the title restates.
func checkTitledPage(t *testing.T, id, page, title, shown string) {
	t.Helper()
	a, err := New(DefaultOptions()).Extract(news.Page{ID: id, Format: news.FormatHTML, Content: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != title {
		t.Errorf("title %q, want %q", a.Title, title)
	}
	if strings.Contains(strings.ToLower(a.Body), strings.ToLower(shown)) {
		t.Errorf("body keeps the headline: %.80q", a.Body)
	}
}

func TestTitleParts(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Headline | Site", []string{"Headline", "Site"}},
		{"A well-known fact - Section – Site", []string{"A well-known fact", "Section", "Site"}},
		{"No separator here", []string{"No separator here"}},
		{"| leading bar", []string{"| leading bar"}},
	}
	for _, tt := range tests {
		if got := titleParts(tt.in); strings.Join(got, "\x00") != strings.Join(tt.want, "\x00") {
			t.Errorf("titleParts(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPickTitle(t *testing.T) {
	tests := []struct {
		name, head, body, want string
	}{
		{"h1 over title tag", `<title>Long SEO title | Site</title>`, `<h1>Long SEO title, the real one</h1>`, "Long SEO title, the real one"},
		{"site name in h1 is skipped", `<title>The story | The Site</title><meta property="og:site_name" content="The Site">`, `<h1>The Site</h1>`, "The story"},
		{"capitals from CSS take the title's case", `<title>Notes for Winter Cycling</title>`, `<h1>NOTES FOR WINTER CYCLING</h1>`, "Notes for Winter Cycling"},
		{"og:title cut at its site part", `<meta property="og:title" content="Rates rise again – Money Daily">`, ``, "Rates rise again"},
		{"trailing separator", `<title>The 16 Best Boxes |</title>`, ``, "The 16 Best Boxes"},
		{"JSON-LD headline cut short", `<title>A very long headline that goes on (and on) - Site</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"A very long headline that goes on (and"}</script>`, ``, "A very long headline that goes on (and on)"},
		{"h1 repeating the title loses the site part", `<title>Ankle care | Patient Guides | Clinic</title>`, `<h1>Ankle care | Patient Guides | Clinic</h1>`, "Ankle care"},
		{"h1 punctuation kept", `<title>Small Kitchen Layout - The Complete Guide</title>`, `<h1>Small Kitchen Layout: The Complete Guide</h1>`, "Small Kitchen Layout: The Complete Guide"},
		{"h1 sharing no words with the title is not the headline", `<title>Insuring the smart home - Acme</title>`, `<h1>Return to main website</h1>`, "Insuring the smart home"},
		{"tagline after a separator in the h1", `<title>Best plumbers in Derby | PipeCo</title>`, `<h1>Best plumbers in Derby | Top 12 firms</h1>`, "Best plumbers in Derby"},
		{"kicker before the h1", `<title>A handover in Quarrytown | Blog</title>`, `<h1>Oct 3 2024 A handover in Quarrytown</h1>`, "A handover in Quarrytown"},
		{"site first in og:title", `<title>State of Email: Habits + How to Adapt | Mailrook</title><meta property="og:title" content="Mailrook | State of Email: Habits and Outlook">`, `<h1>State of Email: Habits and Outlook</h1>`, "State of Email: Habits and Outlook"},
		{"site lead-in before a colon", `<title>Data Blog: Small adventures with small models</title><meta property="og:title" content="Small adventures with small models">`, `<h1>Data Blog</h1>`, "Small adventures with small models"},
		{"inline markup inside a word", `<title>Shorten your review cycle</title>`, `<h1>Shorten your review c<span class="x">ycle</span></h1>`, "Shorten your review cycle"},
		{"block markup sets words apart", `<title>Tax 101</title>`, `<h1><span>Tax</span><div>101</div></h1>`, "Tax 101"},
		{"zero-width space", `<title>Keep your bike chain clean</title>`, "<h1>Keep your bike chain clean\u200b</h1>", "Keep your bike chain clean"},
		{"subtitle after the h1's separator kept", `<title>Rowing Machine Review | Gym Notes</title><meta property="og:title" content="I Rowed Every Day for a Month — and It Changed How I Sleep at Night">`, `<h1>I Rowed Every Day for a Month — and It Changed How I Sleep at Night</h1>`, "I Rowed Every Day for a Month — and It Changed How I Sleep at Night"},
		{"h1 repeating the title keeps its subtitle", `<title>The Harbour Town Decline - Why Small Ports Lose Their Ferries Every Winter</title>`, `<h1>The Harbour Town Decline - Why Small Ports Lose Their Ferries Every Winter</h1>`, "The Harbour Town Decline - Why Small Ports Lose Their Ferries Every Winter"},
		{"kicker kept when a stated title carries it", `<title>The 2023 Garden Prizes: The Best Hand Trowels for Heavy Clay | Plot</title><meta property="og:title" content="The Best Hand Trowels for Heavy Clay"><script type="application/ld+json">{"@type":"Article","headline":"The 2023 Garden Prizes: The Best Hand Trowels for Heavy Clay"}</script>`, `<h1>The 2023 Garden Prizes: The Best Hand Trowels for Heavy Clay</h1>`, "The 2023 Garden Prizes: The Best Hand Trowels for Heavy Clay"},
		{"quotes as the JSON-LD headline spells them", `<title>Bike Lanes That Work | City Desk</title><meta property="og:title" content="New Bike Lanes &amp; Why They're Safer"><script type="application/ld+json">{"@type":"BlogPosting","headline":"New Bike Lanes & Why They’re Safer"}</script>`, `<h1>New Bike Lanes &amp; Why They’re Safer</h1>`, "New Bike Lanes & Why They’re Safer"},
		{"quotes as the title spells them", `<title>A Novice's Guide To Sharpening Chisels - Shed Blog</title>`, `<h1>A Novice’s Guide To Sharpening Chisels</h1>`, "A Novice's Guide To Sharpening Chisels"},
		{"h1 a stated title confirms", `<title>What Is Compost and Why Does It Work? | Greenbank</title><meta property="og:title" content="Compost 101: Getting the mix right">`, `<h1>Compost 101: Getting the mix right</h1><h1>Compost 101: Getting the mix right <p>What compost is and why it does work, and what it does for your soil</p></h1>`, "Compost 101: Getting the mix right"},
		{"h1 in capitals worded otherwise than title and og:title", `<title>Payroll Audits: Preparing Your Records Before Year End</title><meta property="og:title" content="Payroll Audits: Preparing Your Records Before Year End">`, `<h1>SUPPORTING PAYROLL AUDITS</h1>`, "Payroll Audits: Preparing Your Records Before Year End"},
		{"tail that goes on with the headline kept", `<title>Fixing a dripping tap - from a licensed plumber - Tapworks</title><meta property="og:site_name" content="Tapworks">`, `<h1>Fixing a dripping tap – from a licensed plumber</h1>`, "Fixing a dripping tap – from a licensed plumber"},
		{"tail opening with a function word kept, the h1's dash too", `<title>Sourdough Starters - My Favourites! | Crumb</title><meta property="og:title" content="Sourdough Starters - My Favourites!">`, `<h1>Sourdough Starters – My Favourites!</h1>`, "Sourdough Starters – My Favourites!"},
		{"tail opening with an article is cut", `<title>Harbour Notes #7 | Quay</title>`, `<h1>Harbour Notes #7 – The Ferry That Stayed</h1>`, "Harbour Notes #7"},
		{"separator the h1 lost to a line break kept", `<title>Keel Street Reopens - What the Bridge Works Changed - Harbourton Post</title><meta property="og:title" content="Keel Street Reopens - What the Bridge Works Changed">`, `<h1>Keel Street Reopens <span style="display:block">What the Bridge Works Changed</span></h1>`, "Keel Street Reopens - What the Bridge Works Changed"},
		{"of several h1s, the one sharing the title's content words", `<title>Where to Swim in Harbourton | Harbourton Weekly</title><meta property="og:title" content="Our Favourite Swimming Spots in Harbourton">`, `<h1>The Best Beaches and Coves in Harbourton for Swimming</h1><h1>Next in Your Guide to Being Outside in Harbourton</h1>`, "The Best Beaches and Coves in Harbourton for Swimming"},
		{"fullwidth punctuation narrowed", `<title>Why Does Harbourton Flood？</title>`, `<h1>Why Does Harbourton Flood？</h1>`, "Why Does Harbourton Flood?"},
		{"a link post's source and comment count after the h1", `<title>Harbourton Council Votes to Keep the Ferry - Quayside Links</title>`, `<h1>Harbourton Council Votes to Keep the Ferry (harbourtonpost.example) 87</h1>`, "Harbourton Council Votes to Keep the Ferry"},
		{"entities escaped twice", `<title>Salt &amp;#038; Pepper</title>`, ``, "Salt & Pepper"},
		{"a paragraph in the h1 is not the headline", `<title>Eight Ways to Cut a Harbourton Heating Bill | Keel Street Homes</title>`, `<h1>Learn which changes cut a heating bill the most? Get our tips on insulating lofts, sealing draughts and choosing a boiler. We will help you learn everything you need to know before the winter comes to Harbourton.</h1>`, "Eight Ways to Cut a Harbourton Heating Bill"},
		{"a double hyphen in the stated title spells the h1's dash", `<title>Mill Lane Gets Its Bakery Back--and a Queue at Dawn | Harbourton Post</title>`, `<h1>Mill Lane Gets Its Bakery Back—and a Queue at Dawn</h1>`, "Mill Lane Gets Its Bakery Back--and a Queue at Dawn"},
		{"an h1 whose parts run together is not the headline", `<title>Best Harbourton Walks: Routes for Every Season | Walkers</title><meta property="og:title" content="Best Harbourton Walks: Routes for Every Season">`, `<h1>The Best Harbourton Walks<span class="block">Coastal Routes and Maps</span></h1>`, "Best Harbourton Walks: Routes for Every Season"},
		{"a heading's permalink pilcrow dropped", `<title>Reading Tide Tables — Harbourton Docs</title>`, `<h1>Reading Tide Tables<a class="headerlink" href="#reading-tide-tables">¶</a></h1>`, "Reading Tide Tables"},
		{"a button in the h1 is no part of it", `<title>Tide module - Harbourton Docs</title>`, `<h1>Module tide <button title="Copy item path">Copy item path</button></h1>`, "Module tide"},
		{"a hidden tooltip in the h1 is no part of it", `<title>Tide overview | Harbourton Docs</title>`, `<h1>Tide overview <span hidden>Keep this page in your collections</span></h1>`, "Tide overview"},
		{"a forum name after a spaced colon", `<title>The ferry timetable changes again next month. Here is what we know so far : harbourton</title><meta property="og:title" content="The ferry timetable changes again next month. Here is what we know so far">`, ``, "The ferry timetable changes again next month. Here is what we know so far"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := testPageMeta(t, tt.head, tt.body)
			if got := m.pickTitle(""); got != tt.want {
				t.Errorf("title = %q, want %q", got, tt.want)
			}
		})
	}
}

// A site that names itself by its host, in the <title> or in an <h1>
// (a logo's text), is not the headline; on the site's home page the
// brand's <h1> stays, since there the gold takes it.
func TestPickTitleHostName(t *testing.T) {
	tests := []struct {
		name, url, head, body, want string
	}{
		{"host opening the title", "https://www.quaynotes.example/2024/ferry-dawn",
			`<title>quaynotes.example The ferry at dawn</title>`, ``, "The ferry at dawn"},
		{"h1 spelling the host", "https://quaynotes.example/posts/ferry-dawn",
			`<title>The ferry at dawn | QuayNotes</title>`, `<h1>quaynotes.example</h1>`, "The ferry at dawn"},
		{"title part naming the host's label", "https://quaynotes.example/posts/ferry-dawn",
			`<title>Quay Notes | The ferry at dawn</title>`, ``, "The ferry at dawn"},
		{"home page keeps the brand", "https://quaynotes.example/",
			`<title>QuayNotes - harbour writing</title>`, `<h1>QuayNotes</h1>`, "QuayNotes"},
		{"no URL, no host", "",
			`<title>quaynotes.example The ferry at dawn</title>`, ``, "quaynotes.example The ferry at dawn"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := testPageMeta(t, tt.head, tt.body)
			if got := m.pickTitle(tt.url); got != tt.want {
				t.Errorf("title = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestPickTitleShownStated: where no <h1> gives the headline, the stated
// title the page shows as a heading wins over a search title that
// og:title and the <title> state.
func TestPickTitleShownStated(t *testing.T) {
	const head = `<title>Harbour ferries run at night from May - Quay Notes</title>
<meta property="og:site_name" content="Quay Notes">
<meta property="og:title" content="Harbour ferries run at night from May - Quay Notes">
<meta name="twitter:title" content="How the harbour board is rethinking the night ferry">`
	checkTitles(t, "https://quaynotes.example/news/night-ferry", []titleCase{
		{"twitter title shown as a heading", head,
			`<h1>A message from the editor:</h1><div class="post"><h2>How the harbour board is rethinking the night ferry</h2><p>The board met on Tuesday.</p></div>`,
			"How the harbour board is rethinking the night ferry"},
		{"the chosen title shown too", head,
			`<h2>Harbour ferries run at night from May</h2><h2>How the harbour board is rethinking the night ferry</h2>`,
			"Harbour ferries run at night from May"},
		{"no stated title shown", head,
			`<h2>Timetables</h2><p>The board met on Tuesday.</p>`,
			"Harbour ferries run at night from May"},
		{"two other stated titles shown", strings.Replace(head, "<title>Harbour ferries run at night from May", "<title>Night ferries return", 1),
			`<h2>Night ferries return</h2><h2>How the harbour board is rethinking the night ferry</h2>`,
			"Harbour ferries run at night from May"},
	})
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339, "" for no date
	}{
		{"2025-11-03T07:45:00+01:00", "2025-11-03T07:45:00+01:00"},
		{"2025-11-03T07:45:00.000-0500", "2025-11-03T07:45:00-05:00"},
		{"2025-11-25 08:33:24", "2025-11-25T08:33:24Z"},
		{"Feb 08, 2022", "2022-02-08T00:00:00Z"},
		{"2025-05-19T22:12:02Z", "2025-05-19T22:12:02Z"},
		{"0001-01-01", ""},
		{"yesterday", ""},
		{"Thu, 09/25/2025 - 11:38", "2025-09-25T11:38:00Z"},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in)
		if tt.want == "" {
			if ok {
				t.Errorf("parseDate(%q) = %v, want none", tt.in, got)
			}
			continue
		}
		want, _ := time.Parse(time.RFC3339, tt.want)
		if !ok || !got.Equal(want) {
			t.Errorf("parseDate(%q) = %v, %v; want %v", tt.in, got, ok, want)
		}
	}
}

// TestURLDate reads the forms of date a URL's path names, for both paths.
func TestURLDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://x.example/2024/02/29/leap", "2024-02-29"},
		{"https://example.org/2025/09/04/autumn-soup-recipes", "2025-09-04"},
		{"https://example.com/news/2024-3-7-budget-passes", "2024-03-07"},
		{"https://example.com/world/2023/oct/3/harbourton-ferry", "2023-10-03"},
		{"https://example.com/2023/October/03", "2023-10-03"},
		{"https://example.com/2024/08/", ""},
		{"https://x.example/2024/13/01/x", ""},
		{"https://example.com/2024/13/40/x", ""},
		{"https://x.example/page/2/3", ""},
		{"https://forum.example/t/2024-4-4-2024-5-0-update-stuck/7247", ""}, // version numbers
		{"https://example.com/2025-12-17-10-harbourton-walks", ""},          // numbers run on: no day
		{"https://example.com/2024/05/06/123456/mill-lane", "2024-05-06"},   // an id after a slash is no run
		{"https://example.com/item/20240807", ""},
		{"https://example.com/archive/1989/11/09/wall", ""},  // before the web: an archive's
		{"https://example.com/search?from=/2024/05/06/", ""}, // the query is not the page's
		{"https://example.com/mill-lane#/2024/05/06/", ""},   // nor the fragment
		{"::", ""},
		{"", ""},
	}
	textCheckDates(t, "urlDate", tests, urlDate)
}

func TestVisibleDate(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"Posted on December 11, 2025 by Jo", "2025-12-11"},
		{"18th November 2024", "2024-11-18"},
		{"Updated 2024-02-29 10:00", "2024-02-29"},
		{"Sept. 3, 2023", "2023-09-03"},
		{"February 30, 2025", ""},
		{"Call 0800 12 34", ""},
		{"In May 2024 we moved", ""},
		{"March 12, 2023Updated on: September 4, 2023", "2023-03-12"},
		{"Home GardenNOVEMBER 15, 2021Updated: FEBRUARY 03, 2025", "2021-11-15"},
		{"Petra Almqvist • October 9th, 2024", "2024-10-09"},
	}
	for _, tt := range tests {
		got, ok := visibleDate([]block{{text: tt.text}})
		if tt.want == "" {
			if ok {
				t.Errorf("visibleDate(%q) = %v, want none", tt.text, got)
			}
			continue
		}
		if !ok || got.Format("2006-01-02") != tt.want {
			t.Errorf("visibleDate(%q) = %v, %v; want %s", tt.text, got, ok, tt.want)
		}
	}
}

func TestPickLang(t *testing.T) {
	for in, want := range map[string]string{"en-GB": "en", "de": "de", "x-klingon": "", "": "", "pt_BR": "pt"} {
		m := &pageMeta{lang: in, meta: map[string]string{}}
		if got := m.pickLang(); got != want {
			t.Errorf("pickLang(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsFurniture(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Share this article", true},
		{"By Jane Doe", true},
		{"8 min read", true},
		{"3 November 2025", true},
		{"Tuesday, Nov. 4, 2025 at 10 am", true},
		{"Shares in the company fell by a third on Monday.", false},
		{"By the end of the year the bridge will reopen to traffic.", false},
		{"Subscribers will see the change next month, the company said.", false},
	}
	for _, tt := range tests {
		words := strings.Fields(strings.ToLower(strings.NewReplacer(",", "", ".", "").Replace(tt.text)))
		if got := isFurniture(strings.Join(words, " "), words, ""); got != tt.want {
			t.Errorf("isFurniture(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestIsSourceTail(t *testing.T) {
	for _, c := range []struct {
		rest string
		want bool
	}{
		{" (harbourtonpost.example) 87", true},
		{" (keelstreet.org)", true},
		{" (2026 Guide)", false},
		{" (U.S.)", false},
		{" (harbourtonpost.example) comments", false},
		{"(harbourtonpost.example)", false},
	} {
		if got := isSourceTail(c.rest); got != c.want {
			t.Errorf("isSourceTail(%q) = %v, want %v", c.rest, got, c.want)
		}
	}
}

// TestExtractTitleStatedOverH1 checks through Extract that the stated
// title is taken where the <h1> holds a paragraph, spelled with the
// stated title's double hyphen, and not extended past a spaced colon.
func TestExtractTitleStatedOverH1(t *testing.T) {
	body := `<p>The council met on Tuesday evening in the old hall on Keel Street to hear the plans for the winter months.</p>
<p>Residents of Mill Lane asked for more notice of the works, and the council agreed to write to every house in the lane.</p>
<p>The harbour master said the pier would stay open through the works, with the ferry landing moved to the north steps.</p>`
	tests := []struct{ name, head, h1, want string }{
		{"paragraph h1", `<title>Eight Ways to Cut a Harbourton Heating Bill | Keel Street Homes</title>`,
			`<h1>Learn which changes cut a heating bill the most? Get our tips on insulating lofts, sealing draughts and choosing a boiler. We will help you learn everything you need to know before the winter comes to Harbourton.</h1>`,
			"Eight Ways to Cut a Harbourton Heating Bill"},
		{"double hyphen", `<title>Mill Lane Gets Its Bakery Back--and a Queue at Dawn | Harbourton Post</title>`,
			`<h1>Mill Lane Gets Its Bakery Back—and a Queue at Dawn</h1>`, "Mill Lane Gets Its Bakery Back--and a Queue at Dawn"},
		{"parts run together", `<title>Best Harbourton Walks: Routes for Every Season | Walkers</title>`,
			`<h1>The Best Harbourton Walks<span class="block">Coastal Routes and Maps</span></h1>`, "Best Harbourton Walks: Routes for Every Season"},
		{"permalink pilcrow", `<title>Reading Tide Tables — Harbourton Docs</title>`,
			`<h1>Reading Tide Tables<a class="headerlink" href="#reading-tide-tables">¶</a></h1>`, "Reading Tide Tables"},
		{"button", `<title>Tide module - Harbourton Docs</title>`,
			`<h1>Module tide <button title="Copy item path">Copy item path</button></h1>`, "Module tide"},
		{"hidden tooltip", `<title>Tide overview | Harbourton Docs</title>`,
			`<h1>Tide overview <span hidden>Keep this page in your collections</span></h1>`, "Tide overview"},
		{"characters lost in the h1", `<title>The Basics of Mooring: A Beginner's Guide | Harbourton Post</title>`,
			`<h1>The Basics of Mooring? A Beginner? Guide</h1>`, "The Basics of Mooring: A Beginner's Guide"},
		{"a question kept", `<title>Need a Mooring? Six Things to Ask the Harbour Master | Harbourton Post</title>`,
			`<h1>Need a Mooring? Six Things to Ask the Harbour Master</h1>`, "Need a Mooring? Six Things to Ask the Harbour Master"},
		{"spaced colon", `<title>The ferry timetable changes again next month : harbourton</title><meta property="og:title" content="The ferry timetable changes again next month">`,
			``, "The ferry timetable changes again next month"},
	}
	x := New(DefaultOptions())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head>" + tt.head + "</head><body><article>" + tt.h1 + body + "</article></body></html>"
			a, err := x.Extract(news.Page{URL: "https://harbourton.example/news/one", Format: news.FormatHTML, Content: []byte(page)})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.want {
				t.Errorf("title = %q, want %q", a.Title, tt.want)
			}
		})
	}
}

func TestRunsTogether(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{`<h1>Keel Street Walks<span>Routes and Maps</span></h1>`, true},
		{`<h1>Shorten your review c<span>ycle</span></h1>`, false},
		{`<h1>Keel Street Walks <span>Routes and Maps</span></h1>`, false},
		{`<h1>Keel Street Walks<div>Routes and Maps</div></h1>`, false},
		{`<h1>McCormick Opens on Mill Lane</h1>`, false},
	}
	for _, tt := range tests {
		root, err := html.Parse(strings.NewReader("<html><body>" + tt.in + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		var h1 *html.Node
		var find func(n *html.Node)
		find = func(n *html.Node) {
			if n.Type == html.ElementNode && n.Data == "h1" {
				h1 = n
			}
			for c := n.FirstChild; c != nil && h1 == nil; c = c.NextSibling {
				find(c)
			}
		}
		find(root)
		if got := runsTogether(h1); got != tt.want {
			t.Errorf("runsTogether(%s) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
