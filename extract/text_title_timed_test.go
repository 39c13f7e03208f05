package extract

import "testing"

// TestTextTitleTimedOverProse: on a page no earlier stage titled, the
// headline-shaped block right over a reading time, bare or labelled, and
// over the first paragraph is the title; a block with a line between it
// and the time, far over the paragraph, a sentence, one word, a name or
// over a bare number gives none.
func TestTextTitleTimedOverProse(t *testing.T) {
	const heading = textProseTestHeading
	checkTitleOverProse(t, "textTitleTimedOverProse", textTitleTimedOverProse, []titleOverProseCase{
		{"a bare reading time", []string{heading, "5 mins", textProseTestPara}, heading},
		{"a reading time", []string{heading, "11 min read", "Share", textProseTestPara}, heading},
		{"a labelled reading time", []string{heading, "Reading time: 8 minutes", textProseTestPara}, heading},
		{"a line between", []string{heading, "gardening", "5 mins", textProseTestPara}, ""},
		{"the paragraph too far under", []string{heading, "5 mins", "Share", "Print", "Mail", "Save", "Like", textProseTestPara}, ""},
		{"a sentence", []string{"We built seven raised beds from pallets.", "5 mins", textProseTestPara}, ""},
		{"one word", []string{"Pallets", "5 mins", textProseTestPara}, ""},
		{"a name", []string{"Mary Roe", "5 mins", textProseTestPara}, ""},
		{"a bare number", []string{heading, "5", textProseTestPara}, ""},
	})
}
