package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/textnorm"
)

func TestIsReaderAppeal(t *testing.T) {
	checkLineTest(t, func(b block, n int) bool { return isReaderAppeal(b.text, n) }, []lineCase{
		{block{text: "Follow me on Instagram for more Harbourton walks and recipes!"}, true},
		{block{text: "Enjoy the post? Pin it for later!"}, true},
		{block{text: "If you enjoyed this article, please share it with a friend who sails."}, true},
		{block{text: "Thanks for reading Harbour Notes! This post is public so feel free to share it."}, true},
		{block{text: "*** Be sure to follow us on Facebook for the ferry timetable ***"}, true},
		{block{text: "Follow the coast road past the lighthouse and turn left at the quay."}, false},
		{block{text: "Readers who enjoyed the festival last year will find the new route shorter."}, false},
		{block{text: "Thanks to the volunteers, the harbour wall was painted in a week."}, false},
	})
}

func TestIsStockCredit(t *testing.T) {
	checkLineTest(t, isStockCredit, []lineCase{
		{block{text: "Jane Roe/Getty Images"}, true},
		{block{text: "Getty Images / Ivo Lindqvist"}, true},
		{block{text: "Harbourpix via Getty Images"}, true},
		{block{text: "Image used under license from Shutterstock"}, true},
		{block{text: "Photo credit: ©iStock.com/jroe"}, true},
		{block{text: "Industry-leading ferry software from Thomson Reuters"}, false},
		{block{text: "Supports Unsplash", item: true}, false},
		{block{text: "The council bought the photos from Getty Images for its new guide to Keel Street and the quay."}, false},
	})
}

func TestIsPriceButton(t *testing.T) {
	checkLineTest(t, isPriceButton, []lineCase{
		{block{text: "Check Price on Amazon"}, true},
		{block{text: "CHECK PRICE"}, true},
		{block{text: "➡️ Check current price"}, true},
		{block{text: "Check prices before you book, since ferry fares rise in April."}, false},
		{block{text: "Check price at Harbour Outfitters", item: true}, false},
	})
}

func TestIsActionButton(t *testing.T) {
	checkLineTest(t, isActionButton, []lineCase{
		{block{text: "Book now", links: 1}, true},
		{block{text: "Get started today", links: 1}, true},
		{block{text: "Get a free quote today.", links: 1}, true},
		{block{text: "Apply Now!", links: 1}, true},
		{block{text: "Book now", links: 0}, false},
		{block{text: "Book now for the Keel Street ferry, as places fill by noon.", links: 1}, false},
		{block{text: "Register now", links: 1, item: true}, false},
	})
}

// TestDropFurniturePromos checks that a reader appeal, a stock photo
// credit, a price button, an action button, a form's message, a view
// counter and a newsletter pitch go from among a review's paragraphs.
func TestDropFurniturePromos(t *testing.T) {
	bs := []block{
		{text: "The Harbour Kettle boils a litre in under three minutes and keeps it hot for an hour."},
		{text: "Jane Roe/Getty Images"},
		{text: "Check Price on Amazon"},
		{text: "Book now", links: 1},
		{text: "Love the coast? Sign up to our fortnightly Harbour Notes newsletter for walks, tides and ferry news from Keel Street."},
		{text: "Its lid is stiff at first, but it loosens after a week of use."},
		{text: "Enjoy the post? Pin it for later!"},
		{text: "Thanks for signing up!"},
		{text: "(Visited 1,902 times, 364 visits today)"},
		{text: "Sorry, your browser doesn’t support embedded videos."},
		{text: "© 2026 Harbourton Gazette. All rights reserved."},
	}
	got := joinBlocks(dropFurniture(bs, news.Article{}))
	for _, gone := range []string{"Getty", "Check Price", "Book now", "Pin it", "signing up", "Visited", "Harbour Notes", "browser", "rights reserved"} {
		if strings.Contains(got, gone) {
			t.Errorf("dropFurniture kept %q: %q", gone, got)
		}
	}
	if !strings.Contains(got, "three minutes") || !strings.Contains(got, "after a week") {
		t.Errorf("dropFurniture lost the review: %q", got)
	}
}

func TestIsPageNotice(t *testing.T) {
	pre := &html.Node{Type: html.ElementNode, Data: "pre", DataAtom: atom.Pre}
	for _, c := range []lineCase{
		{block{text: "Your browser does not support the video tag."}, true},
		{block{text: "This slideshow requires JavaScript."}, true},
		{block{text: "To see this content please enable targeting cookies."}, true},
		{block{text: "Oops! Something went wrong. Please try again later."}, true},
		{block{text: "There was a problem filtering reviews. Please reload the page."}, true},
		{block{text: "Copyright © 2026 Harbourton Radio. All rights reserved."}, true},
		{block{text: "Excerpt from Tides of Keel Street. Reprinted with permission."}, true},
		// Prose about browsers and rights, and a program's message, stay.
		{block{text: "The ferry timetable site works in every browser, and the council says it will support older phones too."}, false},
		{block{text: "Copyright law on the harbour's old photographs is murky: the museum holds some, families the rest."}, false},
		{block{text: `log.Print("something went wrong")`, node: pre}, false},
	} {
		if got := isPageNotice(c.b, textnorm.Words(c.b.text)); got != c.want {
			t.Errorf("isPageNotice(%q) = %v, want %v", c.b.text, got, c.want)
		}
	}
}

func TestIsFormMessage(t *testing.T) {
	checkLineTest(t, func(b block, n int) bool { return isFormMessage(b.text, n) }, []lineCase{
		{block{text: "Thanks for signing up!"}, true},
		{block{text: "Thank you for subscribing! Look out for the Harbour Notes letter in your inbox."}, true},
		{block{text: "If you do not receive a confirmation email, get in touch!"}, true},
		{block{text: "Please scroll to the right for more info."}, true},
		{block{text: "Thank you for your interest in the Keel Street survey."}, false},
		{block{text: "The form was sent to every household on Keel Street last week."}, false},
	})
}

func TestIsViewCount(t *testing.T) {
	checkLineTest(t, func(b block, n int) bool { return isViewCount(b.text, n) }, []lineCase{
		{block{text: "(Visited 1,902 times, 364 visits today)"}, true},
		{block{text: "1,693 views"}, true},
		{block{text: "Post Views: 220"}, true},
		{block{text: "The harbour museum had 1,693 views of its new film in a week."}, false},
		{block{text: "Visited by 2,000 walkers a year, the quay is busiest in August."}, false},
	})
}

func TestIsNewsletterPitch(t *testing.T) {
	checkLineTest(t, isNewsletterPitch, []lineCase{
		{block{text: "Sign up to our fortnightly Harbour Notes newsletter for walks, tides and ferry news."}, true},
		{block{text: "Was this newsletter forwarded to you? Sign up to get it in your inbox."}, true},
		{block{text: "Join our mailing list! We send one letter a month."}, true},
		{block{text: "- Sign up for the ferry newsletter to hear of timetable changes.", item: true}, false},
		{block{text: "I read 28 newsletters, a few of those I subscribe to, before I wrote this."}, false},
		{block{text: "Subscribers to the harbour trust's newsletter voted for the new quay, 300 to 12, in March."}, false},
	})
}

// promoPage is an invented review page whose article holds a line of
// each kind isPromoLine drops, set as paragraphs among its own.
const promoPage = `<!doctype html>
<html lang="en"><head><title>The Harbour Kettle, tested for a month | Keel Street Kitchen</title>
<meta property="og:type" content="article">
<meta property="og:title" content="The Harbour Kettle, tested for a month">
</head><body>
<header><nav><a href="/">Home</a> <a href="/reviews">Reviews</a> <a href="/about">About</a></nav></header>
<main><article>
<h1>The Harbour Kettle, tested for a month</h1>
<p>We used the Harbour Kettle every morning for a month in a small flat on Keel Street, boiling
water for tea, porridge and the odd pan of pasta, and timed it against the kettle it replaced.</p>
<p>It boils a full litre in two minutes and forty seconds, half a minute faster than the old one,
and the water stays above seventy degrees for almost an hour with the lid shut.</p>
<p>Jane Roe/Getty Images</p>
<p>Check Price on Amazon</p>
<p>The lid is stiff for the first week, and the spout drips if you pour too fast, but both
complaints faded once the hinge had loosened and we had learnt to tilt it slowly.</p>
<p>Love the coast? Sign up to our fortnightly Harbour Notes newsletter for walks, tides and ferry news from Keel Street.</p>
<p>The base is wide enough to stand firm on a narrow counter, and the cord winds underneath it,
which matters in a kitchen where every inch of worktop is spoken for.</p>
<p>Thanks for signing up!</p>
<p>Please scroll to the right for more info.</p>
<p>At forty pounds it costs more than most kettles on the high street, yet it is the one we
would buy again, for its speed and the way it keeps the water hot for a second cup.</p>
<p>Enjoy the post? Pin it for later!</p>
<p>(Visited 1,902 times, 364 visits today)</p>
</article></main>
<footer><p>Keel Street Kitchen, 12 Keel Street, Harbourton</p></footer>
</body></html>`

// TestHTMLPromoLines runs the HTML path over promoPage: the review stays
// whole and the promo lines set among its paragraphs go.
func TestHTMLPromoLines(t *testing.T) {
	checkHTMLBody(t, "promo", promoPage,
		[]string{"two minutes and forty seconds", "the hinge had loosened", "every inch of worktop", "a second cup"},
		[]string{"Getty", "Check Price", "Harbour Notes newsletter", "signing up", "scroll to the right", "Pin it", "Visited"})
}

// lineCase is a line of a page, as a block, and whether a line test
// should take it.
type lineCase struct {
	b    block
	want bool
}

// checkLineTest holds a test of one line (isPromoLine's parts), given the
// block and its word count, to its cases. A line it takes must pass the
// text path's cheap tests before the same test too (textIsPromo, or the
// reader appeal textLeaveOutClosing ends the body at): those tests are
// written by hand beside the expressions, and a form added to an
// expression alone would be lost on flattened pages. Links are the
// exception: flattening loses them, so the text path cannot take a line
// for being one (isActionButton).
func checkLineTest(t *testing.T, test func(block, int) bool, cases []lineCase) {
	t.Helper()
	for _, c := range cases {
		if got := test(c.b, len(textnorm.Words(c.b.text))); got != c.want {
			t.Errorf("%s = %v, want %v", c.b.text, got, c.want)
		}
		if tb := textNewBlock(c.b.text); c.want && c.b.links == 0 && !textIsPromo(&tb) && !textIsReaderAppeal(&tb) {
			t.Errorf("%s: the text path's textIsPromo passes it by", c.b.text)
		}
	}
}
