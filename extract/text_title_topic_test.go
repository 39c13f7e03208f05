package extract

import (
	"math"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// textTitleTopicPage is an invented walking post without a URL: a site's
// menu, the lines given (its header) and a body that goes on about
// walking the harbours.
func textTitleTopicPage(head ...string) string {
	lines := []string{"Skip to content", "Home", "Walks", "Tides", "Ferries", "About us", "Contact"}
	lines = append(lines, head...)
	lines = append(lines,
		"The north coast has eleven harbours between the river mouth and the cape, and walking the path that joins the harbours takes four weekends.",
		"We started walking in the spring, stopping in each of the harbours for the night and timing each stage of the walking with the tide tables.",
		"The easiest stage runs between the two eastern harbours, a flat hour of walking on a wide track with benches every few hundred metres.",
		"The hardest climbs three headlands between the western harbours, and the ferry back leaves only twice a day outside the summer months.",
		"Of the eleven harbours, seven have a cafe open all year, and walking between them in winter needs no more than good boots and a flask.",
		"Walking the harbours in order, from east to west, keeps the wind at your back on most days of the year.",
		"Share this", "Facebook", "Newsletter", "Privacy policy")
	return strings.Join(lines, "\n\n")
}

// textTitleTopicPitch is the newsletter's pitch under its heading.
const textTitleTopicPitch = "Sign up to our weekly and monthly digest of walks, tides and ferry news from around the coast."

// TestTextTitleTopic: without a URL slug the headline, whose words the
// body states again and again, reads a higher topic than the newsletter's
// heading, whose words it never states, the best of them has a gap of 0
// and the features are copied to their second places; with a slug none
// of them is read (the model of textTitleTextWeights is not asked).
func TestTextTitleTopic(t *testing.T) {
	const menu, headline = "Coastal Trails Newsletters", "Harbours Worth Walking"
	flat := textTitleTopicPage(menu, textTitleTopicPitch, headline, "By Ann Roe")
	for _, url := range []string{"", "https://trails.example/walks/harbours-worth-walking"} {
		p := news.Page{URL: url, Format: news.FormatText, Content: []byte(flat)}
		tp := New(DefaultOptions()).textAnalyse(p, flat, new(textScratch))
		cands, vecs := textTitleVectors(p, tp.blocks, tp.first, tp.last)
		f := map[string][textTitleFeatures]float64{}
		for k, i := range cands {
			f[tp.blocks[i].text] = vecs[k]
		}
		m, h := f[menu], f[headline]
		if url != "" {
			for j := textTitleTopicAt; j < textTitleFeatures; j++ {
				if m[j] != 0 || h[j] != 0 {
					t.Errorf("with a slug: f[%d] = %.2f (menu), %.2f (headline), want 0", j, m[j], h[j])
				}
			}
			continue
		}
		// "harbours" and "walking" stated six times or more, "worth" never
		if m[textTitleTopicAt] != 0 || h[textTitleTopicAt] < 2*math.Log1p(6)/3 {
			t.Errorf("topic %.2f (menu), %.2f (headline); want 0 and 2 log(7) / 3 or more", m[textTitleTopicAt], h[textTitleTopicAt])
		}
		if h[textTitleNoSlugAt] != 0 || m[textTitleNoSlugAt] != -h[textTitleTopicAt] {
			t.Errorf("gap %.2f (headline), %.2f (menu); want 0 and %.2f", h[textTitleNoSlugAt], m[textTitleNoSlugAt], -h[textTitleTopicAt])
		}
		for j, of := range textTitleNoSlugOf {
			if got := h[textTitleNoSlugAt+1+j]; got != h[of] {
				t.Errorf("copy of f[%d] = %.2f, want %.2f", of, got, h[of])
			}
		}
	}
}

// TestTextTitleTopicPage: through Extract, a post without a URL whose
// header runs a newsletter's heading (or a search box's) and its pitch,
// then the headline over a byline or under a section label, is given
// the headline (the 2026-11-30 model alone took the newsletter's
// heading), and its body is the walk.
func TestTextTitleTopicPage(t *testing.T) {
	for _, menu := range []string{"Coastal Trails Newsletters", "Search Coastal Trails"} {
		for _, head := range [][]string{
			{menu, textTitleTopicPitch, "Harbours Worth Walking", "By Ann Roe"},
			{menu, textTitleTopicPitch, "Walks", "Harbours Worth Walking"},
		} {
			a, err := New(DefaultOptions()).Extract(news.Page{Format: news.FormatText, Content: []byte(textTitleTopicPage(head...))})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != "Harbours Worth Walking" || !strings.Contains(a.Body, "eleven harbours") {
				t.Errorf("%q: title = %q, want the headline; body %q", head, a.Title, a.Body)
			}
		}
	}
}
