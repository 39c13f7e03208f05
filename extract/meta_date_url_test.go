package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/storyfold/storyfold/news"
)

// TestHTMLURLDateDay checks, through Extract, that a /yyyy/mm/dd/ URL
// names the published day over a stated UTC time on the next day, and
// that a stated time on the URL's day keeps its clock.
func TestHTMLURLDateDay(t *testing.T) {
	doc := func(stated string) []byte {
		return []byte(`<!doctype html><html><head><title>Ferry Timetable Changes at Harbourton</title>
<meta property="article:published_time" content="` + stated + `"></head><body><article>
<h1>Ferry Timetable Changes at Harbourton</h1>
<p>` + strings.Repeat("The evening ferry from Keel Street pier will leave twenty minutes later from next month, the harbour board said, so that it meets the last train from the city. ", 4) + `</p>
<p>` + strings.Repeat("Passengers on Mill Lane asked for the change last winter, when the crossing left before the train arrived and the next boat was an hour later. ", 4) + `</p>
</article></body></html>`)
	}
	x := New(DefaultOptions())
	for _, tt := range []struct {
		stated, want string
	}{
		{"2025-12-19T03:05:00Z", "2025-12-18T00:00:00Z"},
		{"2025-12-18T19:05:00-08:00", "2025-12-18T19:05:00-08:00"},
	} {
		a, err := x.Extract(news.Page{URL: "https://harbourton.example/news/2025/12/18/ferry-timetable/", Format: news.FormatHTML, Content: doc(tt.stated)})
		if err != nil {
			t.Fatal(err)
		}
		want, _ := time.Parse(time.RFC3339, tt.want)
		if !a.Published.Equal(want) || a.Published.Format(time.DateOnly) != want.Format(time.DateOnly) {
			t.Errorf("stated %s: published %v, want %v", tt.stated, a.Published, want)
		}
	}
}

// TestHTMLDateRelatedBelow: a page whose only stated date is JSON-LD's
// (untrusted) and whose first visible date is a related story's card far
// under the article keeps the stated date; a dateline right under the
// headline still wins over it.
func TestHTMLDateRelatedBelow(t *testing.T) {
	para := func(s string) string { return "<p>" + strings.Repeat(s+" ", 3) + "</p>\n" }
	doc := func(dateline string) []byte {
		var b strings.Builder
		b.WriteString(`<!doctype html><html><head><title>Night Sky Photos From a Dark Site | Tarn Light</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Night Sky Photos From a Dark Site","datePublished":"2017-04-10T09:00:00-0700"}</script>
</head><body><article><h1>Night Sky Photos From a Dark Site</h1>
` + dateline)
		for _, s := range []string{
			"We drove two hours past the last town to reach the ridge, where the glow of the city is only a faint band on the horizon.",
			"The camera sat on a heavy tripod with the lens wide open, and each frame took twenty seconds so that the stars stayed points.",
			"A red head torch kept our eyes used to the dark while we changed batteries, which the cold drained faster than we had planned.",
			"By two in the morning the core of the galaxy had risen over the ridge, and the long exposures showed its dust lanes clearly.",
			"Back home the frames were stacked to lift the faint light above the noise, then lightly toned so that the sky kept its colour.",
			"The same ridge is worth a visit in every season, though the winter nights are longer and the air is steadier for fine detail.",
			"Bring warm layers, spare batteries and a flask of something hot, and tell someone where you are going before you set out.",
			"Most of all, give your eyes half an hour without a screen; the sky fills with stars you would never see from a lit street.",
			"Planning by the phase of the moon matters more than any lens, since a bright moon washes out the faint parts of the sky.",
			"Check the forecast for cloud at all heights, because thin high cloud can spoil a night that looks clear at dusk.",
			"A simple star chart helps to find the brighter targets, and many of them show well even in a short single exposure.",
			"When the session ends, pack slowly and check the ground with the torch so that no lens cap is left behind in the grass.",
			"Dew forms on the front of the lens late at night, and a small heated band around the barrel keeps the glass clear.",
			"Focusing by eye on a bright star at full magnification is the surest way to get sharp points across the whole frame.",
		} {
			b.WriteString(para(s))
		}
		b.WriteString(`</article><aside><h2>Related posts</h2><ul>
<li><a href="/p/1">Sunset over the stormy cove</a></li><li>Jun 11, 2024</li>
<li><a href="/p/2">Fog in the valley at dawn</a></li><li>Jul 21, 2021</li>
</ul></aside></body></html>`)
		return []byte(b.String())
	}
	x := New(DefaultOptions())
	for _, tt := range []struct{ dateline, want string }{
		{"", "2017-04-10"},
		{"<p>Posted March 3, 2018</p>\n", "2018-03-03"},
	} {
		a, err := x.Extract(news.Page{URL: "https://tarnlight.example/blog/night-sky-photos", Format: news.FormatHTML, Content: doc(tt.dateline)})
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published.Format(time.DateOnly); got != tt.want {
			t.Errorf("dateline %q: published %s, want %s", tt.dateline, got, tt.want)
		}
	}
}
