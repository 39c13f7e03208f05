package extract

import (
	"strings"
	"testing"
)

// TestTextTeaserRailBylines checks the teaser rail's bylines (wcxb-dev
// 4340: a rail of "heading / By writer / section" teasers around the
// headline): three different writers in the byline window name none of
// them the page's; two (a writer and an editor) or one writer's byline
// set twice are read as before.
func TestTextTeaserRailBylines(t *testing.T) {
	rail := "Night Markets Return to the Quay\nBy Maren Solberg\nCity Life\n" +
		"A Bakery on Mill Lane Turns Ten\nBy Tomas Eriksen\nFood\n" +
		"The Last Ferry Captain on Keel Street\nBy Ada Lindqvist\nPeople\n"
	textCheckAuthorsAround(t, []textAuthorAround{
		{rail + "Harbour Ferries Return for Winter\n", ""},
		{"Harbour Ferries Return for Winter\nBy Maren Solberg\nEdited by Tomas Eriksen\nMarch 4, 2025\n", "Maren Solberg"},
		{"By Maren Solberg\nMarch 4, 2025\nHarbour Ferries Return for Winter\nBy Maren Solberg\nMarch 4, 2025\n", "Maren Solberg"},
	})
}

// TestTextTeaserRailAboveWindow checks a rail of cards over the headline
// that runs past the byline window's top (wcxb-dev 0270: three cards,
// the window holding the last two bylines): the rail is counted from
// textTeaserAbove, none of its writers is read, and the name beside the
// date under the headline is.
func TestTextTeaserRailAboveWindow(t *testing.T) {
	card := func(head, name string) string {
		return head + "\nThe board and the crews pick the best of the season's crossings.\nby " + name + "\nDecember 19, 2025\n"
	}
	rail := card("Night Markets Return to the Quay", "Maren Solberg") +
		card("A Bakery on Mill Lane Turns Ten", "Tomas Eriksen") +
		card("The Last Ferry Captain on Keel Street", "Ada Lindqvist") +
		"Advertisement\nHome / News / Harbour Ferries Return for Winter\n"
	under := "Harbour Ferries Return for Winter\nThe crossings come back with the cold.\nJonas Berg\n30 January 2025\n"
	textCheckAuthorsAround(t, []textAuthorAround{
		{rail + under, "Jonas Berg"},
		{card("The Last Ferry Captain on Keel Street", "Ada Lindqvist") + under, "Ada Lindqvist"}, // one card's byline: read as before
	})
}

// TestTextTeaserBylinesPastMatchesPlain holds the rail's count around
// the window's blocks already read (textTeaserBylinesPast) to the count
// over them all (textTeaserBylines): random pages of bylines of four
// writers, one set twice, among other lines, at every window and block
// where the window's first byline stands.
func TestTextTeaserBylinesPastMatchesPlain(t *testing.T) {
	lines := []string{"By Maren Solberg", "By Tomas Eriksen", "by Ada Lindqvist", "Written by Jonas Berg", "By Maren Solberg",
		"Night Markets Return to the Quay", "December 19, 2025", "Food", "The board and the crews pick the best of the season's crossings."}
	rng := fastRand(218, 3)
	rails := 0
	for range 300 {
		blocks := textSplitBlocks(strings.Join(fastDraws(rng, lines, 4, 20), "\n"))
		for lo := range len(blocks) {
			for hi := lo + 1; hi <= len(blocks); hi++ {
				at := lo
				for at < hi && textWindowByline(blocks, at) == "" {
					at++
				}
				if at == hi {
					continue
				}
				name := textWindowByline(blocks, at)
				for top := range lo + 1 {
					want := textTeaserBylines(blocks, top, hi)
					if got := textTeaserBylinesPast(blocks, top, lo, at, hi, name); got != want {
						t.Fatalf("textTeaserBylinesPast(top %d, lo %d, at %d, hi %d) = %v, the count over all gives %v", top, lo, at, hi, got, want)
					}
					if want {
						rails++
					}
				}
			}
		}
	}
	if rails < 500 {
		t.Errorf("only %d windows are a rail's, want 500 or more", rails)
	}
}

// textWindowBylinePlain is textWindowByline reading every block line by
// line first.
func textWindowBylinePlain(blocks []textBlock, i int) string {
	if name := textBylineInLines(blocks[i].text, blocks); name != "" {
		return name
	}
	return textWholeByline(blocks, i)
}

// TestTextWindowBylineMatchesPlain holds textWindowByline's look at the
// block's line flag to the line-by-line reading of every block: random
// pages of bylines, headlines, dates and paragraphs, some joined to the
// line under them by a lower-case start or a comma, so that blocks of
// several lines hold a byline under their first.
func TestTextWindowBylineMatchesPlain(t *testing.T) {
	lines := []string{"By Maren Solberg", "by Tomas Eriksen", "Written by Jonas Berg • March 4, 2025", "Ten Walks Around Harbourton",
		"December 19, 2025", "Food", "The board and the crews pick the best of the season's crossings.", "the quay,", "and the boats",
		"Jane Roe | Senior Writer | July 2, 2025"}
	rng := fastRand(218, 4)
	var pages [][]textBlock
	for range 2000 {
		pages = append(pages, textSplitBlocks(strings.Join(fastDraws(rng, lines, 2, 10), "\n")))
	}
	type at struct{ page, i int }
	var ats []at
	inLines := 0
	for p, blocks := range pages {
		for i := range blocks {
			ats = append(ats, at{p, i})
			if blocks[i].lines && textBylineInLines(blocks[i].text, blocks) != "" {
				inLines++
			}
		}
	}
	read := func(window func([]textBlock, int) string) func(at) string {
		return func(a at) string { return window(pages[a.page], a.i) }
	}
	checkSameAnswer(t, ats, "textWindowByline", read(textWindowByline), read(textWindowBylinePlain), 1000)
	if inLines < 100 {
		t.Errorf("only %d blocks give a byline from a later line, want 100 or more", inLines)
	}
}
