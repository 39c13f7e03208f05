package extract

import (
	"path/filepath"
	"testing"
)

func TestTextIsGluedSentences(t *testing.T) {
	for s, want := range map[string]bool{
		"We want to hear from you!Take our 2021 Harbour Survey!": true,
		"Ready to Plan Your Walk?Get In Touch":                   true,
		"The tide tables were updated.Go to the harbour office":  true,
		"We want to hear from you! Take our 2021 Harbour Survey": false,
		"Letters from J.Smith on the Harbour Walks":              false, // an initial
		"Harbour Walks With a Guide Named O.K.":                  false,
		"Is the harbour open?yes, at noon":                       false, // no capital after
		"Press x!Then wait for the harbour master":               false, // one letter before
		"Tide tables from the.NOAA Office":                       false, // two capitals after
		"Harbour Walks: The North Coast Path":                    false,
	} {
		if got := textIsGluedSentences(textNewBlocks(s), 0); got != want {
			t.Errorf("textIsGluedSentences(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTextTitleNotGluedBanner: a glued banner taken gives way to the
// best other candidate that is no glued banner, past a stronger second
// banner; any other line taken stays.
func TestTextTitleNotGluedBanner(t *testing.T) {
	blocks := textNewBlocks("We want to hear from you!Take our 2021 Harbour Survey!", "This site is no longer updated.Go to harbour.example",
		"Harbour Walks: The North Coast Path",
		"The north coast has eleven harbours between the river mouth and the cape, and a path joins all of them.")
	vecs := make([][textTitleFeatures]float64, 3)
	vecs[0][0], vecs[1][0], vecs[2][0] = 50, 40, 30
	tc := &textTitleCandidates{blocks: blocks, cands: []int{0, 1, 2}, vecs: vecs, first: 3, w: &[textTitleFeatures]float64{1}}
	if got := textTitleNotGluedBanner(tc, 0); got != 2 {
		t.Errorf("banner taken: textTitleNotGluedBanner = %d, want 2", got)
	}
	if got := textTitleNotGluedBanner(tc, 2); got != 2 {
		t.Errorf("headline taken: textTitleNotGluedBanner = %d, want 2", got)
	}
	if got := textTitleNotGluedBanner(tc, -1); got != -1 {
		t.Errorf("none taken: textTitleNotGluedBanner = %d, want -1", got)
	}
}

// TestTextTitleNotGluedBannerWCXB: legacy React documentation pages,
// read with and without their URL where the title model took the survey
// banner, are titled by the page's heading.
func TestTextTitleNotGluedBannerWCXB(t *testing.T) {
	dir := textDataDir(t, filepath.Join("extract", "wcxb-dev"))
	x := New(DefaultOptions())
	for _, c := range []struct{ id, url, title string }{
		{"4400", "https://legacy.reactjs.org/docs/hooks-effect.html", "Using the Effect Hook"},
		{"4401", "https://legacy.reactjs.org/docs/hooks-overview.html", "Hooks at a Glance"},
		{"4402", "https://legacy.reactjs.org/docs/hooks-custom.html", "Building Your Own Hooks"},
		{"4402", "", "Building Your Own Hooks"},
		{"4403", "", "Using the Effect Hook"},
	} {
		a := extractWCXBFlat(t, x, dir, c.id, c.url)
		if a.Title != c.title {
			t.Errorf("%s (url %q): title %q, want %q", c.id, c.url, a.Title, c.title)
		}
	}
}
