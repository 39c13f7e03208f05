package extract

import "testing"

// TestTextContentKeysNonZero holds the promise the body's counts make to
// hashtab.AddAllNonZero: no content word's key is zero, whatever its
// bytes, since its top byte is its prefix's length. Words of zero bytes,
// the worst case, of every length a content word may have.
func TestTextContentKeysNonZero(t *testing.T) {
	for n := textApartLetters; n <= 16; n++ {
		w := make([]byte, n, 16)
		if k := textContentKey(w); k == 0 {
			t.Errorf("textContentKey of %d zero bytes is zero", n)
		}
		if k := textContentKeyPlain(w[:n:n]); k == 0 {
			t.Errorf("textContentKeyPlain of %d zero bytes is zero", n)
		}
		if k := textContentKeyOf(0, n); k == 0 {
			t.Errorf("textContentKeyOf of %d zero bytes is zero", n)
		}
	}
}
