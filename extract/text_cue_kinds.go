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

// textCueKinds files the cues of several lists by their opening, each
// with the kind of its list, the lists' cues in
// the lists' order: textCueOf asked textHasCue of four lists in turn for
// every short block, four calls and four lookups by the first byte where
// one now reads the cues that start as the block does (75,910 calls, 4.2
// M of 100 wcxb-dev flat pages' 492 M; fortieth speed round,
// docs/quality.md).
//
// The cues are filed by their first four bytes (textOpening, in
// textOpeningSlot's 256 slots), not their first byte: every cue has four
// or more (textCueMinLen), and a block's start can open only with cues
// that share its first four; the chains of 'r' ("related …",
// "recommended …", "read …", "recent …") and 's' were walked some ten
// cues a block (1.9 M of 100 wcxb-dev flat pages' 402 M instructions;
// TestTextShortCuesMatchPlain).
type textCueKinds struct {
	bySlot [256][]textKindCue
}

// textCueMinLen is the fewest bytes of a short-line cue: a block's start
// shorter than these opens with none.
const textCueMinLen = 4

// textKindCue is one cue and the kind of the list it came from.
type textKindCue struct {
	cue  string
	kind textCueKind
}

// newTextCueKinds files lists[i]'s cues as kind i+1.
func newTextCueKinds(lists ...*textCueList) *textCueKinds {
	k := &textCueKinds{}
	for i, l := range lists {
		for _, cues := range l.byFirst {
			for _, c := range cues {
				if len(c) < textCueMinLen {
					panic("extract: a short-line cue of fewer than textCueMinLen bytes: " + c)
				}
				h := textOpeningSlot(textOpening(c, 0))
				k.bySlot[h] = append(k.bySlot[h], textKindCue{c, textCueKind(i + 1)})
			}
		}
	}
	return k
}

// textGluedEnds are the end cues alone, as textGluedCue reads them.
var textGluedEnds = newTextCueKinds(textEndCues)

// opening returns the cues that may open low, in their lists' order:
// those filed in the slot of its first four bytes, none when it is
// shorter than every cue.
func (k *textCueKinds) opening(low string) []textKindCue {
	if len(low) < textCueMinLen {
		return nil
	}
	return k.bySlot[textOpeningSlot(textOpening(low, 0))]
}

// textShortCues are textCueOf's lists in the order it reads them: a line
// that starts with cues of two lists takes the first list's kind.
var textShortCues = newTextCueKinds(textHardEndCues, textEndCues, textDropCues, textSoftCues)

// first returns the kind of the first list with a cue that low starts
// with, followed by a non-letter (textEndsCue), or textKindNone: the same
// as asking textHasCue of each list in turn. The cues of a slot are
// filed list by list, so the first found is of the first such list.
func (k *textCueKinds) first(low string) textCueKind {
	for _, e := range k.opening(low) {
		if textHasCuePrefix(low, e.cue) && textEndsCue(low[len(e.cue):]) {
			return e.kind
		}
	}
	return textKindNone
}
