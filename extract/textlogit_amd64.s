//go:build !purego

#include "textflag.h"
#include "go_asm.h"

// textLogit (textlogit_amd64.go) is the block model's regression: the
// sum of the features times their weights, in order from the first. A
// term written out in Go is a load, a product and a sum, 3 instructions
// (textLogitGo, 116 a call); here a step of four terms is 7: one load of
// four features, one product of four, one store of the products to the
// frame and four sums, the first from the register and the others from
// the frame. The sums stay one at a time, in order, so the rounding is
// textLogitGo's; VADDSD's and VMULPD's first source is the running sum
// and the features, as ADDSD's and MULSD's are in Go's code, so even a
// NaN comes out the same.

// STEP adds the products of the four features and weights at byte
// offset K to the sum in X7.
#define STEP(K) \
	VMOVUPD K(SI), Y0; \
	VMULPD  K(DI), Y0, Y0; \
	VMOVUPD Y0, 0(SP); \
	VADDSD  X0, X7, X7; \
	VADDSD  8(SP), X7, X7; \
	VADDSD  16(SP), X7, X7; \
	VADDSD  24(SP), X7, X7

// The frame holds one step's four products. The nine steps take the
// first 36 terms; the last two are one product of two, its high half
// moved down for the second sum. VZEROUPPER clears the vector
// registers' upper halves before the Go code's SSE instructions.
TEXT ·textLogit(SB), NOSPLIT, $32-24
	MOVQ f+0(FP), SI
	MOVQ w+8(FP), DI
	CMPB ·textLogitVector(SB), $0
	JEQ  plain
	VXORPD X7, X7, X7
	STEP(0)
	STEP(32)
	STEP(64)
	STEP(96)
	STEP(128)
	STEP(160)
	STEP(192)
	STEP(224)
	STEP(256)
	VMOVUPD   288(SI), X0
	VMULPD    288(DI), X0, X0
	VADDSD    X0, X7, X7
	VPERMILPD $1, X0, X1
	VADDSD    X1, X7, X7
	VZEROUPPER
	MOVSD     X7, ret+16(FP)
	RET

plain:
	XORPS X7, X7
	XORL  CX, CX

term:
	MOVSD (SI)(CX*8), X0
	MULSD (DI)(CX*8), X0
	ADDSD X0, X7
	INCQ  CX
	CMPQ  CX, $const_textLogitTerms
	JNE   term
	MOVSD X7, ret+16(FP)
	RET
