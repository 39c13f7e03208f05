package textnorm

import (
	"slices"
	"strings"
	"testing"

	"github.com/zeebo/xxh3"
)

func TestAppendWordHashes(t *testing.T) {
	for _, s := range []string{
		"", "  ", "North Korea's MoD said: “6,000 casualties”.", "ÉCOLE ﬁnale naïve_x",
		"snake_case AND UPPER", strings.Repeat("x", 70) + " Y",
	} {
		var want []uint64
		for _, w := range Words(s) {
			want = append(want, xxh3.HashString(w))
		}
		if got := AppendWordHashes(nil, s); !slices.Equal(got, want) {
			t.Errorf("%q: got %d hashes %x, want %d %x", s, len(got), got, len(want), want)
		}
	}
}

func TestEachWordSpan(t *testing.T) {
	s := "“Kim's” ÉCOLE, 6,000"
	var got []string
	EachWordSpan(s, func(w string, start, end int) { got = append(got, w+"="+s[start:end]) })
	want := []string{"kim=Kim", "s=s", "école=ÉCOLE", "6=6", "000=000"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
