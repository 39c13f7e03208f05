package extract

import (
	"slices"
	"strings"
	"testing"
)

// textLeaveOutBiosPlain is textLeaveOutBios as it read before its two
// walks over the span: the staying paragraphs listed from the whole page,
// then read from the list.
func textLeaveOutBiosPlain(blocks []textBlock, keep, out []bool) {
	var body []int
	total := 0
	for i := range blocks {
		if textStays(blocks, keep, out, i) {
			body = append(body, i)
			total += len(blocks[i].text)
		}
	}
	before := 0
	for k, i := range body {
		n := len(blocks[i].text)
		head, tail := k < textBioBlocks, k >= len(body)-textBioBlocks
		if tail && k > 0 && before >= textTailMinChars && textIsCardBio(&blocks[body[k-1]], blocks[i].text) {
			out[i], out[body[k-1]] = true, true
		}
		if (head && total-before-n >= textTailMinChars || tail && before >= textTailMinChars) && textIsWriterBio(blocks[i].text) {
			out[i] = true
			if k > 0 {
				if j := body[k-1]; blocks[j].words <= 5 && !blocks[j].sentEnd && strings.HasPrefix(blocks[i].text, blocks[j].text+" ") {
					out[j] = true
				}
			}
		}
		before += n
	}
}

// TestTextLeaveOutBiosMatchesPlain holds textLeaveOutBios to its plain
// form on invented pages of prose, bios, writers' names over bios that
// open with them or with the trade, and teasers, 0 to 40 blocks, some
// dropped, left out already, cues or web addresses, so that bodies of
// fewer and more than 2*textBioBlocks paragraphs, and bios at their
// ends, in their middles and under names, are all met.
func TestTextLeaveOutBiosMatchesPlain(t *testing.T) {
	rng := fastRand(228, 1)
	lines := []string{
		"The harbour board said the Keel Street quay would reopen on Monday after the repairs were finished.",
		"Pilots said the shorter winter timetable would suit the tides better than the summer one did.",
		"Mira Tolland is a harbour reporter who has covered the Keel Street docks for a decade. She lives in Harbourton.",
		"Mira Tolland",
		"Mira Tolland is a harbour reporter at the Harbourton Ledger. She has covered the quay and its ferries for nine years.",
		"As the Ledger's harbour reporter, Mira has covered the quay and its ferries for nine years.",
		"Mira first became a reporter at fourteen, writing up the regattas for the school paper.",
		"How the Keel Street ferry doubled its crossings in one winter",
		"Harbour news",
	}
	marked := 0
	for range 20000 {
		n := rng.IntN(41)
		texts := make([]string, n)
		for i := range texts {
			texts[i] = lines[rng.IntN(len(lines))]
		}
		blocks := textNewBlocks(texts...)
		keep, out := make([]bool, n), make([]bool, n)
		for i := range blocks {
			keep[i] = rng.IntN(6) != 0
			out[i] = rng.IntN(10) == 0
			switch rng.IntN(30) {
			case 0:
				blocks[i].cue = textCueSoft
			case 1:
				blocks[i].url = "https://harbourton.example/quay"
			}
		}
		given, want := slices.Clone(out), slices.Clone(out)
		textLeaveOutBiosPlain(blocks, keep, want)
		textLeaveOutBios(blocks, keep, out)
		if !slices.Equal(out, want) {
			t.Fatalf("textLeaveOutBios(%q, keep %v) = %v, want %v", texts, keep, out, want)
		}
		if !slices.Equal(want, given) {
			marked++
		}
	}
	if marked < 1000 {
		t.Errorf("%d pages of 20000 had a bio marked, want 1000 or more", marked)
	}
}
