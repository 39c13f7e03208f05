package extract

import (
	"path/filepath"
	"testing"
)

// TestTextGluedTrailOver: a line under a trail that ends with it, glued
// after a lower-case letter or a trail's separator, stands under a glued
// trail; a line glued to itself, set after a space, a capital or a mark,
// opening in lower case, or not the line over's end does not.
func TestTextGluedTrailOver(t *testing.T) {
	for _, c := range []struct {
		over, line string
		want       bool
	}{
		{"HomeCybersecurity Best Practices", "Cybersecurity Best Practices", true},
		{"NETGEAR BlogTechnologyWhat is Mesh WiFi?", "What is Mesh WiFi?", true},
		{"Home/Blog/startup insights/Comparison of SDLC Models", "Comparison of SDLC Models", true},
		{"Home>Blog>Big Data Analytics in Retail", "Big Data Analytics in Retail", true},
		{"Home» Product Reviews»I Tested 10 Standing Desks", "I Tested 10 Standing Desks", true},
		{"Home › Guides ›7 Ways to Save", "7 Ways to Save", true},
		{"Make anything possible, all in FigmaMake anything possible, all in Figma", "Make anything possible, all in Figma", false},
		{"Home Cybersecurity Best Practices", "Cybersecurity Best Practices", false},
		{"SEOCybersecurity Best Practices", "Cybersecurity Best Practices", false},
		{"Partner with Bellhop(415) 263-9024", "(415) 263-9024", false},
		{"Homecybersecurity best practices", "cybersecurity best practices", false},
		{"Cybersecurity Best Practices", "Cybersecurity Best Practices", false},
		{"HomeCybersecurity Best Practices Today", "Cybersecurity Best Practices", false},
	} {
		blocks := textNewBlocks(c.over, c.line)
		if got := textGluedTrailOver(blocks, 1); got != c.want {
			t.Errorf("textGluedTrailOver(%q over %q) = %v, want %v", c.over, c.line, got, c.want)
		}
	}
	if textGluedTrailOver(textNewBlocks("Cybersecurity Best Practices"), 0) {
		t.Error("the page's first block stands under a trail")
	}
}

// TestTextTitleUnderGluedTrail: the first candidate under a glued trail
// names the page over a menu entry taken, unless it is one word, a call
// to act ("Get A Demo") or a byline; a line taken under a trail stays.
func TestTextTitleUnderGluedTrail(t *testing.T) {
	const head = "Cybersecurity Best Practices"
	for _, c := range []struct {
		name  string
		line  string
		taken int
		want  int
	}{
		{"a menu entry taken over the trail's line", head, 1, 4},
		{"the trail's line taken", head, 4, 4},
		{"none taken", head, -1, 4},
		{"one word", "Cybersecurity", 1, 1},
		{"a call to act", "Get A Demo", 1, 1},
		{"a byline", "By Maren Solberg", 1, 1},
	} {
		blocks := textNewBlocks("Skip to content", "CIS SecureSuite® Membership", "Multi-State ISAC", "Home"+c.line, c.line,
			"The CIS Controls are a prioritized set of safeguards that every organization should put in place first.")
		tc := &textTitleCandidates{blocks: blocks, cands: []int{1, 2, 4}, vecs: make([][textTitleFeatures]float64, 3), first: 4}
		if got := textTitleUnderGluedTrail(tc, c.taken); got != c.want {
			t.Errorf("%s: textTitleUnderGluedTrail = %d, want %d", c.name, got, c.want)
		}
	}
}

// TestTextTitleUnderGluedTrailWCXB: three wcxb-dev flat articles read
// without their URL, each on its own site, take the headline under the
// glued trail, where the title model took a menu entry or a related post.
func TestTextTitleUnderGluedTrailWCXB(t *testing.T) {
	dir := textDataDir(t, filepath.Join("extract", "wcxb-dev"))
	x := New(DefaultOptions())
	for _, c := range []struct{ id, title string }{
		{"0036", "Cybersecurity Best Practices"},
		{"0256", "Comparison of SDLC Models: How to Choose the Best for Your Project?"},
		{"4233", "What is Mesh WiFi?"},
	} {
		if got := textFlatTitle(t, x, dir, c.id); got != c.title {
			t.Errorf("%s: title %q, want %q", c.id, got, c.title)
		}
	}
}
