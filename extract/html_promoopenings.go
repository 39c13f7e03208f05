package extract

import "strings"

// promoOpenings are the openings an anchored promo expression matches
// after its ^\W*, written out (each ends in a letter, before the
// expression's closing \b), and read by
// opensWithPromo instead of the expression. readerAppealRE and
// formMessageRE, case-folded and opening with a choice, took some 4,000
// instructions a run in the regexp engine even on the lines past
// textIsPromoLine's leads (0.32 M and 0.30 M of 100 long wcxb-dev flat
// pages, fifty-second session), and the HTML path runs them on every
// short block. TestPromoOpeningsSpellREs holds each list to its
// expression's spellings, TestPromoOpeningsMatchREs the reading to the
// expression.
type promoOpenings struct {
	// byFirst holds the openings by their first letter, a = 0.
	byFirst [26][]string
}

// newPromoOpenings spells out the concatenation of parts, each a choice
// of pieces split at '|' (an empty piece makes the part optional), as the
// expression writes it: lower-case ASCII letters, spaces and apostrophes.
func newPromoOpenings(choices ...[]string) *promoOpenings {
	o := new(promoOpenings)
	for _, parts := range choices {
		spelt := []string{""}
		for _, part := range parts {
			var next []string
			for _, head := range spelt {
				for piece := range strings.SplitSeq(part, "|") {
					next = append(next, head+piece)
				}
			}
			spelt = next
		}
		for _, w := range spelt {
			if w == "" || w[0] < 'a' || w[0] > 'z' || !textIsWordByte(w[len(w)-1]) {
				panic("extract: a promo opening that does not open and end with a letter: " + w)
			}
			o.byFirst[w[0]-'a'] = append(o.byFirst[w[0]-'a'], w)
		}
	}
	return o
}

// opensWithPromo reports whether s opens, after runes \W matches, with
// one of o's openings in any case, at a word boundary: what the
// expression ^\W*(?:…)\b with (?i) reports. Under (?i) Go's regexp folds
// s to the long s (ſ) and k to the Kelvin sign (K) as well, and its \W
// then matches neither: the leading run ends at the first word byte or at
// either rune, where an opening must start. The \b stays ASCII's.
func (o *promoOpenings) opensWithPromo(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case textIsWordByte(c):
			if c |= 0x20; c < 'a' || c > 'z' {
				return false // a figure or '_'
			}
			return o.opensAt(s, i, c)
		case c == 0xC5 && strings.HasPrefix(s[i:], "\u017f"):
			return o.opensAt(s, i, 's')
		case c == 0xE2 && strings.HasPrefix(s[i:], "\u212a"):
			return o.opensAt(s, i, 'k')
		}
	}
	return false
}

// opensAt reports whether one of o's openings whose first letter is
// first is spelt at s[i:] and ends at a word boundary as \b reads one,
// in ASCII: an opening's last letter matched as ſ or K is no word byte,
// so a word byte must follow it.
func (o *promoOpenings) opensAt(s string, i int, first byte) bool {
	for _, w := range o.byFirst[first-'a'] {
		if end := foldedOpeningEnd(s, i, w); end > i && textWordBoundary(s, end) {
			return true
		}
	}
	return false
}

// foldedOpeningEnd returns where w, read as (?i) reads it, ends in s when
// it is spelt at s[i:], or -1: a letter in either ASCII case, s as ſ and
// k as K too (the only ASCII letters that fold beyond ASCII), any other
// byte as it is.
func foldedOpeningEnd(s string, i int, w string) int {
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case i < len(s) && (s[i] == c || c >= 'a' && c <= 'z' && s[i]|0x20 == c):
			i++
		case c == 's' && strings.HasPrefix(s[i:], "\u017f"):
			i += len("\u017f")
		case c == 'k' && strings.HasPrefix(s[i:], "\u212a"):
			i += len("\u212a")
		default:
			return -1
		}
	}
	return i
}

// readerAppealOpenings are readerAppealRE's openings, in its order.
var readerAppealOpenings = newPromoOpenings(
	[]string{"be sure to |please |don't forget to |don’t forget to |", "follow ", "me|us"},
	[]string{"pin ", "it|this"},
	[]string{"please |", "share ", "this|it", " ", "post|article|with"},
	[]string{"if you ", "enjoyed|liked|found this|found it"},
	[]string{"enjoy|enjoyed", " ", "this|the", " ", "post|piece|article"},
	[]string{"did you ", "enjoy|like", " ", "this|the"},
	[]string{"thanks|thank you", " for reading"},
)

// formMessageOpenings are formMessageRE's openings, in its order.
var formMessageOpenings = newPromoOpenings(
	[]string{"thank|thanks", " ", "you |", "for ", "subscribing|signing up|your submission|your message"},
	[]string{"your ", "message|submission|form", " ", "has been|was", " ", "sent|received|submitted"},
	[]string{"you're|you’re|you are", " ", "all |", "subscribed|signed up"},
	[]string{"please ", "check|confirm", " your ", "email|inbox"},
	[]string{"if you do not receive a confirmation"},
	[]string{"please scroll ", "to the |", "right|left"},
	[]string{"scroll ", "right|horizontally", " to"},
)
