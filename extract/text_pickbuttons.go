package extract

import (
	"strings"
	"unicode"
)

// A round-up of brands or services sets a button under each pick that
// names it: "Try Mondly Now!", "Try Stitch Fix", "Shop Svala.", "Shop
// Gucci Now", "Try Langotalk for Free!". On the HTML path each is a link
// and leaves with it; a flattened page gives only the labels, which the
// block model keeps between the picks' blurbs. The wcxb-dev gold bodies
// leave them out on four articles of four sites (a language-app round-up,
// a shoe shop's list of brands, a clothing-box guide, a list of ethical
// brands) and keep one of 26 ("Shop The Classic T-Shirt Company."). A
// single such line is as often a writer's own ("Try Remastersys." in a
// forum's answer, "Shop X1" among a service's products), so the labels go
// only when the page states two or more (docs/quality.md, thirty-second
// session, "Round-ups' buttons naming each pick").

// textPickButtonMin is how many pick buttons a page must state for them
// to go: on wcxb-dev every page with two or more is a round-up.
const textPickButtonMin = 2

// textPickButtonMaxWords is the most words a pick button has: "Try Rent
// the Runway for Free".
const textPickButtonMaxWords = 7

// textLeaveOutPickButtons marks the kept pick buttons (textIsPickButton)
// when the page, kept lines or not, states textPickButtonMin or more.
//
// The page's buttons are counted only when a kept block not yet out is
// one (textHasKeptPickButton): the count read every block of the page,
// some 0.6 M instructions over the 100 long wcxb-dev flat pages, to
// mark nothing on nearly all of them (fifty-eighth session,
// docs/quality/text-extraction-5.md). TestTextSmallStepsMatchPlain
// holds it to the count first.
func textLeaveOutPickButtons(blocks []textBlock, keep, out []bool) {
	first := textHasKeptPickButton(blocks, keep, out)
	if first < 0 {
		return
	}
	n := 0
	for i := range blocks {
		if textMayOpenPickButton(blocks[i].text) && textIsPickButton(&blocks[i]) {
			n++
		}
	}
	if n < textPickButtonMin {
		return
	}
	for i := first; i < len(blocks); i = textNextKept(keep, i+1) { // text_nextkept.go
		if !out[i] && textIsPickButton(&blocks[i]) {
			out[i] = true
		}
	}
}

// textHasKeptPickButton returns the first block that keep holds, out does
// not and is a pick button, or -1 when none is: the only blocks
// textLeaveOutPickButtons may mark.
func textHasKeptPickButton(blocks []textBlock, keep, out []bool) int {
	for i := textNextKept(keep, 0); i < len(blocks); i = textNextKept(keep, i+1) {
		if !out[i] && textMayOpenPickButton(blocks[i].text) && textIsPickButton(&blocks[i]) {
			return i
		}
	}
	return -1
}

// textMayOpenPickButton is a cheap test before textIsPickButton, true of
// every line it takes: a button opens with "Try " or "Shop ". Every line
// of the page is asked, and the call cost some 0.84 M instructions over
// 100 wcxb-dev flat pages (forty-third session).
func textMayOpenPickButton(s string) bool {
	return s != "" && (s[0] == 'T' || s[0] == 'S')
}

// textIsPickButton reports whether b is only "Shop" or "Try", a name and
// an optional tail ("Now", "Today", "Here", "for Free", "with <Name>") with
// an optional "!" or full stop. The name's first word opens with a capital
// letter, or is the name's one word ("Try kidpik"); its other words are
// not the function words of a phrase ("Try a new route", "Shop at the
// market", "Try this:"). The test of the opening word runs first: every
// short line of every page is asked.
func textIsPickButton(b *textBlock) bool {
	if !textIsWholeShortLine(b, 2, textPickButtonMaxWords) ||
		!(strings.HasPrefix(b.text, "Try ") || strings.HasPrefix(b.text, "Shop ")) {
		return false
	}
	words := strings.Fields(strings.TrimRight(b.text, "!."))
	return textIsPickName(textTrimPickTail(words[1:]))
}

// textTrimPickTail cuts a pick button's tail off the words after its verb:
// "Now", "Today", "Here", "Free", "for Free", and "with" and the words
// after it when the first of them opens with a capital ("with Fastarz").
func textTrimPickTail(words []string) []string {
	for i, w := range words {
		if i > 0 && w == "with" && i+1 < len(words) && opensUpper(words[i+1]) {
			words = words[:i]
			break
		}
	}
	for len(words) > 0 {
		switch words[len(words)-1] {
		case "Now", "Today", "Here", "Free", "free":
			words = words[:len(words)-1]
			if n := len(words); n > 0 && words[n-1] == "for" {
				words = words[:n-1]
			}
			continue
		}
		break
	}
	return words
}

// textIsPickName reports whether words (1 to 4) name a brand: the first
// opens with a capital, or is the one word and all letters; no word is a
// phrase's function word (textPickStop) or holds a colon.
func textIsPickName(words []string) bool {
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	if !opensUpper(words[0]) && (len(words) > 1 || strings.IndexFunc(words[0], func(r rune) bool { return !unicode.IsLetter(r) }) >= 0) {
		return false
	}
	for _, w := range words {
		if strings.Contains(w, ":") || textPickStop[w] {
			return false
		}
	}
	return true
}

// textPickStop are lower-case words that make the words after "Shop" or
// "Try" a phrase, not a name ("Try it", "Shop for a coat", "Try out the
// new quay"); "the", "and" and "of" stand inside names ("Rent the Runway").
var textPickStop = map[string]bool{
	"a": true, "an": true, "your": true, "our": true, "my": true, "it": true, "this": true, "these": true,
	"that": true, "to": true, "for": true, "at": true, "on": true, "in": true, "out": true, "up": true,
	"more": true, "all": true, "by": true, "from": true, "some": true, "any": true, "again": true,
}
