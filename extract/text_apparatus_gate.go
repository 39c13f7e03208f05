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
// A line of more than textShortApparatusMidWords words is asked only the
// four tests whose limits reach past it (textShortApparatusLong): the
// eight others refused it each at its own limit, for a call and a test
// of the words apiece (forty-seventh session,
// docs/quality/text-extraction-3.md).
func textIsShortApparatus(b *textBlock) bool {
	if b.words > textShortApparatusMidWords {
		return textShortApparatusLong(b)
	}
	return textIsCredit(b) || textIsReadingTime(b) || textIsWordless(b) || textIsBreadcrumb(b) || textIsButton(b) ||
		textIsShopOffer(b) || textIsRetailerLink(b) || textIsNewTabNotice(b) || textIsSourcePrompt(b) ||
		textIsEmptyState(b) || textIsUpdateStamp(b) || textIsWidgetLabel(b)
}

// textShortApparatusLong is textIsShortApparatus of a line of more than
// textShortApparatusMidWords words: the tests whose limits are above it.
func textShortApparatusLong(b *textBlock) bool {
	return textIsCredit(b) || textIsBreadcrumb(b) || textIsShopOffer(b) || textIsSourcePrompt(b)
}

// textShortApparatusMaxWords is the most words a line textIsShortApparatus
// takes may have: the largest of its tests' limits, each named by the
// constant its test reads.
const textShortApparatusMaxWords = max(textCreditMaxWords, textReadingTimeLabelMaxWords, textReadingTimeBareMaxWords,
	textBreadcrumbMaxWords, textButtonMaxWords, textOfferMaxWords, textRetailerLinkMaxWords, textNewTabMaxWords,
	textSourcePromptMaxWords, textEmptyStateMaxWords, textStampMaxWords, textWidgetLabelMaxWords)

// textShortApparatusMidWords is the largest limit of the tests
// textShortApparatusLong leaves out; each of those four tests' limits is
// above it.
const textShortApparatusMidWords = max(textReadingTimeLabelMaxWords, textReadingTimeBareMaxWords, textButtonMaxWords,
	textRetailerLinkMaxWords, textNewTabMaxWords, textEmptyStateMaxWords, textStampMaxWords, textWidgetLabelMaxWords)

// The four tests textShortApparatusLong keeps read lines longer than
// textShortApparatusMidWords: a limit moved under it fails to build.
const (
	_ = uint(textCreditMaxWords - textShortApparatusMidWords - 1)
	_ = uint(textBreadcrumbMaxWords - textShortApparatusMidWords - 1)
	_ = uint(textOfferMaxWords - textShortApparatusMidWords - 1)
	_ = uint(textSourcePromptMaxWords - textShortApparatusMidWords - 1)
)
