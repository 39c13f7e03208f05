package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// The plain forms of the functions that read a line's words without
// building its fields (thirty-eighth session's allocation round), as
// they were written before.

func bioOpensPlain(s string, has bool) bool {
	f := strings.Fields(s)
	for i := 1; i < len(f)-1 && i <= 4; i++ {
		if r := f[i-1]; r == "" || r[0] < 'A' || r[0] > 'Z' {
			return false
		}
		if f[i] == "is" && (f[i+1] == "a" || f[i+1] == "an" || f[i+1] == "the") || has && f[i] == "has" && i >= 2 {
			return true
		}
	}
	return false
}

// textNameRunPlain takes a surname's particles inside the run as
// textNameRun does since the forty-third session ("Jane van der Roe").
func textNameRunPlain(s string, caps bool) string {
	end, k, particles := 0, 0, 0
	for _, w := range strings.Fields(s) {
		if k > 0 && !caps && particles < textRunParticles && textNameParticles[w] {
			particles++
			continue
		}
		core := strings.TrimRight(w, ",;")
		if k == 4 || !textNameWord(core, caps) {
			break
		}
		particles = 0
		_, size := utf8.DecodeRuneInString(core)
		end += strings.Index(s[end:], core) + len(core)
		if core != w || strings.HasSuffix(core, ".") && len(core) > size+1 {
			break
		}
		k++
	}
	return s[:end]
}

func textTitleSecondLinePlain(first, rest string) string {
	if len(strings.Fields(first)) > textTitleKickerWords {
		return ""
	}
	line, _, _ := strings.Cut(rest, "\n")
	words := strings.Fields(line)
	if len(words) < textTitleSecondMinWords || len(words) > 30 || textEndsSentence(line) || textIsByline(line) ||
		textDateIn(line) || textTitleGoesOnWords[words[0]] || strings.ContainsAny(line, ",{}`\\") || strings.Contains(line, "://") {
		return ""
	}
	return line
}

// bioOpens, textNameRun and textTitleSecondLine answer
// as their plain forms on the test pages' lines and on random lines of
// names, bio verbs, continuing words and spaces of several kinds, which
// reach the sixth word, the fifth name word and the word counts' edges.
func TestTextFieldReadersMatchPlain(t *testing.T) {
	lines := slices.Clip(textSpeedLines(t))
	rng := fastRand(38, 58)
	pieces := []string{"Jane ", "Roe ", "J. ", "ROE ", "is ", "a ", "an ", "the ", "has ", "on ", "or ", "of ", "word ",
		"Dr.", "van ", "der ", ", ", "; ", " ", "\u00a0", "\t", "\n", "3 October 2023 ", "- ", "Quay ", "Reopens ", "é", "\xff"}
	lines = fastPieceLines(lines, rng, pieces, 10000, 0, 16)
	for i, s := range lines {
		for _, has := range []bool{false, true} {
			if got, want := bioOpens(s, has), bioOpensPlain(s, has); got != want {
				t.Fatalf("bioOpens(%q, %v) = %v, want %v", s, has, got, want)
			}
			if got, want := textNameRun(s, has), textNameRunPlain(s, has); got != want {
				t.Fatalf("textNameRun(%q, %v) = %q, want %q", s, has, got, want)
			}
		}
		first := lines[(i+1)%len(lines)]
		if got, want := textTitleSecondLine(first, s), textTitleSecondLinePlain(first, s); got != want {
			t.Fatalf("textTitleSecondLine(%q, %q) = %q, want %q", first, s, got, want)
		}
	}
}
