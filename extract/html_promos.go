package extract

import (
	"regexp"
	"slices"
	"strings"

	"golang.org/x/net/html/atom"
)

// Lines set in an article that belong to the page's business rather than
// to the story: a sign-off asking the reader to follow, share or pin the
// post, a stock agency's photo credit, a shop's price button, a button
// asking the reader to act now, a form's messages, a view counter, a
// newsletter pitch. They are short, sit
// between or after paragraphs (where the box rules do not reach) and
// read as text, so both extractors and the block model keep
// them; the wcxb-dev gold leaves them out. Together they raised wcxb-dev
// article F1 0.95715 -> 0.95743 (even ids 0.95691 -> 0.95713, odd
// 0.95739 -> 0.95773; 34 article pages up, 2 down by 0.002; no other type
// lower; eval extract --mode html, docs/quality.md, seventh session).

// isPromoLine reports a line of the page's business (above) set among the
// article's paragraphs. The text path reads it too (textLeaveOutPromos).
func isPromoLine(b block, words int) bool {
	return isReaderAppeal(b.text, words) || isStockCredit(b, words) || isPriceButton(b, words) ||
		isActionButton(b, words) || isFormMessage(b.text, words) || isViewCount(b.text, words) ||
		isNewsletterPitch(b, words)
}

// readerAppealRE matches the opening of a line that asks the reader to do
// something for the post or its author: "Follow me on Instagram…",
// "Enjoy the post? Pin it for later!", "If you enjoyed this article,
// please share it", "Thanks for reading Harbour Notes!". The text path's
// textReaderAppealRE is narrower on purpose: it ends the body at the
// appeal rather than dropping one line, so it takes only appeals about the
// writing ("Thanks for reading" cut only pages of even ids there).
var readerAppealRE = regexp.MustCompile(`(?i)^\W*(?:(?:be sure to |please |don['’]t forget to )?follow (?:me|us)\b|pin (?:it|this)\b|(?:please )?share (?:this|it) (?:post|article|with)\b|if you (?:enjoyed|liked|found (?:this|it))\b|enjoy(?:ed)? (?:this|the) (?:post|piece|article)\b|did you (?:enjoy|like) (?:this|the)\b|than(?:ks|k you) for reading\b)`)

// readerAppealMaxWords is the longest line read as a reader appeal: a
// sentence or two. wcxb-dev articles lost nothing at 30 or 50 words.
const readerAppealMaxWords = 30

// isReaderAppeal reports a line asking the reader to follow, share or pin
// the post, or thanking them for reading. On wcxb-dev articles 11 pages
// changed, 10 up.
// readerAppealRE is read by its openings written out
// (readerAppealOpenings, html_promoopenings.go).
func isReaderAppeal(text string, words int) bool {
	return words <= readerAppealMaxWords && readerAppealOpenings.opensWithPromo(text)
}

// stockCreditRE matches a photo credit naming a stock agency the way
// credits are set: "Jane Roe/Getty Images", "Getty Images / Jane Roe",
// "via Getty Images", "Image used under license from Shutterstock",
// "©iStock.com/jroe". The agency's name alone is not enough ("Thomson
// Reuters", "Supports Unsplash").
var stockCreditRE = regexp.MustCompile(`(?i)(?:/\s*(?:getty images|shutterstock|istock(?:photo)?|alamy|unsplash|pexels|afp|reuters|ap)\b|\b(?:getty images|shutterstock|istock(?:photo)?|alamy|unsplash|pexels|afp|reuters|ap photo)\s*/|\b(?:via|from|courtesy of|licensed? from) (?:getty images|shutterstock|istock(?:photo)?|alamy|unsplash|pexels|adobe stock)\b|©\s*(?:getty images|shutterstock|istock|alamy|adobe stock))`)

// stockCreditMaxWords is the longest line read as a stock photo credit.
const stockCreditMaxWords = 12

// isStockCredit reports a photo credit line naming a stock agency, which
// photoCreditRE misses when it has no "Photo:" label.
func isStockCredit(b block, words int) bool {
	return !b.item && words <= stockCreditMaxWords && mayBeStockCredit(b.text) && stockCreditRE.MatchString(b.text)
}

// stockCreditPieces are pieces of the agencies' names, one of which every
// match of stockCreditRE without a slash holds unless it names iStock
// (holdsIStock): "pla" of "unsplash"; the agencies only a slash sets
// apart, "afp", "reuters" and "ap", are left out.
var stockCreditPieces = newFoldPieces("getty", "hutter", "alamy", "pla", "pexel", "adobe")

// mayBeStockCredit is a test stockCreditRE's every match passes: the
// expression is case-folded and unanchored at its start, so Go's
// backtracker tried it at every byte of every short block. A match
// without one of stockCreditPieces names an agency that only a slash sets
// apart: a slash and "afp", "reuter" or "ap photo" somewhere, or "ap"
// right after a slash and white space (slashBeforeAP). A slash alone
// let dates, "and/or" and addresses through, and the expression took
// some 70 thousand instructions each (4 M of 100 wcxb-dev flat pages'
// 600 M).
func mayBeStockCredit(text string) bool {
	if hasFoldPiece(text, stockCreditPieces) || holdsIStock(text) {
		return true
	}
	slash := strings.IndexByte(text, '/')
	return slash >= 0 && (hasFoldPiece(text, stockWirePieces) || slashBeforeAP(text[slash:]))
}

// holdsIStock reports whether s holds "istoc" in any case, its s as the
// long s (ſ) too, as stockCreditRE folds it: the fold pieces hold no s,
// and the piece "toc" alone let through every short line about stocks
// ("Cloud computing stocks for 2025", "The Stockyards"), on which the
// expression took some 79 thousand instructions each (0.79 M of 100
// wcxb-dev flat pages' 420 M, none a credit; forty-second session).
func holdsIStock(s string) bool {
	for i := 2; i+3 <= len(s); i++ {
		if s[i]|0x20 != 't' || s[i+1]|0x20 != 'o' || s[i+2]|0x20 != 'c' {
			continue
		}
		if s[i-1]|0x20 == 's' && s[i-2]|0x20 == 'i' || i >= 3 && s[i-2:i] == "\u017f" && s[i-3]|0x20 == 'i' {
			return true
		}
	}
	return false
}

// stockWirePieces are pieces of the agencies stockCreditRE takes only
// beside a slash, which every such match holds but "ap" after a slash.
var stockWirePieces = newFoldPieces("afp", "reuter", "ap photo")

// slashBeforeAP reports whether s, from its first slash on, has a slash,
// white space as regexp's \s reads it ([\t\n\f\r ]) and "ap" in any
// case: stockCreditRE's "/\s*ap\b" (neither letter folds to one beyond
// ASCII).
func slashBeforeAP(s string) bool {
	for i := strings.IndexByte(s, '/'); i >= 0; {
		j := i + 1
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\f' || s[j] == '\r') {
			j++
		}
		if j+2 <= len(s) && s[j]|0x20 == 'a' && s[j+1]|0x20 == 'p' {
			return true
		}
		k := strings.IndexByte(s[j:], '/')
		if k < 0 {
			return false
		}
		i = j + k
	}
	return false
}

// priceButtonRE matches a shop button's label: "Check price at Amazon",
// "CHECK PRICE", "➡️ Check current price".
var priceButtonRE = regexp.MustCompile(`(?i)^\W*check (?:the )?(?:latest |current )?prices?\b`)

// priceButtonMaxWords is the longest line read as a price button.
const priceButtonMaxWords = 8

// isPriceButton reports a shop's price button set between a review's
// paragraphs.
func isPriceButton(b block, words int) bool {
	return !b.item && words <= priceButtonMaxWords && priceButtonRE.MatchString(strings.TrimSpace(b.text))
}

// actionButtonRE matches a button's label that asks the reader to act
// now: "Book now", "Get started today", "Apply Now", "Register here",
// "Get a free quote today.", "Download now".
var actionButtonRE = regexp.MustCompile(`(?i)^\W*(?:(?:book|shop|order|apply|register|download|call|get started|get a (?:free )?quote|request a quote) (?:now|today|here)|get started|contact us today)\W*$`)

// actionButtonMaxWords is the longest line read as an action button.
const actionButtonMaxWords = 5

// isActionButton reports a button set among the paragraphs: a link whose
// label asks the reader to act now. A sentence does not match, and a
// button is a link; the wcxb-dev gold keeps 2 such labels (service pages,
// not links) against 52 it leaves out. Re-scored with them dropped:
// articles +0.00003 (even ids +0.00000, odd +0.00006), collections,
// services and listings up, 21 pages up, none down.
func isActionButton(b block, words int) bool {
	return !b.item && b.links >= 0.5 && words <= actionButtonMaxWords && actionButtonRE.MatchString(b.text)
}

// formMessageRE matches the messages a sign-up or contact form shows once
// sent, which sit hidden in the page's markup ("Thanks for signing up!",
// "If you do not receive a confirmation email, get in touch!"), and a
// wide table's scrolling hint ("Please scroll to the right for more
// info."). "Thank you for your interest" is left alone: articles close
// with it as often.
var formMessageRE = regexp.MustCompile(`(?i)^\W*(?:thanks? (?:you )?for (?:subscribing|signing up|your (?:submission|message))\b|your (?:message|submission|form) (?:has been|was) (?:sent|received|submitted)\b|(?:you['’]re|you are) (?:all )?(?:subscribed|signed up)\b|please (?:check|confirm) your (?:email|inbox)\b|if you do not receive a confirmation\b|please scroll (?:to the )?(?:right|left)\b|scroll (?:right|horizontally) to\b)`)

// formMessageMaxWords is the longest line read as a form's message.
const formMessageMaxWords = 30

// isFormMessage reports a form's confirmation message or a table's
// scrolling hint.
// formMessageRE is read by its openings written out
// (formMessageOpenings, html_promoopenings.go).
func isFormMessage(text string, words int) bool {
	return words <= formMessageMaxWords && formMessageOpenings.opensWithPromo(text)
}

// viewCountRE matches a page's view counter, which blog plugins print
// under the post: "(Visited 1,902 times, 364 visits today)", "1,693
// views", "Post views: 220". The start and the white space before the
// three forms are one ^\W* outside their alternation: written into each
// form ("^\W*…|^\W*…"), the expression opened with a choice, which Go's
// matcher does not read as anchored, and it tried all three at every byte
// of the line, some 38 thousand instructions a line (0.61 M of 100
// wcxb-dev flat pages' 424 M; TestViewCountREMatchesEachForm holds it to
// the form written out).
var viewCountRE = regexp.MustCompile(`(?i)^\W*(?:\(?visited [\d,]+ times?\b|[\d,]+ (?:views|reads)\W*$|post views:? [\d,]+)`)

// isViewCount reports a view counter line, ten words at most.
func isViewCount(text string, words int) bool {
	return words <= 10 && hasFoldPiece(text, viewCountPieces) && viewCountRE.MatchString(text)
}

// viewCountPieces are pieces one of which every match of viewCountRE
// holds ("ited" of "visited"): most blocks are turned away in one pass
// instead of a run of the expression.
var viewCountPieces = newFoldPieces("ited", "view", "read")

// newsletterAskRE matches a sentence that opens by asking the reader to
// sign up, subscribe or join, and newsletterWhatRE what they would get:
// "Sign up to our fortnightly newsletter…", "Was this newsletter
// forwarded to you? Sign up to get it in your inbox.", "Join our mailing
// list!". The furniture cues take such lines up to furnitureMaxWords
// words and dropTail at the body's end; these sit between paragraphs
// and run longer.
var (
	newsletterAskRE  = regexp.MustCompile(`(?i)(?:^\W*(?:just |please )?|[.!?:]\s+)(?:sign up|subscribe|join)\b`)
	newsletterWhatRE = regexp.MustCompile(`(?i)\b(?:newsletters?|inbox|e-?mails?|subscribers|mailing list)\b`)
)

// newsletterMaxWords is the longest block read as a newsletter pitch.
// On wcxb-dev articles 30, 40 and 60 words lost no page; 40 is kept.
const newsletterMaxWords = 40

// isNewsletterPitch reports a pitch for the site's newsletter set in the
// article. A list item is left alone: a how-to lists "Sign up for …"
// steps.
func isNewsletterPitch(b block, words int) bool {
	return !b.item && words <= newsletterMaxWords && hasFoldPiece(b.text, newsletterAskPieces) &&
		newsletterAskMatch(b.text) && newsletterWhatRE.MatchString(b.text)
}

// newsletterAskPieces are pieces, one of which every match of
// newsletterAskRE holds in some letter case ("ign up" for "sign up",
// "cribe" for "subscribe"; hasFoldPiece says why without "s"): the
// expression is unanchored after a sentence's end, so it was tried at
// every byte of every short block.
var newsletterAskPieces = newFoldPieces("ign up", "cribe", "join")

// pageNoticeRE matches what the page's software, not its writer, prints:
// a player's or script's fallback ("Your browser does not support the
// video tag.", "This slideshow requires JavaScript.", "To see this
// content please enable targeting cookies."), an error a widget shows
// ("Oops! Something went wrong.", "There was a problem filtering reviews.
// Please reload the page.", "You might have location services disabled")
// and a copyright reservation ("© 2025 Harbour Press. All rights
// reserved.", "Reprinted with permission.").
var pageNoticeRE = regexp.MustCompile(`(?i)\bbrowser (?:does not|doesn['’]t|does ?n['’]t) support\b|\b(?:requires?|enable) javascript\b|\bjavascript (?:is )?(?:disabled|required)\b|\bplease enable\b.{0,25}\bcookies\b|\btrouble connecting\b|\bplease (?:reload|refresh) the page\b|\bsomething went wrong\b|\blocation services disabled\b|\ball rights reserved\b|\breprinted (?:with|by) permission\b`)

// pageNoticeMaxWords is the longest block read as a page notice: a
// notice is a sentence or two; a longer block holding the words is prose
// that quotes them.
const pageNoticeMaxWords = 40

// isPageNotice reports a notice of the page's software or a copyright
// reservation set among the paragraphs, where the box rules and dropTail
// do not reach. Code is left alone: a program may print such a message.
// On wcxb-dev no gold body holds one; re-scored with them dropped, 7
// pages rose (articles 0781, 0161, 0408) and none fell (docs/quality.md,
// eleventh session). The text path drops the same notices among its
// furniture phrases (textFurniture).
func isPageNotice(b block, words []string) bool {
	return len(words) <= pageNoticeMaxWords && slices.ContainsFunc(words, isPageNoticeWord) &&
		!isCode(b) && pageNoticeRE.MatchString(b.text)
}

// isPageNoticeWord reports a word that each of pageNoticeRE's phrases
// holds whole: a block without one cannot match, and the test of the
// words it has is cheaper than the case-folded regexp, which was 3% of
// the HTML path when it ran on every short block.
func isPageNoticeWord(w string) bool {
	switch w {
	case "browser", "javascript", "cookies", "connecting", "page", "wrong", "services", "reserved", "permission":
		return true
	}
	return false
}

// isCode reports a block rendered from a <pre> element.
func isCode(b block) bool {
	return b.node != nil && tagAtom(b.node) == atom.Pre
}
