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
func textIsShortApparatus(b *textBlock) bool {
	return textIsCredit(b) || textIsReadingTime(b) || textIsWordless(b) || textIsBreadcrumb(b) || textIsButton(b) ||
		textIsShopOffer(b) || textIsRetailerLink(b) || textIsNewTabNotice(b) || textIsSourcePrompt(b) ||
		textIsEmptyState(b) || textIsUpdateStamp(b) || textIsWidgetLabel(b)
}

// textShortApparatusMaxWords is the most words a line textIsShortApparatus
// takes may have: the largest of its tests' limits, each named by the
// constant its test reads.
const textShortApparatusMaxWords = max(textCreditMaxWords, textReadingTimeLabelMaxWords, textReadingTimeBareMaxWords,
	textBreadcrumbMaxWords, textButtonMaxWords, textOfferMaxWords, textRetailerLinkMaxWords, textNewTabMaxWords,
	textSourcePromptMaxWords, textEmptyStateMaxWords, textStampMaxWords, textWidgetLabelMaxWords)
