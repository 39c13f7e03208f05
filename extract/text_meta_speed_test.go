package extract

// The title's and the metadata's leftover costs, each fast path held to
// its plain form (docs/quality/text-extraction-2.md, "Text speed, the
// second title choice", forty-third session).

import "testing"

// TestTextTitleChooseKnownMatches holds textTitleChooseKnown, which
// reuses an earlier choice's title when the second model settles on the
// same best block, to textTitleChoose under the second model's weights,
// as textFindMeta asks it on a page without a URL: on the test pages,
// each read with its body from three places, both the choices that land
// on the first's block and those that do not must give the plain
// answer.
func TestTextTitleChooseKnownMatches(t *testing.T) {
	same, moved := 0, 0
	for _, p := range textSpeedPages(t) {
		blocks := textSplitBlocks(string(p.Content))
		for _, first := range []int{min(len(blocks), 4), len(blocks) / 3, len(blocks) / 2} {
			for _, clean := range []bool{false, true} {
				cands, vecs := textTitleVectorsIn(p, blocks, first, len(blocks), nil)
				title, best := textTitleChoose(blocks, cands, vecs, first, clean, &textTitleWeights)
				if title < 0 {
					continue
				}
				wantTitle, wantBest := textTitleChoose(blocks, cands, vecs, first, clean, &textTitleTextWeights)
				gotTitle, gotBest := textTitleChooseKnown(blocks, cands, vecs, first, clean, &textTitleTextWeights, best, title)
				if gotTitle != wantTitle || gotBest != wantBest {
					t.Fatalf("%s, body from %d, clean %v: the second choice given the first's (%d, %d) is (%d, %d), plain (%d, %d)",
						p.ID, first, clean, title, best, gotTitle, gotBest, wantTitle, wantBest)
				}
				if wantBest == best {
					same++
				} else {
					moved++
				}
			}
		}
	}
	if same == 0 {
		t.Fatal("no page's second choice landed on the first's block: the reuse went untested")
	}
	t.Logf("%d second choices on the first's block, %d elsewhere", same, moved)
}

// TestTextLabelledBylineNameMatchesPlain holds textLabelledBylineName,
// which asks textMayEndInBylineLabel first, to textLabelledByline's name
// kept when nameLike, at every block of the test pages and of invented
// pages with byline labels over names.
func TestTextLabelledBylineNameMatchesPlain(t *testing.T) {
	texts := textSpeedTextsAnd(t,
		"Harbour bridge reopens\n\nWritten by\n\nJane Roe\n\nThe bridge reopened on Monday.",
		"About the author\n\nAuthor:\n\nJohn Q Public\n\nArticle written by\n\nMary Ann Smith\n\nBY\n\nEdward Teach",
		"Ferries return to the river after the winter, the council's report says. By\n\nJane Roe on Dec. 13, 2025",
		"Posted by \n\nSam Lee\n\nauthors\n\nAnn Bee and Cy Dee\n\nby\n\nwriter",
	)
	named := 0
	for n, text := range texts {
		blocks := textSplitBlocks(text)
		for i := range blocks {
			want := textLabelledByline(blocks, i)
			if !nameLike(want) {
				want = ""
			}
			if got := textLabelledBylineName(blocks, i); got != want {
				t.Fatalf("text %d, block %d %q: %q, the plain reading %q", n, i, blocks[i].text, got, want)
			}
			if want != "" {
				named++
			}
		}
	}
	if named < 4 {
		t.Fatalf("only %d names read under a label: the fast path went untested", named)
	}
}

// TestTextBylineLabelLastsHoldEveryLabel holds textBylineLabelLasts to
// textMayEndInBylineLabel: no text whose last byte it leaves unmarked
// may end in a byline label, for every last byte after every byte.
func TestTextBylineLabelLastsHoldEveryLabel(t *testing.T) {
	for c := range 256 {
		if textBylineLabelLasts[c] {
			continue
		}
		for _, head := range []string{"", "b", "B", "o", "O", "r", "R", "x", " ", ":", "\xc3"} {
			if s := head + string([]byte{byte(c)}); textMayEndInBylineLabel(s) {
				t.Fatalf("last byte %#x unmarked, yet textMayEndInBylineLabel(%q) is true", c, s)
			}
		}
	}
}

// TestTextLabelledWalksMatchPlain holds the author box's and the
// label-ending block's walks, which skip a block by its last byte
// (textMayEndLabelByte) before the labelled reading, to the same walks
// reading every block with textLabelledByline and nameLike.
func TestTextLabelledWalksMatchPlain(t *testing.T) {
	plain := func(blocks []textBlock, first int, box bool) string {
		for i := max(first, 0); i < len(blocks)-1; i++ {
			if (blocks[i].words <= 3) != box {
				continue
			}
			if name := textLabelledByline(blocks, i); nameLike(name) {
				return name
			}
		}
		return ""
	}
	texts := textSpeedTextsAnd(t,
		"Harbour bridge reopens\n\nThe bridge reopened on Monday, the council said.\n\nWritten by\n\nJane Roe",
		"Harbour bridge reopens\n\nThe bridge reopened on Monday after the winter's repairs, story by\n\nJane Roe",
	)
	found := 0
	for n, text := range texts {
		blocks := textSplitBlocks(text)
		for _, first := range []int{0, len(blocks) / 3, len(blocks) / 2} {
			want, got := plain(blocks, first, true), textAuthorBox(blocks, first)
			if got != want {
				t.Fatalf("text %d, body from %d: author box %q, the plain walk %q", n, first, got, want)
			}
			found += textBool(got != "")
			want, got = plain(blocks, first, false), textLabelEndsBlock(blocks, first)
			if got != want {
				t.Fatalf("text %d, body from %d: label ending a block %q, the plain walk %q", n, first, got, want)
			}
			found += textBool(got != "")
		}
	}
	if found < 2 {
		t.Fatalf("only %d names found by the walks: the skip went untested", found)
	}
}

// textSpeedTextsAnd is the invented texts followed by the test pages'.
func textSpeedTextsAnd(t *testing.T, invented ...string) []string {
	t.Helper()
	texts := invented
	for _, p := range textSpeedPages(t) {
		texts = append(texts, string(p.Content))
	}
	return texts
}
