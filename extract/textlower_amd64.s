//go:build !purego

#include "textflag.h"

// LOWER writes the sixteen bytes at (S) to (D) with their ASCII capitals
// lowered (X5 to X7 hold the bias, the bar and 0x20; X0, X2 and X8 are
// scratch).
#define LOWER(S, D) \
	MOVOU   (S), X0; \
	MOVO    X0, X2; \
	PADDB   X5, X2; \
	MOVO    X6, X8; \
	PCMPGTB X2, X8; \
	PAND    X7, X8; \
	POR     X8, X0; \
	MOVOU   X0, (D)

// func textLowerBlocks(dst *byte, s string)
//
// s with its ASCII capitals lowered written to dst, which holds len(s)
// bytes; len(s) is at least 16. SSE2 lowers sixteen bytes at once: a
// byte plus 0x3F is under -102 (signed) exactly when it is 'A' through
// 'Z' (0x80 through 0x99), and such a byte takes 0x20. Two blocks a
// step, then one when more than sixteen bytes are left, then the last
// sixteen bytes, read over the blocks before (the lowering is the same
// on a byte lowered twice).
TEXT ·textLowerBlocks(SB), NOSPLIT, $0-24
	MOVQ       dst+0(FP), DI
	MOVQ       s_base+8(FP), SI
	MOVQ       s_len+16(FP), CX
	MOVQ       $0x3F3F3F3F3F3F3F3F, AX
	MOVQ       AX, X5
	PUNPCKLQDQ X5, X5
	MOVQ       $0x9A9A9A9A9A9A9A9A, AX
	MOVQ       AX, X6
	PUNPCKLQDQ X6, X6
	MOVQ       $0x2020202020202020, AX
	MOVQ       AX, X7
	PUNPCKLQDQ X7, X7
	LEAQ       -16(SI)(CX*1), R8 // the last block's source
	LEAQ       -16(DI)(CX*1), R9 // and its room
	LEAQ       -32(SI)(CX*1), R10 // the last place two blocks start at

two:
	CMPQ    SI, R10
	JA      one
	MOVOU   (SI), X0
	MOVOU   16(SI), X1
	MOVO    X0, X2
	MOVO    X1, X3
	PADDB   X5, X2
	PADDB   X5, X3
	MOVO    X6, X8
	MOVO    X6, X9
	PCMPGTB X2, X8
	PCMPGTB X3, X9
	PAND    X7, X8
	PAND    X7, X9
	POR     X8, X0
	POR     X9, X1
	MOVOU   X0, (DI)
	MOVOU   X1, 16(DI)
	ADDQ    $32, SI
	ADDQ    $32, DI
	JMP     two

one:
	CMPQ    SI, R8 // a block and more left: the block, then the last
	JAE     last
	LOWER(SI, DI)

last:
	LOWER(R8, R9)
	RET
