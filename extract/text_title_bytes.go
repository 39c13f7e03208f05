package extract

// textHoldsBytes is the set of a (bit 0) and b (bit 1) that s holds: one
// pass for the title furniture's two bytes, '&' of "&lt;" and ':' of
// "://" (textTitleFurnitureDigits), where a search for each read the line
// twice, some 130 instructions a title candidate (0.53 M over 4,098 lines
// of 100 wcxb-dev flat pages, fifty-ninth session). A line shorter than a
// block is read a byte at a time.
func textHoldsBytes(s string, a, b byte) uint8 {
	if len(s) < 16 {
		return textHoldsBytesPlain(s, a, b)
	}
	return textHoldsBytesBlocks(s, a, b)
}

// textHoldsBytesPlain is textHoldsBytes read a byte at a time: the form
// for a line shorter than a block, and the one the blocks' form is held
// to (TestTextHoldsBytesMatchesPlain).
func textHoldsBytesPlain(s string, a, b byte) uint8 {
	var m uint8
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case a:
			m |= 1
		case b:
			m |= 2
		}
	}
	return m
}
