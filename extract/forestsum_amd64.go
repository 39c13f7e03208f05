//go:build !purego

package extract

// forestSum adds to z, tree by tree in order, the leaf feats reaches in each
// of trees, as forestSumGo does and to the bit (TestForestSumMatchesPlain),
// in assembly (forestsum_amd64.s): a split is four instructions, the
// feature's byte, its value, UCOMISD against the threshold in memory and
// ADCQ i, i, which doubles the index and adds the carry that x < t sets.
// Go has no form that turns a float comparison's flag into an ADC; its
// walk takes the sign of x - t (forestLeft) in five or six. The carry is
// exact for what forestLoad leaves in feats (g elsewhere, a register's name in assembly): no NaN (which would set it, as
// an unordered compare does, and go left; forestLoad makes it +Inf, which
// goes right as NaN does in the plain walk), and -0 equal to +0 as x < t
// is (so forestZero's -0 thresholds compare as 0 does).
//
//go:noescape
func forestSum(trees []*forestStep, feats *[forestFeatures]float64, z float64) float64
