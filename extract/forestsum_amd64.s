//go:build !purego

#include "textflag.h"
#include "go_asm.h"

// TREE adds to X0 the leaf of the tree at BX that the features at DI
// reach: three splits of four instructions each (forestsum_amd64.go),
// the index in AX doubled at each with the carry x < t sets (UCOMISD's
// CF: Go's UCOMISD t, X1 compares X1 with t). AX is zeroed first, so no
// tree's walk waits for the one before; DX and X1 are the split's
// feature and value.
#define TREE \
	XORL AX, AX; \
	MOVBLZX forestStep_f1(BX), DX; \
	MOVSD (DI)(DX*8), X1; \
	UCOMISD forestStep_t1(BX), X1; \
	ADCQ AX, AX; \
	MOVBLZX forestStep_f2(BX)(AX*1), DX; \
	MOVSD (DI)(DX*8), X1; \
	UCOMISD forestStep_t2(BX)(AX*8), X1; \
	ADCQ AX, AX; \
	MOVBLZX forestStep_f3(BX)(AX*1), DX; \
	MOVSD (DI)(DX*8), X1; \
	UCOMISD forestStep_t3(BX)(AX*8), X1; \
	ADCQ AX, AX; \
	ADDSD forestStep_leaf(BX)(AX*8), X0

// func forestSum(trees []*forestStep, feats *[forestFeatures]float64, z float64) float64
//
// Four trees a step, their leaves added in order, then a count's last
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

four:
	MOVQ -32(SI)(CX*8), BX
	TREE
	MOVQ -24(SI)(CX*8), BX
	TREE
	MOVQ -16(SI)(CX*8), BX
	TREE
	MOVQ -8(SI)(CX*8), BX
	TREE
	ADDQ $4, CX
	JLE  four

last:
	SUBQ $4, CX
	JEQ  done

one:
	MOVQ (SI)(CX*8), BX
	TREE
	INCQ CX
	JNE  one

done:
	MOVSD X0, ret+40(FP)
	RET
