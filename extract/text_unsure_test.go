package extract

import (
	"strings"
	"testing"
)

// The lines TestTextLeaveOutUnsure and TestTextLeaveOutUnsureHead set
// around (or make) an article: a pitch to the reader, a plain line, a
// line that addresses the reader in two of its 15 words (log-odds 4 ×
// (1 − 2/3) under the crafted model), and the article's paragraphs.
const (
	textUnsurePitch = "Book your seat online and you save a pound on your fare."
	textUnsurePlain = "The ferry will call at the Mill Lane pier on market days."
	textUnsureMild  = "Check your timetable, as on market days the ferry calls at your Mill Lane pier."
)

var textUnsureArticle = append(append([]string{}, textFerryParas...),
	"At the quay on Keel Street, Maren Solberg, who has sold tickets at the window for eleven years, said the winter crossings would be the first she had worked since the service was cut back after the storms.",
	"The boat held in reserve is the older of the two, built at the Harbourton yard in 1962, and it will need a new engine before the council can promise that it will run on every day of the timetable.",
	"Traders at the Mill Lane market, who bring their stalls across on the first boat of the morning, have asked the council to hold the last crossing back by half an hour on the Saturdays before Christmas.")

// textUnsureCase is a case of TestTextLeaveOutUnsure and
// TestTextLeaveOutUnsureHead.
type textUnsureCase struct {
	name  string
	extra []string // lines kept under (or over) the article
	few   bool     // an article of three long paragraphs and short lines
	more  bool     // an article of many more paragraphs
	site  bool     // a site's template under (or header over) the body
	sure  float64  // the article's log-odds
	gone  []string // lines the body must not hold
	stays string   // the line the body must hold, if any
}

// TestTextLeaveOutUnsure checks that the body's last paragraph goes when
// the block model keeps it far less surely than most of the article's
// paragraphs, under a site's template, and stays otherwise. The crafted
// model reads only how much a block addresses the reader: the article's
// paragraphs get log-odds 3 (or 2 on a weaker page), the pitch 0.
func TestTextLeaveOutUnsure(t *testing.T) {
	pitch, plain, mild := textUnsurePitch, textUnsurePlain, textUnsureMild
	const longPitch = "Book your seat online and you save a pound on your fare, and your children travel free with you on every crossing of the day, while your bicycle rides on the deck at no cost to you or yours."
	footer := []string{"Harbour Times", "About us", "Contact", "Privacy", "Terms"}
	for _, tc := range []textUnsureCase{
		{"under a site's template", []string{pitch}, false, false, true, 3, []string{pitch}, ""},
		{"with its label", []string{pitch, "Fares and times"}, false, false, true, 3, []string{pitch, "Fares and times"}, ""},
		{"a corpus text's last line", []string{pitch}, false, false, false, 3, nil, pitch},
		{"kept as surely as the article", []string{plain}, false, false, true, 3, nil, plain},
		{"the article kept less surely", []string{pitch}, false, false, true, 2, nil, pitch},
		{"too few long paragraphs", []string{pitch}, true, false, true, 3, nil, pitch},
		{"over the bar it is asked under", []string{mild}, false, false, true, 4, nil, mild},
		{"too long a share of the body", []string{longPitch}, false, false, true, 3, nil, longPitch},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, lines := textUnsureModel(tc.sure), textUnsureLines(tc)
			var blocks []textBlock
			var keep []bool
			for _, s := range append(append([]string{}, lines...), tc.extra...) {
				blocks, keep = append(blocks, textNewBlock(s)), append(keep, true)
			}
			if tc.site {
				for _, s := range footer {
					blocks, keep = append(blocks, textNewBlock(s)), append(keep, false)
				}
			}
			c := newTextContext(blocks, 0, len(blocks))
			for _, s := range tc.extra {
				if i := len(lines); s == blocks[i].text {
					t.Logf("%q: log-odds %.2f", s, m.logit(c, i))
				}
			}
			body, _, _ := textAssembleOdds(blocks, keep, false, textBlockOdds{c: c, m: m}, "")
			textCheckUnsureBody(t, body, tc.gone, tc.stays)
			// Without the model's log-odds the step reads nothing.
			if plainBody, _ := textAssemble(blocks, keep, false); tc.stays == "" && !strings.Contains(plainBody, tc.extra[0]) {
				t.Errorf("textAssemble left out %q", tc.extra[0])
			}
		})
	}
}

// TestTextLeaveOutUnsureHead checks that the body's first paragraph goes
// when the block model keeps it far less surely than most of the
// article's paragraphs, under a site's header, and stays otherwise: in a
// corpus text, when it is long enough to be a lede, or when the article
// itself is kept unsurely. The crafted model is TestTextLeaveOutUnsure's.
func TestTextLeaveOutUnsureHead(t *testing.T) {
	pitch, plain, mild := textUnsurePitch, textUnsurePlain, textUnsureMild
	const widePitch = "Book your seat online and you save a pound on your fare, and your children travel free with you on every crossing."
	// 41 words, 7 of them addressing the reader
	const lede = "Book your seat online and you save a pound on your fare, and your children travel free with you on every crossing, while your bicycle rides on the deck at no cost to you at all, every day of the year."
	header := []string{"Harbour Times", "News", "Sport", "Weather", "Subscribe"}
	for _, tc := range []textUnsureCase{
		{"under a site's header", []string{pitch}, false, false, true, 3, []string{pitch}, ""},
		{"with its label", []string{"Fares and times", pitch}, false, false, true, 3, []string{pitch, "Fares and times"}, ""},
		{"a corpus text's first line", []string{pitch}, false, false, false, 3, nil, pitch},
		{"kept as surely as the article", []string{plain}, false, false, true, 3, nil, plain},
		{"the article kept less surely", []string{pitch}, false, false, true, 1.4, nil, pitch},
		{"too few long paragraphs", []string{pitch}, true, false, true, 3, nil, pitch},
		{"over the bar it is asked under", []string{mild}, false, false, true, 4, nil, mild},
		{"too large a share of the body", []string{widePitch}, false, false, true, 3, nil, widePitch},
		{"as long as a lede", []string{lede}, false, true, true, 3, nil, lede},
		{"a short one over a long body", []string{widePitch}, false, true, true, 3, []string{widePitch}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, lines := textUnsureModel(tc.sure), textUnsureLines(tc)
			var blocks []textBlock
			var keep []bool
			if tc.site {
				for _, s := range header {
					blocks, keep = append(blocks, textNewBlock(s)), append(keep, false)
				}
			}
			for _, s := range append(append([]string{}, tc.extra...), lines...) {
				blocks, keep = append(blocks, textNewBlock(s)), append(keep, true)
			}
			c := newTextContext(blocks, 0, len(blocks))
			for i := range blocks {
				if keep[i] && blocks[i].text == tc.extra[len(tc.extra)-1] {
					t.Logf("%q: %d words, log-odds %.2f", blocks[i].text, blocks[i].words, m.logit(c, i))
				}
			}
			body, _, _ := textAssembleOdds(blocks, keep, false, textBlockOdds{c: c, m: m}, "")
			textCheckUnsureBody(t, body, tc.gone, tc.stays)
			// Without the model's log-odds the step reads nothing.
			if plainBody, _ := textAssemble(blocks, keep, false); !strings.Contains(plainBody, tc.extra[len(tc.extra)-1]) {
				t.Errorf("textAssemble left out %q", tc.extra[len(tc.extra)-1])
			}
		})
	}
}

// textUnsureModel is the crafted model of the unsure tests: a block's
// log-odds are sure less sure times the share of its words that address
// the reader.
func textUnsureModel(sure float64) textModel {
	var w [textNumFeatures]float64
	w[0], w[30] = sure, -sure
	return textModel{weights: &w}
}

// textUnsureLines returns the article of a textUnsureCase: three long
// paragraphs among short lines when tc.few, many more paragraphs when
// tc.more, else textUnsureArticle.
func textUnsureLines(tc textUnsureCase) []string {
	switch {
	case tc.few:
		lines := append([]string{}, textFerryParas[:3]...)
		for range 10 {
			lines = append(lines, "The winter timetable is posted at the ticket window on Keel Street.")
		}
		return lines
	case tc.more:
		lines := append([]string{}, textUnsureArticle...)
		for _, day := range []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"} {
			for _, p := range textFerryParas[:3] {
				lines = append(lines, "On "+day+" the council heard that "+strings.ToLower(p[:1])+p[1:])
			}
		}
		return lines
	}
	return textUnsureArticle
}

// textCheckUnsureBody fails t when body lost the article or the line
// that must stay, or holds a line that must go.
func textCheckUnsureBody(t *testing.T, body string, gone []string, stays string) {
	t.Helper()
	if !strings.Contains(body, textFerryParas[2]) {
		t.Fatalf("body lost the article: %q", body)
	}
	for _, s := range gone {
		if strings.Contains(body, s) {
			t.Errorf("body holds %q", s)
		}
	}
	if stays != "" && !strings.Contains(body, stays) {
		t.Errorf("body lost %q", stays)
	}
}

// textUnsureLongArticle is the article of TestTextLeaveOutUnsure with 18
// more paragraphs, on whose characters a closing paragraph of 20 words
// is a small share.
func textUnsureLongArticle() []string {
	article := append([]string{}, textUnsureArticle...)
	for _, day := range []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"} {
		for _, p := range textFerryParas[:3] {
			article = append(article, "On "+day+" the council heard that "+strings.ToLower(p[:1])+p[1:])
		}
	}
	return article
}

// textUnsureBlocks makes kept blocks of lines, followed by a site's
// template of left lines when site.
func textUnsureBlocks(lines []string, site bool) ([]textBlock, []bool) {
	var blocks []textBlock
	var keep []bool
	for _, s := range lines {
		blocks, keep = append(blocks, textNewBlock(s)), append(keep, true)
	}
	if site {
		for _, s := range []string{"Harbour Times", "About us", "Contact", "Privacy", "Terms"} {
			blocks, keep = append(blocks, textNewBlock(s)), append(keep, false)
		}
	}
	return blocks, keep
}

// TestTextLeaveOutApart checks that the body's last paragraph goes when
// the model keeps it somewhat less surely than most of the article's
// paragraphs and the article above does not use its words, under a
// site's template, and stays when it takes up the article's words, when
// it is short, when the model keeps it about as surely as the article,
// or in a corpus text. The crafted model is TestTextLeaveOutUnsure's:
// three of 21 words addressing the reader give log-odds 2 × 2/7 = 0.57
// under the article's 2, which textLeaveOutUnsure (a gap of 2.25) leaves.
func TestTextLeaveOutApart(t *testing.T) {
	const (
		// 21 words, 3 of them the reader's, none the article uses but "send"
		apart = "Tomas Vik writes on gardens, recipes and mountain walks; send your letters to his desk and your photographs with your name."
		// 21 words, 3 of them the reader's, most the article's own
		shared = "Check your timetable at the ticket window on Keel Street before your crossing, as the winter ferry leaves your quay early."
		// 12 words, 2 of them the reader's
		short = "Send your letters and your photographs to Tomas Vik at his desk."
	)
	article := textUnsureLongArticle()
	for _, tc := range []struct {
		name  string
		last  string
		site  bool
		sure  float64
		stays bool
	}{
		{"its words new to the article", apart, true, 2, false},
		{"the article's words", shared, true, 2, true},
		{"too short", short, true, 2, true},
		{"kept about as surely as the article", apart, true, 1.2, true},
		{"a corpus text's last line", apart, false, 2, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := textUnsureModel(tc.sure)
			blocks, keep := textUnsureBlocks(append(append([]string{}, article...), tc.last), tc.site)
			c := newTextContext(blocks, 0, len(blocks))
			t.Logf("%q: %d words, log-odds %.2f", tc.last, blocks[len(article)].words, m.logit(c, len(article)))
			body, _, _ := textAssembleOdds(blocks, keep, false, textBlockOdds{c: c, m: m}, "")
			if tc.stays {
				textCheckUnsureBody(t, body, nil, tc.last)
			} else {
				textCheckUnsureBody(t, body, []string{tc.last}, "")
			}
		})
	}
}

// The sections of TestTextLeaveOutApartSection and
// TestTextLeaveOutApartHeadSection: one of new words (23 words; of its
// content words only "every" and "autumn" are the article's), one of
// the article's words, and one too short to tell.
const (
	textApartSectionText  = "Tomas Vik grows roses, beans and apples on a hillside allotment, and swaps seeds, recipes and cuttings with neighbours every spring and autumn."
	textSharedSectionText = "The winter ferry from the Keel Street quay will carry workers from the boatyards across the harbour on every crossing of the council's timetable."
	textShortSectionText  = "Tomas Vik grows roses and beans on a hillside allotment."
)

// TestTextLeaveOutApartSection checks that the body's closing section,
// under a heading, goes when the article above does not use most of its
// words, under a site's template, and stays when it takes up the
// article's words, when no heading or left line opens it, when it is too
// short to tell, when it is too large a share of the body, or in a
// corpus text.
func TestTextLeaveOutApartSection(t *testing.T) {
	const (
		heading = "Garden notes"
		apart   = textApartSectionText
		shared  = textSharedSectionText
		short   = textShortSectionText
	)
	article := textUnsureLongArticle()
	for _, tc := range []struct {
		name    string
		section []string
		site    bool
		stays   bool
	}{
		{"its words new to the article", []string{heading, apart}, true, false},
		// the larger section is weighed against the article alone, not
		// against its own first half, which was above the smaller one
		{"two sections of new words", []string{heading, apart, "Net lofts", "Maren Solberg mends nets, lobster pots and sails in a loft by the slipway, and teaches knots to children on Saturday mornings."}, true, false},
		{"the article's words", []string{heading, shared}, true, true},
		{"no heading", []string{apart}, true, true},
		{"too short", []string{heading, short}, true, true},
		// one paragraph: three or more would be textLeaveOutOffTopicTail's
		{"too large a share", []string{heading, apart + " " + apart + " " + apart}, true, true},
		{"a corpus text's last lines", []string{heading, apart}, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			blocks, keep := textUnsureBlocks(append(append([]string{}, article...), tc.section...), tc.site)
			body, _ := textAssemble(blocks, keep, false)
			last := tc.section[len(tc.section)-1]
			if tc.stays {
				textCheckUnsureBody(t, body, nil, last)
			} else {
				textCheckUnsureBody(t, body, []string{heading, last}, "")
			}
		})
	}
}

// TestTextLeaveOutApartHeadSection checks that the body's first section
// goes when the article below it does not use its words, under a site's
// header, and stays when it takes up the article's words, when no border
// (a heading or a line the body leaves) closes it, when it is short or
// too large a share of the body, or in a corpus text.
func TestTextLeaveOutApartHeadSection(t *testing.T) {
	const heading = "Winter crossings"
	apart := textApartSectionText
	article := textUnsureLongArticle()
	for _, tc := range []struct {
		name    string
		section []string
		border  bool // a heading under the section
		site    bool
		stays   bool
	}{
		{"its words new to the article", []string{apart}, true, true, false},
		{"the article's words", []string{textSharedSectionText}, true, true, true},
		{"no border", []string{apart}, false, true, true},
		{"too short", []string{textShortSectionText}, true, true, true},
		{"too large a share", []string{apart, apart, apart}, true, true, true},
		{"a corpus text's first lines", []string{apart}, true, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var lines []string
			if tc.site {
				lines = append(lines, "Harbour Times", "About us", "Contact", "Privacy", "Subscribe")
			}
			lines = append(lines, tc.section...)
			if tc.border {
				lines = append(lines, heading)
			}
			var blocks []textBlock
			var keep []bool
			for i, s := range append(lines, article...) {
				blocks, keep = append(blocks, textNewBlock(s)), append(keep, !tc.site || i >= 5)
			}
			body, _ := textAssemble(blocks, keep, false)
			first := tc.section[0]
			if tc.stays {
				textCheckUnsureBody(t, body, nil, first)
			} else {
				textCheckUnsureBody(t, body, []string{first}, heading)
			}
		})
	}
}

// TestTextLeaveOutApartSectionsBothEnds checks that the opening section
// is weighed against the body the closing walk left: its words are used
// again only in a closing section that goes, so it goes too.
func TestTextLeaveOutApartSectionsBothEnds(t *testing.T) {
	// of its content words, "tomas", "allotment", "roses", "beans" and
	// "apples" are the opening section's, none the article's
	closing := "Tomas Vik also keeps bees and hens behind the allotment, sells honey, eggs, roses, beans and apples at the Saturday market, and writes a monthly column on orchards, compost, hedgerows and ponds."
	lines := append([]string{textApartSectionText, "Winter crossings"}, textUnsureLongArticle()...)
	blocks, keep := textSiteBlocks(append(lines, "Garden notes", closing))
	body, _ := textAssemble(blocks, keep, false)
	textCheckUnsureBody(t, body, []string{textApartSectionText, closing, "Garden notes"}, "Winter crossings")
}

// TestTextIsApartReadsInward checks that textIsApart weighs a block
// against the blocks inward of it: above a closing paragraph, below an
// opening one.
func TestTextIsApartReadsInward(t *testing.T) {
	opening := "Tomas Vik grows roses, beans and apples on a hillside allotment by the harbour."
	blocks, keep := textUnsureBlocks([]string{opening, textApartSectionText, textFerryParas[0]}, false)
	out := make([]bool, len(blocks))
	var body textBodyCounts
	defer body.release()
	if textIsApart(blocks, keep, out, 0, false, &body) {
		t.Error("an opening paragraph whose words the body below uses was taken as apart")
	}
	if !textIsApart(blocks, keep, out, 0, true, &body) {
		t.Error("a first block, with nothing above it, was not apart read from the end")
	}
}

// TestTextLeaveOutApartLeavesItsWords checks that the paragraph
// textLeaveOutApart leaves out is taken from the body's counts the
// section walks read after it: the opening section's words are used
// again only in that paragraph (Tomas, recipes), so with the paragraph
// gone the section is apart too.
func TestTextLeaveOutApartLeavesItsWords(t *testing.T) {
	// 21 words, 3 of them the reader's; of its content words the article
	// uses "send", the opening section "tomas" and "recipes"
	const apart = "Tomas Vik writes on gardens, recipes and mountain walks; send your letters to his desk and your photographs with your name."
	lines := append([]string{textApartSectionText, "Winter crossings"}, textUnsureLongArticle()...)
	blocks, keep := textSiteBlocks(append(lines, apart))
	c := newTextContext(blocks, 0, len(blocks))
	body, _, _ := textAssembleOdds(blocks, keep, false, textBlockOdds{c: c, m: textUnsureModel(2)}, "")
	textCheckUnsureBody(t, body, []string{apart, textApartSectionText}, "Winter crossings")
}

// textSiteBlocks makes kept blocks of lines between a site's header and
// its template under the body, both left.
func textSiteBlocks(lines []string) ([]textBlock, []bool) {
	var blocks []textBlock
	var keep []bool
	for _, s := range []string{"Harbour Times", "About us", "Contact", "Privacy", "Subscribe"} {
		blocks, keep = append(blocks, textNewBlock(s)), append(keep, false)
	}
	for _, s := range lines {
		blocks, keep = append(blocks, textNewBlock(s)), append(keep, true)
	}
	for _, s := range []string{"Harbour Times", "About us", "Contact", "Privacy", "Terms"} {
		blocks, keep = append(blocks, textNewBlock(s)), append(keep, false)
	}
	return blocks, keep
}
