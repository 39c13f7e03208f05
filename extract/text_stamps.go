package extract

import "strings"

// A page states when it was last changed on a line of its own above or
// under the story ("Updated: Dec 04, 2025", "Last updated: January 12,
// 2026.", "Last Updated Nov 6, 2025"), or gives the label alone when its
// date was a widget the flattening lost ("Last updated:"). On the HTML
// path the stamp is a <time> in the header and leaves with it; flattened,
// the block model keeps the short line among the paragraphs. The wcxb-dev
// gold bodies leave such stamps out (seven articles of seven sites and a
// listing's eight "Updated <date>" lines under its entries); the one
// stamp a gold body keeps names a month without its day ("Last Updated:
// December 2025.", 0467), which reads as the writer's note on the text's
// currency, and textParseDate reads no date without its day. "Published"
// and "Posted" stamps are not read: a forum's gold keeps its posts' "Posted <date>"
// lines (docs/quality.md, thirtieth session, "Update stamps").

// textStampMaxWords is the most words an update stamp has: "Last updated
// on" and a date with its clock ("December 20, 2025 at 6:20 am").
const textStampMaxWords = 10

// textIsUpdateStamp reports whether b is only an update stamp: "Updated",
// "Modified", "Last updated" or "Last modified", an optional "on" and
// colon, then nothing or a date (textIsStampDate).
func textIsUpdateStamp(b *textBlock) bool {
	if b.words > textStampMaxWords || len(b.low) < len(b.text) {
		return false // a long line's start
	}
	rest := strings.TrimPrefix(b.low, "last ")
	var ok bool
	if rest, ok = strings.CutPrefix(rest, "updated"); !ok {
		if rest, ok = strings.CutPrefix(rest, "modified"); !ok {
			return false
		}
	}
	rest = strings.TrimPrefix(rest, " on")
	rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), ":"))
	return rest == "" || textIsStampDate(b.text[len(b.text)-len(rest):])
}

// textIsStampDate reports whether s opens with a date textParseDate reads
// ("Dec 04, 2025", "12 Jul 2024", "2026-01-12 at 6:20 am"): a figure or a
// month's name in title or upper case first, so a line that goes on with
// other words ("Updated prices for March 3, 2025") is no stamp. The
// parser reads no date without its day ("December 2025").
func textIsStampDate(s string) bool {
	if !isDigitByte(s[0]) && textCasedMonthAt(s) != 0 { // the first month named (-1: none) is not at the start
		return false
	}
	_, ok := textParseDate(strings.TrimSuffix(s, "."))
	return ok
}
