package extract

// textPrefixSet is a list of prefixes with the set of their first bytes,
// which answers for a line that opens with none of them at one test:
// textHasAnyPrefix built its list at each call and walked it, some 110
// instructions a line, and three of the short apparatus tests ask it of
// every kept short line (textIsSourcePrompt, textIsRetailerLink,
// textIsEmptyState: 9,558 questions, 0.95 M of the 100 long wcxb-dev flat
// pages' 404.6 M instructions; forty-sixth session,
// docs/quality/text-extraction-2.md). Most lines open with a byte none
// of the prefixes does. It is the one form the flat path asks an opening
// list in: the first-person openings (textFirstPersonPrefixes) and the
// "More on" label's (textMoreOnOpenings) walked their lists through
// textHasAnyPrefix until the forty-seventh session
// (docs/quality/text-extraction-3.md).
type textPrefixSet struct {
	firsts [4]uint64 // bit c%64 of word c/64: a prefix opens with byte c
	list   []string
}

// newTextPrefixSet is the set of prefixes, none of them empty (an empty
// prefix opens every line, the first bytes could not say so).
func newTextPrefixSet(prefixes ...string) textPrefixSet {
	p := textPrefixSet{list: prefixes}
	for _, w := range prefixes {
		if w == "" {
			panic("extract: an empty prefix in a textPrefixSet")
		}
		p.firsts[w[0]>>6] |= 1 << (w[0] & 63)
	}
	return p
}

// opens reports whether s opens with one of the prefixes, as
// textHasAnyPrefix(s, p.list...) does (TestTextPrefixSetMatchesAnyPrefix).
func (p *textPrefixSet) opens(s string) bool {
	if s == "" || p.firsts[s[0]>>6]&(1<<(s[0]&63)) == 0 {
		return false
	}
	return textHasAnyPrefix(s, p.list...)
}
