package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// textLeaveOutFurnitureLinesPlain is the plain form
// TestTextFurnitureLinesMatchWalks holds textLeaveOutFurnitureLines to,
// and nothing else reads it: the three one-kind walks the shipped walk
// replaced, as textAssembleOdds ran them one after another (site notes,
// only with the site's name; picture credits; copyright lines). The
// kinds' own tests (text_sitenote_test.go, text_picturecredit_test.go,
// text_copyrightline_test.go, text_rightsnotice_test.go) read the
// shipped walk.
func textLeaveOutFurnitureLinesPlain(blocks []textBlock, keep, out []bool, pageURL string) {
	host, _ := innerHostOf(pageURL)
	if host != "" {
		for i := range blocks {
			if keep[i] && !out[i] && textIsSiteNote(&blocks[i], host) {
				out[i] = true
			}
		}
	}
	for i := range blocks {
		if keep[i] && !out[i] && textIsPictureCredit(&blocks[i], host) {
			out[i] = true
		}
	}
	for i := range blocks {
		if keep[i] && !out[i] && textIsCopyrightLine(&blocks[i]) {
			out[i] = true
		}
	}
}

// TestTextFurnitureLinesMatchWalks holds textLeaveOutFurnitureLines, one
// walk, to the three walks one after another: over invented pages of
// each kind's lines with their site's address and without one, and over
// the test pages, each without an address and, for a wcxb-dev page, with
// its own (read from its ground truth's "url"), with random blocks not
// kept or already marked, told the page's text (whose first "©" spares
// the copyright line's search, textMarkBound) in two rounds of three and
// no text in the other. It counts the blocks each kind marks, so that
// a kind the walk stops asking shows.
func TestTextFurnitureLinesMatchWalks(t *testing.T) {
	textNeedsData(t)
	type page struct{ text, url string }
	pages := []page{
		{"FerryGuide.com earns commissions from some listed operators. Editorial Guidelines.\nThe crossing takes an hour.\nAll photos © 2024 Mira Tolland\nGetty Images", "https://www.ferryguide.com/reviews/best-crossings/"},
		{"Mira Tolland / Harbour Weekly\nThe ferry left at nine.\nCopyright Harbour Weekly 2012-2025.\nHarbour Weekly earns commissions on bookings. Editorial Guidelines.", "https://www.harbourweekly.com/ferries/best-crossings/"},
		{"The council met on Tuesday. All rights reserved.\n(c) 2025 Harbour Weekly\nShutterstock\nPMC Copyright notice", ""},
	}
	for _, p := range textSpeedPages(t) {
		pages = append(pages, page{string(p.Content), ""})
		if u := furnitureTestURL(t, p.ID); u != "" {
			pages = append(pages, page{string(p.Content), u})
		}
	}
	rng := fastRand(45, 93)
	kinds := [3]int{}
	for _, p := range pages {
		blocks := textSplitBlocks(p.text)
		host, _ := innerHostOf(p.url)
		for i := range blocks {
			switch {
			case host != "" && textIsSiteNote(&blocks[i], host):
				kinds[0]++
			case textIsPictureCredit(&blocks[i], host):
				kinds[1]++
			case textIsCopyrightLine(&blocks[i]):
				kinds[2]++
			}
		}
		for round := 0; round < 3; round++ {
			keep, out := textRoundMarks(rng, len(blocks), round, 4)
			want := slices.Clone(out)
			textLeaveOutFurnitureLinesPlain(blocks, keep, want, p.url)
			text := p.text // the first mark bounds the blocks searched (textMarkBound)
			if round == 1 {
				text = "" // every block searched
			}
			textLeaveOutFurnitureLinesText(blocks, keep, out, p.url, text)
			for i := range blocks {
				if out[i] != want[i] {
					t.Fatalf("%q (address %q, kept %v): marked %v, the three walks %v", blocks[i].text, p.url, keep[i], out[i], want[i])
				}
			}
		}
	}
	t.Logf("marked: %v", kinds)
	for k, n := range kinds {
		if n < 3 {
			t.Errorf("kind %d (site note, picture credit, copyright line) marks %d blocks over the pages, want 3 or more", k, n)
		}
	}
}

// furnitureTestURL is the address of the wcxb-dev flat page at path, read
// from its ground truth's "url", or "" for another page or when the file
// cannot be read.
func furnitureTestURL(t *testing.T, path string) string {
	t.Helper()
	dir, name := filepath.Split(path)
	if filepath.Base(filepath.Clean(dir)) != "flat" || !strings.HasSuffix(name, ".txt") {
		return ""
	}
	raw, err := os.ReadFile(filepath.Join(dir, "..", "ground-truth", strings.TrimSuffix(name, ".txt")+".json"))
	if err != nil {
		return ""
	}
	var gt struct {
		URL string `json:"url"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		t.Fatalf("read the address of %s: %v", path, err)
	}
	return gt.URL
}

// textLeaveOutFurnitureLinesText is textLeaveOutFurnitureLines told the
// page's text, its "©" reading made here as the scratch would make it:
// the tests' pages have no scratch.
func textLeaveOutFurnitureLinesText(blocks []textBlock, keep, out []bool, pageURL, text string) {
	marks := newTextMarkBound(text)
	textLeaveOutFurnitureLines(blocks, keep, out, pageURL, &marks)
}
