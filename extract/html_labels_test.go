package extract

import "testing"

// labelPage is an invented buying guide to canal boats: between its
// paragraphs, spec lines "Label: value", a date stamp, a bare price and a
// question line.
const labelPage = `<html><body><article>
<p>Choosing a canal boat for a first season on the water comes down to three things: how many berths you need, how far you mean to cruise in a week, and how much time you are willing to spend on the engine.</p>
<ul><li>Length: Fifty seven feet</li><li>Berths: Four in two cabins</li></ul>
<p>The first boat we tried was a traditional stern narrowboat built in the nineties, heavy in the water and slow to answer the tiller, but dry inside and warm once the stove was lit in the evening.</p>
<div>Last updated: May 28, 2024</div>
<div>Price: $249.99</div>
<div>Still unsure: which one should you hire?</div>
<p>The second was a cruiser stern boat with a larger deck at the back, which suits a crew who like to stand together while under way, and a newer engine that started on the first turn every morning.</p>
</article></body></html>`

// TestRestoreLabelLines: with the model dropping every short line, the two
// spec lines between the paragraphs come back on a stated article; the
// date stamp, the bare price and the question stay dropped, and nothing
// comes back on a page not stated, nor with one spec line alone.
func TestRestoreLabelLines(t *testing.T) {
	page := pageBlocks(t, labelPage)
	words := blockWords(page)
	keep := make([]bool, len(page))
	for i := range page {
		keep[i] = len(words[i]) > 20
	}
	want := append([]bool(nil), keep...)
	for i, b := range page {
		if b.text == "Length: Fifty seven feet" || b.text == "Berths: Four in two cabins" {
			want[i] = true
		}
	}
	checkVote(t, page, restoreLabelLines(page, words, keep, keep, true), want)
	checkVote(t, page, restoreLabelLines(page, words, keep, keep, false), keep)
	// a line a later rule dropped (the model kept it) stays dropped, and
	// the one spec line left is too few
	model := append([]bool(nil), keep...)
	for i, b := range page {
		if b.text == "Length: Fifty seven feet" {
			model[i] = true
		}
	}
	checkVote(t, page, restoreLabelLines(page, words, keep, model, true), keep)
}

func TestIsLabelLine(t *testing.T) {
	for text, want := range map[string]bool{
		"Processor: Intel Core i5-1240P":                               true,
		"Essentials: $75 for up to three seats":                        true,
		"- Format: Printed modules":                                    true,
		"Last updated: May 28, 2024":                                   false,
		"MSRP: $249.99":                                                false,
		"Yelp: 4.8 / 5":                                                false,
		"Originally Answered: Was it the worst? ·":                     false,
		"The cost of a lamp that burns all night: more than you think": false,
	} {
		b := block{text: text}
		if got := isLabelLine(b, len(blockWordsOf(b))); got != want {
			t.Errorf("isLabelLine(%q) = %v, want %v", text, got, want)
		}
	}
}
