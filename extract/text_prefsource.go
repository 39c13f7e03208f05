package extract

import (
	"regexp"
	"strings"
)

// Since search engines let a reader pick the news sites they prefer, many publishers set a prompt
// by the byline or under the story asking to be added: "Add as a preferred source on Google",
// "Click here to make <site> a preferred source on Google.", "Add as a Reliable and Trusted News
// Source", "Add <site> on Google". On the HTML path it is a button and leaves with it; flattened,
// the short line stays among the paragraphs. The wcxb-dev gold bodies leave it out on the four
// articles of four sites that hold it (docs/quality.md, thirty-first session, "Shops' link
// labels, new-tab notices, preferred-source prompts and empty lists' messages"). The line must
// open with the call ("Add", "Set", "Make", "Click here to make"), so a sentence about trusted
// sources stays.

// textSourcePromptMaxWords is the most words a preferred-source prompt
// has: "Add Newsweek as a preferred source on Google to see more of our
// trusted coverage".
const textSourcePromptMaxWords = 16

// textIsSourcePrompt reports whether b is only a prompt to add the site as
// a preferred source (textSourcePromptRE). The expression runs behind a
// test of the call that opens every line it matches, then one for
// "source" or "google", which every such line holds: textIsApparatus asks
// this of every short line, and the two searches alone took some 160
// instructions a line (docs/quality.md, "Text speed by session", round
// twenty-eight).
func textIsSourcePrompt(b *textBlock) bool {
	return textIsWholeShortLine(b, 3, textSourcePromptMaxWords) &&
		textMayOpenSourcePrompt(b.low) &&
		(strings.Contains(b.low, "source") || strings.Contains(b.low, "google")) &&
		textSourcePromptRE.MatchString(b.low)
}

// textMayOpenSourcePrompt reports whether the lower-cased line low opens
// with one of the calls textSourcePromptRE is anchored on.
func textMayOpenSourcePrompt(low string) bool {
	return textSourcePromptOpenings.opens(low)
}

// textSourcePromptOpenings are the verbs a source prompt opens with.
var textSourcePromptOpenings = newTextPrefixSet("click", "tap", "add", "set", "make")

// textSourcePromptRE matches the lower-cased prompt: the call, then a
// preferred, trusted or reliable source within a few words, or the site
// (one or two words, or "us") "on Google".
var textSourcePromptRE = regexp.MustCompile(
	`^(?:(?:click|tap)\s+(?:here|the\s+button)\s+to\s+make|add|set|make)\b` +
		`(?:.{0,40}\b(?:preferred|trusted|reliable)\b.{0,25}\bsources?\b.{0,50}` +
		`|\s+(?:us|[\w'’.!-]+(?:\s+[\w'’.!-]+)?)\s+on\s+google(?:\s+news)?[.!]?)$`)
