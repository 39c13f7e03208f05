//go:build !purego

#include "textflag.h"

// FLAGS sets f's bytes where x's byte is under 0x20 and no line break,
// or DEL (X12 holds 0x1F, X13 the line break, X14 DEL in every byte); t
// is scratch.
#define FLAGS(x, f, t) \
	MOVO    x, f; \
	PMINUB  X12, f; \
	PCMPEQB x, f; \
	MOVO    x, t; \
	PCMPEQB X13, t; \
	PANDN   f, t; \
	MOVO    x, f; \
	PCMPEQB X14, f; \
	POR     t, f

// func asciiPrefix(b []byte) int
//
// The count of b's leading ASCII bytes: SSE2's PMOVMSKB gathers sixteen
// bytes' high bits at once. Four blocks a step, ORed for one test, then
// one block a step; then, when b holds sixteen bytes or more, its last
// sixteen read over the blocks before (their bytes are ASCII, so the
// first high bit there is past them), else the bytes one by one. A step
// that finds a high bit reads its blocks again for the first.
TEXT ·asciiPrefix(SB), NOSPLIT, $0-32
	MOVQ b_base+0(FP), SI
	MOVQ b_len+8(FP), CX
	MOVQ SI, DI                // b's start
	LEAQ (SI)(CX*1), DX        // b's end
	CMPQ CX, $16
	JB   bytes

four:
	CMPQ     CX, $64
	JB       one
	MOVOU    (SI), X0
	MOVOU    16(SI), X1
	MOVOU    32(SI), X2
	MOVOU    48(SI), X3
	POR      X0, X1
	POR      X2, X3
	POR      X1, X3
	PMOVMSKB X3, AX
	TESTL    AX, AX
	JNZ      one
	ADDQ     $64, SI
	SUBQ     $64, CX
	JMP      four

one:
	CMPQ     CX, $16
	JB       last
	MOVOU    (SI), X0
	PMOVMSKB X0, AX
	TESTL    AX, AX
	JNZ      found
	ADDQ     $16, SI
	SUBQ     $16, CX
	JMP      one

last:
	LEAQ     -16(DX), SI
	MOVOU    (SI), X0
	PMOVMSKB X0, AX
	TESTL    AX, AX
	JNZ      found
	MOVQ     DX, SI
	JMP      done

bytes:
	TESTQ CX, CX
	JZ    done
	CMPB  (SI), $0x80
	JAE   done
	INCQ  SI
	DECQ  CX
	JMP   bytes

found:
	BSFL AX, AX
	ADDQ AX, SI

done:
	SUBQ DI, SI
	MOVQ SI, ret+24(FP)
	RET

// func plainPrefix(b []byte) int
//
// The count of b's leading bytes that are no control byte, tab, page
// break, carriage return, VT nor ESC (a line break is plain, and so is a
// byte beyond ASCII): a byte is flagged when PMINUB with 0x1F leaves it
// (it is under 0x20) and it is no line break, or when it is DEL. Four
// blocks a step, ORed for one test, then one block a step, then the last
// sixteen bytes read over the blocks before, or the bytes one by one in
// a slice under sixteen bytes.
TEXT ·plainPrefix(SB), NOSPLIT, $0-32
	MOVQ       b_base+0(FP), SI
	MOVQ       b_len+8(FP), CX
	MOVQ       SI, DI              // b's start
	LEAQ       (SI)(CX*1), DX      // b's end
	CMPQ       CX, $16
	JB         pbytes
	MOVQ       $0x1F1F1F1F1F1F1F1F, AX
	MOVQ       AX, X12
	PUNPCKLQDQ X12, X12
	MOVQ       $0x0A0A0A0A0A0A0A0A, AX
	MOVQ       AX, X13
	PUNPCKLQDQ X13, X13
	MOVQ       $0x7F7F7F7F7F7F7F7F, AX
	MOVQ       AX, X14
	PUNPCKLQDQ X14, X14

pfour:
	CMPQ     CX, $64
	JB       pone
	MOVOU    (SI), X0
	MOVOU    16(SI), X1
	MOVOU    32(SI), X2
	MOVOU    48(SI), X3
	FLAGS(X0, X4, X5)
	FLAGS(X1, X6, X7)
	FLAGS(X2, X8, X9)
	FLAGS(X3, X10, X11)
	POR      X6, X4
	POR      X10, X8
	POR      X8, X4
	PMOVMSKB X4, AX
	TESTL    AX, AX
	JNZ      pone
	ADDQ     $64, SI
	SUBQ     $64, CX
	JMP      pfour

pone:
	CMPQ     CX, $16
	JB       plast
	MOVOU    (SI), X0
	FLAGS(X0, X4, X5)
	PMOVMSKB X4, AX
	TESTL    AX, AX
	JNZ      pfound
	ADDQ     $16, SI
	SUBQ     $16, CX
	JMP      pone

plast:
	LEAQ     -16(DX), SI
	MOVOU    (SI), X0
	FLAGS(X0, X4, X5)
	PMOVMSKB X4, AX
	TESTL    AX, AX
	JNZ      pfound
	MOVQ     DX, SI
	JMP      pdone

pbytes:
	TESTQ   CX, CX
	JZ      pdone
	MOVBLZX (SI), AX
	CMPB    AL, $0x7F
	JEQ     pdone
	CMPB    AL, $0x20
	JAE     pnext
	CMPB    AL, $0x0A
	JNE     pdone

pnext:
	INCQ SI
	DECQ CX
	JMP  pbytes

pfound:
	BSFL AX, AX
	ADDQ AX, SI

pdone:
	SUBQ DI, SI
	MOVQ SI, ret+24(FP)
	RET
