package extract

import "strings"

// A forum sets its own controls where an article sets its byline: the
// post's "Quote" button under the topic's title (wcxb-dev 0538, gold the
// poster "changingtimes"), the "Featured Replies" tab under the topic's
// date (0546, gold "ron1cne"), the search help's "author:username" (0562,
// gold "InsaneSnow45") and the search form's "By:" label over its
// "Search" field (4312, without the URL; gold "ridwan123"). Four forum
// sites, each another control; read by the bylines' walks as a name, they
// reach users beside the page's skip reason. No gold author of wcxb-dev
// is one of these words, and on every wcxb-dev flat page, with and
// without the URL, the flat path gives one on those four pages alone. The
// name is dropped after the body, as the full stop is (textNoFullStop), so
// no body moves (tauth64, fifty-third session).

// textControlNames are a page's control labels, lower-cased, that the
// bylines' walks have read as a writer's name.
var textControlNames = []string{"quote", "search", "username", "featured replies"}

// textNoControlName is name, or "" when name is only a page's control.
func textNoControlName(name string) string {
	if len(name) > len("featured replies") {
		return name
	}
	for _, w := range textControlNames {
		if strings.EqualFold(name, w) {
			return ""
		}
	}
	return name
}

// A question and answer site (the Stack Exchange network) stamps a
// question twice: "edited Feb 12, 2011 at 21:50" over the editor's name and
// reputation, then "asked Feb 11, 2011 at 23:49" over the asker's. Read as
// a writer, the editor is never the gold's: without the URL, where the
// reputation line is taken for the headline, the name above it was given
// on four sites' pages (0172 cooking, 0564 stackoverflow, 0567 askubuntu,
// 2828 serverfault; gold the asker, or none on 0567). A name whose line
// stands under such an edit stamp is dropped, after the body
// (tauth64, fifty-third session).

// textNoEditorName is name, or "" when the line name was read from is
// the one under a question's edit stamp, which the splitter may have
// joined to the short lines above it ("Follow\nedited … at 21:50").
func textNoEditorName(blocks []textBlock, name string) string {
	if name == "" {
		return name
	}
	for i := 1; i < len(blocks); i++ {
		if prev := blocks[i-1].text; blocks[i].text == name && textIsEditStamp(prev[strings.LastIndexByte(prev, '\n')+1:]) {
			return ""
		}
	}
	return name
}

// textIsEditStamp reports whether s is a question's edit stamp: "edited ",
// a date and " at " a time, no "by".
func textIsEditStamp(s string) bool {
	rest, ok := strings.CutPrefix(s, "edited ")
	return ok && len(rest) <= 40 && strings.Contains(rest, " at ") && !strings.Contains(rest, "by ")
}

// A phpBB forum bylines each post "Post by galitsyn » 11. Sep 2024,
// 18:36"; the gold names the first post's writer on both wcxb-dev flat
// pages that set it (0536, 0538, two sites), where the bylines' walks
// read no name (0538's "Quote" above is dropped). Asked only when no
// name was read (tauth64, fifty-third session).
//
// Searching every block of a page left without a name cost 1.48 M of
// 100 long wcxb-dev flat pages' 330.7 M instructions (42 pages reach
// it), so the search is gated by what the page's reader already
// recorded (textMayHoldPostBy): tauth65, same session.

// textPostByName is the name in the first "Post by NAME »" line of the
// page, or "".
func textPostByName(blocks []textBlock) string {
	for i := range blocks {
		b := &blocks[i]
		if !textMayHoldPostBy(b) {
			continue
		}
		if name := textPostByIn(b.text); name != "" {
			return name
		}
	}
	return ""
}

// textMayHoldPostBy reports whether b may hold a line opening "Post by
// ": such a line holds " by", which the block reader records (by), and
// opens either the block, whose lowered start (low) then opens "post
// by ", or a line the page's reader joined, which sets lines. Most
// blocks hold no " by"; of those that do, few are joined lines, so
// nearly no block is searched (TestTextPostByGate holds the gate to
// the search over every wcxb-dev flat page).
func textMayHoldPostBy(b *textBlock) bool {
	return b.by && (b.lines || strings.HasPrefix(b.low, "post by "))
}

// textPostByIn is the name in s's first line opening "Post by NAME »",
// or "".
func textPostByIn(s string) string {
	at := strings.Index(s, "Post by ")
	if at < 0 || at > 0 && s[at-1] != '\n' {
		return ""
	}
	line := s[at+len("Post by "):]
	if nl := strings.IndexByte(line, '\n'); nl >= 0 {
		line = line[:nl]
	}
	if name, _, ok := strings.Cut(line, " » "); ok && name != "" && len(name) <= 40 {
		return name
	}
	return ""
}
