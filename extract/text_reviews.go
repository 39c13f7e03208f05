package extract

import "strings"

// A shop's page sets its customers' reviews under the product's
// description, headed "Customer Reviews", "Reviews (12)" or "1,204
// reviews"; the gold bodies of wcxb-dev keep the description and leave
// the reviews. Such a heading is also a menu entry above the body and a
// rating's summary above the description ("Customer reviews" / "4.8★"),
// so it ends the body only on a page the page model doubts is an article
// (textDoubtLogit) and under textReviewsMinWords words of kept body. On
// the wcxb-dev flat pages 14 product pages rose and none fell (products
// 0.5484 -> 0.5665, even and odd page ids alike); without the page
// model's gate a documentation, a service and a collection page lost the
// text under such a heading, which their gold keeps (docs/quality.md,
// seventeenth session).

// textReviewsMinWords is the kept body a reviews heading must stand under
// to end it. The headings where the cut helped stood under about 200 to
// 1,000 kept words; at 100 words it cut the description of two pages
// whose rating's summary stands over it, under their price and variant
// lines (products +0.008 instead of +0.018); 150 and 200 give the same
// figures, 300 a little less (+0.015).
const textReviewsMinWords = 150

// textIsReviewsHeading reports whether b is a heading over reviews: the
// whole line "Reviews", "Customer reviews", "Ratings & reviews", with a
// count before or after it ("1,204 reviews", "Reviews (12)").
func textIsReviewsHeading(b *textBlock) bool {
	if b.words > 5 || len(b.low) > 40 || !strings.Contains(b.low, "review") {
		return false
	}
	s := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(b.low), ":"))
	if strings.HasSuffix(s, ")") { // "Reviews (12)"
		if at := strings.LastIndexByte(s, '('); at > 0 && textAllCount(s[at+1:len(s)-1]) {
			s = strings.TrimSpace(s[:at])
		}
	}
	if at := strings.IndexByte(s, ' '); at > 0 && textAllCount(s[:at]) { // "1,204 reviews"
		s = s[at+1:]
	}
	switch s {
	case "reviews", "customer reviews", "user reviews", "product reviews", "guest reviews", "verified reviews",
		"ratings & reviews", "ratings and reviews", "reviews & ratings", "reviews and ratings":
		return true
	}
	return false
}

// textAllCount reports whether s is a count: digits with commas or dots,
// perhaps ending in k ("1.2k").
func textAllCount(s string) bool {
	s = strings.TrimSuffix(s, "k")
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && c != ',' && c != '.' {
			return false
		}
	}
	return true
}

// textKeepToReviews drops every block from the first reviews heading
// (textIsReviewsHeading) under textReviewsMinWords words of kept body.
func textKeepToReviews(blocks []textBlock, keep []bool) {
	words := 0
	for i := range blocks {
		b := &blocks[i]
		if words >= textReviewsMinWords && textIsReviewsHeading(b) {
			clear(keep[i:])
			return
		}
		if keep[i] && b.cue == textCueNone {
			words += b.words
		}
	}
}
