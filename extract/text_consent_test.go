package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// textConsentBox is an invented consent platform's box as a page
// flattens it: more prose than a short article, in the site's voice.
var textConsentBox = []string{
	"Your Privacy Choices",
	"We and our 34 partners use cookies and similar tools to store and read information on your device. With your consent, we and our partners use them for personalised advertising, for measuring how our pages are read, and to improve the services the Harbour Times offers to its readers every day.",
	"Strictly Necessary Cookies",
	"These cookies keep the Harbour Times pages working, so they stay on whatever you choose. They remember the choices you make here, keep you signed in as you move between our pages and hold what you have typed into a form until you send it.",
	"Performance Cookies",
	"These cookies let us count how many readers come to each story and from where, so that our editors can tell which reports on the harbour are read to the end and which ones readers leave after the first lines.",
	"Accept All Cookies",
	"Reject All",
}

// TestTextConsentNotice checks that a cookie banner's and consent box's
// lines are no body, wherever they stand, and that prose about cookies
// (a recipe, a guide) stays.
func TestTextConsentNotice(t *testing.T) {
	article := []string{
		"Keel Street Bakery Opens Its Doors",
		"The bakery on Keel Street opened on Saturday with a queue down to the quay, and its owner said the first tray of oat cookies had gone before nine o'clock in the morning.",
		"She plans to bake bread for the ferry crews at dawn and to keep the shop open until the last boat comes in from the far shore in the evening.",
	}
	page := textJoinRuns([]string{"Harbour Times", "Home", "News", "Food"}, textConsentBox, article, []string{"Related", "Mill Lane Market Returns"})
	a, err := New(DefaultOptions()).Extract(news.Page{Format: news.FormatText, Content: []byte(strings.Join(page, "\n\n"))})
	if err != nil {
		t.Fatalf("extract: %v", err)
	}
	for _, want := range article[1:] {
		if !strings.Contains(a.Body, want) {
			t.Errorf("body lost %q:\n%s", want, a.Body)
		}
	}
	if strings.Contains(a.Body, "cookies and similar tools") || strings.Contains(a.Body, "count visits") {
		t.Errorf("body kept the consent box:\n%s", a.Body)
	}

	for _, tc := range []struct {
		line string
		want bool
	}{
		{"This site uses cookies to improve your experience of the Harbour Times pages.", true},
		{"We use cookies to keep the Harbour Times running and to show readers the news they follow, as our Cookie Notice explains.", true},
		{"Cookie Settings", true},
		{"Accept All Cookies", true},
		{"Count the readers of the harbour pages: 12 partners can use this purpose", true},
		{"We and our partners process data to bring you the Harbour Times:", true},
		{"Oat and Raisin Cookies", false},
		{"Bake the cookies for twelve minutes, until the edges are brown, and leave them on the tray to cool.", false},
		{"A shop can set cookies to count how many readers finish each recipe, with settings for each page.", false},
	} {
		b := textNewBlock(tc.line)
		if got := b.cue == textCueDrop; got != tc.want {
			t.Errorf("%q: consent notice %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestTextPageNotice checks that what a page's software prints where a
// video or script did not load ("Your browser does not support the video
// tag.") is no body on the text path, as isPageNotice is none on the
// HTML path.
func TestTextPageNotice(t *testing.T) {
	notices := []string{
		"Your browser does not support the video tag.",
		"Sorry, your browser doesn’t support this film of the quay.",
		"This slideshow requires JavaScript.",
	}
	para := textFerryParas
	page := textJoinRuns([]string{"Harbour Times", "Home", "News", "Keel Street Ferry to Run All Winter"},
		para[:2], notices[:1], para[2:4], notices[1:], para[4:], []string{"Related", "Mill Lane Market Returns"})
	textCheckFlatBody(t, page, para, notices)
}

// textCheckFlatBody extracts the flat page's lines, joined as paragraphs,
// and checks that the body holds every line of stay and none of gone.
func textCheckFlatBody(t *testing.T, page, stay, gone []string) {
	t.Helper()
	a, err := New(DefaultOptions()).Extract(news.Page{Format: news.FormatText, Content: []byte(strings.Join(page, "\n\n"))})
	if err != nil {
		t.Fatalf("extract: %v", err)
	}
	for _, p := range stay {
		if !strings.Contains(a.Body, p) {
			t.Errorf("body lost %q", p)
		}
	}
	for _, p := range gone {
		if strings.Contains(a.Body, p) {
			t.Errorf("body kept %q:\n%s", p, a.Body)
		}
	}
}

// TestTextPluginLeftovers checks that a shortcode the page's software did
// not expand and a player's fallback link to its media file are no body
// on the text path, as on the HTML path (isShortcode, isMediaLink), while
// a bracketed section label of the article stays.
func TestTextPluginLeftovers(t *testing.T) {
	leftovers := []string{
		"[CTA_MODULE]",
		"[newsletter_form id=”2543″]",
		"https://media.quaypods.example/episodes/ferry-winter-timetable.mp3",
	}
	para := textFerryParas
	label := "[Conclusion]"
	page := textJoinRuns([]string{"Harbour Times", "Home", "News", "Keel Street Ferry to Run All Winter"},
		para[:2], leftovers[:1], para[2:4], leftovers[1:2], []string{label}, para[4:], leftovers[2:],
		[]string{"Related", "Mill Lane Market Returns"})
	textCheckFlatBody(t, page, append([]string{label}, para...), leftovers)
	for _, l := range leftovers {
		if b := textNewBlock(l); b.cue != textCueDrop {
			t.Errorf("%q: cue %v, want textCueDrop", l, b.cue)
		}
	}
	if b := textNewBlock(label); b.cue == textCueDrop {
		t.Errorf("%q: a section label read as a leftover", label)
	}
}
