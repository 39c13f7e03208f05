package extract

import "strings"

// textMayGlueCredit reports whether a block's end may hold a credit
// textGluedCreditAt finds (the expression textGluedCreditRE, which the
// tests keep): each of its labels holds "Credit", "Image", "Photo" or
// "Picture" after a lower-case letter or a figure and a space (the lead
// words, "Featured" to "Main", end in lower-case letters), an "Image via"
// or "Photo via" at the end's start or after a space, or a lower-case
// "image" or "photo" right after the word naming which picture it is
// ("Hero image by …"). The first gate's "redit", "mage", "hoto" and
// "icture" pass a tax credit, damage, a sentence's photo and a caption's
// opening "Photo:". The gate was written for the expression, which cost about
// 60,000–90,000 instructions over a block's last 80 bytes; it is exact
// (it refuses no end the expression matches), so the output stays the
// same, and it still spares most ends textGluedCreditAt's walk.
func textMayGlueCredit(end string) bool {
	for _, w := range [...]string{"Credit", "Image", "Photo", "Picture"} {
		if textHasGluedLabel(end, w) {
			return true
		}
	}
	return textHasLeadPictureWord(end, "image") || textHasLeadPictureWord(end, "photo")
}

// textHasGluedLabel reports whether word stands in end after a
// lower-case letter or a figure and a space, or, for "Image" and
// "Photo", with " via" after it at the end's start or after a space the
// expression's \s reads.
func textHasGluedLabel(end, word string) bool {
	for i := 0; ; {
		j := strings.Index(end[i:], word)
		if j < 0 {
			return false
		}
		at := i + j
		if at >= 2 && end[at-1] == ' ' && textGlueByte(end[at-2]) {
			return true
		}
		if (word == "Image" || word == "Photo") && strings.HasPrefix(end[at+len(word):], " via") &&
			(at == 0 || isASCIISpace(end[at-1])) {
			return true
		}
		i = at + 1
	}
}

// textGlueByte reports a lower-case ASCII letter or a figure, the byte a
// label glued to a word follows (the expression's [a-z0-9]).
func textGlueByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// textLeadPictureWords are the words textGluedCreditRE reads before a
// lower-case picture word, each with the space after it.
var textLeadPictureWords = [...]string{"Feature ", "Featured ", "Hero ", "Header ", "Cover ", "Top ", "Lead ", "Main "}

// textHasLeadPictureWord reports whether word stands in end right after
// one of textLeadPictureWords.
func textHasLeadPictureWord(end, word string) bool {
	for i := 0; ; {
		j := strings.Index(end[i:], word)
		if j < 0 {
			return false
		}
		before := end[:i+j]
		for _, w := range textLeadPictureWords {
			if strings.HasSuffix(before, w) {
				return true
			}
		}
		i += j + 1
	}
}
