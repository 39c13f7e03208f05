package textnorm

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"
)

// TestShortStopwordSlotMatchesBytes holds ShortStopwordSlot, which the
// block reader asks with a word it has loaded itself, to
// ShortStopwordBytes on the listed words, their near misses (an 8-byte
// word that packs as a shorter one does among them) and 100,000
// random words of 1 to 8 bytes, and checks that each stopword of at most
// 8 bytes has a slot of its own below StopwordKeySlots.
func TestShortStopwordSlotMatchesBytes(t *testing.T) {
	check := func(w []byte) (uint, bool) {
		t.Helper()
		b := append(make([]byte, 0, 16), w...)
		want, _ := ShortStopwordBytes(b)
		var pad [8]byte
		copy(pad[:], w)
		slot, stop := ShortStopwordSlot(binary.LittleEndian.Uint64(pad[:]), len(w))
		if stop != want || slot >= StopwordKeySlots {
			t.Fatalf("ShortStopwordSlot(%q) = %d, %v, want a slot under %d and %v", w, slot, stop, StopwordKeySlots, want)
		}
		return slot, stop
	}
	owner := map[uint]string{}
	for _, w := range stopwords.slots {
		if w == "" || len(w) > 8 {
			continue
		}
		slot, stop := check([]byte(w))
		if !stop {
			t.Fatalf("ShortStopwordSlot(%q) is no stopword", w)
		}
		if o, ok := owner[slot]; ok {
			t.Fatalf("%q and %q share slot %d", w, o, slot)
		}
		owner[slot] = w
		// an 8-byte word of w's bytes, zeros and w's length as its last
		// byte packs as w does, and is no stopword
		if len(w) < 8 {
			check(append(append([]byte(w), make([]byte, 7-len(w))...), byte(len(w))))
		}
		for _, v := range []string{w + "s", w[1:], w[:len(w)-1], "x" + w} {
			if len(v) >= 1 && len(v) <= 8 {
				check([]byte(v))
			}
		}
	}
	const alphabet = "aeiouthsrndlwyfbgcmkpvx'-\x07\xff"
	rng := rand.New(rand.NewPCG(5, 12))
	for range 100000 {
		w := make([]byte, 1+rng.IntN(8))
		for i := range w {
			w[i] = alphabet[rng.IntN(len(alphabet))]
		}
		check(w)
	}
}

// TestStopwordSlotOfLettersMatchesSlot holds StopwordSlotOfLetters, which
// leaves out ShortStopwordSlot's test of an 8-byte word's last byte, to
// ShortStopwordSlot on every stopword of at most 8 bytes, its near misses
// and 200,000 random lowered words of 1 to 8 ASCII letters.
func TestStopwordSlotOfLettersMatchesSlot(t *testing.T) {
	check := func(w string) {
		t.Helper()
		var pad [8]byte
		copy(pad[:], w)
		x := binary.LittleEndian.Uint64(pad[:])
		slot, stop := StopwordSlotOfLetters(x, len(w))
		wantSlot, want := ShortStopwordSlot(x, len(w))
		if stop != want || stop && slot != wantSlot {
			t.Fatalf("StopwordSlotOfLetters(%q) = %d, %v, ShortStopwordSlot %d, %v", w, slot, stop, wantSlot, want)
		}
	}
	for _, w := range stopwords.slots {
		if w == "" || len(w) > 8 {
			continue
		}
		for _, v := range []string{w, w + "s", w[1:], w[:len(w)-1], "x" + w, w + "zz"} {
			if len(v) >= 1 && len(v) <= 8 {
				check(v)
			}
		}
	}
	const alphabet = "aeiouthsrndlwyfbgcmkpvxzjq"
	rng := rand.New(rand.NewPCG(57, 215))
	for range 200000 {
		w := make([]byte, 1+rng.IntN(8))
		for i := range w {
			w[i] = alphabet[rng.IntN(len(alphabet))]
		}
		check(string(w))
	}
}
