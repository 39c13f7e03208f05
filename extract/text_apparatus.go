package extract

import (
	"regexp"
	"strings"

	"github.com/storyfold/storyfold/textnorm"
)

// Apparatus the flat text's block model keeps as prose and textAssemble
// leaves out: picture captions and writers' bios.

// textIsCaption reports a picture's caption: a paragraph that ends with
// the picture's credit ("The harbour at dawn. Photo: Mira Tolland",
// "… at the quay. (Photo Credit: Harbour Board)", "Tolland / Getty
// Images", "… 2016. Oil on canvas. Courtesy the artist."). Flattening
// glues the credit to the caption, so textIsCredit, which reads a line's
// opening, misses them. The wcxb-dev flat article bodies kept about 270
// paragraphs ending so, 1 of them in the gold; leaving them out moved
// articles F1 0.92779 -> 0.92850 (even ids 0.92847 -> 0.92928, odd
// 0.92703 -> 0.92765), 35 pages up and 1 down, no page type down
// (docs/quality.md, seventh session).
func textIsCaption(b *textBlock) bool {
	s := b.text
	if len(s) > textCaptionTail {
		// The credit is the paragraph's end: only its tail is read, and
		// the cut is marked so that ^ means the paragraph's start.
		s = "… " + s[len(s)-textCaptionTail:]
	}
	return textMayBeCaption(s) && textCaptionRE.MatchString(s)
}

// textCaptionTail is how many bytes of a paragraph's end textIsCaption
// reads: a label, a credit of at most 60 characters and its brackets.
const textCaptionTail = 120

// textMayBeCaption reports whether s holds what every match of
// textCaptionRE holds: a colon, a slash, a bar, or the words "by",
// "courtesy" or "via" (any case), so that most paragraphs skip the
// expression.
func textMayBeCaption(s string) bool {
	if strings.ContainsAny(s, ":/|") {
		return true
	}
	for _, w := range []string{"by ", "ourtesy", "via "} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// textCaptionRE matches a credit that ends a paragraph: a picture label
// and a name ("Photo: …", "Image by …", "Credit: …", after the line's
// start, a sentence's end or a bracket, not "Capture Stunning Photos:
// …"), a picture agency after a slash, a bar or "via" ("Tolland / Getty
// Images", "Mira Tolland/AP"), or "Courtesy …" after a sentence's end.
// "Source:" is not a label here: it names a chart's data as often, and
// the gold keeps it. Every match holds what textMayBeCaption looks for.
var textCaptionRE = regexp.MustCompile(`(?:` +
	`(?:^|[.!?)|–—]\s*|\(\s*)(?:©\s*)?(?:[Pp]hoto(?:graph)?s?|[Pp]icture|[Ii]mages?|[Ii]llustration|[Cc]redits?|PHOTO|CREDIT|IMAGE)(?: [Cc]redits?| [Bb]y| [Cc]ourtesy(?: of)?)?:\s*[^.!?:]{1,60}` +
	`|(?:^|[.!?)|–—]\s*|\(\s*)(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture) (?:by|courtesy(?: of)?)\s+[^.!?:]{1,60}` +
	`|(?:[/|]\s*|\bvia )` + textCaptionAgencies + `(?:\s*[/|]\s*[^.!?]{1,40}|/[^.!?]{1,40})?` +
	`|^` + textCaptionAgencies + `\s*[/|]\s*[^.!?]{1,40}` +
	`|(?:^|[.!?)|]\s*|\(\s*)(?:[Ii]mages? |[Pp]hotos? |[Pp]hotograph )?[Cc]ourtesy(?: of)? [^.!?:]{1,60}` +
	`)\s*\)?\.?\s*$`)

// textCaptionAgencies are the picture agencies and stock libraries whose
// names close captions.
const textCaptionAgencies = `(?:Getty Images|Shutterstock|iStock(?:photo)?|Unsplash\+?|Pexels|Alamy(?: Stock Photo)?|AP Photo|AP|AFP|EPA|Reuters|Pixabay|Adobe Stock|Deposit ?Photos|Dreamstime)`

// textLeaveOutBios marks the writers' bios among the body's first and
// last textBioBlocks paragraphs (textIsWriterBio): review and advice
// sites set the author box, or the reviewer's and fact-checker's, above
// the article or under it, and the block model keeps it as prose. Under
// the article textLeaveOutTail takes most, but its walk from the body's
// end stops at the first paragraph that is not end matter (a teaser, a
// closing line about the writer) and needs a footer under the body; this
// reads each paragraph alone. textTailMinChars of body must stay after a
// bio at the top and before one at the end.
func textLeaveOutBios(blocks []textBlock, keep, out []bool) {
	stays := func(i int) bool { return textStays(blocks, keep, out, i) }
	after := 0
	for i := range blocks {
		if stays(i) {
			after += len(blocks[i].text)
		}
	}
	for i, k := 0, 0; i < len(blocks) && k < textBioBlocks; i++ {
		if !stays(i) {
			continue
		}
		k++
		after -= len(blocks[i].text)
		if after >= textTailMinChars && textIsWriterBio(blocks[i].text) {
			out[i] = true
		}
	}
	before := 0
	for i := range blocks {
		if stays(i) {
			before += len(blocks[i].text)
		}
	}
	for i, k := len(blocks)-1, 0; i >= 0 && k < textBioBlocks; i-- {
		if !stays(i) {
			continue
		}
		k++
		before -= len(blocks[i].text)
		if before >= textTailMinChars && textIsWriterBio(blocks[i].text) {
			out[i] = true
		}
	}
}

// textBioBlocks is how many of the body's first and last paragraphs
// textLeaveOutBios reads: the wcxb-dev flat articles' author boxes sat
// among the first 7 and the last 8.
const textBioBlocks = 8

// textIsWriterBio reports a writer's bio: a name opening the paragraph
// (its first word no stopword: "This is the fifth …"), a trade named in
// its first sentence ("Mira Tolland is a harbour reporter …", "Ivo
// Lindqvist is one of the industry's most regarded sailing experts"),
// and "he" or "she" in it. The trade must be in the first sentence: an
// article's opening paragraph may name one later ("Tutoring is one of the
// oldest teaching methods. … their teachers"). On the wcxb-dev flat
// articles, the first paragraphs alone: 9 left out on 8 pages, none in
// the gold, F1 0.92850 -> 0.92867 (even ids 0.92928 -> 0.92948, odd
// 0.92765 -> 0.92778), no page down; the last as well: 0.92890 (even
// 0.92973, odd 0.92801), 16 pages up and 3 down (two bios the gold
// keeps), no page type down (docs/quality.md, seventh session).
func textIsWriterBio(s string) bool {
	first, _, _ := strings.Cut(s, " ")
	if textnorm.IsStopword(strings.ToLower(first)) || !textBioOpenRE.MatchString(s) || !textBioPronounRE.MatchString(s) {
		return false
	}
	sentence := s
	if i := strings.Index(s[min(len(s), 8):], ". "); i >= 0 {
		sentence = s[:i+8]
	}
	return textBioRoleRE.MatchString(sentence)
}
