package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// outsideTailPage returns an invented story in an <article>, followed in
// a box of its own by a firm's call to book a survey, worded after the
// story as such calls are.
func outsideTailPage() string {
	return `<html><head><title>Harbour wall to be rebuilt | Harbourton Gazette</title>
<meta property="og:type" content="article">
</head><body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><h1>Harbour wall to be rebuilt</h1><div class="content"><article>
` + strings.ReplaceAll(harbourWallParas, ".</p>", ", the mayor said.</p>") + `</article>
<div class="post-more"><p>Planning works on a harbour wall or a quay of your own? Our engineers have rebuilt walls on Keel Street and across the county, and the first survey is free.</p></div>
</div></main>
<footer><p>Harbourton Gazette, 2 Keel Street.</p><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul></footer>
</body></html>`
}

func TestHTMLOutsideTailDropped(t *testing.T) {
	checkHTMLBody(t, "outside", outsideTailPage(),
		[]string{"eight months", "questions from residents and traders"},
		[]string{"Planning works on a harbour wall", "the first survey is free"})
}

func TestDropOutsideTail(t *testing.T) {
	story := strings.Repeat("<p>The harbour wall on Keel Street will be rebuilt next spring, the council said.</p>", 14)
	for _, tc := range []struct {
		name, page string
		want       int // blocks left
	}{
		{"a box after the story's element goes",
			`<body><article>` + story + `</article><div class="cta"><p>Book a free survey of your walls this week.</p></div></body>`, 14},
		{"a line inside the story's element stays",
			`<body><article>` + story + `<p>Book a free survey of your walls this week.</p></article></body>`, 15},
		{"a box before the story stays",
			`<body><div class="cta"><p>Book a free survey of your walls this week.</p></div><article>` + story + `</article></body>`, 15},
		{"no element holds nine tenths: nothing goes",
			`<body><article>` + story + `</article><div>` + strings.Repeat("<p>Book a free survey of your walls and roofs this very week.</p>", 3) + `</div></body>`, 17},
		{"a short body is kept whole",
			`<body><article><p>The wall will be rebuilt.</p><p>Work starts in spring.</p><p>The quay will close.</p></article><div><p>Book.</p></div></body>`, 4},
	} {
		root, err := html.Parse(strings.NewReader(tc.page))
		if err != nil {
			t.Fatal(err)
		}
		if got := dropOutsideTail(renderBlocks(root)); len(got) != tc.want {
			t.Errorf("%s: %d blocks left, want %d", tc.name, len(got), tc.want)
		}
	}
}

// TestHTMLOutsideTailStaysUnstated: on a page that states no article the
// box stays (on every page the rule cost documentation and listings).
func TestHTMLOutsideTailStaysUnstated(t *testing.T) {
	page := strings.Replace(outsideTailPage(), `<meta property="og:type" content="article">`, "", 1)
	checkHTMLBody(t, "outside-unstated", page, []string{"eight months", "the first survey is free"}, nil)
}
