package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// textDropDoubtedPlain is textDropDoubtedIn without its footer bound
// (textDoubtFooterBound): every prose sentence of the span asked.
func textDropDoubtedPlain(c *textContext, keep []bool, m textModel) {
	blocks, first, last := c.blocks, c.first, c.last
	var doubted []int
	for i := max(first, 0); i < min(last, len(blocks)); i++ {
		if keep[i] && textIsProseSentence(&blocks[i]) && !textIsRepeatedLead(blocks, i) && !m.keeps(c, i) {
			doubted = append(doubted, i)
		}
	}
	for _, i := range doubted {
		keep[i] = false
	}
	if len(doubted) > 0 && (textKeptChars(blocks, keep) < textTailMinChars || !textHasFooter(blocks, keep)) {
		for _, i := range doubted {
			keep[i] = true
		}
	}
}

// TestTextDoubtFooterBoundMatchesPlain holds the doubted pass to its
// plain form on the test pages (the seeds, and the wcxb-dev flat pages
// when STORYFOLD_DATA is set): the block model's verdicts as extractText
// reads them, under each slack it gives the pass, and the same with the
// last lines' verdicts drawn at random, so that the bound is met on
// pages where it is not and fails where it is. A page the bound passes
// over must come out as the full pass leaves it, and some pages on which
// the full pass drops a sentence must be among those compared.
func TestTextDoubtFooterBoundMatchesPlain(t *testing.T) {
	x := New(DefaultOptions())
	r := fastRand(132, 50)
	var bound, dropped int
	for _, p := range append(textSpeedPages(t), textDoubtPromoPage()) {
		tp := x.textAnalyse(p, string(p.Content), new(textScratch))
		if tp.clean || len(tp.blocks) == 0 {
			continue
		}
		c := newTextContext(tp.blocks, tp.first, tp.last)
		base := textClassifyIn(c, x.text)
		for _, slack := range []float64{0, textDoubtSlack, -textSureRaise, 3} {
			m := x.text
			m.slack = slack
			for round := range 24 {
				keep := slices.Clone(base)
				switch d := len(keep) - round; {
				case round > 0 && round <= 8 && d > 0:
					// The last kept block round lines from the end: the
					// bound's edge is at textTailFooterBlocks.
					clear(keep[d:])
					keep[d-1] = true
				case round > 8:
					for i := max(len(keep)-8, 0); i < len(keep); i++ {
						keep[i] = r.IntN(2) == 0
					}
				}
				got, want := slices.Clone(keep), slices.Clone(keep)
				textDropDoubtedIn(c, got, m)
				textDropDoubtedPlain(c, want, m)
				if !slices.Equal(got, want) {
					t.Fatalf("%s (slack %v, round %d): the bound's pass kept %v, the full pass %v", p.ID, slack, round, textKeptAt(got), textKeptAt(want))
				}
				if textDoubtFooterBound(c, keep) {
					bound++
				}
				if !slices.Equal(want, keep) {
					dropped++
				}
			}
		}
	}
	// TestTextDropDoubted's model, which doubts each sentence that says
	// "you": the promotion last in the body or a few lines above its end,
	// with a footer of none to seven lines, each kept or not, and the
	// span ending at the promotion or the page.
	var w [textNumFeatures]float64
	w[0], w[30] = 1, -10
	m := textModel{weights: &w}
	prose := "The harbour board said the quay on Keel Street would reopen on Monday after the winter repairs were finished."
	promo := "Contact our team today and we will help you find your new home in Harbourton."
	footer := []string{"About", "Contact", "Careers", "Advertise", "Privacy", "Terms", prose}
	for n := range len(footer) + 1 {
		for at := range 3 {
			body := []string{prose, prose, prose, prose, prose, promo, prose, prose}[:6+at]
			for mask := range 1 << n {
				blocks, keep := textKeptBody(body, footer[:n], true)
				for i := range n {
					keep[len(body)+i] = mask>>i&1 == 1
				}
				for _, spanLast := range []int{6, len(blocks)} {
					c := newTextContext(blocks, 0, spanLast)
					got, want := slices.Clone(keep), slices.Clone(keep)
					textDropDoubtedIn(c, got, m)
					textDropDoubtedPlain(c, want, m)
					if !slices.Equal(got, want) {
						t.Fatalf("%d body lines, footer %q kept %b, span to %d: the bound's pass kept %v, the full pass %v",
							len(body), footer[:n], mask, spanLast, textKeptAt(got), textKeptAt(want))
					}
					if textDoubtFooterBound(c, keep) {
						bound++
					}
					if !slices.Equal(want, keep) {
						dropped++
					}
				}
			}
		}
	}
	if bound == 0 || dropped == 0 {
		t.Fatalf("%d passes bound, %d dropping a sentence: the test reads neither case", bound, dropped)
	}
}

// textDoubtPromoPage is TestTextExtractDropsDoubted's web page: five
// paragraphs, a promotion the block model doubts, a footer menu, and a
// sentence under the menu, outside the body's span.
func textDoubtPromoPage() news.Page {
	lines := []string{"Harbour Times", "Home", "News", "Sport", "Quay reopens after winter repairs"}
	for _, topic := range []string{"boat counts", "mooring fees", "winter storms", "fish prices", "new quay plans"} {
		lines = append(lines, "The harbour board said the "+topic+" changed a great deal this year, and crews who work the quay every morning told us they had noticed it long before the figures came out.")
	}
	lines = append(lines, "Ready to make your move? Contact our friendly team today and let us help you find your dream home in Harbourton.",
		"About", "Contact", "Careers", "Advertise", "Privacy", "Terms",
		"The harbour board prints the Harbour Times every week and posts it to every house on the quay.")
	return news.Page{ID: "promo", Format: news.FormatText, Content: []byte(strings.Join(lines, "\n\n"))}
}

// textKeptAt lists the indexes keep holds.
func textKeptAt(keep []bool) []int {
	var at []int
	for i, k := range keep {
		if k {
			at = append(at, i)
		}
	}
	return at
}
