package claims

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/textnorm"
)

// clusterArticles returns every article of the cluster dev sets.
func clusterArticles(b *testing.B) []news.Article {
	dir := dataDir(b)
	var arts []news.Article
	for _, set := range []string{"ecbplus-dev", "gvc-dev"} {
		for _, ev := range loadEvents(b, filepath.Join(dir, "cluster", set+".jsonl")) {
			arts = append(arts, ev...)
		}
	}
	return arts
}

// BenchmarkReadArticles splits and reads every article of the cluster
// data, with nothing kept from one article to the next but the term memo:
// the part of a ledger that ingest pays once per article.
func BenchmarkReadArticles(b *testing.B) {
	arts := clusterArticles(b)
	x := New(DefaultOptions())
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			x.readArticle(a, map[string]*reading{})
		}
	}
}

// BenchmarkRead reads every sentence of the cluster data, split once.
func BenchmarkRead(b *testing.B) {
	arts := clusterArticles(b)
	x := New(DefaultOptions())
	var sents []string
	for _, a := range arts {
		sents = append(sents, x.Sentences(a.Body)...)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			x.read(s)
		}
	}
}

// fastPathTexts are the seed sentences and texts made to reach the edges
// of the fast paths: capitals, curly quotes, ligatures, dotted capitals,
// abbreviations, spaced thousands and clock times.
func fastPathTexts(t *testing.T) []string {
	texts := []string{
		"", "A", "LIKELY", "It is LİKELY to rain.", "The ﬁnal evidence was conﬁrmed.",
		"The U.S. said it was probably true.", "“Unverified,” he said.", "It will KELVIN ＫELVIN.",
		"2, 000 people", "2,000 people", "in 1999, 000", "by 4:45 p.m.", "at 12 pm", "12 o'clock",
		"15 :30", "7\tam", "3  am", "9\vam", "10 apples, 5 oranges and 2, 345 pears.",
	}
	sp, err := NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range loadSeeds(t) {
		texts = append(texts, a.Title)
		texts = append(texts, sp.Sentences(a.Body)...)
	}
	return texts
}

// TestCuesFrom holds the cues read shares with the tokens to those built
// from the sentence alone, and lowerASCIIOf to lowerASCII.
func TestCuesFrom(t *testing.T) {
	sc := &scratch{terms: newTermHasher()}
	for _, text := range fastPathTexts(t) {
		s := replaceAbbreviations(text)
		lower, ascii := lowerASCIIOf(s)
		if want := strings.Map(func(r rune) rune {
			if 'A' <= r && r <= 'Z' {
				return r + 'a' - 'A'
			}
			return r
		}, s); lower != want && utf8.ValidString(s) {
			t.Errorf("lowerASCIIOf(%q) = %q, want %q", s, lower, want)
		}
		if want := isASCII(s); ascii != want {
			t.Errorf("lowerASCIIOf(%q) says ASCII %v, want %v", s, ascii, want)
		}
		got := sc.cuesFrom(text, s, lower, ascii)
		want := cues{lower: strings.ToLower(text), normal: norm.NFKC.IsNormalString(text)}
		if got.lower != want.lower || got.normal != want.normal {
			t.Errorf("cuesFrom(%q) = %q %v, want %q %v", text, got.lower, got.normal, want.lower, want.normal)
		}
		for _, words := range [][]string{estimativeCues, verificationCues} {
			if got.any(words) != want.any(words) {
				t.Errorf("cuesFrom(%q).any(%q) differs", text, words)
			}
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// TestPrefilters holds mayBeClock and mayBeSpacedThousands true wherever
// the regular expressions they guard match, at every byte of every text.
func TestPrefilters(t *testing.T) {
	for _, text := range fastPathTexts(t) {
		for i := range len(text) + 1 {
			rest := text[i:]
			if clockAfter.MatchString(rest) && !mayBeClock(rest) {
				t.Errorf("mayBeClock(%q) = false, clockAfter matches", rest)
			}
			if spacedThousands.MatchString(rest) && !mayBeSpacedThousands(rest) {
				t.Errorf("mayBeSpacedThousands(%q) = false, spacedThousands matches", rest)
			}
		}
	}
}

// TestHasCJKMarks holds hasCJKMarks to textnorm.ContainsAny, and its
// first bytes to the marks'.
func TestHasCJKMarks(t *testing.T) {
	for _, r := range cjkMarks {
		if b := string(r)[0]; b != 0xE3 && b != 0xEF {
			t.Fatalf("%q starts with %#x", r, b)
		}
	}
	texts := append(fastPathTexts(t), "日本語のテキスト、句読点。", "ＡＢ！", "x？y", "a；", "ﬁne", "\xe3", "\xef\xbc")
	for _, s := range texts {
		if got, want := hasCJKMarks(s), textnorm.ContainsAny(s, cjkMarks); got != want {
			t.Errorf("hasCJKMarks(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCueTails checks that every yardstick term holds an estimative cue
// and every kind of verification note a verification cue, so the cues
// turn away no sentence the readers would read something from.
func TestCueTails(t *testing.T) {
	has := func(s string, cues []string) bool {
		for _, c := range cues {
			if strings.Contains(s, c) {
				return true
			}
		}
		return false
	}
	for _, y := range yardstick {
		if !has(y.term, estimativeCues) {
			t.Errorf("yardstick term %q holds no estimative cue", y.term)
		}
	}
	for _, note := range []string{
		"no evidence was provided", "unable to independently verify", "could not confirm", "cannot be independently verified",
		"has not been confirmed", "without providing any evidence", "did not provide evidence", "provided no evidence",
	} {
		if Verification(note) == "" {
			t.Fatalf("Verification(%q) finds no note", note)
		}
		if !has(note, verificationCues) {
			t.Errorf("verification note %q holds no verification cue", note)
		}
	}
}
