package extract

// textShortWords is a set of lowered words that textShortLineHas looks
// up, with a table of what its words open with and how long they are.
//
// Most words of the short lines asked (names, headings, menu entries)
// share no first byte and length with a job word: the table turns them
// away before they are lowered and looked up in the map, which was
// 2,216 look-ups (0.24 M instructions) and their lowering (0.16 M) over
// the 952 lines under a candidate name on 100 long wcxb-dev flat pages
// (textNameOverJob; fifty-first session, docs/quality/text-extraction-3.md).
type textShortWords struct {
	words map[string]bool
	// opens has bit min(n, 31) of entry c set when a word of n bytes
	// opens with c, in either case of an ASCII letter: a word of an ASCII
	// line is lowered byte by byte, so its first byte lowered is the
	// set's word's first byte only when it is that byte in either case.
	opens [256]uint32
}

// newTextShortWords makes a textShortWords of words, which are lowered.
func newTextShortWords(words map[string]bool) *textShortWords {
	set := &textShortWords{words: words}
	for w := range words {
		c, bit := w[0], uint32(1)<<min(len(w), 31)
		set.opens[c] |= bit
		if 'a' <= c && c <= 'z' {
			set.opens[c-('a'-'A')] |= bit
		}
	}
	return set
}

// mayHold reports whether w, a word of an ASCII line not yet lowered,
// may be one of the set's: some word of the set opens with its first
// byte, in either case, and has its length.
func (set *textShortWords) mayHold(w string) bool {
	return set.opens[w[0]]&(1<<min(len(w), 31)) != 0
}
