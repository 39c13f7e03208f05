package extract

import (
	"math"
	"strings"
	"testing"
)

// TestTextCapMatchesMin holds textCap to Go's min, to the bit, for the
// caps textOwnFeatures reads: NaN, both zeros, infinities, the floats
// either side of each cap and random ratios.
func TestTextCapMatchesMin(t *testing.T) {
	xs := []float64{math.NaN(), 0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), -1, 0.5, 1, 2, 3, 1e300}
	for _, hi := range []float64{1, 2} {
		xs = append(xs, math.Nextafter(hi, 0), math.Nextafter(hi, 3))
	}
	rng := fastRand(49, 122)
	for range 5000 {
		xs = append(xs, rng.Float64()*3, -rng.Float64())
	}
	for _, hi := range []float64{1, 2} {
		for _, x := range xs {
			got, want := textCap(x, hi), min(x, hi)
			if math.Float64bits(got) != math.Float64bits(want) && !(got != got && want != want) {
				t.Fatalf("textCap(%v, %v) = %v, min %v", x, hi, got, want)
			}
		}
	}
}

// TestTextOwnFeaturesMatchPlain holds textOwnFeatures, whose score
// feature reads the whole numbers' and halves' table inlined
// (textSignedLog1pHalves), whose word count's logarithm is read from
// its table masked to its length and set again past it, whose flags are
// chosen by textBoolF and whose ratios are capped by textCap, to its
// plain form (its flags converted from textBool, textBoolPlain), to the bit, over random blocks: whole, half and other
// scores of both signs, zeros of both signs, counts from none to more
// than the words, word counts either side of the table's end, empty
// texts, texts ending in a colon or a question mark, and web addresses
// recorded either way or not read.
func TestTextOwnFeaturesMatchPlain(t *testing.T) {
	rng := fastRand(49, 123)
	texts := []string{"A line.", "- an item", "1. a step", "Why now?", "Read more:", "see example.com", strings.Repeat("word ", 40), "", ":", "?", "• a dot"}
	scores := []float64{0, math.Copysign(0, -1), 3, -30, 1.5, -1.5, 0.3, 2000, 2000.5, math.NaN(), math.Inf(-1)}
	for range 20000 {
		words := rng.IntN(60)
		if rng.IntN(8) == 0 {
			words = len(textLog1pTable) - 30 + rng.IntN(60) // either side of the table's end
		}
		b := textBlock{
			text: texts[rng.IntN(len(texts))], words: words, stop: rng.IntN(words + 2),
			caps: rng.IntN(words + 3), digits: rng.IntN(words + 3), long: rng.IntN(words + 2),
			you: rng.IntN(words/3 + 2), we: rng.IntN(words/3 + 2), marks: rng.IntN(2),
			sentEnd: rng.IntN(2) == 0, action: rng.IntN(2) == 0, dup: rng.IntN(2),
			cue: textCue(rng.IntN(4)), web: textWeb(rng.IntN(3)), // unread, held or recorded as none
		}
		b.low = strings.ToLower(b.text)
		if rng.IntN(2) == 0 {
			b.score = scores[rng.IntN(len(scores))]
		} else {
			b.score = math.Round(rng.NormFloat64()*400) / float64(1+rng.IntN(2))
		}
		var got, want [textNumFeatures]float64
		textOwnFeatures(&b, &got)
		textOwnFeaturesPlain(&b, &want)
		for k := range got {
			if math.Float64bits(got[k]) != math.Float64bits(want[k]) && !(got[k] != got[k] && want[k] != want[k]) {
				t.Fatalf("block %+v: feature %d is %v, the plain form's %v", b, k, got[k], want[k])
			}
		}
	}
}

// textOwnFeaturesPlain is textOwnFeatures as it read before its fast
// paths: Go's min and the plain signed logarithm.
func textOwnFeaturesPlain(b *textBlock, f *[textNumFeatures]float64) {
	w := float64(max(b.words, 1))
	f[0] = 1
	f[1] = math.Log1p(float64(b.words))
	f[2] = float64(b.stop) / w
	f[3] = textBoolPlain(b.sentEnd)
	f[4] = textBoolPlain(b.marks > 0)
	f[5] = textBoolPlain(b.words < 4)
	f[6] = min(float64(b.caps)/w, 1)
	f[7] = textBoolPlain(b.dup > 0)
	f[8] = textBoolPlain(b.cue == textCueDrop)
	f[9] = textBoolPlain(b.cue == textCueSoft)
	f[10] = textBoolPlain(b.cue == textCueEnd)
	f[22] = min(float64(b.digits)/w, 1)
	f[23] = textBoolPlain(textIsListItem(b.text))
	f[24] = float64(b.long) / w
	f[25] = math.Copysign(math.Log1p(math.Abs(b.score)), b.score)
	f[26] = min(float64(len(b.text))/w/10, 2)
	f[27] = textBoolPlain(strings.HasSuffix(b.text, ":"))
	f[30] = min(float64(b.you)/w*5, 1)
	f[31] = min(float64(b.we)/w*5, 1)
	f[32] = textBoolPlain(b.action)
	f[33] = textBoolPlain(strings.HasSuffix(b.text, "?"))
	f[34] = textBoolPlain(textBlockWeb(b))
}
