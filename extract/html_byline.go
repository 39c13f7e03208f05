package extract

import "strings"

// visibleByline is the author the page's visible byline names, read as the
// flattened-text path reads one (textFindAuthor) around the block that
// states the title, or "" when no block states it or no byline is near.
// Pages that state no author in JSON-LD or <meta>, and whose byline
// go-trafilatura does not find, still show "By Jane Roe" or a name beside
// the date under the headline.
func visibleByline(page []block, title, stated string) string {
	at := titleBlock(page, title)
	if at < 0 {
		return ""
	}
	// Only the blocks textFindAuthor reads need their counts; the rest
	// are searched for lower-case words (textMenuWords) by their text.
	lo, hi := max(0, at-textAuthorWindow-1), min(len(page), at+textAuthorWindow+2)
	tb := visibleBylineBlocks(page, lo, hi)
	name := textFindAuthor(tb, at, at+1)
	if name == "" && stated == "" {
		// Common words there may name a section as well as a writer: not
		// read over a stated author.
		name = textNameUnderHeadline(tb, at)
	}
	name = cleanAuthor(name)
	// "Category: Top Picks", "Contact: Jane Roe", "Link Copied!": a label
	// or a button, not a name.
	if strings.ContainsAny(name, ":!?") || bylineLabel(name) || stated != "" && statedNear(page[lo:hi], stated) {
		return ""
	}
	return name
}

// visibleBylineBlocks returns page's blocks as the flattened-text path's
// byline readings take them: those from lo to hi read (textNewBlock),
// the rest their text alone, with lines set as textReadBlock sets it:
// the readings that skip the search for a line break trust it
// (textBlock.lines; TestVisibleBylineBlocksLinesMatchSearch).
func visibleBylineBlocks(page []block, lo, hi int) []textBlock {
	tb := make([]textBlock, len(page))
	for i, b := range page {
		if i >= lo && i < hi {
			tb[i] = textNewBlock(b.text)
		} else {
			tb[i] = textBlock{text: b.text, lines: strings.IndexByte(b.text, '\n') >= 0}
		}
	}
	return tb
}

// bylineLabels are words that label a byline rather than name anyone:
// "Fact Checked", "Medically Reviewed", "Last Updated".
var bylineLabels = map[string]bool{"checked": true, "reviewed": true, "verified": true, "updated": true,
	"edited": true, "written": true, "published": true, "posted": true}

// bylineLabel reports whether name holds a byline label word.
func bylineLabel(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if bylineLabels[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// statedNear reports whether one of the blocks around the headline
// bylines the stated author ("by jdoe"): then a stated login is the
// byline, not an account standing in for it. The site's name written
// alone there (a logo, a breadcrumb) is no byline.
func statedNear(page []block, stated string) bool {
	low := "by " + strings.ToLower(stated)
	for _, b := range page {
		if strings.Contains(strings.ToLower(b.text), low) {
			return true
		}
	}
	return false
}

// bylineOverStated reports whether the shown byline replaces the stated
// author: when nothing is stated, when the stated one is no writer's name
// (writerLike), when the two differ only in full stops ("Dr Jane Roe"
// shown as "Dr. Jane Roe"), when the shown name is the stated one without
// a tail or head that is no co-author ("Jane Roe - Editorial Team", "Jane
// Roe RN", "JR Jane Roe": a comma or "and" would list co-authors, which
// the gold keeps), or when both are names with no word in common (the
// page's markup states another person than the byline shows).
func bylineOverStated(stated, shown, publisher string) bool {
	if stated == "" || !writerLike(stated, publisher) {
		return true
	}
	if strings.ReplaceAll(stated, ".", "") == strings.ReplaceAll(shown, ".", "") {
		return true
	}
	if i := strings.Index(stated, shown); i >= 0 && len(shown) < len(stated) {
		rest := strings.TrimSpace(stated[:i] + " " + stated[i+len(shown):])
		return wordEdge(stated[:i], true) && wordEdge(stated[i+len(shown):], false) &&
			!strings.ContainsAny(rest, ",&") && !strings.Contains(" "+strings.ToLower(rest)+" ", " and ")
	}
	return nameLike(stated) && nameLike(shown) && !strings.ContainsAny(stated+shown, ",;") && !sharesWord(stated, shown)
}

// sharesWord reports whether a and b have a word in common, case folded.
func sharesWord(a, b string) bool {
	for w := range strings.FieldsSeq(a) {
		for v := range strings.FieldsSeq(b) {
			if strings.EqualFold(w, v) {
				return true
			}
		}
	}
	return false
}

// writerLike reports whether a stated author reads as the writer's name
// rather than an account or the site: not one word ("franshares",
// "jdoe.smith", "Rapid7": a login or the brand) and not the publisher's
// name ("Harbourton Gazette").
func writerLike(author, publisher string) bool {
	return strings.ContainsRune(strings.TrimSpace(author), ' ') && !strings.EqualFold(strings.TrimSpace(author), strings.TrimSpace(publisher))
}

// titleBlock is the index of the first block whose text is the title,
// whitespace folded, or -1.
func titleBlock(page []block, title string) int {
	f := strings.Fields(title)
	if len(f) == 0 {
		return -1
	}
	t := strings.Join(f, " ")
	for i, b := range page {
		// most blocks lack the title's first word: no need to fold them
		if strings.Contains(b.text, f[0]) && strings.Join(strings.Fields(b.text), " ") == t {
			return i
		}
	}
	return -1
}
