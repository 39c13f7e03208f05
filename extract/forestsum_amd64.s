//go:build !purego

#include "textflag.h"
#include "go_asm.h"

// ROOT, SPLIT and LEAF walk the tree at P with its index in I and the
// split's value in X; DI holds the features. A split is four
// instructions (forestsum_amd64.go): the feature's byte at the level's
// offset plus I, its value, UCOMISD against the threshold at the level's
// offset plus 8I (Go's UCOMISD t, X compares X with t: CF for X < t) and
// ADCQ I, I, the index doubled plus that carry. ROOT zeroes I first, so
// that no tree's walk waits for the index of the one before; DX, the
// feature, is shared.
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

// func forestSum(trees []*forestStep, feats *[forestFeatures]float64, z float64) float64
//
// Four trees a step, walked level by level in registers of their own
// (one tree after another in the same registers was as many
// instructions but no faster than Go's walk in BenchmarkForest, on an
// AMD EPYC under load), their leaves added in order, then a count's last
// trees under four one by one. SI is the trees' end and CX counts up to
// it from below (the step's first tree at -32(SI)(CX*8), then -(trees
// left) for the last ones), so that the count's ADDQ or INCQ sets the
// flags the loop's branch reads: two instructions of loop a step.
TEXT ·forestSum(SB), NOSPLIT, $0-48
	MOVQ  trees_base+0(FP), SI
	MOVQ  trees_len+8(FP), CX
	MOVQ  feats+24(FP), DI
	MOVSD z+32(FP), X0
	LEAQ  (SI)(CX*8), SI
	NEGQ  CX
	ADDQ  $4, CX
	JGT   last

four: // four trees level by level, their leaves added in order (t, u, v, w)
	MOVQ -32(SI)(CX*8), BX
	MOVQ -24(SI)(CX*8), R8
	MOVQ -16(SI)(CX*8), R10
	MOVQ -8(SI)(CX*8), R12
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
	JLE  four

last:
	SUBQ $4, CX
	JEQ  done

one:
	MOVQ (SI)(CX*8), BX
	ROOT(BX, AX, X1)
	SPLIT(BX, AX, X1, forestStep_f2, forestStep_t2)
	SPLIT(BX, AX, X1, forestStep_f3, forestStep_t3)
	LEAF(BX, AX)
	INCQ CX
	JNE  one

done:
	MOVSD X0, ret+40(FP)
	RET
