package textnorm

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestIsTimeStamp(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Story Created: Aug 7, 2026 at 9:56 AM AKDT", true},
		{"Updated 11 / 27 / 2025 3: 41 PM", true}, // tokenised, as ECB+ writes it
		{"Saturday, August 24, 2026", true},
		{"12:52 p.m. EDT May 2, 2026", true},
		{"Updated Thu 6 May 2026, 9:03am AEST", true},
		{"First Posted 23:37:00 05/05/2026", true},
		{"UPDATED AT 3:05PM", true},
		{"Mönday 5", false},
		{"May", false},            // no digit: a word, not a date
		{"Posted Updated", false}, // the same
		{"Ferry workers must act by May 9", false},
		{"27/09/2026 - Harbourton to hold its first ferry vote", false},
		{"Harbourton 2026", false},
		{"9:56 AM HARBOURTON", false}, // not a zone's shape
	} {
		if got := IsTimeStamp(c.s); got != c.want {
			t.Errorf("IsTimeStamp(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestIsTimeStampASCIIMatchesPlain holds IsTimeStamp, which answers from
// a line's runs of ASCII letters read byte by byte where they make it
// sure (isTimeStampASCII), to the plain form on
// lines of stamp words, zones, digits, marks, headline words, letters
// beyond ASCII (é, the Kelvin sign, ſ, Λ) and other runes beyond ASCII
// (curly quotes, a dash, a no-break space, a cut rune) at the start,
// between words and inside them.
func TestIsTimeStampASCIIMatchesPlain(t *testing.T) {
	pieces := []string{"Updated", "MAY", "may", "Mayor", "Aug", "7", "2026", ":", ", ", " ", "", "\t", "AKDT", "ET", "EDT", "UTC",
		"p.m.", "am", "Harbourton", "ferry", "é", "\u212a", "ſt", "Mönday", "_", "-", "’", "\xff", "9:56", "at", "Posted", "9",
		"“", "”", "—", "\u00a0", "\xe2\x80", "Λ", "ſ"}
	rng := rand.New(rand.NewPCG(67, 7))
	stamps, turned, sureStamps := 0, 0, 0
	for range 300000 {
		var b strings.Builder
		for range rng.IntN(6) + 1 {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := isTimeStampSplit(s)
		if got := IsTimeStamp(s); got != want {
			t.Fatalf("IsTimeStamp(%q) = %v, the plain form %v", s, got, want)
		}
		if want {
			stamps++
		}
		switch stamp, sure := isTimeStampASCII(s); {
		case sure && !stamp:
			turned++
		case sure:
			sureStamps++
		}
	}
	t.Logf("%d stamps (%d answered byte by byte), %d turned away", stamps, sureStamps, turned)
	if stamps < 10000 || turned < 10000 || sureStamps < 1000 || sureStamps == stamps {
		t.Errorf("%d stamps (%d answered byte by byte), %d lines turned away byte by byte: too few of one", stamps, sureStamps, turned)
	}
}

// isStampWordPlain is isStampWord without its shape gate (stampShapeOf):
// the word's ASCII letters lowered and looked up.
func isStampWordPlain(w string) bool {
	if len(w) > stampWordMax {
		return false
	}
	b := []byte(w)
	for i, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return stampWords[string(b)]
}

// TestStampShapeMatchesMap holds isStampWord to the plain look-up on
// every stamp word in three cases, each with one letter changed, cut or
// lengthened, and 300,000 random words of stamp words' letters, other
// bytes (@ and [ beside the capitals, ` and { beside the small letters,
// a digit, é, ſ) and lengths up to two past the longest.
func TestStampShapeMatchesMap(t *testing.T) {
	var words []string
	for w := range stampWords {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			words = append(words, v, v[:len(v)-1], v+"s", v+"e", "x"+v)
			for i := range v {
				words = append(words, v[:i]+"q"+v[i+1:], v[:i]+"@"+v[i+1:], v[:i]+"`"+v[i+1:], v[:i]+"{"+v[i+1:])
			}
		}
	}
	letters := []string{"a", "u", "g", "M", "O", "N", "t", "h", "s", "p", "d", "e", "r", "@", "[", "`", "{", "7", "é", "ſ"}
	rng := rand.New(rand.NewPCG(68, 8))
	for range 300000 {
		var b strings.Builder
		for range rng.IntN(stampWordMax+2) + 1 {
			b.WriteString(letters[rng.IntN(len(letters))])
		}
		words = append(words, b.String())
	}
	stamps, turned := 0, 0
	for _, w := range words {
		want := isStampWordPlain(w)
		if got := isStampWord(w); got != want {
			t.Fatalf("isStampWord(%q) = %v, the plain look-up %v", w, got, want)
		}
		if want {
			stamps++
		}
		if len(w) > 0 && len(w) <= stampWordMax && !stampShapeOf(w) {
			turned++
		}
	}
	t.Logf("%d words: %d stamp words, %d turned away by their shape", len(words), stamps, turned)
	if stamps < 3*len(stampWords) || turned < 100000 {
		t.Errorf("%d stamp words, %d turned away by their shape: too few", stamps, turned)
	}
}
