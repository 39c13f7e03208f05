//go:build !amd64 || purego

package extract

// textTailMarksBlocks reports which of a, b, c and d s holds, as bits 0
// to 3: the plain loop where there is no assembly for it.
func textTailMarksBlocks(s string, a, b, c, d byte) uint8 {
	var m uint8
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case a:
			m |= 1
		case b:
			m |= 2
		case c:
			m |= 4
		case d:
			m |= 8
		}
	}
	return m
}
