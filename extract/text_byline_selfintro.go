package extract

import "strings"

// An author card on a one-person site may speak in the first person: the
// name over a bio that introduces itself ("Jane Roe" / "I'm the founder
// of Harbour Ledger …", "Jane Roe" / "Hello, and welcome! I'm the editor
// & founder of this site."), or, where the flattening glued the card's
// lines, the name opening the bio's line ("Jane Roe I'm a full-stack
// developer, mentor, and writer."). The name over a bio
// (textNameOverBio) wants the bio to open with the name or say "he" or
// "she", so it misses the card.

// textSelfIntros are the first person's openings of a self-introduction
// that describes a trade rather than gives a name ("I'm the founder",
// not "I'm Tanay, co-founder …": a maker's comment on a launch listing,
// wcxb-dev listing 2914, whose gold names nobody): each of
// textFirstPersonOpenings followed by "a", "an" or "the", in that order
// ("I'm a ", "I'm an ", "I'm the ", "I’m a ", …).
var textSelfIntros = func() (intros [len(textFirstPersonOpenings) * len(textSelfIntroArticles)]string) {
	k := 0
	for _, opening := range textFirstPersonOpenings {
		for _, article := range textSelfIntroArticles {
			intros[k] = opening + article
			k++
		}
	}
	return intros
}()

// textSelfIntroArticles are the articles after a first-person opening
// that make it a self-introduction (textSelfIntros).
var textSelfIntroArticles = [...]string{"a ", "an ", "the "}

// textSelfIntroReach is how far into a bio its self-introduction may
// start: after a greeting ("Hello, and welcome! I'm the editor …", 20
// bytes in), not in the bio's later sentences.
const textSelfIntroReach = 40

// textSelfTradeReach is how far past the self-introduction's start the
// trade is looked for: its clause ("I'm the editor & founder of this
// site", "I'm a full-stack software developer, mentor, and writer").
const textSelfTradeReach = 80

// textNameOverSelfIntro is the name of the author card, from the body's
// first block first on, that introduces itself in the first person
// (textSelfIntroName); or "". Two cards of different names give none (a
// site's team, or testimonials). On wcxb-dev flat articles three more
// exact authors (0229, 0390, 4815; three sites), no other page moved.
//
// Every card needs a first-person opening (textFirstPersonOpenings): a
// glued card in its own first words, a name over a bio at the bio's
// start. The blocks are read from the first that has one so placed
// (textSelfIntroFrom), and a page with none is not read: on the 42 of 100
// long wcxb-dev flat pages that reach this reading, each block from the
// body's first was asked for both cards, 1.88 M instructions, most of
// them on pages with no such opening (fiftieth session;
// TestTextNameOverSelfIntroFromOpening holds it to the reading from the
// body's first block).
func textNameOverSelfIntro(blocks []textBlock, first int) string {
	from := textSelfIntroFrom(blocks, max(first, 0))
	if from < 0 {
		return ""
	}
	return textSoleName(blocks, from, textSelfIntroName)
}

// textSelfIntroFrom is the first block from from on that may be a card
// (textSelfIntroName): one of more than four words with a first-person
// opening among its first five words (textGluedSelfIntroName's gate), or
// a block of capitalised words without a sentence's end over a block
// whose start holds one (textSelfIntroIn's gate); or -1.
func textSelfIntroFrom(blocks []textBlock, from int) int {
	for i := from; i < len(blocks); i++ {
		b := &blocks[i]
		if b.words > 4 && textFirstPersonWithin(b.text, textGluedNameMaxWords) >= 0 {
			return i
		}
		if i+1 < len(blocks) && b.words >= 2 && b.caps == b.words && !b.sentEnd && textFirstPersonAt(textSelfIntroHead(blocks[i+1].text, textSelfIntroReach)) >= 0 {
			return i
		}
	}
	return -1
}

// textSoleName is the name read (by name, "" for none) at the blocks from
// from on, when every block that gives one gives the same; or "".
func textSoleName(blocks []textBlock, from int, name func([]textBlock, int) string) string {
	sole := ""
	for i := from; i < len(blocks); i++ {
		got := name(blocks, i)
		if got == "" {
			continue
		}
		if sole != "" && sole != got {
			return ""
		}
		sole = got
	}
	return sole
}

// textSelfIntroName is the name of the card at blocks[i]: a block that
// opens with a plain name and goes on at once with the
// self-introduction (textGluedSelfIntroName), or a block that is a plain
// name (two to four capitalised words, no sentence's end) over a bio
// whose self-introduction (textSelfIntroIn) names a trade and that is no
// glued card itself (the line over one is a related post's title, not
// its name); no odd word in the name, and not all of its words written
// in lower case on the page. Else "".
func textSelfIntroName(blocks []textBlock, i int) string {
	b := &blocks[i]
	name := textGluedSelfIntroName(b)
	// A greeting ("Hi, I'm Chris!" over "I'm a Software Engineer …",
	// 2498) is no name: a block with an uncapitalised word or a
	// sentence's end gives none, so the flags it was refused by after the
	// bio's searches are asked first, and the block under a paragraph is
	// not searched (textSelfIntroIn had been asked of every block under
	// one: 1.27 M of 422.3 M instructions over 100 wcxb-dev flat pages).
	// A plain name is two words or more (nameLike's fields, each opening
	// on a capital, a word rune), so a block of one word or none, a
	// menu's item, is not searched either: 4,284 searches of 0.44 M
	// instructions over the same pages, most of them under such blocks
	// (forty-seventh session; TestTextSelfIntroNameFlagsFirst).
	if name == "" && i+1 < len(blocks) && b.words >= 2 && b.caps == b.words && !b.sentEnd && textSelfIntroIn(blocks[i+1].text, textSelfIntroReach) && textPlainName(b.text) {
		if textGluedSelfIntroName(&blocks[i+1]) != "" {
			return ""
		}
		name = b.text
	}
	if name == "" || textOddNameWords(name) || textCommonWords(name, blocks) {
		return ""
	}
	return name
}

// textGluedSelfIntroName is the plain name that opens b with the
// self-introduction right after it ("Jane Roe I'm a full-stack
// developer …"), or "".
//
// The name is two to four words (nameLike), so only a first-person
// opening with at most four words before it can follow it: the first
// opening found with more ends the search (textFirstPersonWithin), and
// the nine searches of textGluedSelfIntroRead are not made
// (TestTextFirstPersonAtGates holds it to the reading without the gate).
func textGluedSelfIntroName(b *textBlock) string {
	if b.words <= 4 || textFirstPersonWithin(b.text, textGluedNameMaxWords) < 0 {
		return ""
	}
	return textGluedSelfIntroRead(b.text)
}

// textGluedSelfIntroRead is the plain name that opens s with a
// self-introduction right after it, each of textSelfIntros sought in
// turn, or "".
func textGluedSelfIntroRead(s string) string {
	for _, intro := range textSelfIntros {
		if k := strings.Index(s, " "+intro); k > 0 && textSelfIntroIn(s[k+1:], 0) && textPlainName(s[:k]) {
			return s[:k]
		}
	}
	return ""
}

// textSelfIntroIn reports whether bio holds a self-introduction
// (textSelfIntros) starting within its first reach bytes (at its start
// when reach is 0), with a trade (textNamesTrade) in the
// textSelfTradeReach bytes from its start.
func textSelfIntroIn(bio string, reach int) bool {
	head := textSelfIntroHead(bio, reach)
	if at := textFirstPersonAt(head); at < 0 || at > reach {
		return false // each of textSelfIntros opens with a first-person opening
	}
	return textSelfIntroRead(bio, head, reach)
}

// textSelfIntroHead is bio's first bytes that may hold a
// self-introduction starting within reach bytes.
func textSelfIntroHead(bio string, reach int) string {
	return bio[:min(len(bio), reach+len("I’m the "))]
}

// textSelfIntroRead is textSelfIntroIn's reading without its first-person
// gate: each of textSelfIntros sought in head, bio's first bytes.
func textSelfIntroRead(bio, head string, reach int) bool {
	for _, intro := range textSelfIntros {
		k := strings.Index(head, intro)
		if k < 0 || k > reach {
			continue
		}
		if clause := bio[k:min(len(bio), k+textSelfTradeReach)]; textNamesTrade(clause) {
			return true
		}
	}
	return false
}

// textFirstPersonAt is where s first holds one of textFirstPersonOpenings,
// or -1. Every self-introduction opens with one, so textSelfIntroIn and
// textGluedSelfIntroName ask it before their nine searches: on a page
// with no author read before textNameOverSelfIntro (which reads every
// block from the body's first on), those searches, asked of each block
// and of the block under it, were 19.9 M of 436.6 M instructions over
// 100 wcxb-dev flat pages (docs/quality/text-extraction.md, "A
// readability pass over the forty-first session's code"); an 'I' found
// by IndexByte and its opening's test are a few instructions a block
// (TestTextFirstPersonAtGates holds the two readings to their ungated
// forms).
func textFirstPersonAt(s string) int {
	return textFirstPersonWithin(s, len(s))
}

// textGluedNameMaxWords is the most words nameLike takes for a name, so
// the most a glued self-introduction's name has before its opening.
const textGluedNameMaxWords = 4

// textFirstPersonWithin is textFirstPersonAt of the openings with at most
// maxWords words of s before them, or -1. The words are counted
// (textWordsOver) only before the first opening found: with more, every
// later opening has more too. Counted before each 'I', to stop at the
// first past the fourth word, the glued name's search cost 0.74 M over
// 100 wcxb-dev flat pages; counted at the opening, 0.61 M (the ungated
// 0.82 M). A maxWords of len(s) or more bounds nothing, and no words are
// counted.
func textFirstPersonWithin(s string, maxWords int) int {
	for k := 0; k < len(s); k++ {
		i := strings.IndexByte(s[k:], 'I')
		if i < 0 {
			return -1
		}
		k += i
		if k+1 < len(s) && textFirstPersonSeconds[s[k+1]] && textFirstPersonPrefixes.opens(s[k:]) {
			if maxWords < len(s) && textWordsOver(s[:k], maxWords) {
				return -1
			}
			return k
		}
	}
	return -1
}

// textFirstPersonSeconds marks the second bytes of
// textFirstPersonOpenings ("'", the first byte of "’", " "), which all
// open with 'I': an 'I' followed by another byte ("In", "It", "IT")
// opens none, and is passed over without the prefix set's loop over
// the three openings, each of which its first-byte test lets through.
var textFirstPersonSeconds = func() (seconds [256]bool) {
	for _, o := range textFirstPersonOpenings {
		seconds[o[1]] = true
	}
	return seconds
}()
