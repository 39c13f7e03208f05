package extract

import "strings"

// textHasCurlyQuote is strings.ContainsAny(s, "‘’“”"), the gate of
// textTitleStatedTwice. ContainsAny decodes s rune by rune and looks each
// rune up among the four marks: some 3,700 instructions a title, 0.40 M
// of 100 long wcxb-dev flat pages' 361 M for the 110 titles read (the
// headline's and the one the title rules moved to), nearly all of which
// hold no curly quote. The marks are e2 80 98, e2 80 99, e2 80 9c and
// e2 80 9d in UTF-8, and 0xe2 is a lead byte, never a continuation: no
// rune decoded before it takes it in (an invalid lead before it is read
// as one byte), so the marks are found where their first byte's search
// stops. TestTextHasCurlyQuoteMatchesContainsAny holds it to the plain
// form.
func textHasCurlyQuote(s string) bool {
	for {
		i := strings.IndexByte(s, 0xe2)
		if i < 0 || i+2 >= len(s) {
			return false
		}
		if s[i+1] == 0x80 {
			switch s[i+2] {
			case 0x98, 0x99, 0x9c, 0x9d:
				return true
			}
		}
		s = s[i+1:]
	}
}
