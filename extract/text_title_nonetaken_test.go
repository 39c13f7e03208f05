package extract

import (
	"slices"
	"testing"
)

// TestTextTitleSignedOverProse: on a page whose title model took no
// line, the headline-shaped block signed or dated under it and standing
// over the first paragraph is the title, the lowest of two over the same
// paragraph (a kicker over the headline); unsigned, too far over the
// paragraph, over a long line, a sentence, one word, or itself a byline,
// a byline label, a name or a line holding a date, a block gives none
// (or the next one that holds).
func TestTextTitleSignedOverProse(t *testing.T) {
	const heading = textProseTestHeading
	checkTitleOverProse(t, "textTitleSignedOverProse", textTitleSignedOverProse, []titleOverProseCase{
		{"signed by a label and a name", []string{heading, "By", "Mary Roe", "March 3, 2026", textProseTestPara}, heading},
		{"dated under", []string{heading, "March 3, 2026", "gardening", textProseTestPara}, heading},
		{"signed with a reading time", []string{heading, "By Mary Roe", "5 mins", "Share", textProseTestPara}, heading},
		{"a kicker over the headline", []string{"Notes from the allotment", heading, "March 3, 2026", textProseTestPara}, heading},
		{"not signed", []string{heading, "gardening", textProseTestPara}, ""},
		{"the paragraph too far under", []string{heading, "By Mary Roe", "Share", "Print", "Mail", "Save", "Like", textProseTestPara}, ""},
		{"a long line between", []string{heading, "By Mary Roe", "Members of the club may borrow the saws for a week", textProseTestPara}, ""},
		{"a sentence", []string{"We built seven raised beds from pallets.", "By Mary Roe", textProseTestPara}, ""},
		{"one word", []string{"Pallets", "By Mary Roe", textProseTestPara}, ""},
		{"a byline", []string{"By Mary Roe Smith", "March 3, 2026", textProseTestPara}, ""},
		{"a name", []string{"Mary Roe", "March 3, 2026", textProseTestPara}, ""},
		{"a byline label", []string{"Written by", "Mary Roe", "March 3, 2026", textProseTestPara}, ""},
		{"a line holding a date", []string{"via Harbour Notes March 3, 2026", "March 1, 2026", textProseTestPara}, ""},
		{"past a line holding a date", []string{"via Harbour Notes March 3, 2026", heading, "March 1, 2026", textProseTestPara}, heading},
	})
}

// textProseTestHeading and textProseTestPara are the invented garden
// club's headline and first paragraph the title-over-prose tests read.
const (
	textProseTestHeading = "Seven Raised Beds Built From Pallets"
	textProseTestPara    = "Our allotment had three broken beds last spring, so we asked the club's members to bring every pallet they could spare and spent a weekend building new ones."
)

// titleOverProseCase is a page's lines under the garden club's menu and
// the title wanted.
type titleOverProseCase struct {
	name  string
	lines []string
	want  string
}

// checkTitleOverProse runs rule, named name, on each case's lines under
// a four-entry menu and over two more paragraphs, the body starting
// under the menu.
func checkTitleOverProse(t *testing.T, name string, rule func([]textBlock, int) string, cases []titleOverProseCase) {
	t.Helper()
	menu := []string{"Home", "About", "Seed Swaps", "Contact"}
	for _, c := range cases {
		lines := append(slices.Clone(menu), c.lines...)
		lines = append(lines, textProseTestPara, textProseTestPara)
		if got := rule(textNewBlocks(lines...), len(menu)); got != c.want {
			t.Errorf("%s: %s gives %q, want %q", c.name, name, got, c.want)
		}
	}
}
