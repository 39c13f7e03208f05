package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// straightTitle spells a curly title straight where the page's own
// typing says its writers type straight (typedStraight, then
// writesStraight); else it returns the title as shown. The title's
// apostrophe words are found once, and a title without one (most) reads
// no block.
func straightTitle(title string, page []block) string {
	words := curlyApostropheWords(title)
	if len(words) == 0 || !typedStraight(words, page) && !writesStraight(title, words, page) {
		return title
	}
	return textStraightQuotes.Replace(title)
}

// typedStraight reports whether the page itself types one of the
// title's apostrophe words (words, curlyApostropheWords) straight
// ("China's" in a post that repeats the question, "I'm" in the story
// under "… and I’m never going back"): the page's writers type it
// straight and a typographer curled the headline. On the 34 wcxb-dev
// articles whose title came out curly and whose gold differs from it
// in quote marks at most, the gold is straight on 16; a straight
// apostrophe anywhere on the page marks 14 of them but also 8 of the 18
// curly golds (measured, not kept, forty-second session). The title's
// own word typed straight marks one article and one forum thread, both
// straight in the gold, and no curly gold of the 1,497 pages. Only the
// title changes: the headline the body steps look for stays as shown.
func typedStraight(words []string, page []block) bool {
	for _, b := range page {
		if typesStraight(b.text, words) {
			return true
		}
	}
	return false
}

// typesStraight reports whether text types one of words (lower case,
// spelled straight: curlyApostropheWords) with a straight apostrophe.
// The HTML path asks it of a page's blocks (typedStraight) and the flat
// path of its lines (textTitleTypedStraight).
func typesStraight(text string, words []string) bool {
	if strings.IndexByte(text, '\'') < 0 {
		return false
	}
	low := strings.ToLower(text)
	for _, w := range words {
		if containsWord(low, w) {
			return true
		}
	}
	return false
}

// curlyApostropheWords returns, in lower case and spelled straight, the
// words of title that hold a curly apostrophe between two letters
// ("city’s" gives "city's"); quote marks around a word are not theirs.
func curlyApostropheWords(title string) []string {
	var words []string
	for _, f := range strings.FieldsFunc(title, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '’'
	}) {
		f = strings.Trim(f, "’")
		if strings.ContainsRune(f, '’') {
			words = append(words, strings.ToLower(strings.ReplaceAll(f, "’", "'")))
		}
	}
	return words
}

// containsWord reports whether w stands in s as a whole word (wordEdge
// on both sides).
func containsWord(s, w string) bool {
	for i := range occurrences(s, w) {
		if wordEdge(s[:i], true) && wordEdge(s[i+len(w):], false) {
			return true
		}
	}
	return false
}

// writesStraight reports whether the page's own text types some apostrophe straight ("I'm Rhonda" in the author's note, "the
// doctor's office" in the story) and never types one of the title's
// apostrophe words curly but in the headline itself: the writers type
// straight, and only the headline was curled. A title word typed curly
// elsewhere on the page says the writers curl it too: of the wcxb-dev
// articles with a curly title and a straight apostrophe on the page, it
// marks 4 of the 8 curly golds and 8 of the straight ones, and what is
// left is straight in the gold on 5 pages to 1. Links are left out:
// their text is other pages' headlines (one straight gold and the one
// curly gold left, 0186 and 0221, had their straight apostrophes only
// there). On wcxb-dev this gives 3 article titles (even ids) and 1
// product and loses none; a straight apostrophe anywhere, without the
// two conditions, gained 14 and lost 8 (forty-second session).
// title is the title as shown, words its apostrophe words.
func writesStraight(title string, words []string, page []block) bool {
	straight := false
	for _, b := range page {
		if strings.Contains(b.text, title) {
			continue // the headline, or a line that repeats it
		}
		if typesCurly(b.text, words) {
			return false
		}
		straight = straight || !b.link && hasStraightApostrophe(b.text)
	}
	return straight
}

// typesCurly reports whether s holds one of words (lower case, spelled
// straight) with a curly apostrophe, as a whole word in any case. Most
// blocks hold no curly apostrophe, so s is lowered only when it does.
func typesCurly(s string, words []string) bool {
	if !strings.ContainsRune(s, '’') {
		return false
	}
	low := strings.ToLower(s)
	for _, w := range words {
		if containsWord(low, strings.ReplaceAll(w, "'", "’")) {
			return true
		}
	}
	return false
}

// hasStraightApostrophe reports a straight apostrophe between two letters
// ("it's"); quote marks around a word are not one.
func hasStraightApostrophe(s string) bool {
	for i := range occurrences(s, "'") {
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+1:])
		if unicode.IsLetter(before) && unicode.IsLetter(after) {
			return true
		}
	}
	return false
}
