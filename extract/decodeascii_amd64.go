//go:build !purego

package extract

// asciiPrefix is the count of b's leading ASCII bytes, in assembly
// (decodeascii_amd64.s): SSE2 tests 64 bytes in some fifteen
// instructions, where asciiPrefixGo's words took some 30 for 32
// (TestASCIIPrefixMatchesPlain).
//
//go:noescape
func asciiPrefix(b []byte) int

// plainPrefix is the count of b's leading bytes that controlCount passes
// without a look: none a control byte (controlBytes) nor one of the
// written ones but the line break (tab, VT, page break, carriage return,
// ESC), in assembly (decodeascii_amd64.s), SSE2 on 64 bytes a step
// (TestControlCountRunsMatchPlain).
//
//go:noescape
func plainPrefix(b []byte) int

// controlCount counts b's control bytes (controlBytes) by runs: the
// plain bytes are passed by plainPrefix, and each byte that stops it is
// counted from the table. A flat page's first 8 KB hold few bytes that
// stop it (a tab or a carriage return), where controlCountGo's words
// were flagged by every byte beyond ASCII and asked again: 1.50 M of
// 100 long wcxb-dev flat pages' 276.9 M instructions, 0.62 M in runs
// (fifty-eighth session, docs/quality/text-extraction-5.md).
func controlCount(b []byte) int {
	n := 0
	for i := 0; i < len(b); i++ {
		i += plainPrefix(b[i:])
		if i >= len(b) {
			break
		}
		n += int(controlBytes[b[i]])
	}
	return n
}
