//go:build !purego

#include "textflag.h"

// MARKS compares the sixteen bytes at (P) with the four bytes in X0 to
// X3 and ORs each comparison's mask into X4 to X7.
#define MARKS(P) \
	MOVOU   (P), X8; \
	MOVOU   X8, X9; \
	PCMPEQB X0, X9; \
	POR     X9, X4; \
	MOVOU   X8, X9; \
	PCMPEQB X1, X9; \
	POR     X9, X5; \
	MOVOU   X8, X9; \
	PCMPEQB X2, X9; \
	POR     X9, X6; \
	PCMPEQB X3, X8; \
	POR     X8, X7

// func textTailMarksBlocks(s string, a, b, c, d byte) uint8
//
// Bits 0 to 3 set when s holds a, b, c or d, for len(s) >= 16: each
// sixteen-byte block from s's start is compared with the four bytes in
// SSE2 registers (X0 to X3) and the masks ORed into one register a byte
// (X4 to X7); the last block starts sixteen bytes before s's end and may
// overlap the one before it, which changes no answer. The four masks are
// then cut to a bit each.
TEXT ·textTailMarksBlocks(SB), NOSPLIT, $0-25
	MOVQ    s_base+0(FP), SI
	MOVQ    s_len+8(FP), CX
	MOVBLZX a+16(FP), AX
	IMULL   $0x01010101, AX
	MOVQ    AX, X0
	PSHUFD  $0, X0, X0
	MOVBLZX b+17(FP), AX
	IMULL   $0x01010101, AX
	MOVQ    AX, X1
	PSHUFD  $0, X1, X1
	MOVBLZX c+18(FP), AX
	IMULL   $0x01010101, AX
	MOVQ    AX, X2
	PSHUFD  $0, X2, X2
	MOVBLZX d+19(FP), AX
	IMULL   $0x01010101, AX
	MOVQ    AX, X3
	PSHUFD  $0, X3, X3
	PXOR    X4, X4
	PXOR    X5, X5
	PXOR    X6, X6
	PXOR    X7, X7
	LEAQ    -16(SI)(CX*1), DX  // the last block's start

block:
	CMPQ    SI, DX
	JAE     last
	MARKS(SI)
	ADDQ    $16, SI
	JMP     block

last:
	MARKS(DX)

	// A sixteen-bit mask m is not zero when m+0xFFFF reaches bit 16.
	PMOVMSKB X4, AX
	PMOVMSKB X5, BX
	PMOVMSKB X6, R8
	PMOVMSKB X7, R9
	ADDL    $0xFFFF, AX
	ADDL    $0xFFFF, BX
	ADDL    $0xFFFF, R8
	ADDL    $0xFFFF, R9
	SHRL    $16, AX
	SHRL    $15, BX
	SHRL    $14, R8
	SHRL    $13, R9
	ANDL    $2, BX
	ANDL    $4, R8
	ANDL    $8, R9
	ORL     BX, AX
	ORL     R8, AX
	ORL     R9, AX
	MOVB    AX, ret+24(FP)
	RET
