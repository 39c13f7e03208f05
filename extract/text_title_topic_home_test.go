package extract

import "testing"

// TestTextTopicHomeShift: the topic table's home, its shift masked to six
// bits (textTopicHome), is the plain Fibonacci home of every key, and the
// table collect makes for a page's candidates, of one to 5,000 keys, has
// 1<<(64-shift) slots, so that the home lies inside it unmasked (count's
// probe starts there).
func TestTextTopicHomeShift(t *testing.T) {
	r := fastRand(149, 52)
	tc := new(textTopicCounts)
	for _, n := range []int{1, 2, 15, 16, 17, 40, 240, 1000, 5000} {
		keys := make([]uint64, n)
		for i := range keys {
			keys[i] = r.Uint64() | 1 // no content key is 0
		}
		tc.collect([]*textBlock{{keys: keys}}, nil)
		if size := len(tc.slots); tc.shift >= 64 || size != 1<<(64-tc.shift) {
			t.Fatalf("%d keys: %d slots, shift %d; want 1<<(64-shift) slots", n, size, tc.shift)
		}
		for _, key := range keys {
			plain := (key * 0x9E3779B97F4A7C15) >> tc.shift
			if h := textTopicHome(key, tc.shift); h != uint(plain) || h >= uint(len(tc.slots)) {
				t.Fatalf("%d keys, shift %d: home %d, plain %d, %d slots", n, tc.shift, h, plain, len(tc.slots))
			}
			if tc.of(key) != 0 {
				t.Fatalf("%d keys: key %#x counted before any body", n, key)
			}
		}
	}
}
