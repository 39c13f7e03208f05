package extract

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/textnorm"
)

// htmlFixture is a page under testdata/extract/html with what its
// extraction must and must not hold.
type htmlFixture struct {
	file        string
	url         string
	skip        news.SkipReason
	title       string
	published   string // RFC 3339, "" for no check
	author      string
	publisher   string
	canonical   string
	lang        string
	mustHave    []string
	mustNotHave []string
}

var htmlFixtures = []htmlFixture{
	{
		file: "harbour.html", url: "https://courier.example/news/2025/11/03/storm?ref=home",
		title: "Storm closes Northport harbour for a second day", published: "2025-11-03T07:45:00Z",
		author: "Ada Lovell", publisher: "The Coastal Courier", lang: "en",
		canonical: "https://courier.example/news/2025/11/03/storm-closes-northport-harbour",
		mustHave: []string{
			"Northport harbour stayed closed to all shipping",
			"Ferry passengers stranded",                  // a subhead
			"Freight bookings will be honoured",          // a list item
			"since the winter of 2014,\" Mr Creed said.", // a quote
			"avoid the seafront promenade",
		},
		mustNotHave: []string{"Related stories", "Council approves new sea wall", "Sign up to our morning briefing",
			"Photo: Coastal Courier", "All rights reserved", "By Ada Lovell", "Tweet"},
	},
	{
		file: "essay.html", url: "https://railnotes.example/night-train",
		title: "Why the night train came back", publisher: "",
		mustHave: []string{"Ten years ago most European sleeper services", "What changed",
			"replaced by new ones ordered for the purpose"},
		mustNotHave: []string{"Posted on 14 March", "Recent posts", "The branch line that refused", "Leave a comment", "Tags:"},
	},
	{file: "kettle.html", url: "https://shop.example/kettle", skip: news.SkipNotArticle},
}

func TestHTMLFixtures(t *testing.T) {
	x := New(DefaultOptions())
	for _, f := range htmlFixtures {
		t.Run(f.file, func(t *testing.T) {
			a, err := extractFixture(t, x, f)
			if f.skip != "" {
				var s *news.Skip
				if !errors.As(err, &s) || s.Reason != f.skip {
					t.Fatalf("err = %v, want skip %s", err, f.skip)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			checkFixtureMeta(t, f, a)
			for _, s := range f.mustHave {
				if !strings.Contains(a.Body, s) {
					t.Errorf("body lacks %q", s)
				}
			}
			for _, s := range f.mustNotHave {
				if strings.Contains(a.Body, s) {
					t.Errorf("body has %q", s)
				}
			}
			if strings.Contains(a.Body, "\n\n\n") || !strings.Contains(a.Body, "\n\n") {
				t.Errorf("paragraphs are not separated by one blank line:\n%s", a.Body)
			}
			checkGolden(t, f.file, a)
		})
	}
}

func extractFixture(t *testing.T, x *Extractor, f htmlFixture) (news.Article, error) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "extract", "html", f.file))
	if err != nil {
		t.Fatal(err)
	}
	return x.Extract(news.Page{ID: f.file, URL: f.url, Format: news.FormatHTML, Content: b})
}

func checkFixtureMeta(t *testing.T, f htmlFixture, a news.Article) {
	t.Helper()
	if a.Title != f.title {
		t.Errorf("title = %q, want %q", a.Title, f.title)
	}
	if f.published != "" {
		want, _ := time.Parse(time.RFC3339, f.published)
		if !a.Published.Equal(want) {
			t.Errorf("published = %v, want %v", a.Published, want)
		}
	}
	if f.author != "" && a.Author != f.author {
		t.Errorf("author = %q, want %q", a.Author, f.author)
	}
	if f.publisher != "" && a.Publisher != f.publisher {
		t.Errorf("publisher = %q, want %q", a.Publisher, f.publisher)
	}
	if f.canonical != "" && a.URL != f.canonical {
		t.Errorf("url = %q, want %q", a.URL, f.canonical)
	}
	if f.lang != "" && a.Lang != f.lang {
		t.Errorf("lang = %q, want %q", a.Lang, f.lang)
	}
}

// checkGolden compares the article, written for people, with
// testdata/extract/html/<file>.golden; -update rewrites it.
func checkGolden(t *testing.T, file string, a news.Article) {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "title: %s\nauthor: %s\npublisher: %s\npublished: %s\nurl: %s\nlang: %s\n\n%s\n", a.Title, a.Author,
		a.Publisher, a.Published.Format(time.RFC3339), a.URL, a.Lang, a.Body)
	b.WriteString("\n---- removed ----\n")
	for _, r := range a.Removed {
		b.WriteString(r + "\n")
	}
	path := filepath.Join("..", "testdata", "extract", "html", strings.TrimSuffix(file, ".html")+".golden")
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if string(want) != b.String() {
		t.Errorf("article differs from %s (run with -update and review the diff):\n%s", path, b.String())
	}
}

// FuzzHTML feeds arbitrary documents through the HTML path: it must not
// panic, and a body it returns has no empty paragraphs.
func FuzzHTML(f *testing.F) {
	for _, fx := range htmlFixtures {
		b, err := os.ReadFile(filepath.Join("..", "testdata", "extract", "html", fx.file))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`<html><head><script type="application/ld+json">{"@graph":[[[[{"@type":"NewsArticle"}]]]]}</script></head></html>`))
	o := DefaultOptions()
	o.Format, o.MinBodyChars = news.FormatHTML, 0
	x := New(o)
	f.Fuzz(func(t *testing.T, doc []byte) {
		a, err := x.Extract(news.Page{ID: "fuzz", Format: news.FormatHTML, Content: doc})
		if err != nil {
			return
		}
		for _, p := range strings.Split(a.Body, "\n\n") {
			if strings.TrimSpace(p) == "" {
				t.Fatalf("empty paragraph in body %q", a.Body)
			}
		}
	})
}

// FuzzParseDate checks that every date the metadata parser accepts is in
// the years it allows.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2025-11-03T07:45:00+01:00", "Feb 08, 2022", "20060102", "0001-01-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := parseDate(s); ok && (d.Year() < 1995 || d.Year() > 2100) {
			t.Fatalf("parseDate(%q) = %v, outside 1995..2100", s, d)
		}
		if d, ok := firstDateIn(strings.Fields(strings.ToLower(s))); ok && (d.Year() < 1995 || d.Year() > 2100) {
			t.Fatalf("firstDateIn(%q) = %v", s, d)
		}
	})
}

func TestIsEndMatter(t *testing.T) {
	tests := []struct {
		b    block
		want bool
	}{
		{block{text: "Jane Doe is a senior reporter covering energy and climate."}, true},
		{block{text: "Copyright © 2025 Example News. All rights reserved."}, true},
		{block{text: "Sign up to get the latest stories in your inbox."}, true},
		{block{text: "Ten ways to save on heating", link: true}, true},
		{block{text: "Ivo Lindqvist joined the Harbour Times as a writer in 2010, and he has covered the quay since."}, true},
		{block{text: "The minister is a former banker, and she said the plan would be costed in the spring budget."}, false},
		{block{text: "Rain is expected to clear by the evening, forecasters said."}, false},
	}
	for _, tt := range tests {
		if got := isEndMatter(tt.b); got != tt.want {
			t.Errorf("isEndMatter(%q) = %v, want %v", tt.b.text, got, tt.want)
		}
	}
}

func TestIsPhotoCaption(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Photo: Jane Roe", true},
		{"Fishing boats tie up along Keel Street at dawn. Credit: Jane Roe", true},
		{"The old ferry terminal in Harbourton. Photo by: 'Ivo Lindqvist'.", true},
		{"(Image courtesy of Harbourton Museum)", true},
		{"The quay at low tide | Photo by Jane Roe", true},
		{"Cost per Credit:\nIn-State | $472", false},
		{"Bring your ID and a photo, and pay by card (credit/debit cards, cash).", false},
		{"The council said the photo was taken by a resident on Keel Street last week.", false},
		{"Harbourton's mayor credits the new quay with the town's recovery. Credit where it is due, she said.", false},
	}
	for _, tt := range tests {
		if got := isPhotoCaption(tt.text, len(textnorm.Words(tt.text))); got != tt.want {
			t.Errorf("isPhotoCaption(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestDropFurnitureBoxes checks that furniture set among the article's
// paragraphs goes and the article around it stays: captions and lines
// pointing to other stories, a related-stories label left as a
// paragraph, and a republishing box up to the next heading.
func TestDropFurnitureBoxes(t *testing.T) {
	wall := block{text: "The harbour wall on Keel Street will be rebuilt next spring, the council said on Tuesday."}
	work := block{text: "Work is expected to take eight months and to close the quay to traffic."}
	for _, tt := range []struct {
		name       string
		bs         []block
		gone, kept []string
	}{
		{"caption and cross-link", []block{
			wall,
			{text: "Waves break over the harbour wall in March. Photo: Jane Roe"},
			{text: "Also read: Harbourton ferry fares to rise in April", links: 0.8},
			work,
		}, []string{"Photo:", "Also read"}, []string{"rebuilt next spring", "eight months"}},
		{"related-stories label", []block{wall, work, {text: "YOU MIGHT ALSO LIKE:"}},
			[]string{"LIKE"}, []string{"eight months"}},
		{"republishing box", []block{
			wall, work,
			{text: "Republish our articles for free, online or in print, under a Creative Commons license."},
			{text: "Republish this article", heading: true},
			{text: "We are happy for Harbourton Gazette stories to be shared, and encourage you to republish our articles for your readers."},
			{text: "Articles must be republished in their entirety. It is fine to change references to time, such as today to yesterday."},
			{text: "Ferry timetable", heading: true},
			{text: "The winter timetable starts on the first Monday of November."},
		}, []string{"Creative Commons", "Republish this", "happy for", "entirety"}, []string{"eight months", "Ferry timetable", "first Monday"}},
	} {
		got := joinBlocks(dropFurniture(tt.bs, news.Article{}))
		for _, g := range tt.gone {
			if strings.Contains(got, g) {
				t.Errorf("%s: dropFurniture kept %q: %q", tt.name, g, got)
			}
		}
		for _, k := range tt.kept {
			if !strings.Contains(got, k) {
				t.Errorf("%s: dropFurniture lost %q: %q", tt.name, k, got)
			}
		}
	}
}

func TestIsRelatedLabel(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Related Posts:", true},
		{"RELATED", true},
		{"Related articles and links:", true},
		{"You might like", true},
		{"Related Articles from the Harbourton Gazette blog:", true},
		// An article's own lists and sentences stay.
		{"Related Resources:", false},
		{"Related products and services", false},
		{"Related costs rose too, said the ferry operator.", false},
	} {
		words := textnorm.Words(tt.text)
		if got := isRelatedLabel(block{text: tt.text}, strings.Join(words, " "), len(words)); got != tt.want {
			t.Errorf("isRelatedLabel(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestIsCrossLink(t *testing.T) {
	tests := []struct {
		b    block
		want bool
	}{
		{block{text: "Also read: Harbourton opens its new ferry terminal", links: 0.8}, true},
		{block{text: "[Read more: Ten walks along Keel Street]", links: 0.85}, true},
		{block{text: "» Related Reading: A guide to the Harbourton quay", links: 0.7}, true},
		{block{text: "Related — Keel Street shops brace for the roadworks", links: 0.8}, true},
		{block{text: "Also read: Harbourton opens its new ferry terminal", links: 0}, false},
		{block{text: "More than 200 residents signed the petition against the Keel Street closure.", links: 0.6}, false},
		{block{text: "Related costs rose too: fuel, wages and harbour dues, said the ferry operator.", links: 0.6}, false},
	}
	for _, tt := range tests {
		if got := isCrossLink(tt.b, len(textnorm.Words(tt.b.text))); got != tt.want {
			t.Errorf("isCrossLink(%q) = %v, want %v", tt.b.text, got, tt.want)
		}
	}
}

func TestHTMLModelForStatedArticle(t *testing.T) {
	tests := []struct {
		head string
		want float64
	}{
		{`<meta property="og:type" content="article">`, htmlArticleKeepLogit},
		{`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Keel Street reopens"}</script>`, htmlArticleKeepLogit},
		{`<meta property="og:type" content="website">`, htmlKeepLogit},
		{``, htmlKeepLogit},
	}
	for _, tt := range tests {
		root, err := html.Parse(strings.NewReader("<html><head>" + tt.head + "</head><body><p>Harbourton</p></body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		if got := htmlModelFor(htmlDefaultModel(), readMeta(root)).bar; got != tt.want {
			t.Errorf("htmlModelFor(%q).bar = %v, want %v", tt.head, got, tt.want)
		}
	}
}

// TestHTMLKeepBar checks that a block the model is unsure of (log-odds
// between the two bars) is kept on an unstated page and dropped on an
// article.
func TestHTMLKeepBar(t *testing.T) {
	var w, f [htmlNumFeatures]float64
	w[0], f[0] = 0.3, 1 // the regression alone: log-odds 0.3, so the mean with no trees is 0.15
	m := htmlModel{weights: &w, bar: htmlKeepLogit}
	if !htmlKeep(&f, m) {
		t.Errorf("a block at 0.15 is dropped under bar %v", m.bar)
	}
	m.bar = htmlArticleKeepLogit
	if htmlKeep(&f, m) {
		t.Errorf("a block at 0.15 is kept under bar %v", m.bar)
	}
}

// TestDropIslands checks that a block kept alone at low log-odds goes,
// while one kept in a run, or alone but sure, stays.
func TestDropIslands(t *testing.T) {
	var w [htmlNumFeatures]float64
	w[0] = 1 // log-odds of a block: half its feature 0, as there are no trees
	m := htmlModel{weights: &w, bar: htmlArticleKeepLogit, islands: true}
	logits := []float64{2, 0.4, -1, 0.4, -1, 3, -1, 0.4, 0.4}
	keep := []bool{false, true, false, true, false, true, false, true, true}
	feats := make([][htmlNumFeatures]float64, len(logits))
	for i, z := range logits {
		feats[i][0] = 2 * z
	}
	got := dropIslands(keep, feats, m)
	want := []bool{false, false, false, false, false, true, false, true, true}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("block %d (log-odds %v, kept %v): got %v, want %v", i, logits[i], keep[i], got[i], want[i])
		}
	}
}

func TestHTMLModelForIslands(t *testing.T) {
	for head, want := range map[string]bool{`<meta property="og:type" content="article">`: true, ``: false} {
		root, err := html.Parse(strings.NewReader("<html><head>" + head + "</head><body><p>Harbourton</p></body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		if got := htmlModelFor(htmlDefaultModel(), readMeta(root)).islands; got != want {
			t.Errorf("htmlModelFor(%q).islands = %v, want %v", head, got, want)
		}
	}
}

func TestDropLinkListsIntroduced(t *testing.T) {
	items := func(names ...string) []block {
		var out []block
		for _, n := range names {
			out = append(out, block{text: n, item: true, link: true, links: 1})
		}
		return out
	}
	courses := items("Knots for Beginners", "Reading the Tides", "Net Mending", "Harbour Pilotage")
	tests := []struct {
		name, intro string
		heading     bool
		keep        bool
	}{
		{"lead-in sentence", "The Keel Street library runs these free evening courses this winter:", false, true},
		{"points elsewhere", "If you liked this post you might also like:", false, false},
		{"related stories", "Related stories from the Harbourton Gazette:", false, false},
		{"contents", "Jump to:", false, false},
		{"no colon", "The Keel Street library runs free evening courses this winter.", false, false},
		{"heading", "Evening courses at the Keel Street library:", true, false},
	}
	for _, tt := range tests {
		bs := append([]block{{text: tt.intro, heading: tt.heading}}, courses...)
		bs = append(bs, block{text: "Places fill quickly, so the library asks readers to book by the end of the month."})
		got := dropLinkLists(bs)
		kept := len(got) == len(bs)
		// Only the list goes, and the contents label over it (TestDropLinkListsContentsLabel).
		intro := isContentsLabel(bs[0]) || got[0].text == tt.intro
		if kept != tt.keep || !intro || got[len(got)-1].text != bs[len(bs)-1].text {
			t.Errorf("%s: kept %d of %d blocks, want the list kept %v", tt.name, len(got), len(bs), tt.keep)
		}
	}
}

// walksPage is a guide whose subhead opens like a box heading ("Popular
// …") in the middle of the article, with short paragraphs under it.
const walksPage = `<!doctype html>
<html lang="en"><head><title>Walking the Harbourton coast in autumn | Keel Street Guides</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Walking the Harbourton coast in autumn">
</head><body>
<header><nav><a href="/">Home</a> <a href="/guides">Guides</a> <a href="/about">About</a></nav></header>
<main><article>
<h1>Walking the Harbourton coast in autumn</h1>
<p>Autumn is the best season to walk the coast around Harbourton: the summer crowds have gone home,
the ferries still run on the weekend timetable and the light on the cliffs is soft until late afternoon.</p>
<p>Most walks start from the quay at the bottom of Keel Street, where the bakery opens at seven and
sells the pasties that the fishermen take out with them on the morning tide.</p>
<h2>Popular Walks Around Harbourton</h2>
<p>The lighthouse loop takes two hours and climbs gently past the old rope works.</p>
<p>The estuary path follows the river inland to the ford at Saltmarsh Mill.</p>
<p>The cliff top route to Gull Point is steep in places but the views repay it.</p>
<h2>What to bring</h2>
<p>Bring a waterproof even on a bright morning, because the weather turns quickly on this stretch of
coast, and wear boots with a good grip: the chalk paths are slippery after rain and the stiles are high.</p>
<p>The tide tables are posted in the harbour master's window, and it is worth checking them before
setting out on the estuary path, which floods at the highest spring tides twice a month.</p>
</article></main>
<footer><p>Keel Street Guides, 12 Keel Street, Harbourton</p></footer>
</body></html>`

// TestHTMLSureSubhead runs the HTML path over walksPage: the subhead that
// opens like a box, which the block model is sure of, keeps the walks
// under it.
func TestHTMLSureSubhead(t *testing.T) {
	o := DefaultOptions()
	o.Format = news.FormatHTML
	a, err := New(o).Extract(news.Page{ID: "walks", Format: news.FormatHTML, Content: []byte(walksPage)})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Popular Walks Around Harbourton", "lighthouse loop", "Saltmarsh Mill", "Gull Point", "spring tides"} {
		if !strings.Contains(a.Body, s) {
			t.Errorf("body lacks %q:\n%s", s, a.Body)
		}
	}
}

func TestDropFurnitureSureHeading(t *testing.T) {
	under := []block{
		{text: "The lighthouse loop takes two hours and climbs gently past the old rope works."},
		{text: "The estuary path follows the river inland to the ford at Saltmarsh Mill."},
	}
	for _, sure := range []bool{true, false} {
		bs := append([]block{{text: "Popular Walks Around Harbourton", heading: true, sure: sure}}, under...)
		got := dropFurniture(bs, news.Article{Title: "Walking the Harbourton coast"})
		if want := map[bool]int{true: 3, false: 0}[sure]; len(got) != want {
			t.Errorf("sure %v: kept %d blocks, want %d", sure, len(got), want)
		}
	}
}

// TestDropFurnitureAuthorLines checks that a line naming the author goes
// when it is a byline or credit, and stays when the name is one of many
// words: a company blog's headings name the company that is its author.
func TestDropFurnitureAuthorLines(t *testing.T) {
	a := news.Article{Title: "Saving for a boat in Harbourton", Author: "Harbourton Bank"}
	tests := []struct {
		text string
		kept bool
	}{
		{"Harbourton Bank", false},
		{"Harbourton BankHarbourton Bank", false},
		{"Harbourton Bank wrote on 12 March 2026", false},
		{"The quay at dawn by Harbourton Bank", false},
		{"Work With Harbourton Bank for Advice on Savings", true},
		{"Why Keel Street savers choose Harbourton Bank", true},
	}
	for _, tt := range tests {
		bs := []block{
			{text: "Most boat owners on Keel Street saved for three years before they bought, a survey found."},
			{text: tt.text, heading: true},
			{text: "A fixed-rate account pays more when the money can be left alone for a year or longer."},
		}
		got := joinBlocks(dropFurniture(bs, a))
		if kept := strings.Contains(got, tt.text); kept != tt.kept {
			t.Errorf("%q: kept %v, want %v", tt.text, kept, tt.kept)
		}
	}
}

// TestDropLinkListsContentsLabel checks that the label over a table of
// contents goes with the list of links under it, and stays when the list
// stays or when it heads text.
func TestDropLinkListsContentsLabel(t *testing.T) {
	var contents []block
	for _, n := range []string{"Why the quay flooded", "What the council said", "Repairs on Keel Street", "What comes next"} {
		contents = append(contents, block{text: n, item: true, link: true, links: 1})
	}
	para := block{text: "The quay at Harbourton flooded twice last winter, and the council has now set out its plan."}
	tests := []struct {
		name  string
		bs    []block
		label bool
	}{
		{"label over links", append([]block{para, {text: "Table of Contents", heading: true}}, contents...), false},
		{"label with a colon", append([]block{para, {text: "In this article:"}}, contents...), false},
		{"other heading over links", append([]block{para, {text: "Harbour history", heading: true}}, contents...), true},
		// The list under the label is gone (isOrphanContentsLabel): the label goes too.
		{"label over text", []block{para, {text: "Contents", heading: true}, para}, false},
		{"label at the end", []block{para, {text: "On this page"}}, false},
		// A short list, a list of plain items or links outside a list keep it.
		{"label over two links", append([]block{para, {text: "Table of Contents"}}, contents[:2]...), true},
		{"label over plain items", []block{para, {text: "Contents"}, {text: "Why the quay flooded", item: true}, para}, true},
		{"label over a link outside a list", []block{para, {text: "Contents"}, {text: "11.1. Why the quay flooded", link: true, links: 1}, para}, true},
		{"a guide's first section", []block{para, {text: "In this guide", heading: true}, para}, true},
	}
	for _, tt := range tests {
		got := dropLinkLists(tt.bs)
		if has := len(got) > 1 && got[1].text == tt.bs[1].text; has != tt.label {
			t.Errorf("%s: label kept %v, want %v", tt.name, has, tt.label)
		}
	}
}

// TestDropFurnitureHeadlineWithSource checks that the headline repeated
// at the top goes with a link post's source and count after it, which the
// title leaves out (isSourceTail), and that a longer line opening with
// the headline stays.
func TestDropFurnitureHeadlineWithSource(t *testing.T) {
	a := news.Article{Title: "Harbourton Council Votes to Keep the Ferry"}
	tests := []struct {
		text string
		kept bool
	}{
		{"Harbourton Council Votes to Keep the Ferry", false},
		{"Harbourton Council Votes to Keep the Ferry (harbourtonpost.example) 87", false},
		{"Harbourton Council Votes to Keep the Ferry (and the Keel Street Pier)", true},
	}
	for _, tt := range tests {
		bs := []block{
			{text: tt.text, heading: true},
			{text: "The council voted nine to two on Tuesday to keep the winter ferry running to the outer islands."},
		}
		got := joinBlocks(dropFurniture(bs, a))
		if kept := strings.Contains(got, tt.text); kept != tt.kept {
			t.Errorf("%q: kept %v, want %v", tt.text, kept, tt.kept)
		}
	}
}

// checkHTMLBody runs the HTML path over page and checks that its body
// holds every phrase of want and none of unwanted.
func checkHTMLBody(t *testing.T, id, page string, want, unwanted []string) {
	t.Helper()
	o := DefaultOptions()
	o.Format = news.FormatHTML
	a, err := New(o).Extract(news.Page{ID: id, Format: news.FormatHTML, Content: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range want {
		if !strings.Contains(a.Body, s) {
			t.Errorf("body lacks %q:\n%s", s, a.Body)
		}
	}
	for _, s := range unwanted {
		if strings.Contains(a.Body, s) {
			t.Errorf("body has %q:\n%s", s, a.Body)
		}
	}
}

// TestHTMLRepairsEntityMojibake: a page whose software wrote its mojibake
// as entities ("&acirc;&euro;&trade;" for the three characters "’" was
// misread as) holds it only after the parse, where Decode's repair of the
// raw bytes cannot see it; the body is repaired as the flattened text is.
func TestHTMLRepairsEntityMojibake(t *testing.T) {
	page := `<html><head><title>Keel Street works begin | Harbourton Gazette</title>
</head><body><article>
<h1>Keel Street works begin</h1>
` + harbourWallParas + `<p>The harbour master&acirc;&euro;&trade;s office on Mill Lane will stay open while the works go on, and Maren Solberg said the boats would be moved &acirc;&euro;&oelig;in good time&acirc;&euro;&#157; before the cranes arrive.</p>
</article></body></html>`
	checkHTMLBody(t, "entities", page,
		[]string{"harbour master’s office", "moved “in good time” before"},
		[]string{"â€"})
	titled := strings.ReplaceAll(page, "Keel Street works begin", "Keel Street&acirc;&euro;&trade;s works begin")
	a, err := New(DefaultOptions()).Extract(news.Page{ID: "entities", Format: news.FormatHTML, Content: []byte(titled)})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Keel Street’s works begin"; a.Title != want {
		t.Errorf("title %q, want %q", a.Title, want)
	}
}
