//go:build !purego

#include "textflag.h"

// func gluedMarkBlocks(s string) int
//
// The first i of s's sixteen-byte blocks (i from 0 while i+17 <= len(s),
// gluedMarkTail) with s[i] an end mark ('.', '!' or '?', in X0, X1 and
// X2) and s[i+1] not a space (X3): each block is compared with the three
// marks, their masks ORed, and the sixteen bytes a byte after it with
// the space, that mask cleared from the marks' (PANDN); two blocks a
// step, their PMOVMSKB masks joined in one register for one test, then a
// last single block when one is left.
TEXT ·gluedMarkBlocks(SB), NOSPLIT, $0-24
	MOVQ    s_base+0(FP), SI
	MOVQ    s_len+8(FP), CX
	CMPQ    CX, $17
	JB      none
	MOVL    $0x2e2e2e2e, AX
	MOVQ    AX, X0
	PSHUFD  $0, X0, X0
	MOVL    $0x21212121, AX
	MOVQ    AX, X1
	PSHUFD  $0, X1, X1
	MOVL    $0x3f3f3f3f, AX
	MOVQ    AX, X2
	PSHUFD  $0, X2, X2
	MOVL    $0x20202020, AX
	MOVQ    AX, X3
	PSHUFD  $0, X3, X3
	MOVQ    SI, R8             // the block's first place, i
	LEAQ    -17(SI)(CX*1), DX  // the last place a block may start at
	LEAQ    -33(SI)(CX*1), R9  // the last place two blocks may start at
	CMPQ    R8, R9
	JA      one

two:
	MOVOU    (R8), X4
	MOVOU    1(R8), X5
	MOVOU    16(R8), X6
	MOVOU    17(R8), X7
	MOVO     X4, X8
	MOVO     X4, X9
	MOVO     X6, X10
	MOVO     X6, X11
	PCMPEQB  X0, X4
	PCMPEQB  X1, X8
	PCMPEQB  X2, X9
	PCMPEQB  X0, X6
	PCMPEQB  X1, X10
	PCMPEQB  X2, X11
	POR      X8, X4
	POR      X10, X6
	POR      X9, X4
	POR      X11, X6
	PCMPEQB  X3, X5
	PCMPEQB  X3, X7
	PANDN    X4, X5            // X5 = the marks and not a space after
	PANDN    X6, X7
	PMOVMSKB X5, AX
	PMOVMSKB X7, BX
	SHLQ     $16, BX
	ORQ      BX, AX
	JNZ      found
	ADDQ     $32, R8
	CMPQ     R8, R9
	JBE      two

one:
	CMPQ     R8, DX
	JA       none
	MOVOU    (R8), X4
	MOVOU    1(R8), X5
	MOVO     X4, X8
	MOVO     X4, X9
	PCMPEQB  X0, X4
	PCMPEQB  X1, X8
	PCMPEQB  X2, X9
	POR      X8, X4
	POR      X9, X4
	PCMPEQB  X3, X5
	PANDN    X4, X5
	PMOVMSKB X5, AX
	TESTL    AX, AX
	JNZ      found

none:
	MOVQ $-1, ret+16(FP)
	RET

found:
	BSFQ AX, AX
	SUBQ SI, R8
	ADDQ AX, R8
	MOVQ R8, ret+16(FP)
	RET
