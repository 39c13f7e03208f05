package extract

import (
	"strings"
	"testing"
)

// TestTextLeaveOutUnsure checks that the body's last paragraph goes when
// the block model keeps it far less surely than most of the article's
// paragraphs, under a site's template, and stays otherwise. The crafted
// model reads only how much a block addresses the reader: the article's
// paragraphs get log-odds 3 (or 2 on a weaker page), the pitch 0.
func TestTextLeaveOutUnsure(t *testing.T) {
	const pitch = "Book your seat online and you save a pound on your fare."
	const plain = "The ferry will call at the Mill Lane pier on market days."
	// two of 15 words address the reader: log-odds 4 × (1 − 2/3)
	const mild = "Check your timetable, as on market days the ferry calls at your Mill Lane pier."
	const longPitch = "Book your seat online and you save a pound on your fare, and your children travel free with you on every crossing of the day, while your bicycle rides on the deck at no cost to you or yours."
	footer := []string{"Harbour Times", "About us", "Contact", "Privacy", "Terms"}
	article := append(append([]string{}, textFerryParas...),
		"At the quay on Keel Street, Maren Solberg, who has sold tickets at the window for eleven years, said the winter crossings would be the first she had worked since the service was cut back after the storms.",
		"The boat held in reserve is the older of the two, built at the Harbourton yard in 1962, and it will need a new engine before the council can promise that it will run on every day of the timetable.",
		"Traders at the Mill Lane market, who bring their stalls across on the first boat of the morning, have asked the council to hold the last crossing back by half an hour on the Saturdays before Christmas.")
	for _, tc := range []struct {
		name  string
		tail  []string // lines kept under the article
		few   bool     // an article of three long paragraphs and short lines
		foot  bool     // a site's template under the body
		sure  float64  // the article's log-odds
		gone  []string // lines the body must not hold
		stays string   // the line the body must hold, if any
	}{
		{"under a site's template", []string{pitch}, false, true, 3, []string{pitch}, ""},
		{"with its label", []string{pitch, "Fares and times"}, false, true, 3, []string{pitch, "Fares and times"}, ""},
		{"a corpus text's last line", []string{pitch}, false, false, 3, nil, pitch},
		{"kept as surely as the article", []string{plain}, false, true, 3, nil, plain},
		{"the article kept less surely", []string{pitch}, false, true, 2, nil, pitch},
		{"too few long paragraphs", []string{pitch}, true, true, 3, nil, pitch},
		{"over the bar it is asked under", []string{mild}, false, true, 4, nil, mild},
		{"too long a share of the body", []string{longPitch}, false, true, 3, nil, longPitch},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var w [textNumFeatures]float64
			w[0], w[30] = tc.sure, -tc.sure
			m := textModel{weights: &w}
			lines := article
			if tc.few {
				lines = append([]string{}, textFerryParas[:3]...)
				for range 10 {
					lines = append(lines, "The winter timetable is posted at the ticket window on Keel Street.")
				}
			}
			var blocks []textBlock
			var keep []bool
			for _, s := range append(append([]string{}, lines...), tc.tail...) {
				blocks, keep = append(blocks, textNewBlock(s)), append(keep, true)
			}
			if tc.foot {
				for _, s := range footer {
					blocks, keep = append(blocks, textNewBlock(s)), append(keep, false)
				}
			}
			c := newTextContext(blocks, 0, len(blocks))
			for _, s := range tc.tail {
				if i := len(lines); s == blocks[i].text {
					t.Logf("%q: log-odds %.2f", s, m.logit(c, i))
				}
			}
			body, _ := textAssembleOdds(blocks, keep, false, textBlockOdds{c: c, m: m})
			if !strings.Contains(body, textFerryParas[2]) {
				t.Fatalf("body lost the article: %q", body)
			}
			for _, s := range tc.gone {
				if strings.Contains(body, s) {
					t.Errorf("body holds %q", s)
				}
			}
			if tc.stays != "" && !strings.Contains(body, tc.stays) {
				t.Errorf("body lost %q", tc.stays)
			}
			// Without the model's log-odds the step reads nothing.
			if plainBody, _ := textAssemble(blocks, keep, false); tc.stays == "" && !strings.Contains(plainBody, tc.tail[0]) {
				t.Errorf("textAssemble left out %q", tc.tail[0])
			}
		})
	}
}
