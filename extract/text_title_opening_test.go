package extract

import (
	"testing"
	"unsafe"
)

// TestTextOpeningFromMatchesOpening holds the windows' unchecked read of
// four bytes (textOpeningFrom, in textRepeatSteps.stop) to textOpening
// at every place of lines of every byte value, and the repeats' search
// through it to the plain search (TestTextRepeatsMatchesPlainSearch and
// TestTextRepeatsSkipMatchesPlainSearch read the windows it moves).
func TestTextOpeningFromMatchesOpening(t *testing.T) {
	var b []byte
	for c := range 256 {
		b = append(b, byte(c), byte(255-c), 'a', byte(c*7))
	}
	s := string(b)
	for n := 4; n <= 40; n++ {
		line := s[n : n+n*5]
		at := unsafe.Pointer(unsafe.StringData(line))
		for p := 0; p+4 <= len(line); p++ {
			if got, want := textOpeningFrom(at, p), textOpening(line, p); got != want {
				t.Fatalf("textOpeningFrom(%q, %d) = %#x, textOpening %#x", line, p, got, want)
			}
		}
	}
}
