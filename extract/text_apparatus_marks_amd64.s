//go:build !purego

#include "textflag.h"

// MARKS compares the sixteen bytes at (P) with the three bytes in X0 to
// X2 and ORs each comparison's mask into X4 to X6; it ORs into X7 the
// bytes at (P) that are a 'v' (X3) before an 'i' (X10), the sixteen at
// 1(P) compared with the 'i', and into X13 those that are a 'y' (X11)
// before a space (X12).
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
	MOVOU   1(P), X14; \
	MOVOU   X8, X9; \
	PCMPEQB X3, X9; \
	MOVOU   X14, X15; \
	PCMPEQB X10, X15; \
	PAND    X15, X9; \
	POR     X9, X7; \
	PCMPEQB X11, X8; \
	PCMPEQB X12, X14; \
	PAND    X14, X8; \
	POR     X8, X13

// BROADCAST fills X with sixteen copies of the byte whose four copies are
// the constant C.
#define BROADCAST(C, X) \
	MOVL    C, AX; \
	MOVQ    AX, X; \
	PSHUFD  $0, X, X

// ANY sets bit B of R when the sixteen-bit mask of X is not zero: a mask
// m is not zero when m+0xFFFF reaches bit 16.
#define ANY(X, B, R) \
	PMOVMSKB X, AX; \
	ADDL    $0xFFFF, AX; \
	SHRL    $(16-B), AX; \
	ANDL    $(1<<B), AX; \
	ORL     AX, R

// func textTailMarksBlocks(s string) uint8
//
// Bits 0 to 4 set when s holds a colon, a slash, a bar, "vi" or "y ",
// for len(s) >= 17: each sixteen-byte block from s's start
// and the sixteen bytes a byte on are compared with the bytes in SSE2
// registers and the masks ORed into one register a mark (X4 to X7, X13);
// the last block starts seventeen bytes before s's end and may overlap
// the one before it, which changes no answer, and its last byte is read
// by the sixteen bytes that end s. The five masks are then
// cut to a bit each.
TEXT ·textTailMarksBlocks(SB), NOSPLIT, $0-17
	MOVQ    s_base+0(FP), SI
	MOVQ    s_len+8(FP), CX
	BROADCAST($0x3a3a3a3a, X0)  // ':'
	BROADCAST($0x2f2f2f2f, X1)  // '/'
	BROADCAST($0x7c7c7c7c, X2)  // '|'
	BROADCAST($0x76767676, X3)  // 'v'
	BROADCAST($0x69696969, X10)  // 'i'
	BROADCAST($0x79797979, X11)  // 'y'
	BROADCAST($0x20202020, X12)  // ' '
	PXOR    X4, X4
	PXOR    X5, X5
	PXOR    X6, X6
	PXOR    X7, X7
	PXOR    X13, X13
	LEAQ    -17(SI)(CX*1), DX  // the last block's start

block:
	CMPQ    SI, DX
	JAE     last
	MARKS(SI)
	ADDQ    $16, SI
	JMP     block

last:
	MARKS(DX)
	// The last byte, after the last block: the sixteen bytes that end s
	// compared with the three bytes alone.
	MOVOU   1(DX), X8
	MOVOU   X8, X9
	PCMPEQB X0, X9
	POR     X9, X4
	MOVOU   X8, X9
	PCMPEQB X1, X9
	POR     X9, X5
	PCMPEQB X2, X8
	POR     X8, X6

	XORL    BX, BX
	ANY(X4, 0, BX)
	ANY(X5, 1, BX)
	ANY(X6, 2, BX)
	ANY(X7, 3, BX)
	ANY(X13, 4, BX)
	MOVB    BX, ret+16(FP)
	RET
