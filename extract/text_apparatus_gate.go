package extract

// textIsShortApparatus is the part of textIsApparatus that reads short
// lines only: each of its tests answers no for a block of more words
// than its own limit, and textShortApparatusMaxWords is the largest of
// those limits. textIsApparatus is asked of every kept block
// (textLeaveOut): of the 8,500 it asks on 100 wcxb-dev flat pages, 3,000
// are paragraphs longer than every limit, which the twelve calls and
// their own tests of the words cost some 150 instructions each
// (docs/quality.md, "Text speed, round fifty"). A test
// added here must answer no past a limit that textShortApparatusMaxWords
// covers (TestTextShortApparatusMatchesPlain).
//
// Each test is asked only where the line's words and its first byte
// allow it (textShortApparatusAsks): most of the tests read a line that
// opens with fixed words ("Photo credit:", "Last updated", "No posts
// found") and most lines open with none of their first letters, so the
// twelve calls, each with its own test of the words and the opening,
// cost some 630 instructions a line asked (5,566 lines of the 100 long
// wcxb-dev flat pages of BenchmarkTextWCXB, 3.53 M; fifty-seventh
// session, docs/quality/text-extraction-5.md). A test added here takes
// its bit in textShortApparatusByWords and textShortApparatusByOpener
// (TestTextShortApparatusGateMatchesPlain).
func textIsShortApparatus(b *textBlock) bool {
	ask := textShortApparatusAsks(b)
	return ask&textAskCredit != 0 && textIsCredit(b) ||
		ask&textAskReadingTime != 0 && textIsReadingTime(b) ||
		ask&textAskWordless != 0 && textIsWordless(b) ||
		ask&textAskBreadcrumb != 0 && textIsBreadcrumb(b) ||
		ask&textAskButton != 0 && textIsButton(b) ||
		ask&textAskOffer != 0 && textIsShopOffer(b) ||
		ask&textAskRetailer != 0 && textIsRetailerLink(b) ||
		ask&textAskNewTab != 0 && textIsNewTabNotice(b) ||
		ask&textAskSourcePrompt != 0 && textIsSourcePrompt(b) ||
		ask&textAskEmptyState != 0 && textIsEmptyState(b) ||
		ask&textAskStamp != 0 && textIsUpdateStamp(b) ||
		ask&textAskWidget != 0 && textIsWidgetLabel(b)
}

// textShortApparatusAsks is the set of textIsShortApparatus' tests that
// may take b: those whose word limits hold b's words and whose openings
// may start with b's lowered first byte. A line of more words than every
// limit is asked none.
func textShortApparatusAsks(b *textBlock) uint16 {
	if b.words > textShortApparatusMaxWords {
		return 0
	}
	var first byte // an empty line: byte 0, which opens no fixed words
	if b.low != "" {
		first = b.low[0]
	}
	return textShortApparatusByWords[b.words] & textShortApparatusByOpener[first]
}

// The bits of textIsShortApparatus' tests, in the order it asks them.
const (
	textAskCredit = 1 << iota
	textAskReadingTime
	textAskWordless
	textAskBreadcrumb
	textAskButton
	textAskOffer
	textAskRetailer
	textAskNewTab
	textAskSourcePrompt
	textAskEmptyState
	textAskStamp
	textAskWidget
)

// textShortApparatusByWords[n] holds the tests that may take a line of n
// words: each test's fewest and most words, as it reads them.
var textShortApparatusByWords = func() (t [textShortApparatusMaxWords + 1]uint16) {
	for _, r := range [...]struct {
		ask      uint16
		min, max int
	}{
		{textAskCredit, 0, textCreditMaxWords},
		{textAskReadingTime, 1, max(textReadingTimeBareMaxWords, textReadingTimeLabelMaxWords)}, // b.digits > 0
		{textAskWordless, 0, 0},
		{textAskBreadcrumb, 0, textBreadcrumbMaxWords},
		{textAskButton, 0, textButtonMaxWords},
		{textAskOffer, 3, textOfferMaxWords},
		{textAskRetailer, 3, textRetailerLinkMaxWords},
		{textAskNewTab, 3, textNewTabMaxWords},
		{textAskSourcePrompt, 3, textSourcePromptMaxWords},
		{textAskEmptyState, 2, textEmptyStateMaxWords},
		{textAskStamp, 0, textStampMaxWords},
		{textAskWidget, 1, textWidgetLabelMaxWords},
	} {
		for n := r.min; n <= r.max; n++ {
			t[n] |= r.ask
		}
	}
	return t
}()

// textShortApparatusByOpener[c] holds the tests that may take a line
// whose lowered start (textBlock.low) opens with byte c. A test that
// reads no fixed opening (a wordless line, a breadcrumb trail) has its
// bit at every byte, and so do the tests that cut the line to its
// letters first (a button's and a widget's label, trimToLetters) at
// every byte that is no ASCII letter.
var textShortApparatusByOpener = func() (t [256]uint16) {
	for c := range 256 {
		ask := uint16(textAskWordless | textAskBreadcrumb)
		b := byte(c)
		if textCreditLabels.byFirst[b] != nil {
			ask |= textAskCredit
		}
		if textOpensAny(b, textReadingTimeOpeners) {
			ask |= textAskReadingTime
		}
		if !isASCIILetter(b) || textOpensAny(b, textButtonOpeners) {
			ask |= textAskButton
		}
		if textOpensAny(b, textOfferOpeners) {
			ask |= textAskOffer
		}
		if textRetailerLinkOpenings.mayOpenWith(b) {
			ask |= textAskRetailer
		}
		if textMayOpenNewTab(b) {
			ask |= textAskNewTab
		}
		if textSourcePromptOpenings.mayOpenWith(b) {
			ask |= textAskSourcePrompt
		}
		if textEmptyStateOpenings.mayOpenWith(b) {
			ask |= textAskEmptyState
		}
		if textOpensAny(b, textStampOpeners) {
			ask |= textAskStamp
		}
		if !isASCIILetter(b) || textOpensAny(b, textWidgetOpeners) {
			ask |= textAskWidget
		}
		t[c] = ask
	}
	return t
}()

// The first bytes, lowered, of the openings the tests that state theirs
// in code read: a reading time's label or figure (textReadingTimeRE,
// textLabelledReadingTimeRE: "estimated", "average", "approx", "reading",
// "read", "time", "~" and a figure), a button's labels
// (textIsButtonLabel, and "read" for textIsReviewLabel), a shop's offer
// ("$", a figure, "£" C2 A3, "€" E2 82 AC: textIsShopOffer), an update
// stamp ("last", "updated", "modified": textIsUpdateStamp) and a widget's
// labels (textIsWidgetLabel). TestTextShortApparatusGateMatchesPlain
// holds them to the tests, the labels read from their switches.
const (
	textReadingTimeOpeners = "eart~0123456789"
	textButtonOpeners      = "abcdfgjlmoprstuw"
	textOfferOpeners       = "$0123456789\xc2\xe2"
	textStampOpeners       = "lum"
	textWidgetOpeners      = "ceiqtv"
)

// textOpensAny reports whether c is one of the bytes of set.
func textOpensAny(c byte, set string) bool {
	for i := range len(set) {
		if set[i] == c {
			return true
		}
	}
	return false
}

// mayOpenWith reports whether a line whose first byte is c may open with
// one of p's prefixes (the first bytes opens reads).
func (p *textPrefixSet) mayOpenWith(c byte) bool {
	return p.firsts[c>>6]&(1<<(c&63)) != 0
}

// textShortApparatusMaxWords is the most words a line textIsShortApparatus
// takes may have: the largest of its tests' limits, each named by the
// constant its test reads.
const textShortApparatusMaxWords = max(textCreditMaxWords, textReadingTimeLabelMaxWords, textReadingTimeBareMaxWords,
	textBreadcrumbMaxWords, textButtonMaxWords, textOfferMaxWords, textRetailerLinkMaxWords, textNewTabMaxWords,
	textSourcePromptMaxWords, textEmptyStateMaxWords, textStampMaxWords, textWidgetLabelMaxWords)
