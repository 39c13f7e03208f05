package extract

import (
	"slices"
	"strings"
	"testing"
)

// textIsReaderAppealPlain is textIsReaderAppeal without its letter gates:
// every paragraph compared with the openers, every sentence in reach too.
func textIsReaderAppealPlain(b *textBlock) bool {
	for _, o := range textAppealOpeners {
		if strings.HasPrefix(b.low, o) {
			if textAppealVerbAfter(b.low, o) && textReaderAppealRE.MatchString(b.low) {
				return true
			}
			break
		}
	}
	head := b.text[:min(len(b.text), textAppealReach)]
	for _, mark := range []string{". ", "! ", "? "} {
		if k := strings.Index(head, mark); k > 0 && k+2 < len(b.text) && textTextOpensAppeal(b.text[k+2:]) {
			return true
		}
	}
	return false
}

// TestTextAppealPairMatchesPlain holds textIsReaderAppeal, gated by the
// openers' first two letters (textAppealPair) and by the block's count of
// sentence ends (textBlock.marks), to its ungated reading over
// the test pages' lines and 300,000 lines built of appeals in mixed case,
// the openers' first letters with others after them, sentence ends, the
// long s and the Kelvin sign (which fold to ASCII letters) and words.
func TestTextAppealPairMatchesPlain(t *testing.T) {
	rng := fastRand(88, 2)
	pieces := []string{"If you enjoyed this article", "iF YoU liked this post", "If you've enjoyed this interview",
		"Enjoyed this piece?", "ENJOYED this story", "Liked this guide", "Loved this read", "Did you like this post?",
		"dID you enjoy my essay", "Like what you see?", "Found this useful?", "Please support us", "Support our journalism",
		"PLEASE SUPPORT US", "ſupport our work", "liKed this", "In", "It", "Is", "Since", "For", "During", "People",
		"Lately", "Do", "Flo", "Sure", "E", "i", "l", " ", ". ", "! ", "? ", ".", "The harbour", "ſ", "\u212a",
		"é", "\xff", "you", " this ", "article", "Harbour Ledger is free. "}
	lines := fastPieceLines(slices.Clip(textSpeedLines(t)), rng, pieces, 300000, 1, 6)
	checkSameAnswer(t, lines, "textIsReaderAppeal", func(s string) bool {
		b := textNewBlock(s)
		return textIsReaderAppeal(&b)
	}, func(s string) bool {
		b := textNewBlock(s)
		return textIsReaderAppealPlain(&b)
	}, 10000)
}
