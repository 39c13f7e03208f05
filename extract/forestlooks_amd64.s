//go:build !purego

#include "textflag.h"
#include "go_asm.h"

// forestLooks (forestlooks_amd64.go) sums trees four a step, as
// forestSum's loop does, with a look at the bounds before each step:
// the look is two loads, two additions and two comparisons in the loop,
// where forest.settle paid a Go loop's turn and forestSum's ABI0 call
// (its arguments stored, its result read back) for each look.

#define ROOT(P, I, X) \
	XORL I, I; \
	MOVBLZX forestStep_f1(P), DX; \
	MOVSD (DI)(DX*8), X; \
	UCOMISD forestStep_t1(P), X; \
	ADCQ I, I

#define SPLIT(P, I, X, F, T) \
	MOVBLZX F(P)(I*1), DX; \
	MOVSD (DI)(DX*8), X; \
	UCOMISD T(P)(I*8), X; \
	ADCQ I, I

#define LEAF(P, I) \
	ADDSD forestStep_leaf(P)(I*8), X0

// forestLooks reads the run (forestRun's at, j and z at go_asm.h's
// offsets) and writes its j and z back, where settle sliced the walk and
// the bounds at the run's look and stored and read back the run's
// fields as arguments and results (about 91 instructions a call).
// CX runs from minus the trees left up to zero by four: a step's first
// tree is at (SI)(CX*8) from the walk's end, and its look's two bounds at
// (DX)(CX*4) and 8(DX)(CX*4) from the end of the bounds' pairs (a pair
// of 16 bytes a step of four trees). DX is the walk's scratch, so the
// bounds' end is kept in the verdict's slot until the end and read back
// at each look.
TEXT ·forestLooks(SB), NOSPLIT, $0-64
	MOVQ  walk_base+0(FP), SI
	MOVQ  walk_len+8(FP), CX
	MOVQ  feats+24(FP), DI
	MOVQ  r+32(FP), AX
	MOVQ  forestRun_at(AX), DX
	MOVQ  forestRun_j(AX), BX
	MOVSD forestRun_z(AX), X0
	MOVSD under+40(FP), X5
	MOVSD over+48(FP), X6
	LEAQ  (SI)(CX*8), SI
	LEAQ  (DX)(CX*4), DX
	MOVQ  DX, verdict+56(FP)
	SHLQ  $2, BX
	SUBQ  BX, CX
	NEGQ  CX
	JEQ   whole

look:
	MOVQ    verdict+56(FP), DX
	MOVSD   (DX)(CX*4), X7
	ADDSD   X0, X7
	UCOMISD X7, X5 // under > z + most: the rest cannot reach the bar
	JA      below
	MOVSD   8(DX)(CX*4), X7
	ADDSD   X0, X7
	UCOMISD X6, X7 // z + least > over: the rest cannot fall under it
	JA      above
	MOVQ    (SI)(CX*8), BX
	MOVQ    8(SI)(CX*8), R8
	MOVQ    16(SI)(CX*8), R10
	MOVQ    24(SI)(CX*8), R12
	ROOT(BX, AX, X1)
	ROOT(R8, R9, X2)
	ROOT(R10, R11, X3)
	ROOT(R12, R13, X4)
	SPLIT(BX, AX, X1, forestStep_f2, forestStep_t2)
	SPLIT(R8, R9, X2, forestStep_f2, forestStep_t2)
	SPLIT(R10, R11, X3, forestStep_f2, forestStep_t2)
	SPLIT(R12, R13, X4, forestStep_f2, forestStep_t2)
	SPLIT(BX, AX, X1, forestStep_f3, forestStep_t3)
	SPLIT(R8, R9, X2, forestStep_f3, forestStep_t3)
	SPLIT(R10, R11, X3, forestStep_f3, forestStep_t3)
	SPLIT(R12, R13, X4, forestStep_f3, forestStep_t3)
	LEAF(BX, AX)
	LEAF(R8, R9)
	LEAF(R10, R11)
	LEAF(R12, R13)
	ADDQ $4, CX
	JNE  look

whole:
	XORL AX, AX
	JMP  done

below:
	MOVQ $-1, AX
	JMP  done

above:
	MOVQ $1, AX

done:
	MOVQ  r+32(FP), DX
	MOVSD X0, forestRun_z(DX)
	MOVQ  walk_len+8(FP), BX
	ADDQ  CX, BX
	SHRQ  $2, BX
	MOVQ  BX, forestRun_j(DX)
	MOVQ  AX, verdict+56(FP)
	RET
