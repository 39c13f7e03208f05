package extract

import (
	"strings"
)

// Buttons the block models keep among an article's lines: a search box's
// label, a call to act, a round-up's button to each product's review, a
// shop's, a thread's, a form's or a player's control, an advertisement's
// label. On the HTML path such a button is a link or a form's control and
// leaves with them; a flattened page gives only its label, which reads
// like a short subhead. textLeaveOut takes them out of the kept lines
// (textIsApparatus).

// textIsButton reports whether b is only a button's label: one of the
// labels textIsButtonLabel lists or a button to a review
// (textIsReviewButton).
//
// Both tests read the whole line (its lower-cased start is all of it) cut
// to its letters, so the cut is made once here: made by each, it cost
// some 90 instructions a line twice over (5,484 lines of 100 wcxb-dev
// flat pages; docs/quality/text-extraction-2.md, forty-fifth session).
func textIsButton(b *textBlock) bool {
	if b.words > textButtonMaxWords || len(b.low) < len(b.text) {
		return false // a long line's start: neither test takes it
	}
	label := trimToLetters(b.low)
	return textIsButtonLabel(b, label) || b.words >= 2 && textIsReviewLabel(b, label)
}

// textButtonMaxWords is the most words a button's label has.
const textButtonMaxWords = 5

// textIsButtonLabel reports whether b is, letters compared, arrows and
// bullets aside, the label of a search box ("Search", "Search for:",
// "Search this site"), a call to act ("Learn more", "Start free trial",
// "Book a demo", "Get a quote", "Shop now") or a control of a shop, a
// thread or a form ("Add to cart", "Reply", "Add a comment", "Sorted by",
// "Load more", "Log in", "Cancel", "Save"), a player's ("Play", "Pause",
// "Watch video") or an advertisement's label ("Advertisement", "Sponsor
// Message"). On the wcxb-dev flat pages the search labels moved 8
// articles, a service and a listing up, none down; the calls to act 21
// pages (12 articles, 7 services), the gold keeping two services' (0691's
// "Learn more", 0693's "Start your free trial"); the controls 37 pages
// (forums, products, collections, four articles), none down, though one
// forum's gold keeps "Add a comment" (4310, under a block model fitted on
// half the pages); the players' and advertisements' labels 11 pages up.
// "Submit", which a service's gold keeps (0699), is left. A label ending
// in a full stop or a question mark ("Learn more.") ends a sentence the
// writer set apart, and a line that only opens with the words ("Learn
// more about the quay") is no button. The lists are the text path's: on
// the HTML path, read as boilerplate, the search labels and calls to act
// moved 15 pages, a documentation page, a product and two services down
// (docs/quality.md, twenty-eighth session). label is the whole line b's
// lower-cased text cut to its letters (textIsButton).
func textIsButtonLabel(b *textBlock, label string) bool {
	switch label {
	case "search", "search for", "search blog", "search this blog", "search the blog", "search site", "search this site",
		"search the site", "search our site", "search website", "search this website", "search the website", "search our website":
		return true
	case "learn more", "find out more", "get started", "get started free", "get started for free", "start free trial",
		"start a free trial", "start your free trial", "try free", "try for free", "try it free", "sign up free", "sign up for free",
		"sign up now", "book a demo", "get a demo", "request a demo", "schedule a demo", "book a call", "get quote", "get a quote",
		"get a free quote", "contact sales", "shop now", "buy now", "order now", "book now", "apply now", "join now", "register now",
		"subscribe now", "download now", "donate now", "get the app",
		"add to cart", "add to bag", "add to basket", "add to wishlist", "add to wish list", "add a comment", "reply",
		"sorted by", "reset to default", "load more", "log in", "sign in", "cancel", "save",
		"play", "pause", "play video", "watch video", "mute", "unmute", "replay", "full screen", "fullscreen",
		"advertisement", "sponsored", "sponsor message":
		return !strings.ContainsAny(b.text, ".?")
	}
	return false
}

// textIsReviewButton reports whether b is only a round-up's button to a
// product's own review: "Read Review!", "Read Full Review", "Read the
// entire review", "Read Reviews", arrows and stars aside. Buying guides
// set one under each product's blurb; the block models keep them there,
// between the blurbs they keep (on the wcxb-dev flat pages 8 articles and
// a listing hold such buttons, one article's gold keeps its "Read Review",
// 4864). A line ending like a sentence ("Read our full review.", "Read my
// review of this property here.") is the writer's own pointer, which the
// gold keeps, and other verbs ("See review", "See price at Amazon", "Buy
// on Adorama") head buttons the gold keeps on some sites and not on others
// (docs/quality.md, twenty-eighth session).
func textIsReviewButton(b *textBlock) bool {
	if b.words < 2 || len(b.low) < len(b.text) {
		return false
	}
	return textIsReviewLabel(b, trimToLetters(b.low))
}

// textIsReviewLabel is textIsReviewButton of a whole line b of two words
// or more whose lower-cased text cut to its letters is label. The marks
// are sought only in a line that opens with "read": strings.ContainsAny
// builds its set of marks each time it is asked, some 250 instructions a
// short line, and few lines open so (TestTextButtonMatchesPlain).
func textIsReviewLabel(b *textBlock, label string) bool {
	if !strings.HasPrefix(label, "read") || strings.ContainsAny(b.text, ".?:") {
		return false // most short lines: no split into words
	}
	words := strings.Fields(label)
	if len(words) < 2 || words[0] != "read" {
		return false
	}
	last := len(words) - 1
	if words[last] != "review" && words[last] != "reviews" {
		return false
	}
	for _, w := range words[1:last] {
		switch w {
		case "the", "our", "full", "entire", "complete":
		default:
			return false
		}
	}
	return true
}
