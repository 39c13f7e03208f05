// forest_amd64.h: the tree walk's macros forestsum_amd64.s and
// forestlooks_amd64.s share.

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

// FOUR walks the four trees whose steps BX, R8, R10 and R12 point at,
// level by level in registers of their own (indexes AX, R9, R11, R13;
// split values X1 to X4), and adds their leaves to X0 in that order, the
// order Go's forestSumGo adds them.
#define FOUR \
	ROOT(BX, AX, X1); \
	ROOT(R8, R9, X2); \
	ROOT(R10, R11, X3); \
	ROOT(R12, R13, X4); \
	SPLIT(BX, AX, X1, forestStep_f2, forestStep_t2); \
	SPLIT(R8, R9, X2, forestStep_f2, forestStep_t2); \
	SPLIT(R10, R11, X3, forestStep_f2, forestStep_t2); \
	SPLIT(R12, R13, X4, forestStep_f2, forestStep_t2); \
	SPLIT(BX, AX, X1, forestStep_f3, forestStep_t3); \
	SPLIT(R8, R9, X2, forestStep_f3, forestStep_t3); \
	SPLIT(R10, R11, X3, forestStep_f3, forestStep_t3); \
	SPLIT(R12, R13, X4, forestStep_f3, forestStep_t3); \
	LEAF(BX, AX); \
	LEAF(R8, R9); \
	LEAF(R10, R11); \
	LEAF(R12, R13)
