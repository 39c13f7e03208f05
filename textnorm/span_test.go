package textnorm

import (
	"reflect"
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

// EachWordBytes gives the words and spans EachWordSpan gives.
func TestEachWordBytesMatchesSpan(t *testing.T) {
	for _, s := range []string{"", "The U.S. Army's 3rd Brigade — “Über” naïve CAFÉ ﬁne", "a_b c1 ÀB x", "Hello, World! HELLO world"} {
		type tok struct {
			w          string
			start, end int
		}
		var want, got []tok
		EachWordSpan(s, func(w string, start, end int) { want = append(want, tok{w, start, end}) })
		EachWordBytes(s, func(w []byte, start, end int) { got = append(got, tok{string(w), start, end}) })
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: EachWordBytes %v, EachWordSpan %v", s, got, want)
		}
	}
}
