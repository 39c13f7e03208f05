package extract

import (
	"slices"
	"strings"
)

// A site sets, between an article's sections, a label that names the
// section's subject ("More on CMU Tepper", "More on Car Repair &
// Maintenance") over the titles of its own posts on it, one a line. The
// block model keeps the titles, which read like a section's list; the
// gold leaves the label and the titles out. A label over prose is a
// heading ("More on fields", a documentation page's) and stays, as do
// the article's own numbered headings under the titles.

// textMoreOnMaxWords is the most words of a "More on" label.
const textMoreOnMaxWords = 6

// textMoreOnOpenings are the label's openings, either case of "On".
var textMoreOnOpenings = newTextPrefixSet("More on ", "More On ")

// textMoreOnTitles is the fewest titles under the label that make it the
// site's list.
const textMoreOnTitles = 2

// textLeaveOutMoreOnLists marks each kept "More on" label
// (textIsMoreOnLabel) and the post titles (textIsPostTitle) kept right
// under it, when there are textMoreOnTitles of them or more.
func textLeaveOutMoreOnLists(blocks []textBlock, keep, out []bool) {
	textLeaveOutPostsUnder(blocks, keep, out, textIsMoreOnLabel, true)
}

// textLeaveOutPostsUnder marks the post titles (textIsPostTitle) kept
// right under each kept line that isLabel reports, when there are
// textMoreOnTitles of them or more, and the line itself when labelGoes.
func textLeaveOutPostsUnder(blocks []textBlock, keep, out []bool, isLabel func(*textBlock) bool, labelGoes bool) {
	lo, hi := textInSpan(keep, out) // the span of the blocks kept and not out (text_nextkept.go)
	for i := lo; i < hi; i++ {
		if !keep[i] || out[i] || !isLabel(&blocks[i]) {
			continue
		}
		j := i + 1
		for j < len(blocks) && keep[j] && textIsPostTitle(&blocks[j]) {
			j++
		}
		if j-i-1 < textMoreOnTitles {
			continue
		}
		from := i + 1
		if labelGoes {
			from = i
		}
		for k := from; k < j; k++ {
			out[k] = true
		}
	}
}

// textIsMoreOnLabel reports a whole short line opening on "More on ",
// no sentence; a label ended by a colon ("More on HBS:", an MBA guide's
// labels over its posts on each school) is one too, though the block
// reader reads the colon as a sentence's end.
func textIsMoreOnLabel(b *textBlock) bool {
	return (!b.sentEnd || strings.HasSuffix(b.text, ":")) && textMoreOnOpenings.opens(b.text) && textIsWholeShortLine(b, 3, textMoreOnMaxWords)
}

// textIsPostTitle reports a line that reads as a post's title: two to
// fourteen words, no sentence but a question ("What is a hybrid work
// model?", a post titled so among the others), opening on a capital
// letter (not a section's number, "6. Columbia Business School"), no cue
// or address.
func textIsPostTitle(b *textBlock) bool {
	if b.words < 2 || b.words > 14 || b.sentEnd && !strings.HasSuffix(b.text, "?") || b.cue != textCueNone || b.url != "" {
		return false
	}
	return opensUpper(b.text)
}

// A sentence ending in a colon announces the site's own posts on the
// subject, one title a line under it ("Other people considering a career
// in consulting found the following pages helpful:", "… comparing
// security cameras in the following comparison guides:"). The block
// model keeps the titles, short capitalised lines like a section's list;
// the gold leaves them out and keeps the sentence. A list announced so
// ends at a line of prose or a one-word heading ("Recap"); a singular
// ("the following post:") names one post whose outline follows, and
// stays.

// textPostListNouns are the plural nouns a sentence names its list of the
// site's posts by, within textPostListNounWords words after "the
// following".
var textPostListNouns = []string{"guides", "pages", "articles", "posts", "reads", "stories"}

// textPostListNounWords is how many words after "the following" the noun
// may stand ("the following comparison guides").
const textPostListNounWords = 2

// textLeaveOutAnnouncedPosts marks the post titles (textIsPostTitle)
// kept right under a kept sentence that announces them
// (textIsPostListIntro), when there are textMoreOnTitles of them or more;
// the sentence stays.
func textLeaveOutAnnouncedPosts(blocks []textBlock, keep, out []bool) {
	textLeaveOutPostsUnder(blocks, keep, out, textIsPostListIntro, false)
}

// textIsPostListIntro reports a line ending in a colon that names "the
// following" and a plural of textPostListNouns within
// textPostListNounWords words of it.
func textIsPostListIntro(b *textBlock) bool {
	// Only ASCII letters lower to f, o, l and w (strings.ToLower takes the
	// dotted İ to i and the Kelvin sign to k, none to these), so a line
	// whose lowered form holds "the following " holds "follow" in some
	// case: asked first, it spares the lowering of the long sentences
	// that end in a colon (0.91 M of 422.3 M instructions over 100
	// wcxb-dev flat pages; TestTextIsPostListIntroFoldFirst holds it to
	// the lowering alone).
	return strings.HasSuffix(b.text, ":") && textHasFoldedASCII(b.text, "follow") && textReadPostListIntro(b.text)
}

// textReadPostListIntro reports whether s, lowered, names "the following"
// and a plural of textPostListNouns within textPostListNounWords words
// of it, before its closing colon.
func textReadPostListIntro(s string) bool {
	low := strings.ToLower(s)
	at := strings.Index(low, "the following ")
	if at < 0 {
		return false
	}
	words := strings.Fields(strings.TrimSuffix(low[at+len("the following "):], ":"))
	for k := 0; k < len(words) && k < textPostListNounWords; k++ {
		if slices.Contains(textPostListNouns, words[k]) {
			return true
		}
	}
	return false
}
