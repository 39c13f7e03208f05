package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestTextTitleUnderCrumbEnd: the headline under a breadcrumb trail's
// last step, or over the trail on the step's topic, is taken for the
// step; a short line between passes, and a trail with no "Home" line, a
// long line in the trail, a line under the step that holds it, a button
// under it, a line on another topic over the trail and a paragraph
// between leave the step.
func TestTextTitleUnderCrumbEnd(t *testing.T) {
	const (
		step     = "Coastal Walks"
		headline = "Six Harbour Walks for a Winter Weekend"
	)
	for _, c := range []struct {
		name string
		head []string
		want string
	}{
		{"trail and headline", []string{"Home", "Guides", step, headline}, headline},
		{"trail with separators", []string{"Home >", "Guides >", step, headline}, headline},
		{"home alone over the step", []string{"Home", step, headline}, headline},
		{"a stamp's label between", []string{"Home", "Guides", step, "Updated", headline}, headline},
		{"no home line", []string{"Library", "Guides", step, headline}, step},
		{"home too far up", []string{"Home", "Guides", "Walks", "North", step, headline}, step},
		{"prose in the trail", []string{"Home", "Our walking guides are written by the harbour office staff every spring", step, headline}, step},
		{"the line under holds the step", []string{"Home", "Guides", step, "Video: " + step}, step},
		{"a button under the step", []string{"Home", "Guides", step, "Make an Appointment"}, step},
		{"headline over the trail", []string{"Winter Coastal Walks", "Home", "Guides", step}, "Winter Coastal Walks"},
		{"another topic over the trail", []string{"Book Your Ferry Tickets Today", "Home", "Guides", step}, step},
		{"a paragraph between", []string{"Home", "Guides", step, "A short note from the harbour office about the winter timetable and the ferries.", headline}, step},
	} {
		blocks := textNewBlocks(textTitleDatedPage(c.head...)...)
		at := slices.IndexFunc(blocks, func(b textBlock) bool { return b.text == step })
		first := len(blocks) - 8 // the body: textTitleDatedPage's four paragraphs over four closing lines
		cands, vecs := textTitleVectors(news.Page{}, blocks, first, len(blocks)-4)
		got := textTitleText(&blocks[textTitleUnderCrumbEnd(blocks, cands, vecs, at, &textTitleWeights)])
		if got != c.want {
			t.Errorf("%s: textTitleUnderCrumbEnd gives %q, want %q", c.name, got, c.want)
		}
	}
}

// TestTextTitleUnderCrumbEndPage: through Extract, a guide whose trail
// ends in the site's short name for it, the URL's slug, over the
// headline is given the headline, and the body is the story.
func TestTextTitleUnderCrumbEndPage(t *testing.T) {
	const headline = "Six Harbour Walks for a Winter Weekend"
	for _, head := range [][]string{
		{"Home", "Guides", "Harbour Walks Winter Guide", headline},
		{"Home", "Guides", "Harbour Walks Winter Guide", "Updated", headline, "By Ann Roe"},
	} {
		checkTextTitleURLPage(t, "https://walks.example/guides/harbour-walks-winter-guide", head, headline)
	}
}

// TestTextTitleTrailEnds: a heading near the line taken that a trail of
// three steps on the line above ends in is taken for it; a trail of one
// separator, a trail ending elsewhere and a trail too far from the line
// taken leave it.
func TestTextTitleTrailEnds(t *testing.T) {
	const (
		taken    = "Harbour Walks Compared"
		headline = "Six Harbour Walks for a Winter Weekend"
	)
	far := []string{"Tides", "Ferries", "Maps", "Shops", "Cafes"}
	for _, c := range []struct {
		name string
		head []string
		want string
	}{
		{"trail of three steps", []string{"Blog/walks/coast/" + headline, headline, "On this page", taken}, headline},
		{"spaced trail", []string{"Home » Guides » " + headline, headline, taken}, headline},
		{"one separator", []string{"Guides / " + headline, headline, taken}, taken},
		{"trail ending elsewhere", []string{"Blog/walks/coast/Winter", headline, taken}, taken},
		{"too far", append([]string{"Blog/walks/coast/" + headline, headline}, append(far, taken)...), taken},
	} {
		blocks := textNewBlocks(textTitleDatedPage(c.head...)...)
		at := slices.IndexFunc(blocks, func(b textBlock) bool { return b.text == taken })
		cands, _ := textTitleVectors(news.Page{}, blocks, at+1, len(blocks)-4)
		if got := textTitleText(&blocks[textTitleTrailEnds(blocks, cands, at)]); got != c.want {
			t.Errorf("%s: textTitleTrailEnds gives %q, want %q", c.name, got, c.want)
		}
	}
}

// TestTextTitleTrailEndsPage: through Extract, a guide whose trail line
// ends in its headline, with a heading in the URL slug's words under it,
// is given the headline, and the body is the story.
func TestTextTitleTrailEndsPage(t *testing.T) {
	const headline = "Six Harbour Walks for a Winter Weekend"
	head := []string{"Blog/walks/coast/" + headline, headline, "On this page", "Harbour Walks Compared"}
	checkTextTitleURLPage(t, "https://walks.example/blog/harbour-walks-compared", head, headline)
}

// checkTextTitleURLPage extracts the invented harbour-walks page of
// textTitleDatedPage with the lines of head, at url (whose slug names a
// line the title model scores high), and checks that its title is want
// and that its body holds the story.
func checkTextTitleURLPage(t *testing.T, url string, head []string, want string) {
	t.Helper()
	page := news.Page{URL: url, Format: news.FormatText, Content: []byte(strings.Join(textTitleDatedPage(head...), "\n\n"))}
	a, err := New(DefaultOptions()).Extract(page)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != want || !strings.Contains(a.Body, "eleven harbours") {
		t.Errorf("%q: title = %q, want %q; body %q", head, a.Title, want, a.Body)
	}
}
