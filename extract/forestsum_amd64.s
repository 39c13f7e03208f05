//go:build !purego

#include "textflag.h"
#include "go_asm.h"
#include "forest_amd64.h"

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
	FOUR
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
