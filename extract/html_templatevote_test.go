package extract

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// templatePage is an invented round-up: an intro, four product cards
// set by one template (a name, a "Read our full review" line, a
// verdict), and a comment thread of four comments, each a name and a
// reply.
const templatePage = `<html><body><article>
<div class="entry">
<p>We tested eleven kettles over six weeks in the Harbourton test kitchen, boiling a litre at a time.</p>
<p>Each one was timed from cold, weighed full, and left on the counter for a month of daily use by the team.</p>
<p>We listened for the rumble at full boil and checked whether the lid still closed with one hand at the end.</p>
<p>These four stood out.</p>
</div>
<div class="col"><div class="card card-1"><div class="card-body"><h3 class="name">Morrow Steel 1.7</h3><p class="more">Read our full review</p><p class="verdict">The quickest kettle we tested, and the quietest at full boil.</p></div></div></div>
<div class="col"><div class="card card-2"><div class="card-body"><h3 class="name">Keel Glass</h3><p class="more">Read our full review</p><p class="verdict">A glass body that shows the water level, with a lid that never sticks.</p></div></div></div>
<div class="col"><div class="card card-3"><div class="card-body"><h3 class="name">Solberg Mini</h3><p class="more">Read our full review</p><p class="verdict">Small enough for a caravan, yet it boils a full cup in under a minute.</p></div></div></div>
<div class="col"><div class="card card-4"><div class="card-body"><h3 class="name">Pierline Classic</h3><p class="more">Read our full review</p><p class="verdict">The cheapest, with a whistle.</p></div></div></div>
<ol class="comments">
<li class="comment" id="c-101"><article class="comment-inner"><div class="comment-body"><p class="who">Ana R.</p><p class="text">Mine has been going strong for two winters now, though the handle gets warm.</p></div></article></li>
<li class="comment" id="c-102"><article class="comment-inner"><div class="comment-body"><p class="who">Tom</p><p class="text">Great round-up, I bought the Keel Glass after reading it and like it.</p></div></article></li>
<li class="comment" id="c-103"><article class="comment-inner"><div class="comment-body"><p class="who">Jo</p><p class="text">Thanks for testing the noise, nobody else seems to measure that at all.</p></div></article></li>
<li class="comment" id="c-104"><article class="comment-inner"><div class="comment-body"><p class="who">Lee</p><p class="text">Which one would you take camping, the Solberg Mini or something smaller?</p></div></article></li>
</ol>
</article></body></html>`

// TestVoteTemplates: a card's verdict the model dropped, the other
// three kept, comes back, and the one reply it kept of a thread whose lines it
// mostly dropped goes; the article's paragraphs, one element's, are no
// template and stay as the model had them.
func TestVoteTemplates(t *testing.T) {
	page := pageBlocks(t, templatePage)
	keep := make([]bool, len(page))
	want := make([]bool, len(page))
	for i, b := range page {
		switch {
		case strings.HasPrefix(b.text, "The cheapest"):
			// the short verdict of the fourth card, dropped: the
			// verdicts' words are over 0.85 kept.
			want[i] = true
		case strings.HasPrefix(b.text, "Mine has been"):
			// the thread's longest reply, kept alone: a third or
			// less of the thread's words are kept.
			keep[i] = true
		case strings.HasPrefix(b.text, "These four"):
			// a short paragraph of the article the model dropped:
			// the article's paragraphs are not cards, no vote.
		case b.text == "Read our full review" && i == firstBlock(page, b.text):
			// dropped in one card of four: three quarters kept is
			// under the bar, the model's decisions stand.
		case strings.HasPrefix(b.text, "We tested"), strings.HasPrefix(b.text, "Each one"),
			strings.HasPrefix(b.text, "We listened"), b.heading,
			b.text == "Read our full review", strings.HasPrefix(b.text, "The quickest"),
			strings.HasPrefix(b.text, "A glass"), strings.HasPrefix(b.text, "Small enough"):
			keep[i], want[i] = true, true
		}
	}
	checkVote(t, page, voteTemplates(page, blockWords(page), keep), want)
}

// firstBlock returns the index of the first block whose text is text.
func firstBlock(page []block, text string) int {
	for i, b := range page {
		if b.text == text {
			return i
		}
	}
	return -1
}

// TestClassifyBodyVotesTemplates: on templatePage, with both extractors
// keeping the story and the thread's longest reply, classifyBody drops
// the reply with the rest of its thread.
func TestClassifyBodyVotesTemplates(t *testing.T) {
	// class names that name no comment box, so that the thread is
	// not dropCommentThreads' to take
	page := pageBlocks(t, strings.ReplaceAll(templatePage, "comment", "reaction"))
	c := bothKeep(page, func(b block) bool {
		return !strings.HasPrefix(b.text, "Great") && !strings.HasPrefix(b.text, "Thanks") &&
			!strings.HasPrefix(b.text, "Which") && len(b.text) > 6
	})
	got := joinBlocks(classifyBody(page, c, htmlDefaultModel()))
	if strings.Contains(got, "Mine has been") {
		t.Errorf("classifyBody kept one reply of a thread it dropped: %q", got)
	}
	if !strings.Contains(got, "We tested eleven kettles") {
		t.Errorf("classifyBody dropped the story: %q", got)
	}
}

// voteTemplatesPlain is voteTemplates as first written, a string per
// block and a map of cards per template, for TestVoteTemplatesFast.
func voteTemplatesPlain(page []block, words [][]string, keep []bool) []bool {
	type tally struct {
		wordVote
		cards map[*html.Node]bool
	}
	groups := map[string]*tally{}
	sigs := make([]string, len(page))
	for i, b := range page {
		sig, card := templateOfPlain(b.node)
		if card == nil {
			continue
		}
		sigs[i] = sig
		t := groups[sig]
		if t == nil {
			t = &tally{cards: map[*html.Node]bool{}}
			groups[sig] = t
		}
		t.add(len(words[i]), keep[i])
		t.cards[card] = true
	}
	out := append([]bool(nil), keep...)
	for i, sig := range sigs {
		if sig == "" {
			continue
		}
		t := groups[sig]
		if len(t.cards) < tmplMinCards {
			continue
		}
		if k, ok := t.verdict(tmplMinItems, tmplKeepShare, tmplDropShare); ok {
			out[i] = k
		}
	}
	return out
}

func templateOfPlain(n *html.Node) (string, *html.Node) {
	var sb strings.Builder
	for range tmplLevels {
		if n == nil {
			return "", nil
		}
		sb.WriteString(n.Data)
		sb.WriteByte('.')
		for _, c := range attr(n, "class") {
			if c < '0' || c > '9' {
				sb.WriteRune(c)
			}
		}
		sb.WriteByte('/')
		n = n.Parent
	}
	return sb.String(), n
}

// oddClassPage sets cards whose class names differ only in digits, in
// bytes that are not UTF-8 (one template to the plain form, which reads
// each as U+FFFD) and in non-ASCII letters, and cards too near the root.
const oddClassPage = "<div class='w'><div class='c\xff1'><div class='b'><p class='x'>Keel Street one</p></div></div></div>" +
	"<div class='w'><div class='c\xfe2'><div class='b'><p class='x'>Keel Street two</p></div></div></div>" +
	"<div class='w'><div class='c\xef\xbf\xbd3'><div class='b'><p class='x'>Keel Street three</p></div></div></div>" +
	"<div class='w'><div class='c\xff4'><div class='b'><p class='x'>Keel Street four words here</p></div></div></div>" +
	"<div class='w'><div class='caf\u00e9 9'><div class='b\u00df'><p class='x'>Harbourton one</p></div></div></div>" +
	"<div class='w'><div class='caf\u00e9 8'><div class='b\u00df'><p class='x'>Harbourton two</p></div></div></div>" +
	"<div class='w'><div class='caf\u00e9 7'><div class='b\u00df'><p class='x'>Harbourton three</p></div></div></div>" +
	"<div class='w'><div class='caf\u00e9 6'><div class='b\u00df'><p class='x'>Harbourton four</p></div></div></div>" +
	"<p>Root paragraph.</p>"

// TestVoteTemplatesFast holds voteTemplates to voteTemplatesPlain on the
// invented pages and, when the shared data is present, on the first
// wcxb-dev pages, each under random decisions of the model.
func TestVoteTemplatesFast(t *testing.T) {
	pages := map[string][]block{
		"templatePage": pageBlocks(t, templatePage),
		"oddClassPage": pageBlocks(t, oddClassPage),
	}
	for _, p := range wcxbHTMLPages(t, 60) {
		pages[p.name] = pageBlocks(t, string(p.raw))
	}
	r := fastRand(28, 1204)
	for name, page := range pages {
		words := blockWords(page)
		var keeps [][]bool
		for _, keepShare := range []float64{0, 0.1, 0.5, 0.9, 0.97, 1} {
			keep := make([]bool, len(page))
			for i := range keep {
				keep[i] = r.Float64() < keepShare
			}
			keeps = append(keeps, keep)
		}
		if len(page) < 50 {
			// every block the one the model decides against the rest
			for j := range page {
				for _, rest := range []bool{false, true} {
					keep := make([]bool, len(page))
					for i := range keep {
						keep[i] = rest != (i == j)
					}
					keeps = append(keeps, keep)
				}
			}
		}
		for k, keep := range keeps {
			if got, want := voteTemplates(page, words, keep), voteTemplatesPlain(page, words, keep); !slices.Equal(got, want) {
				t.Errorf("%s, decisions %d: voteTemplates differs from the plain form", name, k)
			}
		}
	}
}
