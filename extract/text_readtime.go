package extract

import (
	"regexp"
	"strings"
)

// A page states how long its article takes to read on a line of its own,
// most often over the story beside the byline. textIsReadingTime reads the
// bare form ("11 min read"); sites also print it under a label ("Reading
// time: 8 minutes", "Estimated reading time: 11 minutes", "Read time: 14
// min") or with "read time" after it ("4 min read time"). Flattened, the
// block model keeps the short line among the paragraphs. The wcxb-dev gold
// bodies leave it out on six articles of six sites and keep it on one
// (docs/quality.md, thirty-first session, "Labelled reading times"). A
// duration with no label ("2–4 minutes", "90 min") stays: it is as often a
// recipe's step, a workout's set or a film's running time.

// textReadingTimeLabelMaxWords is the most words a labelled reading time
// has: "Estimated reading time: 11 to 12 minutes".
const textReadingTimeLabelMaxWords = 7

// textReadingTimeBareMaxWords is the most words a bare reading time has:
// "11 min read", "5 minute read".
const textReadingTimeBareMaxWords = 3

// textIsReadingTime reports whether b states only a reading time: bare
// ("11 min read", "5 minute read"), under its label or with "read time"
// after it (textIsLabelledReadingTime). Both forms hold the minutes'
// number (\d, an ASCII digit), which the block reader counted
// (b.digits): textIsApparatus asks this of every short line, and most
// hold no digit, which the labelled form's searches for "read" and "min"
// read the whole line to tell (TestTextReadingTimeDigitGate).
func textIsReadingTime(b *textBlock) bool {
	return b.digits > 0 && (b.words <= textReadingTimeBareMaxWords && strings.HasSuffix(b.low, " read") && textReadingTimeRE.MatchString(b.low) ||
		textIsLabelledReadingTime(b))
}

// textReadingTimeRE matches the bare form, lower-cased.
var textReadingTimeRE = regexp.MustCompile(`^\d+\s*(?:min|mins|minutes?)\.?\s+read$`)

// textIsLabelledReadingTime reports whether b is only a reading time under
// its label, or a reading time with "read time" after it. Every line the
// expression matches holds "read" and "min", which two substring tests
// find before it runs: textIsApparatus asks this of every short line, and
// the expression alone cost some 40 M instructions over 100 wcxb-dev flat
// pages of 540 M.
func textIsLabelledReadingTime(b *textBlock) bool {
	return textIsWholeShortLine(b, 1, textReadingTimeLabelMaxWords) &&
		strings.Contains(b.low, "read") && strings.Contains(b.low, "min") &&
		textLabelledReadingTimeRE.MatchString(b.low)
}

// textLabelledReadingTimeRE matches the lower-cased line: a label
// ("reading time", "read time", "estimated reading time", "time to read"),
// an optional colon, a number or a range of them and the minutes, or the
// minutes first and "read time" or "reading time" after them.
var textLabelledReadingTimeRE = regexp.MustCompile(
	`^(?:(?:(?:estimated|average|approximate|approx\.?)\s+)?(?:reading|read)\s+time|time\s+to\s+read)\s*:?\s*` +
		textReadingMinutes + `(?:\s+read)?$` +
		`|^` + textReadingMinutes + `\s+(?:read|reading)\s+time$`)

// textReadingMinutes is a number of minutes, or a range of them, with its
// unit: "8 minutes", "14 min", "~5 mins", "2–4 minutes", "3 to 4 min.".
const textReadingMinutes = `~?\d+(?:\s*(?:–|-|to)\s*\d+)?\s*(?:min|mins|minutes?)\.?`
