package extract

import "regexp"

// A list the page fills as it loads (a site builder's collection of posts, a search box's
// results, a shop's reviews) prints a message while it is empty: "No items found.", "No results
// found.", "There are no reviews yet.". The flattened page keeps the message, a short line the
// block model keeps among the paragraphs. The wcxb-dev gold bodies leave it out on every page
// that holds one: four articles of four sites, a service and a product (docs/quality.md,
// thirty-first session, "Shops' link labels, new-tab notices, preferred-source prompts and empty
// lists' messages"). The line must be only the message, so that "No injuries were found after the
// crossing" and "No results yet from the survey, the board said" stay.

// textEmptyStateMaxWords is the most words an empty list's message has:
// "No matching blog posts were found."
const textEmptyStateMaxWords = 8

// textIsEmptyState reports whether b is only an empty list's message
// (textEmptyStateRE). The expression runs behind a test of the opening
// word, which every line it matches starts with: textIsApparatus asks
// this of every short line.
func textIsEmptyState(b *textBlock) bool {
	return textIsWholeShortLine(b, 2, textEmptyStateMaxWords) &&
		textEmptyStateOpenings.opens(b.low) &&
		textEmptyStateRE.MatchString(b.low)
}

// textEmptyStateOpenings are the openings of textEmptyStateRE's messages.
var textEmptyStateOpenings = newTextPrefixSet("no ", "nothing ", "there are no ")

// textEmptyStateRE matches the lower-cased message: "no", up to two words
// ("matching", "blog"), the things listed and "found", "yet", "to show"
// or "available"; "nothing found" or "nothing to show"; "there are no
// <things> yet".
var textEmptyStateRE = regexp.MustCompile(
	`^(?:no\s+(?:\w+\s+){0,2}(?:items?|results?|posts?|products?|articles?|comments?|reviews?|events?|matches|entries)` +
		`\s+(?:(?:were|was)\s+)?(?:found|yet|to\s+show|available)` +
		`|nothing\s+(?:found|to\s+show)` +
		`|there\s+are\s+no\s+(?:\w+\s+)?(?:items|results|posts|products|articles|comments|reviews|events|entries)\s+yet)[.!]?$`)
