package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A journal's author line: the names listed with an affiliation's mark
// glued to each ("Jennifer Huberty1 ; Jeni Green1 ; Christine
// Glissmann2", "Ann Roe1,2, Ed Poe3*"), the affiliations set lower down
// under the same marks. The readings before it take a name with no
// digit (textPlainName), and the line may stand far from the headline
// the title model chose (a research paper's page opens with its
// abstract, its citation line and its keywords, any of which the model
// may take). Every name must carry a mark: a line of names without them
// is a menu's or a related list's as often as a byline. The gold lists
// such authors without their marks, joined by ", " whatever the page
// set between them (the journals' pages on wcxb-dev: 2020, 4055, 4063).

// textMarkedListWords is the most words a marked author line is read
// in: six authors of up to four words with their joins.
const textMarkedListWords = 40

// textMarkedListJoins are what stands between two marked names, longest
// first.
var textMarkedListJoins = []string{" ; ", ", and ", " and ", " & ", "; ", ", "}

// textMarkedAuthorList is the first block on the page that lists two or
// more names each with an affiliation mark (textMarkedNames), no word
// of them one the page writes in lower case (textMenuWords), the names
// joined by ", "; or "".
//
// Every short capitalised block of the page is asked, so the cheap part
// comes first: the line's form (textMarkedNames, whose first search
// turns away a block without a mark), and only for a line of two names
// or more the page-wide search of textMenuWords (some 170 thousand
// instructions a call on a long page).
func textMarkedAuthorList(blocks []textBlock) string {
	for i := range blocks {
		b := &blocks[i]
		// Necessary: short, opening on a capital and ending on a mark.
		// The last byte is looked up first (textMarkLasts), inlined:
		// most such blocks end on a letter or a full stop, and the call
		// to textMayEndOnMark that turned them away was 0.11 M over the
		// 4,898 blocks of 100 long wcxb-dev flat pages (fifty-fourth
		// session; TestTextMarkLastsMatchGate).
		if b.words > textMarkedListWords || b.words < 4 || b.text[0] < 'A' || b.text[0] > 'Z' ||
			!textMarkLasts[b.text[len(b.text)-1]] || !textMayEndOnMark(b.text) || !textMayHoldMark(b) {
			continue
		}
		if names := textMarkedNames(b.text); len(names) >= 2 && !textAnyMenuWords(names, blocks) {
			return strings.Join(names, ", ")
		}
	}
	return ""
}

// textMayHoldMark reports whether b may hold an affiliation mark
// (textAffiliationMark), without which textMarkedNames reads nothing: a
// digit, which the block reader counts (textBlock.digits, every
// unicode.IsDigit rune), an asterisk, or a mark beyond ASCII, whose
// UTF-8 forms open with 0xC2 ("§", "¹", "²", "³"), 0xE2 0x80 0xA0 or
// 0xA1 ("†", "‡") or 0xE2 0x81 0xB0 to 0xB9 ("⁰" to "⁹"). A line of
// title-case words (a menu's, a headline's) was walked to its end by
// textMarkedNameEnd, some 320 instructions a block over the 4,898 short
// capitalised blocks of 100 wcxb-dev flat pages (forty-fifth session);
// the byte searches are vectorised. TestTextMayHoldMarkCoversMarks holds
// it to the marks.
func textMayHoldMark(b *textBlock) bool {
	s := b.text
	if b.digits > 0 || strings.IndexByte(s, '*') >= 0 || strings.IndexByte(s, 0xC2) >= 0 {
		return true
	}
	for k := 0; ; k++ {
		i := strings.IndexByte(s[k:], 0xE2)
		if i < 0 {
			return false
		}
		// "’", "“", "–" and the like open with 0xE2 0x80 too: the third
		// byte tells the marks ("†" 0xA0, "‡" 0xA1, "⁰" to "⁹" 0xB0 to 0xB9)
		if k += i; k+2 < len(s) && (s[k+1] == 0x80 && s[k+2]|1 == 0xA1 || s[k+1] == 0x81 && s[k+2]-0xB0 <= 9) {
			return true
		}
	}
}

// textMayEndOnMark reports whether s's last byte may end an affiliation
// mark (textAffiliationMark): an ASCII digit, an asterisk or a byte past
// ASCII. textMarkedNames reads a line to its end, the last name's marks
// its last runes, so a line ending on any other ASCII byte (a letter, a
// full stop) lists no marked names. Over the 4,898 short capitalised
// blocks of 100 long wcxb-dev flat pages, most of them menus and
// headlines ending on a letter, textMayHoldMark searched each for three
// bytes (0.80 M instructions) and textMarkedNames walked the 924 with a
// digit or a mark (0.47 M; fifty-first session).
// TestTextMarkedAuthorListMatchesPlain holds the reading to the gate
// left out.
//
// A line ending on ASCII marks must hold its last name's letter before
// them: the bytes from its end that may be marks or the commas between
// them (ASCII digits, '*', ',') are passed, and the byte before must be
// a letter or past ASCII (a letter or a mark beyond ASCII). A date or a
// count ("March 5, 2024", "Page 2") ends on digits after a space; such
// lines were 424 of the 430 blocks let through on the 100 long wcxb-dev
// flat pages, and textMarkedNames walked each (0.31 M of their 338 M
// instructions; fifty-third session, docs/quality/text-extraction-4.md).
func textMayEndOnMark(s string) bool {
	j := len(s)
	if c := s[j-1]; c >= utf8.RuneSelf {
		return true
	} else if c != '*' && c-'0' > 9 {
		return false
	}
	for j > 0 && (s[j-1] == '*' || s[j-1] == ',' || s[j-1]-'0' <= 9) {
		j--
	}
	if j == 0 {
		return false
	}
	c := s[j-1]
	return c >= utf8.RuneSelf || c|0x20-'a' <= 'z'-'a'
}

// textMarkLasts marks the last bytes textMayEndOnMark reads further:
// an ASCII digit, an asterisk and a byte past ASCII.
var textMarkLasts = func() (lasts [256]bool) {
	for c := range 256 {
		b := byte(c)
		lasts[c] = b >= utf8.RuneSelf || b == '*' || b-'0' <= 9
	}
	return lasts
}()

// textAnyMenuWords reports whether a word of one of names is one the
// page writes in lower case (textMenuWords).
func textAnyMenuWords(names []string, blocks []textBlock) bool {
	for _, name := range names {
		if textMenuWords(name, blocks) {
			return true
		}
	}
	return false
}

// textMarkedNames are the names of t when t is nothing but names, each
// followed by its affiliation marks (textAffiliationMark, commas between
// them: "1,2"), joined by textMarkedListJoins; else nil. A name is
// textPlainName's; whether the page writes a word of it in lower case
// is asked by the caller (textAnyMenuWords), after the line's form.
func textMarkedNames(t string) []string {
	var names []string
	for rest := t; ; {
		k := textMarkedNameEnd(rest)
		if k <= 0 {
			return nil
		}
		name := rest[:k]
		// The mark is glued to the name's last letter, and a name holds
		// no comma: "Six Concourse Parkway, Suite 600, Atlanta, GA" is an
		// address (a service page's footer).
		if last, _ := utf8.DecodeLastRuneInString(name); !unicode.IsLetter(last) || strings.Contains(name, ",") ||
			!textPlainName(name) {
			return nil
		}
		names = append(names, name)
		rest = textSkipMarks(rest[k:])
		if rest == "" {
			return names
		}
		var joined bool
		if rest, joined = textCutMarkedJoin(rest); !joined {
			return nil
		}
	}
}

// textCutMarkedJoin is rest past the join it opens with
// (textMarkedListJoins), and whether it opens with one.
func textCutMarkedJoin(rest string) (string, bool) {
	for _, join := range textMarkedListJoins {
		if after, ok := strings.CutPrefix(rest, join); ok {
			return after, true
		}
	}
	return rest, false
}

// textSkipMarks is s past the affiliation marks it opens with, and past
// a comma between two of them ("1,2, Ed Poe" gives ", Ed Poe").
func textSkipMarks(s string) string {
	for {
		r, n := utf8.DecodeRuneInString(s)
		switch {
		case n > 0 && textAffiliationMark(r):
			s = s[n:]
		case r == ',':
			if next, _ := utf8.DecodeRuneInString(s[1:]); textAffiliationMark(next) {
				s = s[1:]
				continue
			}
			return s
		default:
			return s
		}
	}
}

// textMarkedNameEnd is the index of s's first affiliation mark
// (textAffiliationMark), where a marked name in s ends; or -1 when s
// holds none, and when what stands before it can be no marked name: a
// comma, or a word opening on an ASCII lower-case letter (nameLike
// takes words opening on a capital only). textMarkedNames reads nothing
// of such a line, and most short capitalised blocks are a sentence's or
// a menu's: the walk stops at its first lower-case word or comma, where
// strings.IndexFunc decoded every rune to the first digit and called
// the test through a pointer (some 15 instructions a byte). An ASCII
// byte is asked as it stands; only a byte beyond ASCII is decoded.
func textMarkedNameEnd(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '*' || c-'0' <= 9:
				return i
			case c == ',', c == ' ' && i+1 < len(s) && s[i+1]-'a' <= 'z'-'a':
				return -1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if textAffiliationMark(r) {
			return i
		}
		i += n
	}
	return -1
}

// textAffiliationMark reports a rune that marks a name's affiliation or
// its corresponding author: a digit, a superscript digit, an asterisk,
// a dagger or a section sign.
func textAffiliationMark(r rune) bool {
	switch r {
	case '*', '†', '‡', '§', '¹', '²', '³':
		return true
	}
	return unicode.IsDigit(r) || r >= '⁰' && r <= '⁹'
}
