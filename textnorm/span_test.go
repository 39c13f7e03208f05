package textnorm

import (
	"reflect"
	"slices"
	"strconv"
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

// WordScanner gives the words and starts EachWordSpan gives, and both
// find the tokens a rune-by-rune reading of \w finds, invalid UTF-8
// included.
func TestWordScannerMatchesSpan(t *testing.T) {
	for _, s := range []string{"", "The U.S. Army's 3rd Brigade — “Über” naïve CAFÉ ﬁne", "a_b c1 ÀB x", "Hello, World! HELLO world",
		"bad \xff\xfe bytes\xffinside wörd\xc3", "\u0301combining é̈ marks", "日本語のテキスト、句読点。"} {
		type tok struct {
			w     string
			start int
		}
		var want, got, runes []tok
		EachWordSpan(s, func(w string, start, end int) { want = append(want, tok{w, start}) })
		sc := NewWordScanner(s)
		for sc.Next() {
			got = append(got, tok{string(sc.Word()), sc.Start()})
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: WordScanner %v, EachWordSpan %v", s, got, want)
		}
		start := -1
		for i, r := range s + " " {
			switch {
			case isWordRune(r) && start < 0:
				start = i
			case !isWordRune(r) && start >= 0:
				runes = append(runes, tok{lowerWord(s[start:i], false, false), start})
				start = -1
			}
		}
		if !reflect.DeepEqual(want, runes) {
			t.Errorf("%q: EachWordSpan %v, by runes %v", s, want, runes)
		}
	}
}

// A scanner Reset onto another text reads it as a new scanner does,
// whatever it read before (a longer word, a text cut mid-word).
func TestWordScannerReset(t *testing.T) {
	texts := []string{"Extraordinarily LONG words here", "", "a b", "ÉCOLE x", "bad \xff bytes", "short", "The U.S. Army's 3rd"}
	var reused WordScanner
	for _, first := range texts {
		for _, s := range texts {
			reused.Reset(first)
			reused.Next()
			reused.Reset(s)
			var got, want []string
			for reused.Next() {
				got = append(got, string(reused.Word())+"@"+strconv.Itoa(reused.Start()))
			}
			for sc := NewWordScanner(s); sc.Next(); {
				want = append(want, string(sc.Word())+"@"+strconv.Itoa(sc.Start()))
			}
			if !slices.Equal(got, want) {
				t.Errorf("after %q, Reset(%q) read %q, a new scanner %q", first, s, got, want)
			}
		}
	}
}
