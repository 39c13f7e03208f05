//go:build !purego

package extract

import "golang.org/x/sys/cpu"

// textLogit is the model's log-odds that a block belongs to the article,
// textLogitGo in assembly (textlogit_amd64.s): with AVX, four features
// are multiplied by their weights in one instruction and the products
// added one by one in textLogitGo's order, each rounded as Go rounds it
// (no fused multiply-add), so the sum is the same to the bit
// (TestTextLogitMatchesPlain); without AVX, a loop of textLogitGo's
// steps.
//
//go:noescape
func textLogit(f *[textNumFeatures]float64, w *[textNumFeatures]float64) float64

// textLogitVector tells textLogit that the processor and the system
// support AVX, read once.
var textLogitVector = cpu.X86.HasAVX
