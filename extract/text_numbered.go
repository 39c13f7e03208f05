package extract

import "strings"

// textItemMaxWords is the longest line textItemNumber reads as a numbered
// item's heading ("4. Xero", "12. Future Work").
const textItemMaxWords = 14

// textItemLabelWords is the longest line stated again that may stand in a
// numbered item's section (textKeepItemSection): the labels a round-up
// repeats under each item ("Features:", "Why we chose it").
const textItemLabelWords = 5

// textItemNumber returns the number a line opens with when it is a
// numbered item's heading ("4. Xero", "5) Moxie"): one or two digits, a
// full stop or a closing bracket, a space, at most textItemMaxWords words
// and no sentence after the number (a reference list's "3. Society
// (2021). Key Statistics" is a citation, not a heading); 0 when it is not
// one.
//
// The opening digit is asked first, in a test small enough to be
// inlined where the steps walk every line of the page: a call for each
// line, few of which open with a digit, cost some 1.5 M of 100 long
// wcxb-dev flat pages' instructions (28,000 lines; fifty-sixth session,
// TestTextItemNumberMatchesPlain). Its inlining cost is 78 of the
// compiler's 80: a test added here makes it a call again.
func textItemNumber(b *textBlock) int {
	if len(b.text) < 4 || b.text[0]-'0' > 9 { // bytes under '0' wrap past 9
		return 0
	}
	return textItemNumberRead(b)
}

// textItemNumberRead is textItemNumber of a line of four bytes or more
// that opens with a digit.
func textItemNumberRead(b *textBlock) int {
	s := b.text
	if b.words > textItemMaxWords {
		return 0
	}
	n, i := textLeadNumber(s, 2)
	if i < 0 || i+1 >= len(s) || s[i+1] != ' ' || strings.Contains(s[i+2:], ". ") {
		return 0
	}
	return n
}

// textKeepNumberedItems keeps a numbered item the block model dropped
// when the page's numbered heading before it is the item before it, stays,
// and stands apart from it (lines between: a section, not a contents
// list's entry under the one before): a round-up's "4. Xero" after the
// "3. Wave" the model kept. The model reads each heading on its own few
// words, and a box of other posts set between two items ("Featured
// articles", a newsletter's sign-up) lowers the odds of the items after
// it; the number says the article goes on. The item's section comes back
// with it when it runs to item n+1 (textKeepItemSection). A restored item
// counts as kept for the next, so a run of items after the box comes back
// item by item. At most one other copy of the heading (its entry in the
// contents list above). On the wcxb-dev flat pages articles even ids
// 0.94313 -> 0.94329, odd 0.93983 -> 0.93987, all pages up on both
// halves, six articles move (five up), no other page type; held out
// (TestTextTrees) 0.93890 -> 0.93903 (docs/quality.md, twenty-ninth
// session).
func textKeepNumberedItems(blocks []textBlock, keep []bool) {
	prevNum, prevKept, prevAt := 0, false, -2
	for i := range blocks {
		b := &blocks[i]
		n := textItemNumber(b)
		if n == 0 {
			continue
		}
		if !keep[i] && prevKept && n == prevNum+1 && prevAt < i-1 && b.dup <= 1 && b.cue == textCueNone && b.url == "" {
			keep[i] = true
			textKeepItemSection(blocks, keep, i, n)
		}
		prevNum, prevKept, prevAt = n, keep[i], i
	}
}

// textKeepItemSection keeps the dropped lines under item n, at i, when
// the next numbered heading is item n+1: every line between is the item's
// section, but for buttons and addresses, which stay out. A cue, or a
// line of more than textItemLabelWords words stated again (a promo), and
// nothing comes back: the run is not only the item's.
func textKeepItemSection(blocks []textBlock, keep []bool, i, n int) {
	end := -1
	for j := i + 1; j < len(blocks); j++ {
		if m := textItemNumber(&blocks[j]); m > 0 {
			if m == n+1 {
				end = j
			}
			break
		}
	}
	if end < 0 {
		return
	}
	for j := i + 1; j < end; j++ {
		b := &blocks[j]
		if b.cue != textCueNone || b.dup > 0 && b.words > textItemLabelWords && !b.action && b.url == "" {
			return
		}
	}
	for j := i + 1; j < end; j++ {
		if b := &blocks[j]; !b.action && b.url == "" {
			keep[j] = true
		}
	}
}
