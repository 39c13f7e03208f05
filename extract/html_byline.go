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
	tb := make([]textBlock, len(page))
	for i, b := range page {
		if i >= lo && i < hi {
			tb[i] = textNewBlock(b.text)
		} else {
			tb[i] = textBlock{text: b.text}
		}
	}
	name := cleanAuthor(textFindAuthor(tb, at, at+1))
	// "Category: Top Picks", "Contact: Jane Roe", "Link Copied!": a label
	// or a button, not a name.
	if strings.ContainsAny(name, ":!?") || stated != "" && statedNear(page[lo:hi], stated) {
		return ""
	}
	return name
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
