package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// textNameOverBio is the name heading a writer's box under the article,
// or "": a name line over a bio that opens with the writer's first name
// or whole name and goes on in lower case (textBioOpensWithName: "Maren
// Solberg" over "Maren is the Quay News's harbour reporter …", "Maren
// Solberg lives on the quay, where she writes …") and names a trade
// (textIsBioUnderName) or says "he" or "she" (textHasBioPronoun).
// Flattening keeps the box's heading as its own line and drops the
// "About the author" label around it, so no byline rule sees it. Only
// from the body's first block on: above the body a name over prose is a
// teaser's or a menu's. Boxes of two or more people give none: a firm's
// page lists its leaders so ("Sameer Ansari" / "Sameer Ansari, Global
// …", "Shinoy George" / "Shinoy George is a Managing Director …"), and
// co-writers' boxes do not say who comes first in the byline. Read last,
// when nothing else names the writer.
func textNameOverBio(blocks []textBlock, first int) string {
	name := ""
	for i := max(first, 0); i+1 < len(blocks); i++ {
		b := &blocks[i]
		bio := blocks[i+1].text
		// The bio's tests first: a list's or a section's lines open with
		// the line above's first word as often as a bio does, and only the
		// name tests then read the line's words (textNameOverBioGate).
		// Its first test, that both open with one byte, is asked here
		// first: it turns away four lines in five (9,870 of 12,446 over
		// 100 long wcxb-dev flat pages), whose two calls down to it were
		// some 50 instructions a line (fiftieth session;
		// TestTextNameOverBioMatchesPlain holds the walk to the gate alone).
		if b.text != "" && (bio == "" || bio[0] != b.text[0]) || !textNameOverBioGate(b.text, bio) {
			continue
		}
		if textIsBioUnderName(b, bio) || textHasBioPronoun(bio[:min(len(bio), textBioPronounReach)]) {
			if name != "" && name != b.text {
				return ""
			}
			name = b.text
		}
	}
	return name
}

// textNameOverBioGate reports whether name, a line over bio, may head a
// writer's box: bio opens with its first word or with it whole, as a
// bio does (textBioOpensWithFirstWord, textBioOpensWithName), and name
// is a plain name (textPlainName) with no odd word (textOddNameWords).
// The tests are pure, so their order changes no answer: the name tests
// cost some 1,000 and 1,800 instructions a line and were asked before
// the bio's, which turns away most lines that open with the same word
// as the line under them (of 754 such lines on 100 wcxb-dev flat pages,
// 102 pass it; textNameOverBio 2.60 -> 2.24 M instructions).
// TestTextNameOverBioGateMatchesPlain holds it to the tests in their
// first order.
func textNameOverBioGate(name, bio string) bool {
	return textBioOpensWithFirstWord(name, bio) && textBioOpensWithName(name, bio) && textPlainName(name) && !textOddNameWords(name)
}

// textBioOpensWithFirstWord reports whether bio opens with name's first
// word and a space, which textBioOpensWithName asks of both its leads: a
// test of a few bytes that turns away nearly every line before the name
// tests (textPlainName, textOddNameWords) read it. They were 26 M of the
// 30 M this step cost over 100 wcxb-dev flat pages, on 12,446 lines of
// which 2,576 reached the bio's test.
func textBioOpensWithFirstWord(name, bio string) bool {
	// Both open with name's first byte, a space when the first word is
	// empty: one comparison before the cut.
	if name != "" && (bio == "" || bio[0] != name[0]) {
		return false
	}
	firstWord, _, _ := strings.Cut(name, " ")
	return len(bio) > len(firstWord) && bio[len(firstWord)] == ' ' && bio[:len(firstWord)] == firstWord
}

// textBioPronounReach is how far into a bio textNameOverBio looks for
// "he" or "she": its first sentence or two.
const textBioPronounReach = 300

// textBioOpensWithName reports whether bio opens with name's first word
// or with the whole name, then a word in lower case or a nickname in
// brackets ("Maren is …", "Maren (Mo) is …", "Maren Solberg covers …").
// A section's heading over its prose opens the prose with its own words
// and goes on in capitals or with the heading's next word in lower case
// ("Harbour Ferries" over "Harbour ferries run …", "Harbour Ferries
// Today" over "Harbour ferries today …"), and a firm's box speaks in the
// plural ("Quay Media are specialists …"): a writer is one person.
func textBioOpensWithName(name, bio string) bool {
	firstWord, _, _ := strings.Cut(name, " ")
	for _, lead := range [2]string{firstWord, name} {
		// bio opens with lead and a space: cut in two steps, as joining
		// lead+" " would make a string for every line asked
		// (TestTextBioOpensWithNameMatchesPlain)
		rest, ok := strings.CutPrefix(bio, lead)
		if !ok || rest == "" || rest[0] != ' ' {
			continue
		}
		rest = rest[1:]
		if strings.HasPrefix(rest, "(") {
			return true
		}
		if verb, _, _ := strings.Cut(rest, " "); textIsBioVerb(verb, name[len(lead):]) {
			return true
		}
	}
	return false
}

// textIsBioVerb reports whether word, the one after a name's lead in a
// bio, goes on as a writer's bio does: in lower case, not in the plural
// ("are", "were", "have": a firm's box), and not the name's next word
// lowered (more, the words of name after the lead: a section's heading
// over its prose).
func textIsBioVerb(word, more string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	if !unicode.IsLower(r) || word == "are" || word == "were" || word == "have" {
		return false
	}
	return !textOpensLoweredWord(more, word)
}

// textOpensLoweredWord reports whether more lowered opens with a space
// and word: strings.HasPrefix(strings.ToLower(more), " "+word). Where
// more's bytes up to there are ASCII, each is compared lowered, without
// making either string: the two were most of textBioOpensWithName's
// 1,100 instructions a line (docs/quality/text-extraction-2.md, "Text
// speed, the furniture openings by their first byte", forty-second
// session). A rune beyond ASCII may lower to another length, and is left
// to the plain form.
func textOpensLoweredWord(more, word string) bool {
	n := 1 + len(word)
	for i := range min(n, len(more)) {
		if more[i] >= utf8.RuneSelf {
			return strings.HasPrefix(strings.ToLower(more), " "+word)
		}
	}
	// equalFoldASCII lowers more's bytes only: a capital or a rune beyond
	// ASCII in word matches none of them, as in the lowered string
	return len(more) >= n && more[0] == ' ' && equalFoldASCII(more[1:n], word)
}
