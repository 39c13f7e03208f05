package extract

// textCueKind is which of textCueOf's lists of short-line cues a block's
// start was found in, the first of them in the order textCueOf reads them.
type textCueKind uint8

const (
	textKindNone textCueKind = iota
	textKindHardEnd
	textKindEnd
	textKindDrop
	textKindSoft
)

// textCueKinds files the cues of several lists by their first byte, as
// textCueList does, each with the kind of its list, the lists' cues in
// the lists' order: textCueOf asked textHasCue of four lists in turn for
// every short block, four calls and four lookups by the first byte where
// one now reads the cues that start as the block does (75,910 calls, 4.2
// M of 100 wcxb-dev flat pages' 492 M; fortieth speed round,
// docs/quality.md).
type textCueKinds struct {
	byFirst [256][]textKindCue
}

// textKindCue is one cue and the kind of the list it came from.
type textKindCue struct {
	cue  string
	kind textCueKind
}

// newTextCueKinds files lists[i]'s cues as kind i+1.
func newTextCueKinds(lists ...*textCueList) *textCueKinds {
	k := &textCueKinds{}
	for i, l := range lists {
		for b, cues := range l.byFirst {
			for _, c := range cues {
				k.byFirst[b] = append(k.byFirst[b], textKindCue{c, textCueKind(i + 1)})
			}
		}
	}
	return k
}

// textShortCues are textCueOf's lists in the order it reads them: a line
// that starts with cues of two lists takes the first list's kind.
var textShortCues = newTextCueKinds(textHardEndCues, textEndCues, textDropCues, textSoftCues)

// first returns the kind of the first list with a cue that low starts
// with, followed by a non-letter (textEndsCue), or textKindNone: the same
// as asking textHasCue of each list in turn. The cues of a first byte are
// filed list by list, so the first found is of the first such list.
func (k *textCueKinds) first(low string) textCueKind {
	if low == "" {
		return textKindNone
	}
	for _, e := range k.byFirst[low[0]] {
		if textHasCuePrefix(low, e.cue) && textEndsCue(low[len(e.cue):]) {
			return e.kind
		}
	}
	return textKindNone
}
