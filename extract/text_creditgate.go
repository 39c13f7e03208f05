package extract

import "strings"

// textMayGlueCredit reports whether a block's end may hold a credit
// textGluedCreditRE finds: each of its labels holds "Credit", "Image",
// "Photo" or "Picture" in capitals, or a lower-case "image" or "photo"
// right after the word naming which picture it is ("Hero image by …").
// The expression costs about 90,000 instructions over a block's last 80
// bytes, and the first gate's "redit", "mage" and "hoto" pass a tax
// credit, damage and a sentence's photo; this gate is exact (it refuses
// no end the expression matches), so the output stays the same.
func textMayGlueCredit(end string) bool {
	for _, w := range [...]string{"Credit", "Image", "Photo", "Picture"} {
		if strings.Contains(end, w) {
			return true
		}
	}
	return textHasLeadPictureWord(end, "image") || textHasLeadPictureWord(end, "photo")
}

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
