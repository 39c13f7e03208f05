package extract

import (
	"strings"
	"testing"
	"unicode"

	"github.com/storyfold/storyfold/news"
)

// TestTextTitleFewerCapitals: a headline the page also states in the
// writer's own case, near it, is given in that case; a copy one capital
// apart, a copy in capitals only, a headline in capitals and a copy too
// far away leave it as it is.
func TestTextTitleFewerCapitals(t *testing.T) {
	far := make([]string, textTitleCaseBlocks+1)
	for i := range far {
		far[i] = "A line between them that names nothing in particular."
	}
	for _, c := range []struct {
		name  string
		texts []string
		at    int
		want  string
	}{
		{"banner over the headline", []string{"Harbour Walks Of The North Coast", "By Ann Roe", "Harbour walks of the north coast"}, 0,
			"Harbour walks of the north coast"},
		{"headline under the chosen banner", []string{"Tide Tables For The Ports Of The North", "Tide Tables for the Ports of the North"}, 0,
			"Tide Tables for the Ports of the North"},
		{"banner under the chosen headline", []string{"Tide Tables for the Ports of the North", "Tide Tables For The Ports Of The North"}, 0,
			"Tide Tables for the Ports of the North"},
		{"one capital apart", []string{"Ferry fares: Winter prices explained", "Ferry fares: winter prices explained"}, 0,
			"Ferry fares: Winter prices explained"},
		{"copy in capitals", []string{"Tide Tables For Every Port", "TIDE TABLES FOR EVERY PORT"}, 0,
			"Tide Tables For Every Port"},
		{"headline in capitals", []string{"TIDE TABLES FOR EVERY PORT", "Tide tables for every port"}, 0,
			"TIDE TABLES FOR EVERY PORT"},
		{"copy too far", append(append([]string{"Tide Tables For Every Port"}, far...), "Tide tables for every port"), 0,
			"Tide Tables For Every Port"},
	} {
		blocks := textNewBlocks(c.texts...)
		title := textTitleText(&blocks[c.at])
		if got := textTitleFewerCapitals(title, blocks, c.at); got != c.want {
			t.Errorf("%s: textTitleFewerCapitals = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestTextTitleFewerCapitalsPage: on a whole flattened page whose hero
// restyles the headline word by word, the title is the headline as the
// article writes it, and the body is the same either way.
func TestTextTitleFewerCapitalsPage(t *testing.T) {
	lines := []string{
		"Skip to content", "Home", "Walks", "Tides", "Ferries", "About us", "Contact",
		"Harbour Walks Of The North Coast For Every Season",
		"Harbour walks of the north coast for every season",
		"By Ann Roe",
		"March 5, 2025",
		"The north coast has eleven harbours between the river mouth and the cape, and a path joins all of them along the cliffs above the water.",
		"We walked the whole path over four weekends in the spring, stopping in each harbour for the night and timing each stage with the tide tables.",
		"The easiest stage runs from the old lighthouse to the fish market, a flat hour on a wide track with benches every few hundred metres.",
		"The hardest climbs three headlands in a row, and the ferry back leaves only twice a day outside the summer months, so start early.",
		"Share this", "Facebook", "Newsletter", "Privacy policy",
	}
	x := New(DefaultOptions())
	a, err := x.Extract(news.Page{ID: "walks", Format: news.FormatText, Content: []byte(strings.Join(lines, "\n\n"))})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Harbour walks of the north coast for every season"; a.Title != want {
		t.Errorf("title = %q, want %q", a.Title, want)
	}
	if !strings.Contains(a.Body, "eleven harbours") {
		t.Errorf("body lost the story: %q", a.Body)
	}
}

// TestTextTitleFewerCapitalsMatchesPlain holds textTitleFewerCapitals,
// which skips a block shorter than the title before reading its title
// text and counts the title's capitals only once a spelling is found, to
// its plain form, on random pages of one headline in several cases, with
// lines joined under it ("Harbour walks\nby Ann Roe"), kicker lines over
// it, and shorter and longer lines around it.
func TestTextTitleFewerCapitalsMatchesPlain(t *testing.T) {
	heads := []string{"Harbour Walks Of The North Coast", "Harbour walks of the north coast", "Harbour Walks of the North Coast",
		"HARBOUR WALKS OF THE NORTH COAST", "harbour walks of the north coast", "Harbour walks Of the North coast"}
	others := []string{"Home", "By Ann Roe", "March 5, 2025", "Harbour walks", "Walks\nHarbour walks of the north coast",
		"Harbour walks of the north coast\nby Ann Roe", "Harbour Walks Of The North Coast\nBy Ann Roe",
		"× Harbour walks of the north coast", "Harbour walks of the north coast.", "The path joins every harbour along the cliffs."}
	rng := fastRand(155, 2)
	moved := 0
	for range 20000 {
		texts := fastDraws(rng, append(heads, others...), 1, 2*textTitleCaseBlocks+4)
		at := rng.IntN(len(texts))
		blocks := textNewBlocks(texts...)
		title := textTitleText(&blocks[at])
		want := textTitleFewerCapitalsPlain(title, blocks, at)
		if want != title {
			moved++
		}
		if got := textTitleFewerCapitals(title, blocks, at); got != want {
			t.Fatalf("textTitleFewerCapitals(%q, %q, %d) = %q, the plain form %q", title, texts, at, got, want)
		}
	}
	if moved < 500 {
		t.Fatalf("only %d titles moved: the random pages do not try the rule", moved)
	}
}

// textTitleFewerCapitalsPlain is textTitleFewerCapitals as first written:
// every block near at read, the title's capitals counted first.
func textTitleFewerCapitalsPlain(title string, blocks []textBlock, at int) string {
	if at < 0 || !strings.ContainsFunc(title, unicode.IsLower) {
		return title
	}
	best, caps := title, textCapitals(title)
	for j := max(0, at-textTitleCaseBlocks); j < min(len(blocks), at+textTitleCaseBlocks+1); j++ {
		s := textTitleText(&blocks[j])
		if j == at || len(s) != len(title) || !strings.EqualFold(s, title) {
			continue
		}
		if c := textCapitals(s); c <= caps-textTitleCaseFewer && strings.ContainsFunc(s, unicode.IsLower) {
			best, caps = s, c
		}
	}
	return best
}
