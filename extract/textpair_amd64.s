//go:build !purego

#include "textflag.h"

// func textIndexPairBlocks(s string, a, b byte) int
//
// The first i of s's sixteen-byte blocks (i from 1 while i+16 <= len(s),
// textPairTail) with s[i] == b and s[i-1] == a, or -1: each block and the
// sixteen bytes a byte before it are compared with b and a in SSE2
// registers (X1 and X0) and their masks ANDed, two blocks a step, their
// PMOVMSKB masks joined in one register for one test: seventeen
// instructions for thirty-two places (sixteen for one block a step was
// 0.68 instructions a byte), then a last single block when one is left.
TEXT ·textIndexPairBlocks(SB), NOSPLIT, $0-32
	MOVQ    s_base+0(FP), SI
	MOVQ    s_len+8(FP), CX
	CMPQ    CX, $17
	JB      none
	MOVBLZX a+16(FP), AX
	MOVBLZX b+17(FP), BX
	IMULL   $0x01010101, AX
	IMULL   $0x01010101, BX
	MOVQ    AX, X0
	MOVQ    BX, X1
	PSHUFD  $0, X0, X0
	PSHUFD  $0, X1, X1
	LEAQ    1(SI), R8          // the block's first place, i
	LEAQ    -16(SI)(CX*1), DX  // the last place a block may start at
	LEAQ    -32(SI)(CX*1), R9  // the last place two blocks may start at
	CMPQ    R8, R9
	JA      one

two:
	MOVOU    (R8), X2
	MOVOU    -1(R8), X3
	MOVOU    16(R8), X4
	MOVOU    15(R8), X5
	PCMPEQB  X1, X2
	PCMPEQB  X0, X3
	PCMPEQB  X1, X4
	PCMPEQB  X0, X5
	PAND     X3, X2
	PAND     X5, X4
	PMOVMSKB X2, AX
	PMOVMSKB X4, BX
	SHLQ     $16, BX
	ORQ      BX, AX
	JNZ      found
	ADDQ     $32, R8
	CMPQ     R8, R9
	JBE      two

one:
	CMPQ     R8, DX
	JA       none
	MOVOU    (R8), X2
	MOVOU    -1(R8), X3
	PCMPEQB  X1, X2
	PCMPEQB  X0, X3
	PAND     X3, X2
	PMOVMSKB X2, AX
	TESTL    AX, AX
	JNZ      found

none:
	MOVQ $-1, ret+24(FP)
	RET

found:
	BSFQ AX, AX
	SUBQ SI, R8
	ADDQ AX, R8
	MOVQ R8, ret+24(FP)
	RET
