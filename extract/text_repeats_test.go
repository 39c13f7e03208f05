package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/textnorm"
)

// textRepeatsPage marks texts as a flattened page's blocks (textNewBlock,
// textMarkDuplicates); with head set, the first block's text is then cut
// to head after the marking, as textReadHeader cuts a date header.
func textRepeatsPage(head string, texts ...string) []textBlock {
	blocks := textNewBlocks(texts...)
	textMarkDuplicates(blocks)
	if head != "" {
		dup := blocks[0].dup
		blocks[0] = textNewBlock(head)
		blocks[0].dup = dup
	}
	return blocks
}

// checkTextDropRepeats holds textDropRepeats, on the body textAssembleOdds
// joins from the blocks keep marks, to dropRepeatedRunsIn's answer on
// that body, and reports whether the page's repeats changed the body.
func checkTextDropRepeats(t *testing.T, name string, blocks []textBlock, keep []bool) bool {
	t.Helper()
	body, _, r := textAssembleOdds(blocks, keep, true, textBlockOdds{}, "")
	want := dropRepeatedRunsIn(body, nil)
	if got := textDropRepeats(body, newTextScratch(), r); got != want {
		t.Errorf("%s: textDropRepeats (bound %+v) gives\n%q\nwant\n%q", name, r, got, want)
	}
	return want != body
}

// The bound the flat path reads from the staying blocks skips the body's
// second-copy steps only where they find nothing: a copy whose lines are
// blocks stated twice, lines of blocks of several lines stated again as
// blocks of their own (which the page marks as stated once), a first block
// cut after marking, and a card set twice side by side.
func TestTextDropRepeatsMatchesPlain(t *testing.T) {
	paras := harbourParas(10)
	join := func(parts ...[]string) []string {
		var all []string
		for _, p := range parts {
			all = append(all, p...)
		}
		return all
	}
	lines := func(from, to int) string { return strings.Join(paras[from:to], "\n") }
	days := make([]string, repeatRunParas)
	for i := range days {
		days[i] = fmt.Sprintf("Day %d. Ferries at noon", i+1)
	}
	menu := []string{"Menu"} // the page's first block, left out but where the case says
	cases := []struct {
		name   string
		head   string // the first block's text cut to this, and kept
		texts  []string
		copies bool // the body holds a second copy
	}{
		{"article once", "", join(menu, paras), false},
		{"article twice", "", join(menu, paras, paras), true},
		// the last line of a block of several, and then blocks stated
		// twice: the blocks of one line alone are too few for a copy
		{"a block's last line stated again", "", join(menu, []string{"Quay notes\n" + paras[0]}, paras[1:8], paras[0:8]), true},
		{"a block's last line stated again, short", "", join(menu, []string{"Quay notes\n" + paras[0]}, paras[1:7], paras[0:7]), false},
		{"first block cut", "Quay notes", join(paras[0:8], []string{"Tide table", "Quay notes"}, paras[1:8]), true},
		{"first block cut, short", "Quay notes", join(paras[0:7], []string{"Tide table", "Quay notes"}, paras[1:7]), false},
		// the first block cut to a line the page states once, under it:
		// its mark is the uncut text's
		{"first block cut, stated again under it", "Ferry times", join(paras[0:1], []string{"Ferry times"}, paras[1:4]), true},
		{"first block cut, stated again far under it", "Ferry times", join(paras[0:1], paras[1:9], []string{"Ferry times"}), false},
		{"card side by side", "", join(menu, paras[:3], []string{"Ferry times", "Ferry times"}, paras[3:6]), true},
		{"cards apart", "", join(menu, []string{"Ferry times"}, paras, []string{"Ferry times"}), false},
		// eight short cards, set twice: too few words for a copy of the
		// article, the second set repeatRunParas places from the first
		{"a set of cards twice", "", join(menu, paras[:2], days, days, paras[2:4]), true},
		// the copy cut, the lines either side of it meet
		{"a copy's neighbours meet", "", join(menu, paras[:8], []string{"Tide table", "Ferry times"}, paras[:8], []string{"Ferry times"}), true},
	}
	for _, tc := range cases {
		blocks := textRepeatsPage(tc.head, tc.texts...)
		keep := make([]bool, len(blocks))
		for i := range keep {
			keep[i] = i > 0 || tc.head != ""
		}
		if got := checkTextDropRepeats(t, tc.name, blocks, keep); got != tc.copies {
			t.Errorf("%s: body changed %v, want %v (the case no longer tests its step)", tc.name, got, tc.copies)
		}
	}
	// Pages drawn at random from a few lines, some set as blocks of
	// several lines, some runs set again.
	rng := fastRand(38, 1)
	changed := 0
	for n := 0; n < 3000; n++ {
		texts := textRandomPage(rng, 10, 30, 1, 12, func(k int) (string, bool) {
			switch {
			case k < 5:
				return paras[rng.IntN(len(paras))], true
			case k < 7:
				from := rng.IntN(len(paras) - 1)
				return lines(from, from+2+rng.IntN(min(4, len(paras)-from-1))), true
			}
			return "", false
		})
		head := ""
		if rng.IntN(4) == 0 {
			head = paras[rng.IntN(len(paras))]
		}
		keep := make([]bool, len(texts))
		for i := range keep {
			keep[i] = rng.IntN(10) > 0
		}
		if checkTextDropRepeats(t, "random page", textRepeatsPage(head, texts...), keep) {
			changed++
		}
	}
	if changed < 100 {
		t.Errorf("only %d random pages held a copy", changed)
	}
}

// textDropCopiesPlain is textDropCopies as it was before it read the
// blocks' runs of repeats and their word counts: the texts searched for
// every repeated run on a page with 2*repeatRunParas repeated blocks, and
// each run's words counted again.
func textDropCopiesPlain(blocks []textBlock, firsts []int) []string {
	repeated, all := 0, 0
	for i := range blocks {
		repeated += textBool(blocks[i].dup > 0)
		all += blocks[i].words
	}
	texts := make([]string, len(blocks))
	for i := range blocks {
		texts[i] = blocks[i].text
	}
	if repeated < 2*repeatRunParas {
		return texts
	}
	var drop []copyRun
	for _, r := range repeatedRunsFrom(texts, firsts) {
		if textCopyIsArticle(blocks[r.start:r.end], all) {
			drop = append(drop, r)
		}
	}
	return withoutRuns(texts, drop)
}

// textDropCopies drops what the plain search did, on pages drawn at
// random: a few paragraphs, short lines of a menu or a card, some runs of
// them set again (a copy of the article, a menu in the footer).
func TestTextDropCopiesMatchesPlain(t *testing.T) {
	paras := harbourParas(12)
	for i := range paras {
		paras[i] = strings.TrimSpace(paras[i][:30+i*12]) + "." // from 6 words to some 30: runs of every length in words
	}
	menu := []string{"Home", "Ferries", "Tides", "Harbour works", "Contact", "Keel Street Quay news"}
	// a copy of repeatRunParas paragraphs, as short as a copy can be
	copied := harbourParas(repeatRunParas)
	fixed := append(append(append([]string{"Home", "Ferries"}, copied...), "Tides"), copied...)
	blocks := textNewBlocks(fixed...)
	if got := textDropCopies(blocks, textMarkDuplicates(blocks)); len(got) != 3+repeatRunParas {
		t.Errorf("a copy of %d paragraphs: %d blocks stay, want %d", repeatRunParas, len(got), 3+repeatRunParas)
	}
	rng := fastRand(38, 2)
	dropped := 0
	for n := 0; n < 3000; n++ {
		texts := textRandomPage(rng, 20, 40, 4, 20, func(k int) (string, bool) {
			switch {
			case k < 4:
				return paras[rng.IntN(len(paras))], true
			case k < 6:
				return menu[rng.IntN(len(menu))], true
			}
			return "", false
		})
		blocks := textNewBlocks(texts...)
		firsts := slices.Clone(textMarkDuplicates(blocks))
		want := textDropCopiesPlain(blocks, firsts)
		got := textDropCopies(blocks, firsts)
		if len(got) != len(texts) {
			dropped++
		}
		gotTexts := make([]string, len(got))
		for i := range got {
			gotTexts[i] = got[i].text
		}
		if !slices.Equal(gotTexts, want) {
			t.Fatalf("page %d: textDropCopies kept %d blocks, the plain search %d", n, len(got), len(want))
		}
	}
	if dropped < 50 {
		t.Errorf("only %d random pages held a copy", dropped)
	}
	t.Logf("%d of 3000 pages held a copy", dropped)
}

// The block reader's word count is the one the copy search counted
// (textnorm.CountWords), which textDropCopies now reads from the blocks.
func TestTextBlockWordsMatchCountWords(t *testing.T) {
	for _, s := range []string{
		"The harbour master said the quay had been closed since the storm.",
		"Keel_Street 2024-03-05: ferries at 09:30, £12.50 a head (under-16s free)",
		"Ünïcödé wörds — “quoted” and l'apostrophe, ½ and ² and naïve café",
		"   ",
		"日本語のテキスト and 한국어 text, Ελληνικά",
	} {
		if got, want := textNewBlock(s).words, textnorm.CountWords(s); got != want {
			t.Errorf("%q: block words %d, CountWords %d", s, got, want)
		}
	}
}
