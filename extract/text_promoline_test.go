package extract

import (
	"strings"
	"testing"
)

// textIsPromoLinePlain is textIsPromoLine with its marks sought by
// strings.Contains and each group of pieces by textHasAny, each time it
// is asked: the form the line's one scan of the pieces (textPromoSeen)
// and its byte searches must agree with.
func textIsPromoLinePlain(b *textBlock) bool {
	s, n := b.text, b.words
	op := textOpener(b.low)
	opens := func(set string) bool { return op == 0 || strings.IndexByte(set, op) >= 0 }
	has := func(g int) bool { return textHasAny(s, textPromoLists[g]...) }
	return opens(textPromoOpeners.appeal) && textOpensLead(s, textPromoLeadKeys.appeal, textPromoLeadLen.appeal) && isReaderAppeal(s, n) ||
		opens(textPromoOpeners.price) && isPriceButton(textPromoBlock(b), n) ||
		opens(textPromoOpeners.form) && textOpensLead(s, textPromoLeadKeys.form, textPromoLeadLen.form) && isFormMessage(s, n) ||
		opens(textPromoOpeners.views) && n <= 10 && textHasAny(s, "iew", "IEW", "isited", "ISITED", "ead", "EAD") && isViewCount(s, n) ||
		n <= stockCreditMaxWords && (strings.Contains(s, "/") || strings.Contains(s, "©") || has(textPromoStock)) &&
			isStockCredit(textPromoBlock(b), n) ||
		n <= newsletterMaxWords && has(textPromoNewsletter) && isNewsletterPitch(textPromoBlock(b), n) ||
		(b.by || strings.Contains(s, ":") || has(textPromoCourtesy)) &&
			has(textPromoPicture) && isPhotoCaption(s, n)
}

// TestTextIsPromoLineMatchesPlain holds textIsPromoLine to
// textIsPromoLinePlain over the test pages' lines and 60,000 short lines
// built of the credits', pitches' and captions' words (agencies in mixed
// case after "©", which no piece holds), their marks ("/", "©", ":") and
// prose. It fails with the colon, the slash or "©"'s first byte sought
// wrong (each tried).
func TestTextIsPromoLineMatchesPlain(t *testing.T) {
	lines := append([]string(nil), textSpeedLines(t)...)
	rng := fastRand(91, 44)
	pieces := []string{"Photo", "photo", "Image", "Getty Images", "© gEtTy ImAgEs", "©iStOcK", "© aDoBe StOcK", "Shutterstock",
		"Alamy", "Unsplash", "/", " / ", "©", "© 2025", ":", "Photo:",
		"Credit:", "by", "By", "Courtesy", "courtesy of", "newsletter", "Sign up", "subscribe", "inbox", "email", "join", "our",
		"the", "harbour", "at dawn", "Mira Tolland", "Please", "share", "views", "12", ".", ",", "Subscribers"}
	lines = fastPieceLines(lines, rng, pieces, 60000, 1, 12)
	lines = append(lines, textPriceButtonLines()...)
	checkBlockMatchesPlain(t, lines, "textIsPromoLine", textIsPromoLine, textIsPromoLinePlain, 50)
}

// textPriceButtonLines are price buttons of one to twelve words ("Check
// price at …"), about the word limit textIsPromoLine asks before
// isPriceButton (priceButtonMaxWords): a limit one word short of it
// refuses a button of eight words (tried).
func textPriceButtonLines() []string {
	var lines []string
	label := "Check price"
	for _, w := range strings.Fields("at Harbour Kettle Store on the quay by dawn now please") {
		label += " " + w
		lines = append(lines, label, "➡️ "+strings.ToUpper(label), "Check the latest prices "+w)
	}
	return lines
}

// TestTextPromoOpenerSets holds textPromoOpenerSets, one table read, to
// the four sets it stands for, asked as textIsPromoLine asked them
// (strings.IndexByte, and every set open to a line with no opener), at
// every byte.
func TestTextPromoOpenerSets(t *testing.T) {
	sets := [...]string{textPromoOpeners.appeal, textPromoOpeners.price, textPromoOpeners.form, textPromoOpeners.views}
	bits := [...]uint8{textPromoAppealBit, textPromoPriceBit, textPromoFormBit, textPromoViewsBit}
	for c := range 256 {
		for i, set := range sets {
			want := c == 0 || strings.IndexByte(set, byte(c)) >= 0
			if got := textPromoOpenerSets[c]&bits[i] != 0; got != want {
				t.Errorf("opener %q, set %q: the table says %v, the set %v", rune(c), set, got, want)
			}
		}
	}
}
