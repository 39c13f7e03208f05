package extract

import "strings"

// textCaptionAgencyNames are the picture agencies and stock libraries
// whose names close captions, each spelling of the alternatives of the
// plain form's textCaptionAgencies (text_caption_agency_test.go)
// written out: where one name opens another ("AP", "AP Photo"), both are
// tried. "Wikimedia Commons" and "Library of Congress" are the public
// archives an essay's old prints and engravings are credited to ("Dutch
// engraving of Port of Mocha, 1692 — via Wikimedia Commons"); after
// "via", a slash or a bar only, so a sentence naming them stays.
var textCaptionAgencyNames = [...]string{"Getty Images", "Shutterstock", "iStock", "iStockphoto", "Unsplash",
	"Unsplash+", "Pexels", "Alamy", "Alamy Stock Photo", "AP Photo", "AP", "AFP", "EPA", "Reuters", "Pixabay",
	"Adobe Stock", "DepositPhotos", "Deposit Photos", "Dreamstime", "Wikimedia Commons", "Library of Congress"}

// textCaptionAgencyMatch is textCaptionAgencyRE.MatchString(t), read by
// hand: an agency's name after a slash or a bar and the white space
// after it, or after "via " at a word's start, then the caption's end
// (textCaptionAgencyEnds); or an agency at t's start, then a slash or a
// bar and a credit (textCaptionAgencyCredit). The expression, run over a
// caption's tail by the backtracker, took some 25 thousand instructions
// a paragraph that names an agency (1.26 M of 100 wcxb-dev flat pages'
// 448 M; docs/quality.md, "Text speed, the body assembly's expressions",
// thirty-ninth session). It is kept as the plain form in
// text_caption_agency_test.go, where TestTextCaptionAgencyMatchMatchesRE
// holds the two together.
func textCaptionAgencyMatch(t string) bool {
	for _, a := range textCaptionAgencyNames {
		if strings.HasPrefix(t, a) && textCaptionAgencyCredit(t[len(a):]) {
			return true
		}
	}
	for p := 0; p < len(t); p++ {
		q := p + 1
		switch c := t[p]; {
		case c == '/' || c == '|':
			for q < len(t) && isASCIISpace(t[q]) {
				q++
			}
		case c == 'v' && strings.HasPrefix(t[p:], "via ") && (p == 0 || !textIsWordByte(t[p-1])):
			q = p + len("via ")
		default:
			continue
		}
		for _, a := range textCaptionAgencyNames {
			if strings.HasPrefix(t[q:], a) && textCaptionAgencyEnds(t[q+len(a):]) {
				return true
			}
		}
	}
	return false
}

// textCaptionAgencyEnds reports whether r, what follows an agency's name,
// ends a caption as the expression's tail reads it: white space, a
// closing bracket, a full stop and white space, each optional
// (`\s*\)?\.?\s*$`), or a credit after a slash or a bar.
func textCaptionAgencyEnds(r string) bool {
	i := 0
	for i < len(r) && isASCIISpace(r[i]) {
		i++
	}
	if i < len(r) && r[i] == ')' {
		i++
	}
	if i < len(r) && r[i] == '.' {
		i++
	}
	for i < len(r) && isASCIISpace(r[i]) {
		i++
	}
	return i == len(r) || textCaptionAgencyCredit(r)
}

// textCaptionAgencyCredit reports whether r is white space, a slash or a
// bar, and a credit to the end: `\s*[/|]\s*[^.!?]+\s*\)?\.?\s*$`. The
// credit's run of bytes other than '.', '!' and '?' takes white space
// and brackets too, so the credit is at least one byte before an
// optional full stop that only white space follows, with no '!' or '?'.
func textCaptionAgencyCredit(r string) bool {
	i := 0
	for i < len(r) && isASCIISpace(r[i]) {
		i++
	}
	if i == len(r) || r[i] != '/' && r[i] != '|' {
		return false
	}
	x := r[i+1:]
	if strings.ContainsAny(x, "!?") {
		return false
	}
	d := strings.IndexByte(x, '.')
	if d < 0 {
		return x != ""
	}
	return d > 0 && strings.TrimLeft(x[d+1:], asciiSpaces) == ""
}
