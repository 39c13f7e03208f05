package extract

import (
	"slices"
	"testing"
)

// formPage is an invented how-to: the story's paragraphs in an
// <article>, and between them a revenue calculator set as a form whose
// steps ask the reader questions and show a result.
const formPage = `<html><body><article><div class="entry-content">
<p>Pricing a plumbing job starts with knowing what an hour of your time costs once the van, the insurance and the unpaid hours of quoting are counted in.</p>
<p>Most plumbers we spoke to charge between ninety and one hundred and fifty dollars an hour, and a flat fee for the jobs they do every week.</p>
<form class="benchmark-form" id="revenue-benchmark">
<h2 class="step-title">What is your industry?</h2>
<p class="step-description">Pick the trade that brings in most of your revenue.</p>
<h2 class="step-title">Where is your business located?</h2>
<p class="step-description">Benchmarks are based on your local area.</p>
<h2 class="results-title">Annual Revenue Results:</h2>
<p class="results-copy">Businesses like yours typically make:</p>
</form>
<p>Flat fees reward speed: a plumber who clears a blocked drain in forty minutes earns more on a flat fee than on the clock, and the customer knows the price before the work starts.</p>
<p>Review your prices every year, and whenever the cost of parts or fuel moves by more than a tenth.</p>
</div></article></body></html>`

// threadPage is an invented forum thread whose posts a moderation form
// holds, as forum software sets them, with a line outside it.
const threadPage = `<html><body><div class="thread">
<p>Started by pipefitter, March 3</p>
<form class="InlineModForm section">
<blockquote class="messageText">I have priced drain clearing at a flat fee for two years now and my customers like knowing the price before I start the work.</blockquote>
<blockquote class="messageText">Same here, though I charge by the hour for anything that needs a camera down the line, since those jobs can run for half a day.</blockquote>
<blockquote class="messageText">Flat fees work until you hit a collapsed pipe. Put a clause in the quote for what happens when the job turns out bigger than it looked.</blockquote>
</form>
</div></body></html>`

// TestDropFormBlocks: with every block kept, the calculator's prompts go
// on a stated article and the story stays; nothing goes where the page
// does not state an article, nor where the form holds most of what is
// kept (a forum's posts).
func TestDropFormBlocks(t *testing.T) {
	page := pageBlocks(t, formPage)
	words := blockWords(page)
	want := allKept(len(page))
	for i, b := range page {
		if nearestElement(b.node, "form") != nil {
			want[i] = false
		}
	}
	if slices.Equal(want, allKept(len(page))) {
		t.Fatal("the page renders no block inside its form")
	}
	checkVote(t, page, dropFormBlocks(page, words, allKept(len(page)), true), want)
	checkVote(t, page, dropFormBlocks(page, words, allKept(len(page)), false), allKept(len(page)))

	thread := pageBlocks(t, threadPage)
	checkVote(t, thread, dropFormBlocks(thread, blockWords(thread), allKept(len(thread)), true), allKept(len(thread)))
}

// TestExtractDropsFormBlocks runs the form page, stated as a news
// article, through the whole HTML path: the block model keeps some of the
// calculator's prompts, and only dropFormBlocks, called in classifyBody,
// takes them out.
func TestExtractDropsFormBlocks(t *testing.T) {
	a := extractHTMLPage(t, "forms", "https://example.com/resources/how-to-price-plumbing-jobs", statedArticle(formPage, "How to price plumbing jobs"))
	checkBody(t, a.Body, "the form's", []string{"What is your industry?", "Pick the trade", "Benchmarks are based", "Annual Revenue Results", "typically make"}, []string{"Pricing a plumbing job starts", "Flat fees reward speed", "Review your prices every year"})
}
