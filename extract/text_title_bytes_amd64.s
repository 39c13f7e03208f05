//go:build !purego

#include "textflag.h"

// BOTH compares the sixteen bytes register at points to with a (X0) and
// b (X1), and ORs the two masks into X2 and X3: the step of the blocks'
// loop and of the last block, written once.
#define BOTH(at) \
	MOVOU   (at), X4 \
	MOVOU   X4, X5 \
	PCMPEQB X0, X4 \
	PCMPEQB X1, X5 \
	POR     X4, X2 \
	POR     X5, X3

// func textHoldsBytesBlocks(s string, a, b byte) uint8
//
// Bit 0 set when s holds a, bit 1 when it holds b, for len(s) >= 16:
// each sixteen-byte block from s's start is compared with a and b in SSE2
// registers (X0 and X1) and the masks ORed into one register a byte (X2
// and X3); the last block ends s and may overlap the one before it, which
// changes no answer. Two searches with IndexByte read the line twice and
// paid each call's setup.
TEXT ·textHoldsBytesBlocks(SB), NOSPLIT, $0-25
	MOVQ    s_base+0(FP), SI
	MOVQ    s_len+8(FP), CX
	MOVBLZX a+16(FP), AX
	MOVBLZX b+17(FP), BX
	IMULL   $0x01010101, AX
	IMULL   $0x01010101, BX
	MOVQ    AX, X0
	MOVQ    BX, X1
	PSHUFD  $0, X0, X0
	PSHUFD  $0, X1, X1
	PXOR    X2, X2
	PXOR    X3, X3
	LEAQ    -16(SI)(CX*1), DX  // the last block's start

block:
	CMPQ    SI, DX
	JAE     last
	BOTH(SI)
	ADDQ    $16, SI
	JMP     block

last:
	BOTH(DX)
	PMOVMSKB X2, AX
	PMOVMSKB X3, BX
	XORL    CX, CX
	XORL    DX, DX
	TESTL   AX, AX
	SETNE   CX
	TESTL   BX, BX
	SETNE   DX
	SHLL    $1, DX
	ORL     DX, CX
	MOVB    CX, ret+24(FP)
	RET
