package extract

import (
	"math"
	"testing"
)

// textBoolPlain is textBoolF's plain form, the conversion it replaced:
// the tests' plain features are built with it, so that they hold
// textBoolF's bits as well as the features' tests.
func textBoolPlain(b bool) float64 { return float64(textBool(b)) }

// TestTextBoolFMatchesConversion holds textBoolF's conditional move to
// the conversion of textBool, bit for bit: +0 for false (not -0) and 1
// for true.
func TestTextBoolFMatchesConversion(t *testing.T) {
	for _, b := range []bool{false, true} {
		if got, want := math.Float64bits(textBoolF(b)), math.Float64bits(textBoolPlain(b)); got != want {
			t.Errorf("textBoolF(%v) has bits %#x, the conversion %#x", b, got, want)
		}
	}
}
