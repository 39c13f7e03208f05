package extract

// The bytes a caption's tail is asked for (textCaptionPlain): a label's
// colon, the slash or bar before an agency, the 'v' of "via ". Four
// searches of the tail, each over its up to textCaptionReach bytes, were
// some 250 instructions a tail (the colon 70, the slash and the bar 37
// each, "via " 107; 11,116 tails of 100 wcxb-dev flat pages, fifty-eighth
// session), and most tails hold none of the colon, the slash and the bar.
// One pass finds the four at once (textTailMarksBlocks), and each search
// is left for the tails that hold its byte.
const (
	textTailColon = 1 << iota
	textTailSlash
	textTailBar
	textTailV
)

// textCaptionTailMarks is the set of textTailColon, textTailSlash,
// textTailBar and textTailV whose bytes end holds.
func textCaptionTailMarks(end string) uint8 {
	if len(end) < 16 {
		return textTailMarksPlain(end)
	}
	return textTailMarksBlocks(end, ':', '/', '|', 'v')
}

// textTailMarksPlain is textCaptionTailMarks read a byte at a time: the
// form for a tail shorter than a block, and the one the blocks' form is
// held to (TestTextCaptionTailMarksMatchesPlain).
func textTailMarksPlain(s string) uint8 {
	var m uint8
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ':':
			m |= textTailColon
		case '/':
			m |= textTailSlash
		case '|':
			m |= textTailBar
		case 'v':
			m |= textTailV
		}
	}
	return m
}
