//go:build !purego

#include "textflag.h"
#include "go_asm.h"
#include "forest_amd64.h"

// LOOKSTEP looks at the bounds' pair at (B)(CX*4) before a step of four
// trees: under > z + most (the rest cannot reach the bar) jumps to
// BELOW, z + least > over (the rest cannot fall under it) to ABOVE;
// else the four trees at (SI)(CX*8) are summed into z (X0).
#define LOOKSTEP(B, BELOW, ABOVE) \
	MOVSD   (B)(CX*4), X7; \
	ADDSD   X0, X7; \
	UCOMISD X7, X5; \
	JA      BELOW; \
	MOVSD   8(B)(CX*4), X7; \
	ADDSD   X0, X7; \
	UCOMISD X6, X7; \
	JA      ABOVE; \
	MOVQ    (SI)(CX*8), BX; \
	MOVQ    8(SI)(CX*8), R8; \
	MOVQ    16(SI)(CX*8), R10; \
	MOVQ    24(SI)(CX*8), R12; \
	FOUR

// forestLooks (forestlooks_amd64.go) sums trees four a step, as
// forestSum's loop does, with a look at the bounds before each step:
// the look is two loads, two additions and two comparisons in the loop,
// where forest.settle paid a Go loop's turn and forestSum's ABI0 call
// (its arguments stored, its result read back) for each look.

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
	LOOKSTEP(DX, below, above)
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

#define LEVEL \
	MOVBLZX forestBoundWalk_feat(BX)(AX*1), DX; \
	MOVSD   (DI)(DX*8), X1; \
	UCOMISD forestBoundWalk_at(BX)(AX*8), X1; \
	ADCQ    AX, AX

// forestSlackBits is forestSlack's float64 bits
// (TestForestStartAboveMatchesPlain).
DATA forestSlackBits<>+0(SB)/8, $0x3eb0c6f7a0b5ed8d
GLOBL forestSlackBits<>(SB), RODATA|NOPTR, $8

DATA half<>+0(SB)/8, $0x3fe0000000000000
GLOBL half<>(SB), RODATA|NOPTR, $8

// forestStartAbove walks the text forest's bound tree fb.full to the
// block's box and goes on into forestLooks' loop from a fresh run, with
// the bars and the answer worked out as forest.settle does, in one call
// where forest.startAbove called the walk, kept its own arguments across
// that call, zeroed the run and stored eight words for forestLooks. The
// fourteen levels laid out complete are four instructions each, as a
// tree's split (UCOMISD's carry: no NaN in feats); below them the walk
// goes on split by split (rest), a split's child picked by CMOV. It
// writes no pointer: the run's bounds, fb.at[leaf], are read here for
// the looks and stored by the caller. A leaf out of fb.at's range
// returns at once, for the caller's index to panic.
TEXT ·forestStartAbove(SB), NOSPLIT, $0-64
	MOVQ fb+8(FP), BX
	MOVQ forestBounds_full(BX), BX
	MOVQ feats+16(FP), DI
	MOVL $1, AX
	LEVEL
	LEVEL
	LEVEL
	LEVEL
	LEVEL
	LEVEL
	LEVEL
	LEVEL
	LEVEL
	LEVEL
	LEVEL
	LEVEL
	LEVEL
	LEVEL

	// AX is a bottom slot, 1<<14 to 1<<15 - 1: next[AX - 1<<14], int16
	MOVWQSX (forestBoundWalk_next-2*(1<<const_forestBoundDepth))(BX)(AX*2), R8
	MOVQ    forestBoundWalk_rest+0(BX), R9
	MOVQ    forestBoundWalk_rest+8(BX), R10

rest:
	CMPQ    R8, R10 // unsigned: a leaf, ^leaf, is above any split's index
	JAE     leafed
	MOVQ    R8, DX
	SHLQ    $5, DX  // forestBoundSplit is 32 bytes (TestForestStartLooksMatchesPlain)
	ADDQ    R9, DX
	MOVQ    forestBoundSplit_feat(DX), R11
	ANDQ    $0xff, R11 // under forestFeatures
	MOVSD   (DI)(R11*8), X1
	MOVQ    forestBoundSplit_right(DX), R8
	UCOMISD forestBoundSplit_at(DX), X1
	CMOVQCS forestBoundSplit_left(DX), R8
	JMP     rest

leafed:
	NOTQ R8
	MOVQ R8, leaf+56(FP)
	MOVQ fb+8(FP), R9
	CMPQ R8, (forestBounds_at+8)(R9)
	JAE  outside
	MOVQ forestBounds_at(R9), R9
	LEAQ (R8)(R8*2), DX
	MOVQ (R9)(DX*8), DX // fb.at[leaf]'s first pair

	// the bars as settle works them out: need = 2t - base, need ± slack
	MOVSD t+40(FP), X5
	ADDSD X5, X5
	SUBSD base+32(FP), X5
	MOVSD X5, X6
	SUBSD forestSlackBits<>(SB), X5
	ADDSD forestSlackBits<>(SB), X6

	// forestLooks from a fresh run: j = 0, z = +0; the bounds' end in
	// R14, free in ABI0 (DX is the walk's scratch)
	MOVQ  fo+0(FP), SI
	MOVQ  (forest_walk+8)(SI), CX
	MOVQ  forest_walk(SI), SI
	XORPS X0, X0
	LEAQ  (SI)(CX*8), SI
	LEAQ  (DX)(CX*4), R14
	NEGQ  CX
	JEQ   swhole

slook:
	LOOKSTEP(R14, sbelow, sabove)
	ADDQ $4, CX
	JNE  slook

swhole: // every tree summed: (base + z) / 2 > t
	MOVSD   X0, X7
	ADDSD   base+32(FP), X7
	MULSD   half<>(SB), X7
	UCOMISD t+40(FP), X7
	SETHI   AX
	JMP     sdone

sbelow:
	XORL AX, AX
	JMP  sdone

sabove:
	MOVL $1, AX

sdone:
	MOVB  AX, above+48(FP)
	MOVQ  r+24(FP), DX
	MOVSD X0, forestRun_z(DX)
	MOVQ  fo+0(FP), BX
	MOVQ  (forest_walk+8)(BX), BX
	ADDQ  CX, BX
	SHRQ  $2, BX
	MOVQ  BX, forestRun_j(DX)
	RET

outside:
	MOVB $0, above+48(FP)
	RET
