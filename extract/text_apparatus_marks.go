package extract

// The bytes a caption's tail is asked for (textCaptionPlain): a label's
// colon, the slash or bar before an agency, the 'v' of "via ". Four
// searches of the tail, each over its up to textCaptionReach bytes, were
// some 250 instructions a tail (the colon 70, the slash and the bar 37
// each, "via " 107; 11,116 tails of 100 wcxb-dev flat pages, fifty-eighth
// session), and most tails hold none of the colon, the slash and the bar.
// One pass finds the four at once (textTailMarksBlocks), and each search
// is left for the tails that hold its byte.
//
// A lone 'v' let a third of the tails through to the search for "via "
// (textHoldsVia, 0.69 M instructions), and most tails hold a 'y', which
// textCaptionBy searched for (1.06 M over 5,216 tails); the pass reads
// each block again a byte on and marks only a 'v' before an 'i' and a 'y'
// before a space, which "via " and the "y " of "by " and "ourtesy " hold.
const (
	textTailColon = 1 << iota
	textTailSlash
	textTailBar
	textTailVI     // "vi"
	textTailYSpace // "y "
)

// textCaptionTailMarks is the set of textTailColon, textTailSlash,
// textTailBar, textTailVI and textTailYSpace whose bytes end holds.
func textCaptionTailMarks(end string) uint8 {
	if len(end) < 17 {
		return textTailMarksShort(end)
	}
	return textTailMarksBlocks(end)
}

// textTailMarksPlain is textCaptionTailMarks read a byte at a time: the
// one the blocks' form and the short tails' are held to
// (TestTextCaptionTailMarksMatchesPlain).
func textTailMarksPlain(s string) uint8 {
	var m uint8
	for i := 0; i < len(s); i++ {
		next := byte(0)
		if i+1 < len(s) {
			next = s[i+1]
		}
		switch {
		case s[i] == ':':
			m |= textTailColon
		case s[i] == '/':
			m |= textTailSlash
		case s[i] == '|':
			m |= textTailBar
		case s[i] == 'v' && next == 'i':
			m |= textTailVI
		case s[i] == 'y' && next == ' ':
			m |= textTailYSpace
		}
	}
	return m
}
